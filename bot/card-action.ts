/**
 * What a card button asks for, as one typed value shared by the card builders (which draw it) and the bot's card
 * route (which reads it back). On the wire it is Teams' `Action.Execute`: a verb and a data object; `toWire` and
 * `parseCardAction` are the only places that know that shape. The data never says who acts: that is always the
 * activity's sender.
 */
import { type BallotChoice, SEPARATE_OPINION_KINDS, type SeparateOpinionKind, type VoteMethod } from '../src/domain';
import type { BotCommand } from './commands/bot-command';
import { speakingTimeOf } from './commands/speaking-time';

/** A departure (or return) notice: which burst of Teams events and whom it is about. */
export interface PresenceNotice {
  burst: string;
  change: 'left' | 'joined';
  memberIds: string[];
}

/** Which card a button belongs to, so the answer can be that card redrawn for whoever clicked. */
/** The draft card's inputs of item kinds are named after their item («kind-2.a»); a click sends them with its data. */
const KIND_INPUT = 'kind-';
export const kindInputId = (number: string) => `${KIND_INPUT}${number}`;

export type CardRef =
  | { card: 'agenda' }
  | { card: 'roll-call' }
  | { card: 'item'; number?: string }
  | { card: 'vote'; voteId?: string }
  | { card: 'quorum'; index: number }
  | { card: 'quorum-check'; checkId?: string }
  | { card: 'presence'; notice: PresenceNotice }
  | { card: 'draft'; draftId: string }
  | { card: 'help' }
  | { card: 'welcome' };


/** The session's controls a button can run. */
export type ControlCommand =
  | 'roll-call' | 'start-session' | 'approve-agenda' | 'waive-reading' | 'next' | 'complete-item' | 'vote-economica' | 'vote-nominal'
  | 'close-vote' | 'recess' | 'resume' | 'close-session' | 'quorum-check' | 'close-quorum-check' | 'withdraw' | 'defer'
  | 'record-presence' | 'dismiss-presence';

const CONTROLS: readonly ControlCommand[] = [
  'roll-call', 'start-session', 'approve-agenda', 'waive-reading', 'next', 'complete-item', 'vote-economica', 'vote-nominal', 'close-vote',
  'recess', 'resume', 'close-session', 'quorum-check', 'close-quorum-check', 'withdraw', 'defer', 'record-presence', 'dismiss-presence',
];

/** What the debate's buttons ask for, on the card of the item under way. */
export type DebateAct =
  | 'ask-floor' | 'withdraw-floor' | 'next-speaker' | 'give-floor' | 'end-intervention' | 'close-round' | 'extend-time'
  | 'accept-motion' | 'decline-motion' | 'grant-order' | 'deny-order' | 'ask-motion' | 'raise-order';

const DEBATE_ACTS: readonly DebateAct[] = [
  'ask-floor', 'withdraw-floor', 'next-speaker', 'give-floor', 'end-intervention', 'close-round', 'extend-time',
  'accept-motion', 'decline-motion', 'grant-order', 'deny-order', 'ask-motion', 'raise-order',
];

/** The ids of the inputs of the debate's buttons: a click sends their values with its data. */
export const DEBATE_INPUT = {
  /** Whom to give the floor to (a choice of those waiting and those with voice). */
  member: 'floorMember',
  /** Why the floor goes to someone ahead of those waiting. */
  reason: 'floorReason',
  /** Minutes added to the speaker's time. */
  minutes: 'extendMinutes',
  /** The question of a moción al orador. */
  question: 'motionText',
  /** What a moción de orden is about. */
  order: 'orderText',
} as const;

/** What the buttons of votes in parts ask for: on the item card, reserve a part, excuse oneself, put a reservation to the vote; on a closed vote card, announce an opinion. */
export type VotePartAct = 'reserve' | 'excuse' | 'vote-reservation' | 'opinion';

const VOTE_PART_ACTS: readonly VotePartAct[] = ['reserve', 'excuse', 'vote-reservation', 'opinion'];

/** The ids of the inputs of the item card's forms «Reservar» and «Excusarme»: a click sends their values with its data. */
export const VOTE_PART_INPUT = {
  /** The part of the draft reserved. */
  part: 'reservedPart',
  /** The wording proposed instead (optional). */
  proposal: 'reservedProposal',
  /** Why one excuses oneself (optional). */
  reason: 'excusalReason',
} as const;

export type CardAction =
  /** Draw the card again for whoever asks (Teams sends it for the people in `refresh.userIds`). */
  | { verb: 'refresh'; ref: CardRef }
  | { verb: 'ballot'; ref: CardRef; voteId: string; choice: BallotChoice }
  /** "Presente": the clicker is present (or confirms it in a quorum check). */
  | { verb: 'present'; ref: CardRef }
  /** Those who conduct mark the person chosen in the card's list (`memberId`, an input of the card) present. */
  | { verb: 'mark-present'; ref: CardRef; memberId?: string }
  | { verb: 'command'; ref: CardRef; command: ControlCommand; number?: string; memberIds?: string[] }
  /** Confirm or discard an agenda draft; `kinds` are the item kinds chosen on the card (`kind-N` inputs). */
  | { verb: 'confirm-agenda' | 'discard-agenda'; ref: { card: 'draft'; draftId: string }; kinds: Record<string, string> }
  | { verb: 'help'; ref: CardRef }
  /** A debate button; the inputs of the card give whom (`memberId`), why (`reason`), how long (`minutes`), the motion's `text`. */
  | { verb: 'debate'; ref: CardRef; act: DebateAct; memberId?: string; reason?: string; minutes?: string; text?: string }
  /** A button of votes in parts; the reservation voted (and how), the opinion's kind, and the inputs of the card's forms. */
  | {
    verb: 'vote-part'; ref: CardRef; act: VotePartAct; reservationId?: string; method?: VoteMethod; kind?: SeparateOpinionKind;
    part?: string; proposal?: string; reason?: string;
  };

type Data = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function refData(ref: CardRef): Data {
  switch (ref.card) {
    case 'item': return { card: ref.card, ...(ref.number ? { number: ref.number } : {}) };
    case 'vote': return { card: ref.card, ...(ref.voteId ? { voteId: ref.voteId } : {}) };
    case 'quorum': return { card: ref.card, index: ref.index };
    case 'quorum-check': return { card: ref.card, ...(ref.checkId ? { checkId: ref.checkId } : {}) };
    case 'presence': return { card: ref.card, burst: ref.notice.burst, change: ref.notice.change, people: ref.notice.memberIds.join(',') };
    case 'draft': return { card: ref.card, draftId: ref.draftId };
    default: return { card: ref.card };
  }
}

/** The verb and data an `Action.Execute` carries for this action. */
export function toWire(action: CardAction): { verb: string; data: Data } {
  const data = refData(action.ref);
  switch (action.verb) {
    case 'ballot': return { verb: action.verb, data: { ...data, voteId: action.voteId, choice: action.choice } };
    case 'command': return {
      verb: action.verb,
      data: { ...data, command: action.command, ...(action.number ? { number: action.number } : {}), ...(action.memberIds ? { memberIds: action.memberIds.join(',') } : {}) },
    };
    case 'debate': return { verb: action.verb, data: { ...data, act: action.act } };
    case 'vote-part': return {
      verb: action.verb,
      data: {
        ...data, act: action.act, ...(action.reservationId ? { reservationId: action.reservationId } : {}), ...(action.method ? { method: action.method } : {}),
        ...(action.kind ? { kind: action.kind } : {}),
      },
    };
    default: return { verb: action.verb, data };
  }
}

function refOf(data: Data): CardRef | null {
  switch (data.card ?? 'agenda') {
    case 'agenda': return { card: 'agenda' };
    case 'roll-call': return { card: 'roll-call' };
    case 'help': return { card: 'help' };
    case 'welcome': return { card: 'welcome' };
    case 'item': return { card: 'item', ...(str(data.number) ? { number: str(data.number) } : {}) };
    case 'vote': return { card: 'vote', ...(str(data.voteId) ? { voteId: str(data.voteId) } : {}) };
    case 'quorum': return Number.isInteger(data.index) && (data.index as number) >= 0 ? { card: 'quorum', index: data.index as number } : null;
    case 'quorum-check': return { card: 'quorum-check', ...(str(data.checkId) ? { checkId: str(data.checkId) } : {}) };
    case 'draft': return str(data.draftId) ? { card: 'draft', draftId: str(data.draftId)! } : null;
    case 'presence': {
      const burst = str(data.burst);
      const change = data.change === 'left' || data.change === 'joined' ? data.change : null;
      const memberIds = (str(data.people) ?? '').split(',').filter(Boolean);
      return burst && change && memberIds.length ? { card: 'presence', notice: { burst, change, memberIds } } : null;
    }
    default: return null;
  }
}

/** What a button click asks for; null when Teams sent something no card of Sesiona draws. */
export function parseCardAction(verb: string, data: Data): CardAction | null {
  const ref = refOf(data);
  if (!ref) return null;
  switch (verb) {
    case 'refresh':
    case 'present':
    case 'help':
      return { verb, ref };
    case 'mark-present':
      return { verb, ref, ...(str(data.memberId) ? { memberId: str(data.memberId) } : {}) };
    case 'ballot': {
      const choice = data.choice;
      if (choice !== 'in-favour' && choice !== 'against' && choice !== 'abstain') return null;
      const voteId = str(data.voteId);
      return voteId ? { verb, ref, voteId, choice } : null;
    }
    case 'command': {
      const command = data.command as ControlCommand;
      if (!CONTROLS.includes(command)) return null;
      const memberIds = (str(data.memberIds) ?? '').split(',').filter(Boolean);
      return { verb, ref, command, ...(str(data.number) ? { number: str(data.number) } : {}), ...(memberIds.length ? { memberIds } : {}) };
    }
    case 'debate': {
      const act = data.act as DebateAct;
      if (!DEBATE_ACTS.includes(act)) return null;
      // an input's value, when the person gave one (Input.Number may arrive as a number)
      const input = (id: string) => (typeof data[id] === 'number' ? String(data[id]) : str(data[id])?.trim() || undefined);
      const given = (field: 'memberId' | 'reason' | 'minutes' | 'text', id: string) => (input(id) ? { [field]: input(id) } : {});
      switch (act) {
        case 'give-floor': return { verb, ref, act, ...given('memberId', DEBATE_INPUT.member), ...given('reason', DEBATE_INPUT.reason) };
        case 'extend-time': return { verb, ref, act, ...given('minutes', DEBATE_INPUT.minutes) };
        case 'ask-motion': return { verb, ref, act, ...given('text', DEBATE_INPUT.question) };
        case 'raise-order': return { verb, ref, act, ...given('text', DEBATE_INPUT.order) };
        default: return { verb, ref, act };
      }
    }
    case 'vote-part': {
      const act = data.act as VotePartAct;
      if (!VOTE_PART_ACTS.includes(act)) return null;
      const input = (id: string) => str(data[id])?.trim() || undefined;
      const given = (field: 'part' | 'proposal' | 'reason', id: string) => (input(id) ? { [field]: input(id) } : {});
      switch (act) {
        case 'reserve': return { verb, ref, act, ...given('part', VOTE_PART_INPUT.part), ...given('proposal', VOTE_PART_INPUT.proposal) };
        case 'excuse': return { verb, ref, act, ...given('reason', VOTE_PART_INPUT.reason) };
        case 'vote-reservation': {
          const reservationId = str(data.reservationId);
          return reservationId ? { verb, ref, act, reservationId, method: data.method === 'nominal' ? 'nominal' : 'economica' } : null;
        }
        case 'opinion': {
          const kind = data.kind as SeparateOpinionKind;
          return SEPARATE_OPINION_KINDS.includes(kind) ? { verb, ref, act, kind } : null;
        }
      }
      return null;
    }
    case 'confirm-agenda':
    case 'discard-agenda': {
      if (ref.card !== 'draft') return null;
      const kinds = Object.fromEntries(Object.entries(data).filter(([k, v]) => k.startsWith(KIND_INPUT) && typeof v === 'string').map(([k, v]) => [k.slice(KIND_INPUT.length), v as string]));
      return { verb, ref, kinds };
    }
    default:
      return null;
  }
}

/** The command a button runs, in the same words as a typed one (null: the button only redraws or is not a command). */
export function commandOfAction(action: CardAction): BotCommand | null {
  switch (action.verb) {
    case 'ballot': return { kind: 'ballot', choice: action.choice, voteId: action.voteId };
    case 'present': return { kind: 'present' };
    case 'mark-present': return action.memberId ? { kind: 'mark-present', memberId: action.memberId } : null;
    case 'command': return commandOfControl(action);
    case 'debate': return commandOfDebate(action);
    case 'vote-part': return commandOfVotePart(action);
    default: return null;
  }
}

/** The buttons of votes in parts: the item card's act on its item, the vote card's on its vote. */
function commandOfVotePart(action: Extract<CardAction, { verb: 'vote-part' }>): BotCommand | null {
  switch (action.act) {
    case 'reserve':
      if (!action.part) return { kind: 'vote-part-malformed', problem: 'reserve-without-part' };
      return { kind: 'reserve-part', part: action.part, ...(action.proposal ? { proposal: action.proposal } : {}), member: 'self' };
    case 'excuse':
      return action.ref.card === 'item' && action.ref.number ? { kind: 'excuse', number: action.ref.number, member: 'self', ...(action.reason ? { reason: action.reason } : {}) } : null;
    case 'vote-reservation':
      return action.reservationId ? { kind: 'vote-reservation', reservation: { id: action.reservationId }, method: action.method ?? 'economica' } : null;
    case 'opinion':
      return action.kind ? { kind: 'separate-opinion', opinion: action.kind, ...(action.ref.card === 'vote' && action.ref.voteId ? { voteId: action.ref.voteId } : {}) } : null;
  }
}

function commandOfDebate(action: Extract<CardAction, { verb: 'debate' }>): BotCommand {
  switch (action.act) {
    case 'ask-floor': return { kind: 'ask-floor', member: 'self' };
    case 'withdraw-floor': return { kind: 'withdraw-floor', member: 'self' };
    case 'next-speaker': return { kind: 'give-floor', to: 'next' };
    case 'give-floor':
      if (!action.memberId) return { kind: 'malformed', problem: 'give-floor-choose-member' };
      return { kind: 'give-floor', to: { id: action.memberId }, ...(action.reason ? { reason: action.reason } : {}) };
    case 'end-intervention': return { kind: 'end-intervention' };
    case 'close-round': return { kind: 'close-round' };
    case 'extend-time': {
      const time = speakingTimeOf(action.minutes ?? '');
      if (!time.ok) return { kind: 'malformed', problem: time.problem === 'missing' ? 'extend-time-without-number' : 'extend-time-bad-number' };
      return { kind: 'extend-time', seconds: time.seconds };
    }
    case 'accept-motion':
    case 'decline-motion': return { kind: 'answer-motion', accept: action.act === 'accept-motion' };
    case 'grant-order':
    case 'deny-order': return { kind: 'decide-point-of-order', accept: action.act === 'grant-order' };
    case 'ask-motion': return { kind: 'motion-to-speaker', ...(action.text ? { text: action.text } : {}) };
    case 'raise-order': return { kind: 'point-of-order', ...(action.text ? { text: action.text } : {}) };
  }
}

function commandOfControl(action: Extract<CardAction, { verb: 'command' }>): BotCommand | null {
  switch (action.command) {
    case 'vote-economica': return { kind: 'open-vote', method: 'economica' };
    case 'vote-nominal': return { kind: 'open-vote', method: 'nominal' };
    case 'recess': return { kind: 'recess', reason: '' };
    case 'withdraw': return action.number ? { kind: 'withdraw', number: action.number } : null;
    case 'defer': return action.number ? { kind: 'defer', number: action.number } : null;
    case 'record-presence':
    case 'dismiss-presence': {
      if (action.ref.card !== 'presence' || !action.memberIds?.length) return null;
      return { kind: 'settle-presence', memberIds: action.memberIds, present: action.ref.notice.change === 'joined', keep: action.command === 'dismiss-presence' };
    }
    default: return { kind: action.command };
  }
}
