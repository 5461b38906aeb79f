/**
 * The simulation's clock: time let pass at once moves `now` and runs, in order, the work that came due meanwhile.
 */
import { DemoTime } from './demo-time';

describe("the simulation's clock", () => {
  it('given work due in 10 minutes, when 5 minutes pass it waits, and when 6 more pass it runs, with the clock 11 minutes on', async () => {
    const time = new DemoTime(() => undefined);
    const start = Date.parse(time.now());
    const ran: number[] = [];
    time.after(600_000, async () => void ran.push(Date.parse(time.now()) - start));
    await time.pass(300_000);
    expect(ran).toEqual([]);
    await time.pass(360_000);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toBeGreaterThanOrEqual(660_000);
    expect(ran[0]).toBeLessThan(670_000);
    time.stop();
  });

  it('given two waits, when the clock passes both at once, then they run in the order they came due, each once', async () => {
    const time = new DemoTime(() => undefined);
    const ran: string[] = [];
    time.after(120_000, async () => void ran.push('second'));
    time.after(60_000, async () => void ran.push('first'));
    await time.pass(180_000);
    await time.pass(180_000);
    expect(ran).toEqual(['first', 'second']);
    time.stop();
  });

  it('given a wait, when the clock stops, then it never runs', async () => {
    const time = new DemoTime(() => undefined);
    const ran: string[] = [];
    time.after(0, async () => void ran.push('ran'));
    time.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await time.pass(60_000);
    expect(ran).toEqual([]);
  });
});
