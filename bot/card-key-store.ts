/**
 * Where the outbox remembers, for each card key, the message that shows it and what it shows: in the store (the
 * application's CardRecords) so a restart updates the same card, or in memory (tests, tools).
 */
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { DeliveredCard } from '../src/app/card-records';

export interface CardKeyStore {
  /** The card's message and the digest of what it shows (null when not recorded), if it was posted. */
  get(key: string): Promise<{ activityId: string; digest: string | null } | undefined>;
  /** Called after every delivered post or update of a keyed card. */
  delivered(card: DeliveredCard): Promise<void>;
}

/** A short fingerprint of what a card activity shows (equal content, equal digest). */
export function cardDigest(activity: Partial<Activity>): string {
  return createHash('sha256').update(JSON.stringify(activity)).digest('base64url').slice(0, 22);
}

export class MemoryKeyStore implements CardKeyStore {
  private readonly cards = new Map<string, DeliveredCard>();
  async get(key: string) { return this.cards.get(key); }
  async delivered(card: DeliveredCard) { this.cards.set(card.key, card); }
}
