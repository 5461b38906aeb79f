import { LocalSendSlots, SharedSendSlots, waitForSend } from './rate-windows';

const LIMITS = [{ max: 3, perMs: 1_000, updates: 2 }];

describe('rate windows', () => {
  it('given two sends within the second, then an update waits for the oldest to leave the window and a post goes now', () => {
    expect(waitForSend([100, 200], 'update', 500, LIMITS, 0)).toBe(601);
    expect(waitForSend([100, 200], 'post', 500, LIMITS, 0)).toBe(0);
    expect(waitForSend([100, 200, 300], 'post', 500, LIMITS, 0)).toBe(601);
  });

  it('given sends counted in this process, when one is taken, then it counts; when only asked, it does not', async () => {
    let now = 0;
    const slots = new LocalSendSlots(LIMITS, 0, () => now);
    expect(await slots.wait('19:a', 'update', false)).toBe(0);
    expect(await slots.wait('19:a', 'update', true)).toBe(0);
    now = 10;
    expect(await slots.wait('19:a', 'update', true)).toBe(0);
    expect(await slots.wait('19:a', 'update', true)).toBeGreaterThan(0);
    expect(await slots.wait('19:b', 'update', true)).toBe(0); // another conversation
  });

  it('given the shared count unreachable, when a send asks for a slot, then it is counted by this instance and the log says so once', async () => {
    const logs: string[] = [];
    const slots = new SharedSendSlots({ sharedMoments: async () => { throw new Error('connection refused'); } }, LIMITS, 0, (line) => logs.push(line));
    expect(await slots.wait('19:a', 'post', true)).toBe(0);
    expect(await slots.wait('19:a', 'post', true)).toBe(0);
    expect(await slots.wait('19:a', 'post', true)).toBe(0);
    expect(await slots.wait('19:a', 'post', true)).toBeGreaterThan(0);
    expect(logs).toEqual(["[outbox] the shared count of sends is unreachable (connection refused); counting this instance's sends only"]);
  });
});
