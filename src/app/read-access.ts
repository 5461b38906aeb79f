/**
 * Who may read a session: its live view and stream (people of its meeting, or the whole tenant for public sessions)
 * and its draft minutes (the roster only). A rule of the application: the HTTP routes ask it and only translate the
 * answer (403 with what to do). Without sign-in configured there is nobody to ask about, and reading is open.
 */
import type { SessionState } from '../domain';

/**
 * - `open`: no Teams sign-in on this server (local development, or `SESIONA_PUBLIC_READ=on`): everyone reads.
 * - `tenant`: anyone signed in to the tenant follows any session (public sessions, `SESIONA_READ_ACCESS=tenant`).
 * - `meeting`: only people of the session's meeting follow it (the default with sign-in).
 */
export type ReadAccess = 'open' | 'tenant' | 'meeting';

/** The person asking: the Entra object id of their Teams sign-in, or null when there is none. */
export type Reader = string | null;

export type ReadRefusal = 'unidentified' | 'not-in-meeting' | 'not-on-roster';

export type ReadDecision = { ok: true } | { ok: false; refusal: ReadRefusal };

const allowed: ReadDecision = { ok: true };
const refused = (refusal: ReadRefusal): ReadDecision => ({ ok: false, refusal });

/**
 * The people of the session's meeting: its roster (with the secretary who created the session in the meeting chat),
 * the participants Teams reported joining the meeting, and everyone the bot has seen in the meeting chat
 * (`seenInMeeting`: who wrote to it, clicked its cards or was mentioned).
 */
export function peopleOfMeeting(state: SessionState, seenInMeeting: Iterable<string>): Set<string> {
  const people = new Set<string>(seenInMeeting);
  for (const member of state.roster) people.add(member.id);
  for (const hint of state.hints) if (hint.kind === 'joined' && hint.participant?.id) people.add(hint.participant.id);
  return people;
}

/** May this person follow the session live (its read model and its stream)? */
export function mayFollowSession(reader: Reader, state: SessionState, seenInMeeting: Iterable<string>, access: ReadAccess): ReadDecision {
  if (access === 'open' || access === 'tenant') return allowed;
  if (!reader) return refused('unidentified');
  return peopleOfMeeting(state, seenInMeeting).has(reader) ? allowed : refused('not-in-meeting');
}

/** May this person read the session's draft minutes? Only its roster, whatever the live view's access. */
export function mayReadMinutes(reader: Reader, state: SessionState, access: ReadAccess): ReadDecision {
  if (access === 'open') return allowed;
  if (!reader) return refused('unidentified');
  return state.roster.some((member) => member.id === reader) ? allowed : refused('not-on-roster');
}
