/**
 * SQLite event store: the embedded default. One file, WAL journal, synchronous=FULL so each append is on disk
 * before it returns.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type AppendCommandsResult, type AppendResult, type CommandEvents, type EventStore, type NewEvent, type StoredEvent, checkAppendArguments,
  checkCommandsArguments,
} from './event-store';

interface Row {
  stream: string;
  version: number;
  type: string;
  data: string;
  recorded_at: string;
}

const toEvent = (row: Row): StoredEvent => ({
  stream: row.stream,
  version: row.version,
  type: row.type,
  data: JSON.parse(row.data),
  recordedAt: row.recorded_at,
});

export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly readStmt: Database.Statement;
  private readonly versionStmt: Database.Statement;
  private readonly insertStmt: Database.Statement;
  private readonly keyStmt: Database.Statement;
  private readonly insertKeyStmt: Database.Statement;
  private readonly rangeStmt: Database.Statement;
  private readonly appendTx: (stream: string, expected: number, events: NewEvent[], key?: string) => AppendResult;
  private readonly commandsTx: (stream: string, expected: number, commands: CommandEvents[]) => AppendCommandsResult;

  /** `file` is a path (its folder is created) or ':memory:'. */
  constructor(file: string, private readonly clock: () => string = () => new Date().toISOString()) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS events (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        stream TEXT NOT NULL,
        version INTEGER NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (stream, version)
      );
      CREATE TABLE IF NOT EXISTS idempotency_keys (
        key TEXT PRIMARY KEY,
        stream TEXT NOT NULL,
        first_version INTEGER NOT NULL,
        last_version INTEGER NOT NULL
      );
    `);
    this.readStmt = this.db.prepare('SELECT stream, version, type, data, recorded_at FROM events WHERE stream = ? AND version > ? ORDER BY version');
    this.versionStmt = this.db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM events WHERE stream = ?');
    this.insertStmt = this.db.prepare('INSERT INTO events (stream, version, type, data, recorded_at) VALUES (?, ?, ?, ?, ?)');
    this.keyStmt = this.db.prepare('SELECT stream, first_version, last_version FROM idempotency_keys WHERE key = ?');
    this.insertKeyStmt = this.db.prepare('INSERT INTO idempotency_keys (key, stream, first_version, last_version) VALUES (?, ?, ?, ?)');
    this.rangeStmt = this.db.prepare('SELECT stream, version, type, data, recorded_at FROM events WHERE stream = ? AND version BETWEEN ? AND ? ORDER BY version');
    this.appendTx = this.db.transaction((stream: string, expected: number, events: NewEvent[], key?: string): AppendResult => {
      if (key !== undefined) {
        const seen = this.keyStmt.get(key) as { stream: string; first_version: number; last_version: number } | undefined;
        if (seen) {
          const original = (this.rangeStmt.all(seen.stream, seen.first_version, seen.last_version) as Row[]).map(toEvent);
          return { ok: true, version: seen.last_version, events: original, duplicate: true };
        }
      }
      const actual = (this.versionStmt.get(stream) as { v: number }).v;
      if (actual !== expected) return { ok: false, conflict: { expectedVersion: expected, actualVersion: actual } };
      const recordedAt = this.clock();
      const stored = events.map((e, i): StoredEvent => ({ stream, version: expected + i + 1, type: e.type, data: e.data, recordedAt }));
      for (const e of stored) this.insertStmt.run(stream, e.version, e.type, JSON.stringify(e.data), recordedAt);
      if (key !== undefined) this.insertKeyStmt.run(key, stream, expected + 1, expected + events.length);
      return { ok: true, version: expected + events.length, events: stored, duplicate: false };
    });
    this.commandsTx = this.db.transaction((stream: string, expected: number, commands: CommandEvents[]): AppendCommandsResult => {
      const actual = (this.versionStmt.get(stream) as { v: number }).v;
      const conflict = { ok: false as const, conflict: { expectedVersion: expected, actualVersion: actual } };
      if (actual !== expected) return conflict;
      if (commands.some((c) => c.idempotencyKey !== undefined && this.keyStmt.get(c.idempotencyKey))) return conflict;
      const recordedAt = this.clock();
      let version = expected;
      const out = commands.map((c) => {
        const first = version + 1;
        const stored = c.events.map((e): StoredEvent => ({ stream, version: ++version, type: e.type, data: e.data, recordedAt }));
        for (const e of stored) this.insertStmt.run(stream, e.version, e.type, JSON.stringify(e.data), recordedAt);
        if (c.idempotencyKey !== undefined) this.insertKeyStmt.run(c.idempotencyKey, stream, first, version);
        return stored;
      });
      return { ok: true, version, events: out };
    });
  }

  async appendCommands(stream: string, expectedVersion: number, commands: CommandEvents[]): Promise<AppendCommandsResult> {
    checkCommandsArguments(stream, expectedVersion, commands);
    return this.commandsTx(stream, expectedVersion, commands);
  }

  async read(stream: string, afterVersion = 0): Promise<StoredEvent[]> {
    return (this.readStmt.all(stream, afterVersion) as Row[]).map(toEvent);
  }

  async recall(idempotencyKey: string): Promise<StoredEvent[] | null> {
    const seen = this.keyStmt.get(idempotencyKey) as { stream: string; first_version: number; last_version: number } | undefined;
    return seen ? (this.rangeStmt.all(seen.stream, seen.first_version, seen.last_version) as Row[]).map(toEvent) : null;
  }

  async version(stream: string): Promise<number> {
    return (this.versionStmt.get(stream) as { v: number }).v;
  }

  async append(stream: string, expectedVersion: number, events: NewEvent[], idempotencyKey?: string): Promise<AppendResult> {
    checkAppendArguments(stream, expectedVersion, events, idempotencyKey);
    return this.appendTx(stream, expectedVersion, events, idempotencyKey);
  }

  async streams(prefix: string): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT stream FROM events WHERE substr(stream, 1, length(?)) = ? GROUP BY stream ORDER BY MIN(position)')
      .all(prefix, prefix) as { stream: string }[];
    return rows.map((r) => r.stream);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
