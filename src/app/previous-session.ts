/**
 * The session of the same body that came before this one: where the follow-up of agreements comes from.
 * The latest closed session with the same body name (by closing time), other than this session.
 */
import type { SessionState } from '../domain';
import type { EventStore } from '../store/event-store';
import { SESSION_STREAM_PREFIX, type SessionService } from './session-service';

const sameBody = (a: string, b: string) => a.trim().toLocaleLowerCase('es-MX') === b.trim().toLocaleLowerCase('es-MX');

export async function previousSessionOf(service: SessionService, store: EventStore, current: SessionState): Promise<SessionState | null> {
  let previous: SessionState | null = null;
  for (const stream of await store.streams(SESSION_STREAM_PREFIX)) {
    const { state } = await service.load(stream.slice(SESSION_STREAM_PREFIX.length));
    if (!state.exists || state.id === current.id || state.phase !== 'closed' || !sameBody(state.header.body, current.header.body)) continue;
    if (!previous || (state.closedAt ?? '') > (previous.closedAt ?? '')) previous = state;
  }
  return previous;
}
