import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import { ScheduledTasks } from './scheduled-tasks';

describe('work due at a time, kept across restarts', () => {
  let temp: TempStore;
  beforeEach(() => { temp = createTempStore(); });
  afterEach(() => temp.cleanup());
  const task = { id: 'report-s1', kind: 'attendance-report', dueAt: '2024-06-24T20:05:00.000Z', data: { sessionId: 's1' } };

  it('given a task scheduled (twice), when another instance of the store looks, then it is pending once', async () => {
    await new ScheduledTasks(temp.store).schedule(task);
    await new ScheduledTasks(temp.store).schedule(task);
    expect(await new ScheduledTasks(temp.store).pending()).toEqual([task]);
  });

  it('given two instances claiming the same due task, then only one gets it; done, it is no longer pending', async () => {
    const [a, b] = [new ScheduledTasks(temp.store), new ScheduledTasks(temp.store)];
    await a.schedule(task);
    const claims = await Promise.all([a.claim(task.id, 'now'), b.claim(task.id, 'now')]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await a.done(task.id, 'now', 'reconciled');
    expect(await b.pending()).toEqual([]);
  });
});
