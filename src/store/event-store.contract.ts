/**
 * The contract every EventStore keeps. Run by each implementation's test file.
 */
import type { EventStore } from './event-store';

export interface StoreHarness {
  /** A new, empty store. */
  open(): Promise<EventStore>;
  /** The same store again after close (same file / database), to prove durability. */
  reopen(): Promise<EventStore>;
}

export function eventStoreContract(name: string, harness: StoreHarness): void {
  describe(`${name} keeps the event store contract`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('given an empty store, when a stream is read, then it is empty at version 0', async () => {
      expect(await store.read('session-none')).toEqual([]);
      expect(await store.version('session-none')).toBe(0);
    });

    it('given an empty stream, when events are appended at version 0, then they read back in order with versions 1..n', async () => {
      const result = await store.append('s-1', 0, [{ type: 'A', data: { n: 1 } }, { type: 'B', data: { n: 2, text: 'sesión' } }]);
      expect(result).toMatchObject({ ok: true, version: 2, duplicate: false });
      const events = await store.read('s-1');
      expect(events.map((e) => [e.version, e.type, e.data])).toEqual([[1, 'A', { n: 1 }], [2, 'B', { n: 2, text: 'sesión' }]]);
      expect(events[0].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(await store.version('s-1')).toBe(2);
    });

    it('given a stream at version 2, when reading after version 1, then only the later events come back', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }, { type: 'B', data: 2 }]);
      expect((await store.read('s-1', 1)).map((e) => e.type)).toEqual(['B']);
    });

    it('given a stream at version 1, when appending with a stale expected version, then it is a conflict and nothing is written', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }]);
      const result = await store.append('s-1', 0, [{ type: 'B', data: 2 }]);
      expect(result).toEqual({ ok: false, conflict: { expectedVersion: 0, actualVersion: 1 } });
      expect((await store.read('s-1')).map((e) => e.type)).toEqual(['A']);
    });

    it('given an idempotency key already used, when the same append comes again, then nothing is appended and the original events are answered', async () => {
      const first = await store.append('s-1', 0, [{ type: 'A', data: 1 }], 'activity-1');
      const again = await store.append('s-1', 1, [{ type: 'A', data: 1 }], 'activity-1');
      expect(again).toMatchObject({ ok: true, duplicate: true, version: 1 });
      if (first.ok && again.ok) expect(again.events).toEqual(first.events);
      expect(await store.version('s-1')).toBe(1);
    });

    it('given an idempotency key already used, when it comes again with a stale version, then it is still a duplicate, not a conflict', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }], 'click-1');
      await store.append('s-1', 1, [{ type: 'B', data: 2 }]);
      expect(await store.append('s-1', 0, [{ type: 'A', data: 1 }], 'click-1')).toMatchObject({ ok: true, duplicate: true, version: 1 });
    });

    it('given an idempotency key, when recalled, then the events appended under it come back; an unknown key recalls null', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }]);
      await store.append('s-1', 1, [{ type: 'B', data: 2 }, { type: 'C', data: 3 }], 'activity-9');
      expect((await store.recall('activity-9'))?.map((e) => [e.version, e.type])).toEqual([[2, 'B'], [3, 'C']]);
      expect(await store.recall('never-used')).toBeNull();
    });

    it('given several commands, when appended together, then each gets its events in order under its own key, in one write', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }]);
      const result = await store.appendCommands('s-1', 1, [
        { events: [{ type: 'B', data: 2 }], idempotencyKey: 'click-1' },
        { events: [{ type: 'C', data: 3 }, { type: 'D', data: 4 }], idempotencyKey: 'click-2' },
        { events: [{ type: 'E', data: 5 }] },
      ]);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.version).toBe(5);
        expect(result.events.map((list) => list.map((e) => [e.version, e.type]))).toEqual([[[2, 'B']], [[3, 'C'], [4, 'D']], [[5, 'E']]]);
      }
      expect((await store.recall('click-2'))?.map((e) => e.type)).toEqual(['C', 'D']);
      expect((await store.read('s-1')).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D', 'E']);
    });

    it('given a stale version or a used key, when commands are appended together, then nothing at all is written', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }], 'used');
      expect(await store.appendCommands('s-1', 0, [{ events: [{ type: 'B', data: 2 }] }])).toEqual({ ok: false, conflict: { expectedVersion: 0, actualVersion: 1 } });
      expect(await store.appendCommands('s-1', 1, [{ events: [{ type: 'B', data: 2 }], idempotencyKey: 'fresh' }, { events: [{ type: 'C', data: 3 }], idempotencyKey: 'used' }]))
        .toMatchObject({ ok: false });
      expect(await store.version('s-1')).toBe(1);
      expect(await store.recall('fresh')).toBeNull();
      await expect(store.appendCommands('s-1', 1, [{ events: [{ type: 'B', data: 2 }], idempotencyKey: 'k' }, { events: [{ type: 'C', data: 3 }], idempotencyKey: 'k' }]))
        .rejects.toThrow(/same idempotency key twice/);
    });

    it('given two streams, when each is appended, then they are independent', async () => {
      await store.append('s-1', 0, [{ type: 'A', data: 1 }]);
      await store.append('s-2', 0, [{ type: 'B', data: 2 }]);
      expect((await store.read('s-2')).map((e) => e.type)).toEqual(['B']);
      expect(await store.streams('s-')).toEqual(['s-1', 's-2']);
      expect(await store.streams('x-')).toEqual([]);
    });

    it('given concurrent writers at the same expected version, when they race, then exactly one wins', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.append('race', 0, [{ type: 'W', data: i }])),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await store.version('race')).toBe(1);
    });

    it('given bad arguments, when appending, then it throws (a bug in the caller) and writes nothing', async () => {
      await expect(store.append('s-1', -1, [{ type: 'A', data: 1 }])).rejects.toThrow(/expected version/);
      await expect(store.append('s-1', 0, [])).rejects.toThrow(/at least one event/);
      expect(await store.version('s-1')).toBe(0);
    });

    it('given appended events, when the store is closed and reopened, then the same events read back', async () => {
      await store.append('durable', 0, [{ type: 'A', data: { deep: { list: [1, 2] } } }], 'k-durable');
      const before = await store.read('durable');
      await store.close();
      store = await harness.reopen();
      expect(await store.read('durable')).toEqual(before);
      expect(await store.append('durable', 0, [{ type: 'A', data: {} }], 'k-durable')).toMatchObject({ duplicate: true });
    });
  });
}
