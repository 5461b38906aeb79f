/**
 * The people the bot has seen in a meeting chat (`people-<conversation id>`): who wrote to it, clicked its cards or
 * was named on the roster there, with their Teams user id (29:…), needed for user-specific card views
 * (`refresh.userIds`) and notifications. The bot records whom it sees; reads are authorised against it.
 */
import type { EventStore } from '../store/event-store';
import { appendAtEnd, streams } from '../store/streams';

export const peopleStream = streams.people;

/** The Entra object ids seen in the conversation (none when the session has no meeting chat). */
export async function peopleSeenIn(store: EventStore, conversationId: string | null): Promise<Set<string>> {
  if (!conversationId) return new Set();
  const events = await store.read(peopleStream(conversationId));
  return new Set(events.map((e) => (e.data as { aadObjectId: string }).aadObjectId));
}

export interface Person {
  aadObjectId: string;
  teamsUserId: string;
  name: string;
}

export class PeopleDirectory {
  /** What this instance has read of each conversation's people, and up to which version of the stream. */
  private readonly cache = new Map<string, { version: number; known: Map<string, Person> }>();
  constructor(private readonly store: EventStore) {}

  /** The people seen in the conversation, including those other instances recorded since the last look. */
  async people(conversationId: string): Promise<Map<string, Person>> {
    let cached = this.cache.get(conversationId);
    if (!cached) this.cache.set(conversationId, (cached = { version: 0, known: new Map() }));
    for (const e of await this.store.read(peopleStream(conversationId), cached.version)) {
      const p = e.data as Person;
      cached.known.set(p.aadObjectId, p);
      cached.version = e.version;
    }
    return cached.known;
  }

  /** Remembers a person; writes only when something is new. */
  async saw(conversationId: string, person: Person): Promise<void> {
    const same = (p: Person | undefined) => p !== undefined && p.teamsUserId === person.teamsUserId && p.name === person.name;
    // someone this instance already knows as they are (the common case: every click) costs no read
    if (same(this.cache.get(conversationId)?.known.get(person.aadObjectId))) return;
    const known = await this.people(conversationId);
    if (same(known.get(person.aadObjectId))) return;
    known.set(person.aadObjectId, person);
    await appendAtEnd(this.store, peopleStream(conversationId), [{ type: 'PersonSeen', data: person }]);
  }

  async teamsIdsOf(conversationId: string, aadObjectIds: string[]): Promise<string[]> {
    const known = await this.people(conversationId);
    return aadObjectIds.map((id) => known.get(id)?.teamsUserId).filter((id): id is string => Boolean(id));
  }
}
