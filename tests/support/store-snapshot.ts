/**
 * Every stream of a store with its version: two equal snapshots mean nothing was appended in between.
 */
import type { EventStore } from '../../src/store/event-store';

export async function storeSnapshot(store: EventStore): Promise<Record<string, number>> {
  const snapshot: Record<string, number> = {};
  for (const stream of await store.streams('')) snapshot[stream] = await store.version(stream);
  return snapshot;
}
