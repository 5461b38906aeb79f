/**
 * PostgreSQL event store, used when DATABASE_URL is set (more than one instance). Creates its schema on start.
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool, type PoolClient } from 'pg';
import {
  type AppendCommandsResult, type AppendResult, type AppendedElsewhere, type CommandEvents, type EventStore, type NewEvent, type StoredEvent,
  checkAppendArguments, checkCommandsArguments,
} from './event-store';

interface Row {
  stream: string;
  version: number;
  type: string;
  data: unknown;
  recorded_at: Date;
}

const toEvent = (row: Row): StoredEvent => ({
  stream: row.stream,
  version: Number(row.version),
  type: row.type,
  data: row.data,
  recordedAt: row.recorded_at.toISOString(),
});

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

interface AppendNotice {
  instance: string;
  stream: string;
  first: number;
  last: number;
}

export class PostgresEventStore implements EventStore {
  /** Tells this store's own appends apart from other instances' in NOTIFY payloads. */
  private readonly instance = randomUUID();
  private listener: Client | null = null;
  /** The connection that holds this instance's leases (advisory locks are held by their session). */
  private leaseHolder: Promise<Client> | null = null;

  private constructor(private readonly pool: Pool, private readonly schema: string, private readonly connectionString: string) {}

  private get channel(): string {
    return `${this.schema}_appended`;
  }

  /** Connects and creates the tables (in `schema`, default "sesiona") if they do not exist. */
  static async open(connectionString: string, schema = 'sesiona'): Promise<PostgresEventStore> {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    const pool = new Pool({ connectionString, max: 10 });
    pool.on('error', (err) => console.error('[store] PostgreSQL pool error:', err.message));
    const store = new PostgresEventStore(pool, schema, connectionString);
    try {
      await pool.query(`
        CREATE SCHEMA IF NOT EXISTS ${schema};
        CREATE TABLE IF NOT EXISTS ${schema}.events (
          position BIGSERIAL PRIMARY KEY,
          stream TEXT NOT NULL,
          version INTEGER NOT NULL,
          type TEXT NOT NULL,
          data JSONB NOT NULL,
          recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
          UNIQUE (stream, version)
        );
        CREATE TABLE IF NOT EXISTS ${schema}.idempotency_keys (
          key TEXT PRIMARY KEY,
          stream TEXT NOT NULL,
          first_version INTEGER NOT NULL,
          last_version INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS ${schema}.shared_moments (
          name TEXT NOT NULL,
          at BIGINT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS shared_moments_name_at ON ${schema}.shared_moments (name, at);
      `);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  async read(stream: string, afterVersion = 0): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT stream, version, type, data, recorded_at FROM ${this.schema}.events WHERE stream = $1 AND version > $2 ORDER BY version`,
      [stream, afterVersion],
    );
    return rows.map(toEvent);
  }

  async version(stream: string): Promise<number> {
    const { rows } = await this.pool.query<{ v: number }>(`SELECT COALESCE(MAX(version), 0)::int AS v FROM ${this.schema}.events WHERE stream = $1`, [stream]);
    return rows[0].v;
  }

  async append(stream: string, expectedVersion: number, events: NewEvent[], idempotencyKey?: string): Promise<AppendResult> {
    checkAppendArguments(stream, expectedVersion, events, idempotencyKey);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.appendIn(client, stream, expectedVersion, events, idempotencyKey);
      await client.query(result.ok && !result.duplicate ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      // Two writers raced for the same version or key: report what the store holds now.
      if ((err as { code?: string }).code === '23505') return this.afterRace(stream, expectedVersion, idempotencyKey);
      throw err;
    } finally {
      client.release();
    }
  }

  async appendCommands(stream: string, expectedVersion: number, commands: CommandEvents[]): Promise<AppendCommandsResult> {
    checkCommandsArguments(stream, expectedVersion, commands);
    const conflict = async (): Promise<AppendCommandsResult> => ({ ok: false, conflict: { expectedVersion, actualVersion: await this.version(stream) } });
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ v: number }>(`SELECT COALESCE(MAX(version), 0)::int AS v FROM ${this.schema}.events WHERE stream = $1`, [stream]);
      const keys = commands.map((c) => c.idempotencyKey).filter((k): k is string => k !== undefined);
      const used = keys.length
        ? (await client.query(`SELECT 1 FROM ${this.schema}.idempotency_keys WHERE key = ANY($1::text[]) LIMIT 1`, [keys])).rowCount
        : 0;
      if (rows[0]!.v !== expectedVersion || used) {
        await client.query('ROLLBACK');
        return { ok: false, conflict: { expectedVersion, actualVersion: rows[0]!.v } };
      }
      const values: unknown[] = [];
      const tuples: string[] = [];
      const keyRows: unknown[][] = [];
      let version = expectedVersion;
      for (const c of commands) {
        const first = version + 1;
        for (const e of c.events) {
          values.push(stream, ++version, e.type, JSON.stringify(e.data));
          const p = values.length - 4;
          tuples.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::jsonb)`);
        }
        if (c.idempotencyKey !== undefined) keyRows.push([c.idempotencyKey, stream, first, version]);
      }
      const inserted = await client.query<Row>(
        `INSERT INTO ${this.schema}.events (stream, version, type, data) VALUES ${tuples.join(', ')} RETURNING stream, version, type, data, recorded_at`,
        values,
      );
      for (const row of keyRows) {
        await client.query(`INSERT INTO ${this.schema}.idempotency_keys (key, stream, first_version, last_version) VALUES ($1, $2, $3, $4)`, row);
      }
      const notice: AppendNotice = { instance: this.instance, stream, first: expectedVersion + 1, last: version };
      await client.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(notice)]);
      await client.query('COMMIT');
      const stored = inserted.rows.map(toEvent).sort((a, b) => a.version - b.version);
      let at = 0;
      return { ok: true, version, events: commands.map((c) => stored.slice(at, (at += c.events.length))) };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((err as { code?: string }).code === '23505') return conflict();
      throw err;
    } finally {
      client.release();
    }
  }

  private async appendIn(client: PoolClient, stream: string, expected: number, events: NewEvent[], key?: string): Promise<AppendResult> {
    if (key !== undefined) {
      const duplicate = await this.duplicateOf(client, key);
      if (duplicate) return duplicate;
    }
    const { rows } = await client.query<{ v: number }>(`SELECT COALESCE(MAX(version), 0)::int AS v FROM ${this.schema}.events WHERE stream = $1`, [stream]);
    const actual = rows[0].v;
    if (actual !== expected) return { ok: false, conflict: { expectedVersion: expected, actualVersion: actual } };
    const values: unknown[] = [];
    const tuples = events.map((e, i) => {
      values.push(stream, expected + i + 1, e.type, JSON.stringify(e.data));
      const p = i * 4;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::jsonb)`;
    });
    const inserted = await client.query<Row>(
      `INSERT INTO ${this.schema}.events (stream, version, type, data) VALUES ${tuples.join(', ')} RETURNING stream, version, type, data, recorded_at`,
      values,
    );
    const notice: AppendNotice = { instance: this.instance, stream, first: expected + 1, last: expected + events.length };
    await client.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(notice)]);
    if (key !== undefined) {
      await client.query(`INSERT INTO ${this.schema}.idempotency_keys (key, stream, first_version, last_version) VALUES ($1, $2, $3, $4)`, [
        key, stream, expected + 1, expected + events.length,
      ]);
    }
    return { ok: true, version: expected + events.length, events: inserted.rows.map(toEvent), duplicate: false };
  }

  private async duplicateOf(client: Pool | PoolClient, key: string): Promise<AppendResult | null> {
    const seen = await client.query<{ stream: string; first_version: number; last_version: number }>(
      `SELECT stream, first_version, last_version FROM ${this.schema}.idempotency_keys WHERE key = $1`,
      [key],
    );
    if (seen.rowCount === 0) return null;
    const { stream, first_version, last_version } = seen.rows[0];
    const original = await client.query<Row>(
      `SELECT stream, version, type, data, recorded_at FROM ${this.schema}.events WHERE stream = $1 AND version BETWEEN $2 AND $3 ORDER BY version`,
      [stream, first_version, last_version],
    );
    return { ok: true, version: last_version, events: original.rows.map(toEvent), duplicate: true };
  }

  private async afterRace(stream: string, expected: number, key?: string): Promise<AppendResult> {
    if (key !== undefined) {
      const duplicate = await this.duplicateOf(this.pool, key);
      if (duplicate) return duplicate;
    }
    return { ok: false, conflict: { expectedVersion: expected, actualVersion: await this.version(stream) } };
  }

  async recall(idempotencyKey: string): Promise<StoredEvent[] | null> {
    const duplicate = await this.duplicateOf(this.pool, idempotencyKey);
    return duplicate?.ok ? duplicate.events : null;
  }

  async streams(prefix: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ stream: string }>(
      `SELECT stream FROM ${this.schema}.events WHERE starts_with(stream, $1) GROUP BY stream ORDER BY MIN(position)`,
      [prefix],
    );
    return rows.map((r) => r.stream);
  }

  /**
   * Appends made by other instances on the same database, as they commit (LISTEN/NOTIFY), so that each instance's
   * live bus can tell its side panels and cards. Calls `listener` with the new events.
   */
  async onAppendedElsewhere(listener: AppendedElsewhere): Promise<void> {
    if (!this.listener) {
      this.listener = new Client({ connectionString: this.connectionString });
      this.listener.on('error', (err) => console.error('[store] PostgreSQL listener error:', err.message));
      await this.listener.connect();
      await this.listener.query(`LISTEN ${this.channel}`);
    }
    this.listener.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      const notice = JSON.parse(message.payload) as AppendNotice;
      if (notice.instance === this.instance) return;
      this.read(notice.stream, notice.first - 1)
        .then((events) => listener(notice.stream, events.filter((e) => e.version <= notice.last)))
        .catch((err) => console.error(`[store] could not read ${notice.stream} after a notice:`, err.message));
    });
  }

  async tryLease(name: string): Promise<boolean> {
    this.leaseHolder ??= (async () => {
      const client = new Client({ connectionString: this.connectionString });
      client.on('error', (err) => console.error('[store] PostgreSQL lease connection error:', err.message));
      await client.connect();
      return client;
    })();
    const client = await this.leaseHolder;
    const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS held', [`${this.schema}:${name}`]);
    return rows[0]!.held;
  }

  async sharedMoments(name: string, horizonMs: number, waitFor: (recent: number[], now: number) => number, take: boolean): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${this.schema}:moments:${name}`]);
      const { rows: [clock] } = await client.query<{ now: string }>("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now");
      const now = Number(clock!.now);
      await client.query(`DELETE FROM ${this.schema}.shared_moments WHERE name = $1 AND at <= $2`, [name, now - horizonMs]);
      const { rows } = await client.query<{ at: string }>(`SELECT at FROM ${this.schema}.shared_moments WHERE name = $1 ORDER BY at`, [name]);
      const wait = waitFor(rows.map((r) => Number(r.at)), now);
      if (wait <= 0 && take) await client.query(`INSERT INTO ${this.schema}.shared_moments (name, at) VALUES ($1, $2)`, [name, now]);
      await client.query('COMMIT');
      return wait;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    if (this.leaseHolder) await (await this.leaseHolder.catch(() => null))?.end().catch(() => undefined);
    this.leaseHolder = null;
    await this.pool.end();
  }
}
