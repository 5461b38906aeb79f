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

const bound = (sessionId: SessionId, at: string, language?: string) =>
  ({ type: 'SessionBound', data: { sessionId, at, ...(language ? { language } : {}) } satisfies SessionBound });
const bindKey = (meetingId: string, sessionId: string) => `bind:${meetingId}:${sessionId}`;

export class MeetingBindings {
  /** The bindings of sessions already found (`meeting|session`). */
  private readonly found = new Map<string, SessionBound>();

  constructor(private readonly store: EventStore) {}

  /** The session most recently bound to the meeting, or null. */
  async sessionFor(meetingId: string): Promise<SessionId | null> {
    return ((await this.bindingFor(meetingId))?.sessionId as SessionId | undefined) ?? null;
  }

  async bindingFor(meetingId: string): Promise<SessionBound | null> {
    return (await this.current(meetingId)).binding;
  }

  /** The meeting's latest binding and the version of its stream, read at once (to bind at that version). */
  async current(meetingId: string): Promise<{ binding: SessionBound | null; version: number }> {
    const events = await this.store.read(meetingStream(meetingId));
    const last = events.filter((e) => e.type === 'SessionBound').pop();
    return { binding: last ? (last.data as SessionBound) : null, version: events[events.length - 1]?.version ?? 0 };
  }

  /**
   * How one session was bound to the meeting (it may no longer be the latest), or null. A binding never changes once
   * made, so it is read once (the cards of a session ask it on every event).
   */
  async bindingOf(meetingId: string, sessionId: string): Promise<SessionBound | null> {
    const key = `${meetingId}|${sessionId}`;
    const known = this.found.get(key);
    if (known) return known;
    const events = await this.store.read(meetingStream(meetingId));
    const bound = events.filter((e) => e.type === 'SessionBound' && (e.data as SessionBound).sessionId === sessionId).pop();
    if (!bound) return null;
    this.found.set(key, bound.data as SessionBound);
    return bound.data as SessionBound;
  }

  /** Binds a session to the meeting; a later binding (a new session in the same meeting chat) replaces it. */
  async bind(meetingId: string, sessionId: SessionId, at: string, language?: string): Promise<void> {
    await appendAtEnd(this.store, meetingStream(meetingId), [bound(sessionId, at, language)], bindKey(meetingId, sessionId));
  }

  /** Binds a session only if the meeting's stream is still at `version` (nothing was bound since); true when bound. */
  async bindAt(version: number, meetingId: string, sessionId: SessionId, at: string, language?: string): Promise<boolean> {
    return (await this.store.append(meetingStream(meetingId), version, [bound(sessionId, at, language)], bindKey(meetingId, sessionId))).ok;
  }
}
