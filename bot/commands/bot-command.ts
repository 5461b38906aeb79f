/**
 * What a person asked the bot, typed or clicked, before it becomes a domain command.
 */
import type { BallotChoice, ItemKind, SessionRole, VoteMethod } from '../../src/domain';

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
