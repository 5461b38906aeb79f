/**
 * Attendance: the roll call, who arrives, leaves and comes back during the session, what Teams says about it, and
 * the quorum check (verificación de quórum) in which each member confirms presence.
 */
import type { CommandOf } from './commands';
import { type Decision, accept, isConducting, noQuorum, notAuthorized, quorumNow, recordsAttendance, roleOf } from './decision';
import type { SessionEvent } from './events';
import type { AadObjectId } from './ids';
import { snapshotOf } from './quorum';
import { reject } from './rejection';
import { type SessionState, evolve, openQuorumCheck } from './session-state';

export function startRollCall(c: CommandOf<'StartRollCall'>, state: SessionState): Decision {
  if (state.phase !== 'not-started') return reject('RollCallAlreadyStarted', { phase: state.phase });
  return accept({ type: 'RollCallStarted', data: { at: c.now } });
}

/**
 * A member says they are present (or leave: "me retiro"); those who conduct record anyone's arrival, departure or
 * return. During a quorum check, saying "present" when already present confirms it.
 */
export function markAttendance(c: CommandOf<'MarkAttendance'>, state: SessionState): Decision {
  const { memberId, present: nowPresent } = c.data;
  const self = memberId === c.actor.id;
  if (!self && !isConducting(state, c.actor)) return notAuthorized(state);
  if (!roleOf(state, memberId)) return reject('NotInRoster');
  if (state.phase === 'not-started') return reject('RollCallNotOpen');
  const present = state.attendance[memberId]?.present ?? false;
  const check = openQuorumCheck(state);
  const confirmation: SessionEvent[] = nowPresent && check && !check.confirmed.includes(memberId)
    ? [{ type: 'PresenceConfirmed', data: { checkId: check.id, memberId, at: c.now } }]
    : [];
  if (present === nowPresent) {
    return confirmation.length ? accept(...confirmation) : reject(present ? 'AlreadyPresent' : 'AlreadyAbsent');
  }
  return accept({ type: 'AttendanceMarked', data: { memberId, present: nowPresent, by: c.actor.id, at: c.now } }, ...confirmation);
}

export function startSession(c: CommandOf<'StartSession'>, state: SessionState): Decision {
  if (state.phase === 'not-started') return reject('RollCallNotOpen');
  if (state.phase !== 'roll-call') return reject('SessionAlreadyStarted');
  const quorum = quorumNow(state);
  if (!quorum.reached) return noQuorum(quorum);
  return accept({ type: 'SessionStarted', data: { quorum: snapshotOf(quorum), at: c.now } });
}

/**
 * Teams said the meeting started or ended, or someone joined or left it. Always kept as a hint. When it is about
 * a roster member while attendance is being recorded and it contradicts the record (left while recorded present,
 * came back while recorded absent), the body's rule decides: `record` takes it as attendance, `ask` notices it for
 * the secretary to certify. A member who leaves and comes back before the secretary acts leaves nothing to certify.
 */
export function recordAttendanceHint(c: CommandOf<'RecordAttendanceHint'>, state: SessionState): Decision {
  const { kind, participant } = c.data;
  const events: SessionEvent[] = [{ type: 'AttendanceHintRecorded', data: { kind, participant, at: c.now } }];
  const id = participant?.id ?? null;
  if (id === null || !roleOf(state, id) || !recordsAttendance(state) || (kind !== 'left' && kind !== 'joined')) return accept(...events);
  const attendance = state.attendance[id];
  const present = attendance?.present ?? false;
  const contradicts = kind === 'left' ? present : !present && attendance?.arrivedAt != null;
  const firstArrival = kind === 'joined' && !present && attendance?.arrivedAt == null;
  if (state.rules.meetingPresence === 'record' && (contradicts || firstArrival)) {
    events.push({ type: 'AttendanceMarked', data: { memberId: id, present: kind === 'joined', by: c.actor.id, at: c.now } });
  } else if (contradicts) {
    events.push({ type: 'PresenceChangeNoticed', data: { memberId: id, change: kind, at: c.now } });
  } else if (state.presenceNotices[id]) {
    events.push({ type: 'PresenceNoticeDismissed', data: { memberIds: [id], by: c.actor.id, at: c.now } });
  }
  return accept(...events);
}

/** The secretary keeps the record as it is for these members (they did not really leave, or did not come back). */
export function dismissPresenceNotice(c: CommandOf<'DismissPresenceNotice'>, state: SessionState): Decision {
  const memberIds = [...new Set(c.data.memberIds)].filter((id) => state.presenceNotices[id]);
  return memberIds.length ? accept({ type: 'PresenceNoticeDismissed', data: { memberIds, by: c.actor.id, at: c.now } }) : accept();
}

export function startQuorumCheck(c: CommandOf<'StartQuorumCheck'>, state: SessionState): Decision {
  if (state.phase !== 'in-session' && state.phase !== 'recess') return reject(state.phase === 'roll-call' ? 'RollCallAlreadyStarted' : 'SessionNotStarted', { phase: state.phase });
  if (openQuorumCheck(state)) return reject('QuorumCheckOpen');
  if (state.openVote) return reject('VoteOpen');
  if (!c.data.checkId?.trim()) return reject('InvalidInput', { field: 'checkId', problem: 'empty' });
  return accept(
    { type: 'QuorumCheckStarted', data: { checkId: c.data.checkId, by: c.actor.id, at: c.now } },
    // whoever calls it is there
    { type: 'PresenceConfirmed', data: { checkId: c.data.checkId, memberId: c.actor.id, at: c.now } },
  );
}

/** Closing the check: whoever did not confirm presence is recorded absent, and the quorum found is recorded. */
export function closeQuorumCheck(c: CommandOf<'CloseQuorumCheck'>, state: SessionState): Decision {
  const check = openQuorumCheck(state);
  if (!check) return reject('NoQuorumCheck');
  const confirmed = new Set<AadObjectId>([...check.confirmed, c.actor.id]);
  const absent = state.roster.filter((m) => state.attendance[m.id]?.present && !confirmed.has(m.id)).map((m) => m.id);
  const departures: SessionEvent[] = absent.map((memberId) => ({ type: 'AttendanceMarked', data: { memberId, present: false, by: c.actor.id, at: c.now } }));
  const after = departures.reduce(evolve, state);
  return accept(...departures, { type: 'QuorumCheckClosed', data: { checkId: check.id, absent, quorum: snapshotOf(quorumNow(after)), by: c.actor.id, at: c.now } });
}
