/**
 * The people the bot has seen in a meeting chat (`people-<conversation id>`): who wrote to it, clicked its cards or
 * was named on the roster there. The bot writes the stream (bot/bot-records.ts); reads are authorised against it.
 */
import type { EventStore } from '../store/event-store';
import { streams } from '../store/streams';

export const peopleStream = streams.people;

/** The Entra object ids seen in the conversation (none when the session has no meeting chat). */
export async function peopleSeenIn(store: EventStore, conversationId: string | null): Promise<Set<string>> {
  if (!conversationId) return new Set();
  const events = await store.read(peopleStream(conversationId));
  return new Set(events.map((e) => (e.data as { aadObjectId: string }).aadObjectId));
}
