/**
 * Work due at a time, kept in the store so it survives a restart (`task-<id>`): scheduled once, claimed by one
 * instance when due (the claim is an append at the version the task had, so two instances never both do it), and
 * marked done. On start, an instance takes up every task still pending.
 */
import type { EventStore } from '../store/event-store';
import { streams } from '../store/streams';

const TASK_PREFIX = streams.task('');

export interface ScheduledTask<D = unknown> {
  id: string;
  kind: string;
  /** When it is due (ISO 8601). */
  dueAt: string;
  data: D;
}

export class ScheduledTasks {
  constructor(private readonly store: EventStore) {}

  /** Schedules a task; scheduling the same id again changes nothing. */
  async schedule(task: ScheduledTask): Promise<void> {
    await this.store.append(streams.task(task.id), 0, [{ type: 'TaskScheduled', data: task }], `task:${task.id}`);
  }

  /** Tasks scheduled and neither claimed nor done. */
  async pending(): Promise<ScheduledTask[]> {
    const out: ScheduledTask[] = [];
    for (const stream of await this.store.streams(TASK_PREFIX)) {
      const events = await this.store.read(stream);
      if (events.length === 1 && events[0]!.type === 'TaskScheduled') out.push(events[0]!.data as ScheduledTask);
    }
    return out;
  }

  /** Claims a due task for this instance; false when another instance (or an earlier run) has it. */
  async claim(id: string, at: string): Promise<boolean> {
    return (await this.store.append(streams.task(id), 1, [{ type: 'TaskClaimed', data: { at } }])).ok;
  }

  async done(id: string, at: string, outcome: string): Promise<void> {
    await this.store.append(streams.task(id), 2, [{ type: 'TaskDone', data: { at, outcome } }]);
  }
}
