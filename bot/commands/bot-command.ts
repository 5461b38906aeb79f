/**
 * What a person asked the bot, typed or clicked, before it becomes a domain command.
 */
import type { BallotChoice, ItemKind, SeparateOpinionKind, SessionRole, VoteMethod } from '../../src/domain';

export type BotCommand =
  | { kind: 'help' }
  | { kind: 'status' }
  | { kind: 'agenda'; text: string }
  | { kind: 'roster'; role: SessionRole }
  | { kind: 'roll-call' }
  | { kind: 'present' }
  /** Those who conduct mark someone present (the roll call card's list). */
  | { kind: 'mark-present'; memberId: string }
  | { kind: 'start-session' }
  /** Put the order of the day to a votación económica. */
  | { kind: 'approve-agenda' }
  /** Put the waiver of the reading of the documents to a votación económica. */
  | { kind: 'waive-reading' }
  /** Record that the mentioned members left (`present: false`) or came back (`present: true`). */
  | { kind: 'presence'; present: boolean }
  /** A presence notice's buttons: record the departures (or returns) of these members, or keep the record (`keep`). */
  | { kind: 'settle-presence'; memberIds: string[]; present: boolean; keep: boolean }
  /** "me retiro": the person speaking leaves the session. */
  | { kind: 'leave' }
  | { kind: 'quorum-check' }
  | { kind: 'close-quorum-check' }
  | { kind: 'next' }
  | { kind: 'item'; number: string }
  | { kind: 'complete-item' }
  | { kind: 'open-vote'; method: VoteMethod }
  | { kind: 'close-vote' }
  | { kind: 'ballot'; choice: BallotChoice; voteId?: string }
  | { kind: 'agreement'; text: string; responsible?: string; dueDate?: string }
  /** Take up the open agreements of the body's previous session (or show the list when already taken up). */
  | { kind: 'follow-up'; number?: string }
  /** Mark the agreement at this position of the follow-up list as done. */
  | { kind: 'agreement-done'; position: number; note: string }
  | { kind: 'withdraw'; number: string }
  | { kind: 'defer'; number: string }
  | { kind: 'general-matter'; title: string }
  | { kind: 'correct-kind'; number: string; itemKind: ItemKind }
  | { kind: 'recess'; reason: string }
  | { kind: 'resume' }
  | { kind: 'close-session' }
  | { kind: 'minutes' }
  /** Reconcile the roll call with the Teams attendance report (Microsoft Graph). */
  | { kind: 'attendance-report' }
  // the debate of the item under way (see `DebateMember`)
  /** Ask for the floor: oneself, or (whoever conducts) someone who raised their hand. */
  | { kind: 'ask-floor'; member: DebateMember }
  /** Leave the list of speakers: oneself, or (whoever conducts) someone else. */
  | { kind: 'withdraw-floor'; member: DebateMember }
  /** Give the floor: to the first who waits (`next`), or to someone, with the reason when others wait ahead. */
  | { kind: 'give-floor'; to: 'next' | Exclude<DebateMember, 'self'>; reason?: string }
  | { kind: 'end-intervention' }
  | { kind: 'close-round' }
  | { kind: 'extend-time'; seconds: number }
  /** A moción al orador: a question to whoever has the floor. */
  | { kind: 'motion-to-speaker'; text?: string }
  | { kind: 'answer-motion'; accept: boolean }
  | { kind: 'point-of-order'; text?: string }
  | { kind: 'decide-point-of-order'; accept: boolean }
  // votes in parts: reservations, excusals, separate opinions (parse-vote-part-command.ts)
  /** Reserve a part of the draft under way (with a proposed wording): oneself, or (whoever conducts) someone. */
  | { kind: 'reserve-part'; part: string; proposal?: string; member: DebateMember }
  /** A reservation of the item under way, by its place in the list (typed; the feature finds its id) or its id. */
  | { kind: 'withdraw-reservation'; reservation: ReservationRef }
  /** Put a reservation to the vote en lo particular. */
  | { kind: 'vote-reservation'; reservation: ReservationRef; method: VoteMethod }
  /** Excuse from an item's votes: oneself, or (whoever conducts) someone. */
  | { kind: 'excuse'; number: string; member: DebateMember; reason?: string }
  /** Announce a voto particular, concurrente or razonado on a closed vote (the last one unless named). */
  | { kind: 'separate-opinion'; opinion: SeparateOpinionKind; voteId?: string }
  /** The filed document of one's latest opinion without one (typed; the feature finds it) or of an opinion by id. */
  | { kind: 'opinion-document'; url: string; opinionId?: string }
  | { kind: 'vote-part-malformed'; problem: VotePartProblem }
  // changes to the order of the day and the previous minutes (parse-agenda-change-command.ts)
  | { kind: 'propose-agenda-change'; change: AgendaChangeAsked }
  /** A proposal by its place in the list (typed; the feature finds its id) or by its id. */
  | { kind: 'withdraw-agenda-change'; position?: number; changeId?: string }
  /** Put the withdrawal of an item of the approved order of the day to the vote. */
  | { kind: 'vote-withdrawal'; number: string; method: VoteMethod }
  | { kind: 'minutes-corrections'; text: string }
  | { kind: 'agenda-change-malformed'; problem: AgendaChangeProblem }
  /** Words that name a command but not in its form: what is wrong, said with the right form (`malformed-command.ts`). */
  | { kind: 'malformed'; problem: MalformedProblem }
  | { kind: 'unknown'; text: string };

/**
 * Whom a debate command is about: the person speaking, the person mentioned in the message (found by the feature,
 * which then puts their id), or a person by id (a card's list).
 */
export type DebateMember = 'self' | 'mentioned' | { id: string };

/** What was wrong with a command's form. */
export type MalformedProblem =
  | 'extend-time-without-number' | 'extend-time-bad-number'
  | 'ask-floor-for-without-mention' | 'withdraw-floor-for-without-mention' | 'give-floor-without-mention' | 'give-floor-one-person'
  | 'give-floor-choose-member';

/** A change to the order of the day as asked (item numbers as typed, already read). */
export type AgendaChangeAsked =
  | { kind: 'withdraw' | 'defer'; number: string }
  | { kind: 'add'; title: string }
  | { kind: 'move'; number: string; after: string | null };

/** What was wrong with the form of a command about the order of the day or the minutes. */
export type AgendaChangeProblem =
  | 'proposal-form' | 'add-without-title' | 'withdraw-proposal-without-number' | 'vote-withdrawal-without-item' | 'corrections-without-text';

/** A reservation of the item under way: its place in the item card's list (1-based), or its id. */
export type ReservationRef = { position: number } | { id: string };

/** What was wrong with the form of a command about reservations, excusals or separate opinions. */
export type VotePartProblem =
  | 'reserve-without-part' | 'reserve-for-one-person' | 'withdraw-reservation-without-number' | 'vote-reservation-without-number'
  | 'excuse-without-item' | 'excuse-someone-without-mention' | 'excuse-one-person' | 'opinion-document-without-url' | 'opinion-document-not-https';
