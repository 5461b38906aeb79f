/**
 * Sesiona's clock of the floor: whenever the floor changes (given, extended, stopped by a motion and resumed, a
 * motion's question or answer begun), the moment its time runs out is computed from the record (`runsOutAt` of
 * `floorNow`) and a task is scheduled for that moment (`ScheduledTasks`, in the store, so it survives a restart). When
 * the task is due, one instance claims it and asks the domain to note the time ran out (`NoteTimeRanOut`, actor:
 * Sesiona's clock); the domain refuses when things changed meanwhile (`TimeNotUp`, `NobodyHasTheFloor`), and the task
 * is done with that outcome. Nobody is cut off: the event only tells whoever conducts.
 *
 * A task is named after the session, the part of the floor and the moment it is due, so scheduling it again (every
 * instance hears every event) changes nothing, and an extension or a pause gives a new task while the old one, when
 * due, is refused as not up.
 */
import {
  type Actor, asAadObjectId, floorNow, runsOutAt, type SessionCommand, type SessionEvent, type SessionState,
} from '../domain';
import type { LiveBus } from '../store/live-bus';
import { STREAM_PREFIX } from '../store/streams';
import type { ScheduledTask, ScheduledTasks } from './scheduled-tasks';
import type { SessionService } from './session-service';

/** Who acts when Sesiona's clock notes that the floor's time ran out. */
export const SESIONA_CLOCK: Actor = { id: asAadObjectId('sesiona-clock'), name: 'Sesiona' };

export const FLOOR_TIME = 'floor-time';

export interface FloorTimeDue {
  sessionId: string;
}

/** Where the time comes from and how to be woken at a moment: the server's clock and timers, or a test's. */
export interface Time {
  now(): string;
  /** Runs `work` after `ms` (unless the server stops first). */
  after(ms: number, work: () => Promise<void>): void;
}

/** The events that start, stop, resume or move the floor's clock. */
const CLOCK_EVENTS = new Set<SessionEvent['type']>([
  'FloorGiven', 'SpeakingTimeExtended', 'InterventionEnded', 'MotionToSpeakerAsked', 'MotionToSpeakerAnswered', 'MotionQuestionEnded',
  'MotionAnswerEnded', 'PointOfOrderRaised', 'PointOfOrderDecided', 'FloorTimeRanOut',
]);

export const movesFloorClock = (events: readonly { type: string }[]): boolean => events.some((e) => CLOCK_EVENTS.has(e.type as SessionEvent['type']));

/**
 * The task that notes the end of the time of whoever has the floor now, or null when no time runs: nobody has the
 * floor, a motion stopped the clock, the time ran out already (until an extension), or the session is not in
 * session. `notBefore` (a restart) puts a time that ran out while no instance ran due then, under a new name.
 */
export function floorTimeTask(sessionId: string, state: SessionState, notBefore: string | null = null): ScheduledTask<FloorTimeDue> | null {
  if (state.phase !== 'in-session') return null;
  const floor = floorNow(state);
  if (!floor || floor.timeRanOutAt !== null) return null;
  const runsOut = runsOutAt(floor);
  if (runsOut === null) return null;
  const dueAt = notBefore !== null && Date.parse(notBefore) > Date.parse(runsOut) ? notBefore : runsOut;
  const part = floor.motionId === null ? floor.part : `${floor.part}-${floor.motionId}`;
  return { id: [FLOOR_TIME, sessionId, floor.item, part, floor.startedAt, dueAt].join(':'), kind: FLOOR_TIME, dueAt, data: { sessionId } };
}

export interface FloorClockDeps {
  service: SessionService;
  tasks: ScheduledTasks;
  time: Time;
  /** Runs work in the background, tracked (so a shutdown and the tests can wait for it). */
  run: (work: Promise<void>) => void;
  log: (line: string) => void;
}

/** Longest single wait; a task due later is looked at again then. */
const MAX_WAIT_MS = 24 * 3_600_000;

export class FloorClock {
  private stopped = false;
  /** Tasks this instance waits for (each once). */
  private readonly waiting = new Set<string>();

  constructor(private readonly deps: FloorClockDeps) {}

  /** Follows every session's appended events from now on; returns how to stop (the timers then do nothing). */
  start(bus: LiveBus): () => void {
    const unsubscribe = bus.subscribePrefix(STREAM_PREFIX.session, (stream, events) => {
      if (movesFloorClock(events)) this.deps.run(this.follow(stream.slice(STREAM_PREFIX.session.length)));
    });
    return () => {
      this.stopped = true;
      unsubscribe();
    };
  }

  /** After events that move the floor's clock: the task of the floor as it is now. */
  async follow(sessionId: string): Promise<void> {
    const { state } = await this.deps.service.load(sessionId);
    await this.schedule(floorTimeTask(sessionId, state));
  }

  /**
   * On start: the tasks still pending in the store, and the floor of each open session as it is now (a time that ran
   * out while no instance ran is noted at once). Returns how many tasks it waits for.
   */
  async resumeDue(openSessionIds: readonly string[]): Promise<number> {
    for (const task of await this.deps.tasks.pending()) {
      if (task.kind === FLOOR_TIME) this.wait(task as ScheduledTask<FloorTimeDue>);
    }
    for (const sessionId of openSessionIds) {
      const { state } = await this.deps.service.load(sessionId);
      await this.schedule(floorTimeTask(sessionId, state, this.deps.time.now()));
    }
    return this.waiting.size;
  }

  private async schedule(task: ScheduledTask<FloorTimeDue> | null): Promise<void> {
    if (!task || this.waiting.has(task.id)) return;
    await this.deps.tasks.schedule(task);
    this.wait(task);
  }

  private wait(task: ScheduledTask<FloorTimeDue>): void {
    if (this.waiting.has(task.id)) return;
    this.waiting.add(task.id);
    this.sleep(task);
  }

  private sleep(task: ScheduledTask<FloorTimeDue>): void {
    const ms = Date.parse(task.dueAt) - Date.parse(this.deps.time.now());
    this.deps.time.after(Math.max(0, Math.min(ms, MAX_WAIT_MS)), async () => {
      if (this.stopped) return;
      if (ms > MAX_WAIT_MS) this.sleep(task);
      else await this.due(task);
    });
  }

  /** Claimed by one instance: the domain notes the time ran out, or says why not; the task is done either way. */
  private async due(task: ScheduledTask<FloorTimeDue>): Promise<void> {
    this.waiting.delete(task.id);
    const { time, tasks, service, log } = this.deps;
    if (!(await tasks.claim(task.id, time.now()))) return; // another instance (or an earlier run) has it
    let outcome: string;
    try {
      const command: SessionCommand = { type: 'NoteTimeRanOut', actor: SESIONA_CLOCK, now: time.now(), data: {} };
      const result = await service.handle(task.data.sessionId, command, task.id);
      outcome = result.ok ? 'noted' : result.rejection.reason;
    } catch (err) {
      outcome = 'failed';
      log(`[floor clock] ${task.id}: ${(err as Error).message}`);
    }
    await tasks.done(task.id, time.now(), outcome);
  }
}
