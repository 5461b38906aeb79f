import { Client } from 'pg';
import { eventStoreContract } from './event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

/** PostgreSQL runs on this machine and in CI (.ci/run starts it); a missing server fails the suite, it never skips. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const schemas: string[] = [];
let schema = '';

afterAll(async () => {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

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
