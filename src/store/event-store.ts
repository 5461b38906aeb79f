/**
 * The event store: append-only streams with optimistic concurrency and idempotency keys.
 * Implementations: SQLite (embedded default) and PostgreSQL (more than one instance). Same contract for both.
 */
export interface NewEvent {
  type: string;
  data: unknown;
}

export interface StoredEvent {
  stream: string;
  /** 1-based position of the event in its stream. */
  version: number;
  type: string;
  data: unknown;
  /** When the store recorded it (ISO 8601). */
  recordedAt: string;
}

export type AppendResult =
  | {
      ok: true;
      /** The stream's version after the append (for a duplicate: after the original append). */
      version: number;
      events: StoredEvent[];
      /** True when this idempotency key was already used: nothing was appended, `events` are the original ones. */
      duplicate: boolean;
    }
  | { ok: false; conflict: { expectedVersion: number; actualVersion: number } };

/** Told about events another instance appended (only stores shared by several instances can tell). */
export type AppendedElsewhere = (stream: string, events: StoredEvent[]) => void;

/** The events of one command, under its own idempotency key. */
export interface CommandEvents {
  events: NewEvent[];
  idempotencyKey?: string;
}

export type AppendCommandsResult =
  | { ok: true; version: number; events: StoredEvent[][] }
  | { ok: false; conflict: { expectedVersion: number; actualVersion: number } };

export interface EventStore {
  /** Events of a stream with version > afterVersion, in order. An unknown stream reads as empty. */
  read(stream: string, afterVersion?: number): Promise<StoredEvent[]>;
  /** The stream's current version (0 when empty). */
  version(stream: string): Promise<number>;
  /**
   * Appends events if the stream is at `expectedVersion`. With an idempotency key already used (on any stream),
   * appends nothing and answers the original result. Durable before it resolves.
   */
  append(stream: string, expectedVersion: number, events: NewEvent[], idempotencyKey?: string): Promise<AppendResult>;
  /**
   * Group commit: the events of several commands appended at once (one durable write), each command under its own
   * idempotency key. All or nothing: when the stream is not at `expectedVersion`, or any key is already used, nothing
   * is written and the answer is a conflict (the caller reloads and decides again).
   */
  appendCommands(stream: string, expectedVersion: number, commands: CommandEvents[]): Promise<AppendCommandsResult>;
  /** The events appended under an idempotency key, or null when the key was never used. */
  recall(idempotencyKey: string): Promise<StoredEvent[] | null>;
  /** Streams whose name starts with a prefix (e.g. all sessions), oldest first. */
  streams(prefix: string): Promise<string[]>;
  close(): Promise<void>;
  /** PostgreSQL: subscribe to appends committed by other instances. SQLite has one instance and does not need it. */
  onAppendedElsewhere?(listener: AppendedElsewhere): Promise<void>;
  /**
   * PostgreSQL: takes the named lease for this instance if no other instance holds it, and keeps it until this
   * store closes (or the instance dies); true when this instance holds it. SQLite has one instance: it holds all.
   */
  tryLease?(name: string): Promise<boolean>;
  /**
   * PostgreSQL: a short log of moments per name, shared by every instance (the sends to a conversation, for Teams'
   * rate limits). Under a lock on the name it forgets the moments older than `horizonMs`, asks `waitFor` how long
   * to wait given the recent moments and now (ms, on the database's clock), and, with `take`, records now when
   * the answer is 0. Answers the wait. SQLite has one instance: it keeps no such log.
   */
  sharedMoments?(name: string, horizonMs: number, waitFor: (recent: number[], now: number) => number, take: boolean): Promise<number>;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

export function checkCommandsArguments(stream: string, expectedVersion: number, commands: CommandEvents[]): void {
  if (commands.length === 0) throw new Error('appendCommands needs at least one command');
  for (const c of commands) checkAppendArguments(stream, expectedVersion, c.events, c.idempotencyKey);
  const keys = commands.map((c) => c.idempotencyKey).filter((k) => k !== undefined);
  if (new Set(keys).size !== keys.length) throw new Error('appendCommands got the same idempotency key twice');
}

export function checkAppendArguments(stream: string, expectedVersion: number, events: NewEvent[], key?: string): void {
  if (!stream || stream.length > 256) throw new Error(`invalid stream name: ${JSON.stringify(stream)}`);
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) throw new Error(`invalid expected version: ${expectedVersion}`);
  if (events.length === 0) throw new Error('append needs at least one event');
  if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) throw new Error('invalid idempotency key');
}
