/**
 * Every stream Sesiona keeps, named in one place, and the one way to add a record at the end of a stream that
 * others may be writing too.
 */
import type { EventStore, NewEvent, StoredEvent } from './event-store';

export const STREAM_PREFIX = {
  session: 'session-',
  card: 'card-',
} as const;

export const streams = {
  /** A session's own record: the events its decider decided. */
  session: (sessionId: string) => `${STREAM_PREFIX.session}${sessionId}`,
  /** Which session a Teams meeting (or chat) is bound to. */
  meeting: (meetingKey: string) => `meeting-${meetingKey}`,
  /** Which chat message shows a card, and what it last showed. */
  card: (key: string) => `${STREAM_PREFIX.card}${key}`,
  /** An order of the day read from a document, waiting to be confirmed. */
  draft: (draftId: string) => `draft-${draftId}`,
  /** The people the bot has seen in a conversation (their Teams ids). */
  people: (conversationId: string) => `people-${conversationId}`,
  /** Where a conversation is reached (its service URL and tenant), for the bot to write there on its own. */
  conversation: (conversationId: string) => `conversation-${conversationId}`,
  /** Which chat a Teams meeting (or chat) is held in, as the bot saw it: where a draft uploaded for it is posted. */
  meetingChat: (meetingKey: string) => `meeting-chat-${meetingKey}`,
  /** Whether the bot already greeted a conversation. */
  welcome: (conversationId: string) => `welcome-${conversationId}`,
  /** The Teams attendance report reconciled with a session's roll call. */
  attendanceReport: (sessionId: string) => `attendance-report-${sessionId}`,
  /** Work due at a time (a notice, a report after the meeting), kept so it survives a restart. */
  task: (taskId: string) => `task-${taskId}`,
} as const;

const MAX_ATTEMPTS = 8;

/**
 * Appends at the end of a stream, whatever its version: a record that does not depend on what came before it. When
 * another writer got there first it reads the new end and tries again.
 */
export async function appendAtEnd(store: EventStore, stream: string, events: NewEvent[], idempotencyKey?: string): Promise<StoredEvent[]> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const result = await store.append(stream, await store.version(stream), events, idempotencyKey);
    if (result.ok) return result.events;
  }
  throw new Error(`could not add ${events.map((e) => e.type).join(', ')} to ${stream}: it kept changing under ${MAX_ATTEMPTS} writers`);
}
