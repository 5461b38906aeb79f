/**
 * The application layer: the only place that does load → fold → decide → append → publish.
 */
import {
  INITIAL_STATE, type Rejection, type SessionCommand, type SessionEvent, type SessionId, type SessionState, decide, evolve,
} from '../domain';
import type { EventStore, StoredEvent } from '../store/event-store';
import type { LiveBus } from '../store/live-bus';
import { STREAM_PREFIX, streams } from '../store/streams';
import { type SessionView, toSessionView } from './session-view';

export const sessionStream = (id: SessionId | string) => streams.session(id);
export const SESSION_STREAM_PREFIX = STREAM_PREFIX.session;

export type HandleResult =
  | { ok: true; events: SessionEvent[]; state: SessionState; version: number; duplicate: boolean }
  | { ok: false; rejection: Rejection; state: SessionState; version: number };

interface Snapshot {
  state: SessionState;
  version: number;
}

const MAX_ATTEMPTS = 5;
/** At most this many queued commands of one session are decided and written together. */
const MAX_BATCH = 64;

interface Pending {
  command: SessionCommand;
  key: string | undefined;
  resolve: (result: HandleResult) => void;
  reject: (error: Error) => void;
}

const toSessionEvent = (e: StoredEvent): SessionEvent => ({ type: e.type, data: e.data }) as SessionEvent;
const MAX_CACHED_SESSIONS = 500;

export class SessionService {
  private readonly cache = new Map<string, Snapshot>();
  /** The read model of the latest version of each session, built once per version. */
  private readonly views = new Map<string, SessionView>();
  private readonly queues = new Map<string, Pending[]>();

  constructor(readonly store: EventStore, readonly bus: LiveBus) {}

  /** The session's current state: the cached fold plus whatever the store has beyond it. */
  async load(id: SessionId | string): Promise<Snapshot> {
    const stream = sessionStream(id);
    const cached = this.cache.get(stream) ?? { state: INITIAL_STATE, version: 0 };
    const tail = await this.store.read(stream, cached.version);
    if (tail.length === 0) return cached;
    const snapshot = this.fold(cached, tail);
    this.remember(stream, snapshot);
    return snapshot;
  }

  async view(id: SessionId | string): Promise<SessionView | null> {
    return this.viewOf(sessionStream(id), await this.load(id));
  }

  /** The read model of a snapshot (cached per version: cards, the tab and the invoke answer share one). */
  viewOf(stream: string, { state, version }: Snapshot): SessionView | null {
    if (!state.exists) return null;
    const cached = this.views.get(stream);
    if (cached && cached.version === version) return cached;
    const view = toSessionView(state, version);
    if (!cached || cached.version < version) this.views.set(stream, view);
    if (this.views.size > MAX_CACHED_SESSIONS) this.views.delete(this.views.keys().next().value as string);
    return view;
  }

  /**
   * Decides and records one command. `idempotencyKey` (an activity id, a click id) makes a redelivery change
   * nothing: the second time it answers the original events without deciding again. Commands that arrive for a
   * session while it is busy are decided one after the other and written together (group commit: one durable
   * write for many ballots). A version conflict (another instance wrote first) reloads, decides again and retries.
   */
  handle(id: SessionId | string, command: SessionCommand, idempotencyKey?: string): Promise<HandleResult> {
    const stream = sessionStream(id);
    return new Promise<HandleResult>((resolve, reject) => {
      let queue = this.queues.get(stream);
      if (!queue) this.queues.set(stream, (queue = []));
      queue.push({ command, key: idempotencyKey, resolve, reject });
      if (queue.length === 1) void this.drain(id, stream);
    });
  }

  private async drain(id: SessionId | string, stream: string): Promise<void> {
    const queue = this.queues.get(stream)!;
    while (queue.length) {
      // let requests already on the wire join this batch (the SQLite store never yields to I/O on its own)
      await new Promise((resolve) => setImmediate(resolve));
      const batch = queue.slice(0, MAX_BATCH);
      try {
        await this.decideAndAppend(id, stream, batch);
      } catch (err) {
        batch.forEach((p) => p.reject(err as Error));
      }
      queue.splice(0, batch.length);
    }
    this.queues.delete(stream);
  }

  private async decideAndAppend(id: SessionId | string, stream: string, batch: Pending[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // a key already in the store: answer what it recorded, decide nothing
      const open: Pending[] = [];
      const recalled: [Pending, SessionEvent[]][] = [];
      for (const p of batch) {
        const events = p.key !== undefined ? await this.store.recall(p.key) : null;
        if (events) recalled.push([p, events.map(toSessionEvent)]);
        else open.push(p);
      }
      const current = await this.load(id);
      let state = current.state;
      const accepted: { pending: Pending; events: SessionEvent[] }[] = [];
      const answers = new Map<Pending, HandleResult | Pending>();
      const byKey = new Map<string, Pending>();
      for (const p of open) {
        const twin = p.key !== undefined ? byKey.get(p.key) : undefined;
        if (twin) {
          answers.set(p, twin); // the same activity twice in one batch: one decision, the same answer
          continue;
        }
        if (p.key !== undefined) byKey.set(p.key, p);
        const decision = decide(p.command, state);
        if (!decision.ok) answers.set(p, { ok: false, rejection: decision.rejection, state, version: current.version });
        else if (decision.events.length === 0) answers.set(p, { ok: true, events: [], duplicate: false, state, version: current.version });
        else {
          accepted.push({ pending: p, events: decision.events });
          state = decision.events.reduce(evolve, state);
        }
      }

      let after = current;
      if (accepted.length) {
        const appended = await this.store.appendCommands(stream, current.version, accepted.map((a) => ({ events: a.events, ...(a.pending.key !== undefined ? { idempotencyKey: a.pending.key } : {}) })));
        if (!appended.ok) {
          if (attempt >= MAX_ATTEMPTS) {
            throw new Error(`session ${id}: gave up after ${attempt} version conflicts (last: expected ${appended.conflict.expectedVersion}, found ${appended.conflict.actualVersion})`);
          }
          continue;
        }
        const stored = appended.events.flat();
        // the state the decisions left is the fold of exactly these events: no need to fold them again
        after = { state, version: appended.version };
        this.remember(stream, after);
        this.bus.publish(stream, stored);
        for (const a of accepted) answers.set(a.pending, { ok: true, events: a.events, duplicate: false, ...after });
      }
      for (const [p, events] of recalled) p.resolve({ ok: true, events, duplicate: true, ...after });
      for (const p of open) {
        let answer = answers.get(p)!;
        if (!('ok' in answer)) {
          const original = answers.get(answer) as HandleResult;
          answer = original.ok ? { ...original, duplicate: true } : original;
        }
        p.resolve(answer as HandleResult);
      }
      return;
    }
  }

  private fold(from: Snapshot, events: StoredEvent[]): Snapshot {
    let state = from.state;
    for (const e of events) state = evolve(state, toSessionEvent(e));
    return { state, version: events[events.length - 1].version };
  }

  private remember(stream: string, snapshot: Snapshot): void {
    this.cache.delete(stream);
    this.cache.set(stream, snapshot);
    if (this.cache.size > MAX_CACHED_SESSIONS) this.cache.delete(this.cache.keys().next().value as string);
  }
}
