/**
 * Which session a Teams meeting (or chat) is bound to. Kept in the store as its own stream per meeting, so every
 * instance sees the same binding and nothing lives in module globals.
 */
import type { SessionId } from '../domain';
import type { EventStore } from '../store/event-store';
import { appendAtEnd, streams } from '../store/streams';

export const meetingStream = streams.meeting;

export interface SessionBound {
  sessionId: string;
  at: string;
  /** The language the session's shared cards are written in (the secretary's, when the session was created). */
  language?: string;
}

export class MeetingBindings {
  constructor(private readonly store: EventStore) {}

  /** The session most recently bound to the meeting, or null. */
  async sessionFor(meetingId: string): Promise<SessionId | null> {
    return ((await this.bindingFor(meetingId))?.sessionId as SessionId | undefined) ?? null;
  }

  async bindingFor(meetingId: string): Promise<SessionBound | null> {
    const events = await this.store.read(meetingStream(meetingId));
    const last = events.filter((e) => e.type === 'SessionBound').pop();
    return last ? (last.data as SessionBound) : null;
  }

  /** How one session was bound to the meeting (it may no longer be the latest), or null. */
  async bindingOf(meetingId: string, sessionId: string): Promise<SessionBound | null> {
    const events = await this.store.read(meetingStream(meetingId));
    const bound = events.filter((e) => e.type === 'SessionBound' && (e.data as SessionBound).sessionId === sessionId).pop();
    return bound ? (bound.data as SessionBound) : null;
  }

  /** Binds a session to the meeting; a later binding (a new session in the same meeting chat) replaces it. */
  async bind(meetingId: string, sessionId: SessionId, at: string, language?: string): Promise<void> {
    const data: SessionBound = { sessionId, at, ...(language ? { language } : {}) };
    await appendAtEnd(this.store, meetingStream(meetingId), [{ type: 'SessionBound', data }], `bind:${meetingId}:${sessionId}`);
  }
}
