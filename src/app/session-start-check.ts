/**
 * Before a session is started (or replaces the meeting's session): the facts the domain needs — the session bound
 * to the meeting now, the people the deployment names, and, only when that is not enough, whether Teams says this
 * person organised the meeting — then the domain's decision.
 */
import { type AadObjectId, type Decision, maySessionStart } from '../domain';
import type { MeetingBindings } from './meeting-bindings';
import type { SessionService } from './session-service';

export async function checkSessionStart(
  service: SessionService,
  bindings: MeetingBindings,
  meetingKey: string,
  actor: AadObjectId,
  namedStarters: readonly string[],
  /** Asks Teams whether the actor organised the meeting: true/false, or null when Teams cannot tell. */
  isMeetingOrganizer: () => Promise<boolean | null>,
): Promise<Decision> {
  const bound = await bindings.sessionFor(meetingKey);
  const current = bound ? (await service.load(bound)).state : null;
  const facts = { current, namedStarters: namedStarters as AadObjectId[] };
  const withoutAsking = maySessionStart(actor, { ...facts, isMeetingOrganizer: false });
  if (withoutAsking.ok || withoutAsking.rejection.reason !== 'MayNotStartSession') return withoutAsking;
  return maySessionStart(actor, { ...facts, isMeetingOrganizer: await isMeetingOrganizer() });
}
