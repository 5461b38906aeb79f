/**
 * The application layer: the only place that does load → fold → decide → append → publish.
 */
import {
  INITIAL_STATE, type Rejection, type SessionCommand, type SessionEvent, type SessionId, type SessionState, decide, evolve,
} from '../domain';
import type { EventStore, StoredEvent } from '../store/event-store';
import type { LiveBus } from '../store/live-bus';
import { KeyedMutex } from './keyed-mutex';
import { type SessionView, toSessionView } from './session-view';

export const sessionStream = (id: SessionId | string) => `session-${id}`;
export const SESSION_STREAM_PREFIX = 'session-';

export type HandleResult =
  | { ok: true; events: SessionEvent[]; state: SessionState; version: number; duplicate: boolean }
  | { ok: false; rejection: Rejection; state: SessionState; version: number };

interface Snapshot {
  state: SessionState;
  version: number;
}

const MAX_ATTEMPTS = 5;

const toSessionEvent = (e: StoredEvent): SessionEvent => ({ type: e.type, data: e.data }) as SessionEvent;
const MAX_CACHED_SESSIONS = 500;

export class SessionService {
  private readonly cache = new Map<string, Snapshot>();
  private readonly mutex = new KeyedMutex();

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
    const { state, version } = await this.load(id);
    return state.exists ? toSessionView(state, version) : null;
  }

  /**
   * Decides and records one command. `idempotencyKey` (an activity id, a click id) makes a redelivery change
   * nothing: the second time it answers the original events without deciding again. A version conflict (another
   * instance wrote first) reloads, decides again on the new state and retries.
   */
  handle(id: SessionId | string, command: SessionCommand, idempotencyKey?: string): Promise<HandleResult> {
    const stream = sessionStream(id);
    return this.mutex.run(stream, async () => {
      if (idempotencyKey !== undefined) {
        const recalled = await this.store.recall(idempotencyKey);
        if (recalled) return { ok: true, events: recalled.map(toSessionEvent), duplicate: true, ...(await this.load(id)) };
      }
      for (let attempt = 1; ; attempt++) {
        const current = await this.load(id);
        const decision = decide(command, current.state);
        if (!decision.ok) return { ok: false, rejection: decision.rejection, ...current };
        if (decision.events.length === 0) return { ok: true, events: [], duplicate: false, ...current };
        const appended = await this.store.append(stream, current.version, decision.events, idempotencyKey);
        if (appended.ok && appended.duplicate) {
          const now = await this.load(id);
          return { ok: true, events: appended.events.map(toSessionEvent), duplicate: true, ...now };
        }
        if (appended.ok) {
          const next = this.fold(current, appended.events);
          this.remember(stream, next);
          this.bus.publish(stream, appended.events);
          return { ok: true, events: decision.events, duplicate: false, ...next };
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw new Error(`session ${id}: gave up after ${attempt} version conflicts (last: expected ${appended.conflict.expectedVersion}, found ${appended.conflict.actualVersion})`);
        }
      }
    });
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
