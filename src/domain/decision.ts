/**
 * What every part of the decider shares: the decision value, who the actor is in the session, the quorum now.
 */
import type { Actor } from './commands';
import type { SessionEvent } from './events';
import type { AadObjectId } from './ids';
import { type Quorum, quorumOf } from './quorum';
import { type Rejection, reject } from './rejection';
import type { SessionRole } from './roster';
import type { SessionState } from './session-state';

export type Decision = { ok: true; events: SessionEvent[] } | { ok: false; rejection: Rejection };

export const accept = (...events: SessionEvent[]): Decision => ({ ok: true, events });

export const refuse = (rejection: Rejection): Decision => ({ ok: false, rejection });

export function roleOf(state: SessionState, id: AadObjectId): SessionRole | null {
  return state.roster.find((m) => m.id === id)?.role ?? null;
}

/** Whether this person conducts the session under the body's rules (secretary or chair by default). */
export function mayConduct(state: SessionState, id: AadObjectId): boolean {
  const role = roleOf(state, id);
  return role !== null && state.rules.conductingRoles.includes(role);
}

export const isConducting = (state: SessionState, actor: Actor): boolean => mayConduct(state, actor.id);

export const notAuthorized = (state: SessionState) => reject('NotAuthorized', { allowedRoles: state.rules.conductingRoles });

export const quorumNow = (state: SessionState): Quorum => quorumOf(state.roster, state.attendance, state.rules);

/** Refused for want of quorum, with the numbers. */
export const noQuorum = (quorum: Quorum) => reject('NoQuorum', { present: quorum.present, required: quorum.required, total: quorum.total });

/** Phases in which attendance is being recorded: from the roll call to the close. */
export const recordsAttendance = (state: SessionState): boolean =>
  state.phase === 'roll-call' || state.phase === 'in-session' || state.phase === 'recess';
