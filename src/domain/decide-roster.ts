/**
 * The roster: who takes part and in which role. Set by the session's secretary or the meeting's organizer.
 */
import type { CommandOf } from './commands';
import { type Decision, accept, roleOf } from './decision';
import type { SessionEvent } from './events';
import { reject } from './rejection';
import { SESSION_ROLES } from './roster';
import type { SessionState } from './session-state';

/** Only the secretary (or the meeting's organizer) sets the roster. */
const maySetRoster = (c: CommandOf<'AssignRoles'> | CommandOf<'RemoveMember'>, state: SessionState) =>
  c.actor.isMeetingOrganizer === true || roleOf(state, c.actor.id) === 'secretary';

export function assignRoles(c: CommandOf<'AssignRoles'>, state: SessionState): Decision {
  if (!maySetRoster(c, state)) return reject('NotAuthorized', { allowedRoles: ['secretary'] });
  const events: SessionEvent[] = [];
  for (const [i, m] of c.data.members.entries()) {
    if (!SESSION_ROLES.includes(m.role)) return reject('InvalidInput', { field: `members[${i}].role`, problem: 'invalid-role' });
    if (!m.name?.trim()) return reject('InvalidInput', { field: `members[${i}].name`, problem: 'empty' });
    const before = state.roster.find((r) => r.id === m.id);
    if (before && before.role === m.role && before.name === m.name.trim()) continue;
    events.push({ type: 'MemberAssigned', data: { member: { id: m.id, name: m.name.trim(), role: m.role }, by: c.actor.id, at: c.now } });
  }
  return accept(...events);
}

export function removeMember(c: CommandOf<'RemoveMember'>, state: SessionState): Decision {
  if (!maySetRoster(c, state)) return reject('NotAuthorized', { allowedRoles: ['secretary'] });
  if (!roleOf(state, c.data.id)) return reject('NotInRoster');
  return accept({ type: 'MemberRemoved', data: { id: c.data.id, by: c.actor.id, at: c.now } });
}

