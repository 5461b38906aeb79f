/**
 * What the bot itself must remember across restarts, kept in the event store beside the sessions:
 * - which message shows each card and what it shows (`card-<key>`: `CardPosted` with the message id and the
 *   conversation, then `CardShown` after each delivered update, with the session version and a digest of the
 *   content), so a restart updates the same card instead of posting another, and cards a crash left behind are
 *   found and repaired (bot/card-repair.ts);
 * - agenda drafts waiting for the secretary's confirmation (`draft-<id>`);
 * - the Teams user id (29:…) of each Entra ID user it has seen in a conversation (`people-<conversation>`), needed
 *   for user-specific card views (`refresh.userIds`) and notifications.
 */
import type { ImportedAgenda } from '../src/agenda-import/imported-agenda';
import { peopleStream } from '../src/app/meeting-people';
import type { EventStore } from '../src/store/event-store';
import { appendAtEnd, STREAM_PREFIX, streams } from '../src/store/streams';
import type { CardKeyStore, ConversationTarget, DeliveredCard } from './outbox';

const appendOnce = (store: EventStore, stream: string, type: string, data: unknown) => appendAtEnd(store, stream, [{ type, data }]).then(() => undefined);

export const CARD_STREAM_PREFIX = STREAM_PREFIX.card;

/** What the store knows of one card: its message, where it is, and what it last showed. */
export interface CardRecord {
  key: string;
  activityId: string;
  /** Unknown for cards posted before the conversation was recorded: those cannot be repaired. */
  target: ConversationTarget | null;
  /** The session version it shows, and a digest of its content (unknown for older records). */
  version: number | null;
  digest: string | null;
}

export class StoredCardKeys implements CardKeyStore {
  constructor(private readonly store: EventStore) {}

  async get(key: string): Promise<{ activityId: string; digest: string | null } | undefined> {
    return (await this.record(key)) ?? undefined;
  }

  async delivered(card: DeliveredCard): Promise<void> {
    const shown = { version: card.version ?? null, digest: card.digest };
    if (card.posted) await appendOnce(this.store, streams.card(card.key), 'CardPosted', { activityId: card.activityId, conversation: card.target, ...shown });
    else await appendOnce(this.store, streams.card(card.key), 'CardShown', shown);
  }

  async record(key: string): Promise<CardRecord | null> {
    const events = await this.store.read(streams.card(key));
    const posted = events.filter((e) => e.type === 'CardPosted').pop();
    if (!posted) return null;
    const p = posted.data as { activityId: string; conversation?: ConversationTarget };
    // the last thing recorded about it: the post, or an update after it
    const last = events[events.length - 1]!.data as { version?: number | null; digest?: string };
    return { key, activityId: p.activityId, target: p.conversation ?? null, version: last.version ?? null, digest: last.digest ?? null };
  }

  /** The keys of the cards recorded under a prefix of their key (e.g. one session's). */
  async keys(prefix: string): Promise<string[]> {
    return (await this.store.streams(`${CARD_STREAM_PREFIX}${prefix}`)).map((stream) => stream.slice(CARD_STREAM_PREFIX.length));
  }
}

export interface AgendaDraft {
  id: string;
  conversationId: string;
  meetingId: string;
  agenda: ImportedAgenda;
  by: string;
  language: string;
  status: 'pending' | 'confirmed' | 'discarded';
  sessionId: string | null;
}

export class AgendaDrafts {
  constructor(private readonly store: EventStore) {}

  async save(draft: Omit<AgendaDraft, 'status' | 'sessionId'>): Promise<void> {
    await appendOnce(this.store, streams.draft(draft.id), 'AgendaDrafted', draft);
  }

  async load(id: string): Promise<AgendaDraft | null> {
    const events = await this.store.read(streams.draft(id));
    if (events.length === 0) return null;
    let draft: AgendaDraft = { ...(events[0]!.data as AgendaDraft), status: 'pending', sessionId: null };
    for (const e of events.slice(1)) {
      if (e.type === 'DraftConfirmed') draft = { ...draft, status: 'confirmed', sessionId: (e.data as { sessionId: string }).sessionId };
      if (e.type === 'DraftDiscarded') draft = { ...draft, status: 'discarded' };
    }
    return draft;
  }

  /** Marks the draft done; false when it was already confirmed or discarded (a double click). */
  async finish(id: string, expectedVersion: number, outcome: { type: 'DraftConfirmed'; sessionId: string } | { type: 'DraftDiscarded' }): Promise<boolean> {
    const { type, ...data } = outcome;
    const result = await this.store.append(streams.draft(id), expectedVersion, [{ type, data }]);
    return result.ok;
  }

  version(id: string): Promise<number> {
    return this.store.version(streams.draft(id));
  }
}

export interface Person {
  aadObjectId: string;
  teamsUserId: string;
  name: string;
}

export class PeopleDirectory {
  private readonly cache = new Map<string, Map<string, Person>>();
  constructor(private readonly store: EventStore) {}

  async people(conversationId: string): Promise<Map<string, Person>> {
    let known = this.cache.get(conversationId);
    if (!known) {
      known = new Map();
      for (const e of await this.store.read(peopleStream(conversationId))) {
        const p = e.data as Person;
        known.set(p.aadObjectId, p);
      }
      this.cache.set(conversationId, known);
    }
    return known;
  }

  /** Remembers a person; writes only when something is new. */
  async saw(conversationId: string, person: Person): Promise<void> {
    const known = await this.people(conversationId);
    const before = known.get(person.aadObjectId);
    if (before && before.teamsUserId === person.teamsUserId && before.name === person.name) return;
    known.set(person.aadObjectId, person);
    await appendOnce(this.store, peopleStream(conversationId), 'PersonSeen', person);
  }

  async teamsIdsOf(conversationId: string, aadObjectIds: string[]): Promise<string[]> {
    const known = await this.people(conversationId);
    return aadObjectIds.map((id) => known.get(id)?.teamsUserId).filter((id): id is string => Boolean(id));
  }
}
