/**
 * Who may start a session in a meeting, or replace the meeting's session with a new one: the meeting's organizer,
 * those who conduct the meeting's current or last session, or the people the deployment names. A session under way
 * (from its roll call to its close) is never replaced; a closed one stays bound to the meeting as its record until
 * one of those people starts the next.
 */
import { type Decision, accept, mayConduct } from './decision';
import type { AadObjectId } from './ids';
import { reject } from './rejection';
import type { SessionState } from './session-state';

export interface SessionStartFacts {
  /** Teams says this person organised the meeting: true or false, or null when Teams could not tell. */
  isMeetingOrganizer: boolean | null;
  /** The session bound to the meeting now (under way, not started, or closed), if any. */
  current: SessionState | null;
  /** People the deployment allows to start sessions in any meeting (Entra object ids). */
  namedStarters: readonly AadObjectId[];
}

export function maySessionStart(actor: AadObjectId, facts: SessionStartFacts): Decision {
  const current = facts.current?.exists ? facts.current : null;
  if (current && (current.phase === 'roll-call' || current.phase === 'in-session' || current.phase === 'recess')) {
    return reject('SessionInProgress', { title: current.header.title, phase: current.phase });
  }
  if (facts.isMeetingOrganizer === true || facts.namedStarters.includes(actor) || (current !== null && mayConduct(current, actor))) return accept();
  return reject('MayNotStartSession', { organizerKnown: facts.isMeetingOrganizer !== null, ...(current ? { allowedRoles: current.rules.conductingRoles } : {}) });
}
