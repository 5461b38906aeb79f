/**
 * `decide(command, state)`: the session's rules. Returns the events that happen, or a rejection; never throws for
 * an expected failure, never does IO. Each concept decides in its own file; here, what holds for every command:
 * - whoever conducts is present: the first conducting act of a person records them present if nothing did;
 * - quorum is recomputed on every change: losing it (or getting it back) during the session is recorded.
 */
import type { SessionCommand, SessionCommandType } from './commands';
import { addGeneralMatter, completeItem, correctItemKind, takeUpItem, withdrawOrDefer } from './decide-agenda';
import { importFollowUp, markAgreementDone, recordAgreement } from './decide-agreements';
import {
  closeQuorumCheck, dismissPresenceNotice, markAttendance, recordAttendanceHint, startQuorumCheck, startRollCall, startSession,
} from './decide-attendance';
import { assignRoles, removeMember } from './decide-roster';
import { closeSession, createSession, recess, resume } from './decide-session';
import {
  answerMotionToSpeaker, askForFloor, askMotionToSpeaker, closeRound, decidePointOfOrder, endIntervention, extendSpeakingTime, floorBusy, giveFloor,
  noteTimeRanOut, raisePointOfOrder, withdrawFloorRequest,
} from './decide-debate';
import { castBallot, closeVote, openVote } from './decide-votes';
import { proposeAgendaChange, withdrawAgendaChange } from './decide-agenda-changes';
import { linkPreviousMinutes, noteMinutesCorrections, recordMinutesApproval } from './decide-previous-minutes';
import { announceSeparateOpinion, fileSeparateOpinion, recordExcusal, reservePart, withdrawReservation } from './decide-vote-parts';
import { openRound } from './debate';
import { debateOf } from './debate-record';
import { type Decision, accept, isConducting, notAuthorized, quorumNow, recordsAttendance } from './decision';
import type { SessionEvent } from './events';
import { snapshotOf } from './quorum';
import { type Rejection, reject } from './rejection';
import { type SessionState, evolve } from './session-state';

export { type Decision, mayConduct, roleOf } from './decision';

/** A condition a command needs before its own rules apply; null when it holds. */
type Guard = (command: SessionCommand, state: SessionState) => Rejection | null;

/** Whoever does it conducts the session (the secretary or the chair by default). */
const requireConducting: Guard = (command, state) => (isConducting(state, command.actor) ? null : notAuthorized(state).rejection);

/** The session is under way: started, not in recess. */
const requireInSession: Guard = (_command, state) =>
  state.phase === 'in-session' ? null : { reason: state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted' };

/** Nobody has the floor on the item under way and no motion waits (the debate is not cut short by leaving the item). */
const requireFloorFree: Guard = (_command, state) => (state.currentItem === null ? null : floorBusy(state, debateOf(state.debates, state.currentItem)));

const conducting = [requireConducting];
const conductingInSession = [requireConducting, requireInSession];
const inSession = [requireInSession];
const conductingFloorFree = [requireConducting, requireFloorFree];
const conductingInSessionFloorFree = [requireConducting, requireInSession, requireFloorFree];

/** What each command of a session (that exists and is not closed) needs before its own rules apply. */
const GUARDS: Record<Exclude<SessionCommandType, 'CreateSession' | 'RecordAttendanceHint' | 'FileSeparateOpinion' | 'RecordMinutesApproval'>, Guard[]> = {
  AssignRoles: [], RemoveMember: [], MarkAttendance: [], CastBallot: [],
  StartRollCall: conducting, StartSession: conducting, DismissPresenceNotice: conducting, StartQuorumCheck: conducting,
  CloseQuorumCheck: conducting, CorrectItemKind: conducting, CompleteItem: conductingFloorFree, WithdrawItem: conductingFloorFree,
  DeferItem: conductingFloorFree, AddGeneralMatter: conducting, ImportFollowUp: conducting, CloseVote: conducting, Recess: conductingFloorFree,
  Resume: conducting, CloseSession: conductingFloorFree,
  StartItem: conductingInSessionFloorFree, NextItem: conductingInSessionFloorFree, RecordAgreement: conductingInSession,
  MarkAgreementDone: conductingInSession, OpenVote: conductingInSessionFloorFree,
  AskForFloor: inSession, WithdrawFloorRequest: inSession, EndIntervention: inSession, AskMotionToSpeaker: inSession,
  AnswerMotionToSpeaker: inSession, RaisePointOfOrder: inSession, NoteTimeRanOut: inSession,
  ProposeAgendaChange: [], WithdrawAgendaChange: [], LinkPreviousMinutes: conducting, NoteMinutesCorrections: conducting,
  ReservePart: inSession, WithdrawReservation: inSession, RecordExcusal: [], AnnounceSeparateOpinion: [],
  GiveFloor: conductingInSession, ExtendSpeakingTime: conductingInSession, CloseRound: conductingInSession, DecidePointOfOrder: conductingInSession,
};

/** Who decides each command, by area: roster, attendance, the order of the day, agreements, votes, the session. */
function decideCommand(command: SessionCommand, state: SessionState): Decision {
  if (command.type === 'CreateSession') return createSession(command, state);
  if (!state.exists) return reject('SessionNotFound');
  if (command.type === 'RecordAttendanceHint') return recordAttendanceHint(command, state);
  if (command.type === 'FileSeparateOpinion') return fileSeparateOpinion(command, state);
  if (command.type === 'RecordMinutesApproval') return recordMinutesApproval(command, state);
  if (state.phase === 'closed') return reject('SessionClosed');
  for (const guard of GUARDS[command.type]) {
    const refused = guard(command, state);
    if (refused) return { ok: false, rejection: refused };
  }
  switch (command.type) {
    case 'AssignRoles': return assignRoles(command, state);
    case 'RemoveMember': return removeMember(command, state);
    case 'StartRollCall': return startRollCall(command, state);
    case 'MarkAttendance': return markAttendance(command, state);
    case 'StartSession': return startSession(command, state);
    case 'DismissPresenceNotice': return dismissPresenceNotice(command, state);
    case 'StartQuorumCheck': return startQuorumCheck(command, state);
    case 'CloseQuorumCheck': return closeQuorumCheck(command, state);
    case 'CorrectItemKind': return correctItemKind(command, state);
    case 'StartItem':
    case 'NextItem': return takeUpItem(command, state);
    case 'CompleteItem': return completeItem(command, state);
    case 'WithdrawItem':
    case 'DeferItem': return withdrawOrDefer(command, state);
    case 'AddGeneralMatter': return addGeneralMatter(command, state);
    case 'RecordAgreement': return recordAgreement(command, state);
    case 'ImportFollowUp': return importFollowUp(command, state);
    case 'MarkAgreementDone': return markAgreementDone(command, state);
    case 'OpenVote': return openVote(command, state);
    case 'CastBallot': return castBallot(command, state);
    case 'CloseVote': return closeVote(command, state);
    case 'Recess': return recess(command, state);
    case 'Resume': return resume(command, state);
    case 'CloseSession': return closeSession(command, state);
    case 'AskForFloor': return askForFloor(command, state);
    case 'WithdrawFloorRequest': return withdrawFloorRequest(command, state);
    case 'GiveFloor': return giveFloor(command, state);
    case 'ExtendSpeakingTime': return extendSpeakingTime(command, state);
    case 'EndIntervention': return endIntervention(command, state);
    case 'CloseRound': return closeRound(command, state);
    case 'AskMotionToSpeaker': return askMotionToSpeaker(command, state);
    case 'AnswerMotionToSpeaker': return answerMotionToSpeaker(command, state);
    case 'RaisePointOfOrder': return raisePointOfOrder(command, state);
    case 'DecidePointOfOrder': return decidePointOfOrder(command, state);
    case 'NoteTimeRanOut': return noteTimeRanOut(command, state);
    case 'LinkPreviousMinutes': return linkPreviousMinutes(command, state);
    case 'NoteMinutesCorrections': return noteMinutesCorrections(command, state);
    case 'ProposeAgendaChange': return proposeAgendaChange(command, state);
    case 'WithdrawAgendaChange': return withdrawAgendaChange(command, state);
    case 'ReservePart': return reservePart(command, state);
    case 'WithdrawReservation': return withdrawReservation(command, state);
    case 'RecordExcusal': return recordExcusal(command, state);
    case 'AnnounceSeparateOpinion': return announceSeparateOpinion(command, state);
  }
}

/**
 * Acts of conducting the session, whoever does one is, evidently, there: the commands only those who conduct may
 * give, except correcting an item's kind (a correction of the order of the day, made before the meeting as well),
 * and recording someone else's attendance.
 */
const isConductingAct = (command: SessionCommand) =>
  (command.type !== 'CreateSession' && command.type !== 'RecordAttendanceHint' && command.type !== 'FileSeparateOpinion' && command.type !== 'RecordMinutesApproval'
    && command.type !== 'CorrectItemKind'
    && GUARDS[command.type].includes(requireConducting))
  || (command.type === 'MarkAttendance' && command.data.memberId !== command.actor.id);

/** The actor's arrival, when their act is the first sign of it. */
function presenceOfActor(command: SessionCommand, state: SessionState): SessionEvent | null {
  if (!state.exists || !recordsAttendance(state) || !isConductingAct(command) || !isConducting(state, command.actor)) return null;
  if (state.attendance[command.actor.id]?.present) return null;
  return { type: 'AttendanceMarked', data: { memberId: command.actor.id, present: true, by: command.actor.id, at: command.now } };
}

/** QuorumLost / QuorumRestored when these events change whether there is quorum during the session. */
function quorumTransition(before: SessionState, after: SessionState, at: string): SessionEvent[] {
  const during = (s: SessionState) => s.phase === 'in-session' || s.phase === 'recess';
  if (!during(before) || !during(after)) return [];
  const was = quorumNow(before);
  const is = quorumNow(after);
  if (was.reached === is.reached) return [];
  return [{ type: is.reached ? 'QuorumRestored' : 'QuorumLost', data: { quorum: snapshotOf(is), at } }];
}

/**
 * The round still open on the item under way closes when the debate ends (the item is left, or its vote opens):
 * whoever still waited is recorded as not heard.
 */
function debateClosing(command: SessionCommand, before: SessionState, events: SessionEvent[]): SessionEvent[] {
  const item = before.currentItem;
  if (item === null) return [];
  const round = openRound(debateOf(before.debates, item));
  if (!round) return [];
  const after = events.reduce(evolve, before);
  const voteOnItem = after.openVote !== null && after.votes.find((v) => v.id === after.openVote)?.item === item;
  if (after.currentItem === item && !voteOnItem) return [];
  return [{ type: 'RoundClosed', data: { number: item, round: round.number, dropped: round.queue, by: command.actor.id, at: command.now } }];
}

export function decide(command: SessionCommand, state: SessionState): Decision {
  const arrival = presenceOfActor(command, state);
  const decision = decideCommand(command, arrival ? evolve(state, arrival) : state);
  if (!decision.ok || decision.events.length === 0) return decision;
  const closing = debateClosing(command, state, decision.events);
  const events = [...(arrival ? [arrival] : []), ...closing, ...decision.events];
  let after = events.reduce(evolve, state);
  // the roll call opens with whoever opened it present
  const opener = command.type === 'StartRollCall' ? presenceOfActor(command, after) : null;
  if (opener) {
    events.push(opener);
    after = evolve(after, opener);
  }
  return accept(...events, ...quorumTransition(state, after, command.now));
}
