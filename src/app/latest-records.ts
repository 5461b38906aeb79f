/**
 * The latest record of each key, one stream per key, kept in memory once read: where the bot last saw a conversation
 * reached, which chat a meeting is held in. A record is written only when it is new or differs from the last one, so
 * seeing the same thing on every activity costs a map lookup.
 */
import type { EventStore } from '../store/event-store';
import { appendAtEnd } from '../store/streams';

export interface LatestRecordKind<T> {
  streamOf: (key: string) => string;
  eventType: string;
  same: (a: T, b: T) => boolean;
}

export class LatestRecords<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly store: EventStore, private readonly kind: LatestRecordKind<T>) {}

  /** Records `value` as the key's latest (written only when it is new or changed). */
  async saw(key: string, value: T): Promise<void> {
    const recorded = await this.of(key);
    if (recorded && this.kind.same(recorded, value)) return;
    this.known.set(key, value);
    await appendAtEnd(this.store, this.kind.streamOf(key), [{ type: this.kind.eventType, data: value }]);
  }

  /** The key's latest record, or null when none was ever written. */
  async of(key: string): Promise<T | null> {
    const cached = this.known.get(key);
    if (cached) return cached;
    const last = (await this.store.read(this.kind.streamOf(key))).pop();
    if (!last) return null;
    const value = last.data as T;
    this.known.set(key, value);
    return value;
  }
}
