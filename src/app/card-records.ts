/**
 * Which chat message shows each card and what it shows (`card-<key>`: `CardPosted` with the message id and the
 * conversation, then `CardShown` after each delivered update, with the session version and a digest of the content),
 * so a restart updates the same card instead of posting another, and cards a crash left behind are found and
 * repaired. Written by the bot's outbox after each delivery; read by card repair.
 */
import type { EventStore } from '../store/event-store';
import { appendAtEnd, STREAM_PREFIX, streams } from '../store/streams';

/** Where a conversation is reached: the Bot Connector's address for it, the conversation, the tenant. */
export interface ConversationTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
}

/** A keyed card the connector accepted: its message, where it is, and what it shows now. */
export interface DeliveredCard {
  key: string;
  activityId: string;
  target: ConversationTarget;
  /** True for the card's first post, false for an update. */
  posted: boolean;
  /** The version of the record the card shows (the session version), when the caller said. */
  version: number | undefined;
  /** A digest of the activity sent. */
  digest: string;
}

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

export class CardRecords {
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

