import { eventStoreContract } from './event-store.contract';
import { PostgresEventStore } from './postgres-event-store';
import { dropSchemas, TEST_DATABASE_URL } from './testing/test-database';

/** PostgreSQL runs on this machine and in CI (.ci/run starts it); a missing server fails the suite, it never skips. */
const schemas: string[] = [];
let schema = '';

afterAll(() => dropSchemas(schemas));

eventStoreContract('PostgresEventStore', {
  async open() {
    schema = `sesiona_test_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    return PostgresEventStore.open(TEST_DATABASE_URL, schema);
  },
  async reopen() {
    return PostgresEventStore.open(TEST_DATABASE_URL, schema);
  },
});

describe('PostgresEventStore with two instances', () => {
  it('given two instances on one database, when one appends, then the other is told the new events and the appender is not', async () => {
    schema = `sesiona_test_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    const first = await PostgresEventStore.open(TEST_DATABASE_URL, schema);
    const second = await PostgresEventStore.open(TEST_DATABASE_URL, schema);
    try {
      const heardBySecond: [string, number[]][] = [];
      const heardByFirst: string[] = [];
      await second.onAppendedElsewhere((stream, events) => heardBySecond.push([stream, events.map((e) => e.version)]));
      await first.onAppendedElsewhere((stream) => heardByFirst.push(stream));
      await first.append('session-x', 0, [{ type: 'A', data: 1 }, { type: 'B', data: 2 }]);
      await first.append('session-x', 2, [{ type: 'C', data: 3 }]);
      for (let i = 0; i < 100 && heardBySecond.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heardBySecond).toEqual([['session-x', [1, 2]], ['session-x', [3]]]);
      expect(heardByFirst).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('PostgresEventStore leases', () => {
  it('given two instances on one database, when both ask for a lease, then one holds it until it closes, and then the other gets it', async () => {
    const schemaName = `sesiona_test_${process.pid}_${schemas.length}`;
    schemas.push(schemaName);
    const first = await PostgresEventStore.open(TEST_DATABASE_URL, schemaName);
    const second = await PostgresEventStore.open(TEST_DATABASE_URL, schemaName);
    try {
      expect(await first.tryLease('conversation:19:a')).toBe(true);
      expect(await first.tryLease('conversation:19:a')).toBe(true); // held: asked again, still held
      expect(await second.tryLease('conversation:19:a')).toBe(false);
      expect(await second.tryLease('conversation:19:b')).toBe(true); // another lease
      await first.close();
      expect(await second.tryLease('conversation:19:a')).toBe(true);
    } finally {
      await second.close();
    }
  });
});

describe('PostgresEventStore shared moments', () => {
  it('given two instances taking slots of one log at once, then each moment is seen by both: at most `max` are taken in the window', async () => {
    const schemaName = `sesiona_test_${process.pid}_${schemas.length}`;
    schemas.push(schemaName);
    const first = await PostgresEventStore.open(TEST_DATABASE_URL, schemaName);
    const second = await PostgresEventStore.open(TEST_DATABASE_URL, schemaName);
    try {
      // a log that allows 5 moments per minute: wait 0 while fewer than 5 are recorded, else a minute
      const fiveAMinute = (recent: number[]) => (recent.length < 5 ? 0 : 60_000);
      const asks = Array.from({ length: 12 }, (_, i) => (i % 2 ? first : second).sharedMoments('sends:19:a', 60_000, fiveAMinute, true));
      const waits = await Promise.all(asks);
      expect(waits.filter((w) => w === 0)).toHaveLength(5);
      // asking without taking records nothing; another name has its own log
      expect(await first.sharedMoments('sends:19:a', 60_000, fiveAMinute, false)).toBe(60_000);
      expect(await second.sharedMoments('sends:19:b', 60_000, fiveAMinute, false)).toBe(0);
      // moments older than the horizon are forgotten
      await new Promise((r) => setTimeout(r, 30));
      expect(await first.sharedMoments('sends:19:a', 20, fiveAMinute, true)).toBe(0);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
