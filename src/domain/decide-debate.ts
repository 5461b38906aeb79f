/**
 * The debate of the item under way: the list of speakers and its rounds, the speaker's time, and the motions.
 * Nobody is cut off: time used beyond the limit is recorded, never enforced.
 */
import type { Actor, CommandOf } from './commands';
import {
  type Debate, type Floor, currentIntervention, floorOf, interventionsInRound, motionsToSpeakerBy, openRound, pendingMotion, usedSeconds,
} from './debate';
import { debateOf, lastRound } from './debate-record';
import { type Decision, accept, isConducting, notAuthorized, recordsAttendance, roleOf } from './decision';
import type { SessionEvent } from './events';
import type { AadObjectId, ItemNumber } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionState } from './session-state';

const MAX_EXTENSION_SECONDS = 3600;
const MAX_TEXT = 500;

const refused = (rejection: Rejection): { ok: false; rejection: Rejection } => ({ ok: false, rejection });

/** The item being debated, or why there is none. */
function debatedItem(state: SessionState): { ok: true; item: ItemNumber; debate: Debate } | { ok: false; rejection: Rejection } {
  if (state.currentItem === null) return reject('NoCurrentItem');
  if (state.openVote) return reject('VoteOpen');
  return { ok: true, item: state.currentItem, debate: debateOf(state.debates, state.currentItem) };
}

/** Whether this member may speak: a role with voice under the rules, and present while attendance is recorded. */
function voiceRefusal(state: SessionState, memberId: AadObjectId): Rejection | null {
  const role = roleOf(state, memberId);
  if (role === null) return { reason: 'NotInRoster' };
  const member = nameOf(state, memberId);
  if (!state.rules.debate.voiceRoles.includes(role)) return { reason: 'NoVoice', details: { allowedRoles: state.rules.debate.voiceRoles, member } };
  if (recordsAttendance(state) && !state.attendance[memberId]?.present) return { reason: 'NotPresent', details: { member } };
  return null;
}

const nameOf = (state: SessionState, id: AadObjectId): string => state.roster.find((m) => m.id === id)?.name ?? id;

/** The member a command is about: the actor, or someone else when whoever conducts acts for them. */
function subjectOf(c: { actor: Actor; data: { memberId?: AadObjectId } }, state: SessionState): { ok: true; memberId: AadObjectId } | { ok: false; rejection: Rejection } {
  const memberId = c.data.memberId ?? c.actor.id;
  if (memberId !== c.actor.id && !isConducting(state, c.actor)) return notAuthorized(state);
  return { ok: true, memberId };
}

/** The round a new speaker joins: the open one, or the next when someone asks and rounds are left. */
function roundToJoin(debate: Debate, state: SessionState, item: ItemNumber, at: string): { ok: true; round: number; opened: SessionEvent[] } | { ok: false; rejection: Rejection } {
  const open = openRound(debate);
  if (open) return { ok: true, round: open.number, opened: [] };
  const limits = state.rules.debate.roundMinutes;
  const next = debate.rounds.length + 1;
  if (next > limits.length) return reject('NoMoreRounds', { present: limits.length });
  const limitSeconds = Math.round(limits[next - 1]! * 60);
  return { ok: true, round: next, opened: [{ type: 'RoundOpened', data: { number: item, round: next, limitSeconds, at } }] };
}

/** Whether this member may still speak in this round under the rules. */
function roundLimitRefusal(state: SessionState, debate: Debate, memberId: AadObjectId, round: number): Rejection | null {
  const limit = state.rules.debate.interventionsPerRound;
  return interventionsInRound(debate, memberId, round) >= limit ? { reason: 'RoundLimitReached', details: { present: round, required: limit } } : null;
}

/** Why this member may not be put on the list of speakers now, or the round they join (and the events opening it). */
function floorRequest(state: SessionState, memberId: AadObjectId, at: string):
  { ok: true; item: ItemNumber; round: number; opened: SessionEvent[] } | { ok: false; rejection: Rejection } {
  if (state.phase !== 'in-session') return reject(state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted');
  const under = debatedItem(state);
  if (!under.ok) return under;
  const noVoice = voiceRefusal(state, memberId);
  if (noVoice) return refused(noVoice);
  const { debate, item } = under;
  if (openRound(debate)?.queue.includes(memberId)) return reject('AlreadyOnSpeakersList');
  if (currentIntervention(debate)?.memberId === memberId) return reject('AlreadyOnSpeakersList');
  const joined = roundToJoin(debate, state, item, at);
  if (!joined.ok) return joined;
  const overLimit = roundLimitRefusal(state, debate, memberId, joined.round);
  if (overLimit) return refused(overLimit);
  return { ok: true, item, round: joined.round, opened: joined.opened };
}

/** Why this member could not ask for the floor now (null: "Pedir la palabra" would be accepted). */
export function floorRequestRefusal(state: SessionState, memberId: AadObjectId): Rejection | null {
  const request = floorRequest(state, memberId, state.startedAt ?? '1970-01-01T00:00:00.000Z');
  return request.ok ? null : request.rejection;
}

export function askForFloor(c: CommandOf<'AskForFloor'>, state: SessionState): Decision {
  const subject = subjectOf(c, state);
  if (!subject.ok) return subject;
  const request = floorRequest(state, subject.memberId, c.now);
  if (!request.ok) return request;
  return accept(...request.opened, {
    type: 'FloorRequested', data: { number: request.item, round: request.round, memberId: subject.memberId, by: c.actor.id, at: c.now },
  });
}

export function withdrawFloorRequest(c: CommandOf<'WithdrawFloorRequest'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const subject = subjectOf(c, state);
  if (!subject.ok) return subject;
  const round = openRound(under.debate);
  if (!round || !round.queue.includes(subject.memberId)) return reject('NotOnSpeakersList');
  return accept({ type: 'FloorRequestWithdrawn', data: { number: under.item, round: round.number, memberId: subject.memberId, by: c.actor.id, at: c.now } });
}

/** Nobody has the floor and no motion waits: the floor can be given, the round closed, the item left. */
export function floorBusy(state: SessionState, debate: Debate): Rejection | null {
  if (pendingMotion(debate)) return { reason: 'MotionPending' };
  const speaking = currentIntervention(debate);
  return speaking ? { reason: 'FloorTaken', details: { member: nameOf(state, speaking.memberId) } } : null;
}

export function giveFloor(c: CommandOf<'GiveFloor'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const { debate, item } = under;
  const busy = floorBusy(state, debate);
  if (busy) return refused(busy);
  const waiting = openRound(debate)?.queue ?? [];
  const memberId = c.data.memberId ?? waiting[0];
  if (!memberId) return reject('NobodyAskedForFloor');
  const noVoice = voiceRefusal(state, memberId);
  if (noVoice) return refused(noVoice);
  const reason = c.data.reason?.trim() ?? '';
  if (reason.length > MAX_TEXT) return reject('InvalidInput', { field: 'reason', problem: 'too-long' });
  const passesOver = waiting.length > 0 && waiting[0] !== memberId;
  if (passesOver && !reason) return reject('ReasonRequired', { member: nameOf(state, waiting[0]!) });
  const joined = roundToJoin(debate, state, item, c.now);
  if (!joined.ok) return joined;
  const overLimit = roundLimitRefusal(state, debate, memberId, joined.round);
  if (overLimit) return refused(overLimit);
  const limitSeconds = joined.opened.length ? (joined.opened[0] as { data: { limitSeconds: number } }).data.limitSeconds : openRound(debate)!.limitSeconds;
  return accept(...joined.opened, {
    type: 'FloorGiven',
    data: { number: item, round: joined.round, memberId, limitSeconds, outOfOrder: passesOver ? reason : null, by: c.actor.id, at: c.now },
  });
}

export function extendSpeakingTime(c: CommandOf<'ExtendSpeakingTime'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const seconds = c.data.seconds;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_EXTENSION_SECONDS) return reject('InvalidInput', { field: 'seconds', problem: 'invalid-extension' });
  const speaking = currentIntervention(under.debate);
  if (!speaking) return reject('NobodyHasTheFloor');
  return accept({ type: 'SpeakingTimeExtended', data: { number: under.item, memberId: speaking.memberId, seconds, by: c.actor.id, at: c.now } });
}

/** Ends what is being heard: a question, an answer, or the intervention. The speaker (or asker) may end their own part. */
export function endIntervention(c: CommandOf<'EndIntervention'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const { debate, item } = under;
  const floor = floorOf(debate);
  if (!floor) return reject('NobodyHasTheFloor');
  if (floor.memberId !== c.actor.id && !isConducting(state, c.actor)) return notAuthorized(state);
  const base = { number: item, by: c.actor.id, at: c.now };
  if (floor.part === 'question') {
    return accept({ type: 'MotionQuestionEnded', data: { ...base, motionId: floor.motionId!, limitSeconds: state.rules.debate.motionToSpeaker.answerSeconds } });
  }
  if (floor.part === 'answer') return accept({ type: 'MotionAnswerEnded', data: { ...base, motionId: floor.motionId! } });
  if (pendingMotion(debate)) return reject('MotionPending');
  return accept({
    type: 'InterventionEnded',
    data: { ...base, round: floor.round, memberId: floor.memberId, spokeSeconds: usedSeconds(floor, c.now), limitSeconds: floor.limitSeconds },
  });
}

export function closeRound(c: CommandOf<'CloseRound'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const round = openRound(under.debate);
  if (!round) return reject('NoOpenRound');
  const busy = floorBusy(state, under.debate);
  if (busy) return refused(busy);
  return accept({ type: 'RoundClosed', data: { number: under.item, round: round.number, dropped: round.queue, by: c.actor.id, at: c.now } });
}

const motionText = (text: string | undefined): string | null => text?.trim().slice(0, MAX_TEXT) || null;

export function askMotionToSpeaker(c: CommandOf<'AskMotionToSpeaker'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const { debate, item } = under;
  const noVoice = voiceRefusal(state, c.actor.id);
  if (noVoice) return refused(noVoice);
  if (!c.data.motionId?.trim()) return reject('InvalidInput', { field: 'motionId', problem: 'empty' });
  const speaking = currentIntervention(debate);
  if (!speaking) return reject('NobodyHasTheFloor');
  if (pendingMotion(debate)) return reject('MotionPending');
  if (speaking.memberId === c.actor.id) return reject('InvalidInput', { field: 'speaker', problem: 'self' });
  const rules = state.rules.debate.motionToSpeaker;
  if (speaking.round > rules.rounds) return reject('MotionNotAllowedInRound', { present: speaking.round, required: rules.rounds });
  if (motionsToSpeakerBy(debate, c.actor.id) >= rules.perMemberPerItem) return reject('MotionLimitReached', { required: rules.perMemberPerItem });
  return accept({
    type: 'MotionToSpeakerAsked',
    data: { number: item, motionId: c.data.motionId, round: speaking.round, by: c.actor.id, speaker: speaking.memberId, text: motionText(c.data.text), at: c.now },
  });
}

export function answerMotionToSpeaker(c: CommandOf<'AnswerMotionToSpeaker'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const motion = pendingMotion(under.debate);
  if (!motion || motion.kind !== 'to-speaker' || motion.accepted !== null) return reject('NoPendingMotion');
  if (motion.speaker !== c.actor.id && !isConducting(state, c.actor)) return notAuthorized(state);
  return accept({
    type: 'MotionToSpeakerAnswered',
    data: { number: under.item, motionId: motion.id, accepted: c.data.accept, limitSeconds: state.rules.debate.motionToSpeaker.questionSeconds, by: c.actor.id, at: c.now },
  });
}

export function raisePointOfOrder(c: CommandOf<'RaisePointOfOrder'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const noVoice = voiceRefusal(state, c.actor.id);
  if (noVoice) return refused(noVoice);
  if (!c.data.motionId?.trim()) return reject('InvalidInput', { field: 'motionId', problem: 'empty' });
  if (pendingMotion(under.debate)) return reject('MotionPending');
  return accept({
    type: 'PointOfOrderRaised',
    data: { number: under.item, motionId: c.data.motionId, round: lastRound(under.debate)?.number ?? null, by: c.actor.id, text: motionText(c.data.text), at: c.now },
  });
}

export function decidePointOfOrder(c: CommandOf<'DecidePointOfOrder'>, state: SessionState): Decision {
  const under = debatedItem(state);
  if (!under.ok) return under;
  const motion = pendingMotion(under.debate);
  if (!motion || motion.kind !== 'order') return reject('NoPendingMotion');
  return accept({ type: 'PointOfOrderDecided', data: { number: under.item, motionId: motion.id, accepted: c.data.accept, by: c.actor.id, at: c.now } });
}

/** The floor in the item under way, if someone has it. */
export function floorNow(state: SessionState): Floor | null {
  return state.currentItem === null ? null : floorOf(debateOf(state.debates, state.currentItem));
}

/** Recorded once per part when Sesiona's clock says its time is used up (an extension makes it count again). */
export function noteTimeRanOut(c: CommandOf<'NoteTimeRanOut'>, state: SessionState): Decision {
  const floor = floorNow(state);
  if (!floor) return reject('NobodyHasTheFloor');
  if (floor.timeRanOutAt !== null || usedSeconds(floor, c.now) < floor.limitSeconds) return reject('TimeNotUp');
  return accept({ type: 'FloorTimeRanOut', data: { number: floor.item, memberId: floor.memberId, part: floor.part, motionId: floor.motionId, at: c.now } });
}
