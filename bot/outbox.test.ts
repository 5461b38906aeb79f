import { type ConversationTarget, type DeliveryOp, Outbox } from './outbox';

const chat = (id: string): ConversationTarget => ({ serviceUrl: 'http://connector/', conversationId: id });
const text = (t: string) => ({ type: 'message', text: t });

/** A connector in memory: records each operation with the time it arrived; can fail on demand. */
function recordingDelivery(fail: (op: DeliveryOp, n: number) => { statusCode: number; retryAfterMs?: number } | null = () => null) {
  const log: { at: number; conversation: string; op: DeliveryOp }[] = [];
  let n = 0;
  let next = 1;
  const deliver = async (target: ConversationTarget, op: DeliveryOp) => {
    n++;
    const failure = fail(op, n);
    if (failure) throw Object.assign(new Error(`HTTP ${failure.statusCode}`), failure);
    log.push({ at: Date.now(), conversation: target.conversationId, op });
    return { id: op.kind === 'update' ? op.activityId : `m${next++}` };
  };
  return { deliver, log };
}

const quiet = () => undefined;

describe('the outbox', () => {
  it('given posts, then they go out in order and each resolves with its message id', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet });
    const ids = await Promise.all([outbox.post(chat('c1'), text('uno')), outbox.post(chat('c1'), text('dos')), outbox.post(chat('c1'), text('tres'))]);
    expect(ids).toEqual(['m1', 'm2', 'm3']);
    expect(log.map((l) => (l.op as { activity: { text: string } }).activity.text)).toEqual(['uno', 'dos', 'tres']);
  });

  it('given a card key, then the first upsert posts it and later ones update the same message', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet });
    await outbox.upsert(chat('c1'), 'vote', text('0 votos'));
    await outbox.upsert(chat('c1'), 'vote', text('1 voto'));
    expect(log.map((l) => l.op.kind)).toEqual(['post', 'update']);
    expect(log[1]!.op).toMatchObject({ kind: 'update', activityId: 'm1', activity: { text: '1 voto' } });
    expect(await outbox.activityIdFor('vote')).toBe('m1');
  });

  it('given many updates of one card at once, then they coalesce and the last state wins', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet });
    await outbox.upsert(chat('c1'), 'vote', text('0'));
    await Promise.all(Array.from({ length: 30 }, (_, i) => outbox.upsert(chat('c1'), 'vote', text(String(i + 1)))));
    const updates = log.filter((l) => l.op.kind === 'update');
    expect(updates.length).toBeLessThan(5);
    expect((updates[updates.length - 1]!.op as { activity: { text: string } }).activity.text).toBe('30');
  });

  it('given upserts while the first post is still queued, then they fold into that post', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet, limits: [{ max: 1, perMs: 200 }], safetyMarginMs: 0 });
    const blocking = outbox.post(chat('c1'), text('primero'));
    const a = outbox.upsert(chat('c1'), 'agenda', text('v1'));
    const b = outbox.upsert(chat('c1'), 'agenda', text('v2'));
    await Promise.all([blocking, a, b]);
    expect(log.map((l) => [l.op.kind, (l.op as { activity: { text: string } }).activity.text])).toEqual([['post', 'primero'], ['post', 'v2']]);
  });

  it('given rate limits, then no window ever holds more sends than allowed', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet, limits: [{ max: 3, perMs: 300 }, { max: 4, perMs: 600 }], safetyMarginMs: 10 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => outbox.post(chat('c1'), text(String(i)))));
    const times = log.map((l) => l.at);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((t) => t >= times[i]! && t < times[i]! + 300).length).toBeLessThanOrEqual(3);
      expect(times.filter((t) => t >= times[i]! && t < times[i]! + 600).length).toBeLessThanOrEqual(4);
    }
  });

  it('given two conversations, then each has its own limits: one busy chat does not hold the other back', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet, limits: [{ max: 1, perMs: 1000 }], safetyMarginMs: 0 });
    const busy = Promise.all([outbox.post(chat('busy'), text('1')), outbox.post(chat('busy'), text('2'))]);
    const started = Date.now();
    await outbox.post(chat('other'), text('hola'));
    expect(Date.now() - started).toBeLessThan(500);
    await busy;
    expect(log.filter((l) => l.conversation === 'busy')).toHaveLength(2);
  });

  it('given 429 with Retry-After, then it waits at least that long and retries', async () => {
    const { deliver, log } = recordingDelivery((_op, n) => (n === 1 ? { statusCode: 429, retryAfterMs: 300 } : null));
    const outbox = new Outbox({ deliver, log: quiet, baseDelayMs: 10, random: () => 0 });
    const started = Date.now();
    expect(await outbox.post(chat('c1'), text('hola'))).toBe('m1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(log).toHaveLength(1);
  });

  it.each([412, 502, 504])('given HTTP %d, then it backs off exponentially with jitter and retries', async (status) => {
    const waits: number[] = [];
    const { deliver } = recordingDelivery((_op, n) => (n <= 3 ? { statusCode: status } : null));
    const outbox = new Outbox({ deliver, log: quiet, baseDelayMs: 100, random: () => 0.5, sleep: async (ms) => { waits.push(ms); } });
    await outbox.post(chat('c1'), text('hola'));
    expect(waits).toEqual([150, 250, 450]);
  });

  it('given an error that retrying cannot fix (403), then the post fails at once', async () => {
    const { deliver } = recordingDelivery(() => ({ statusCode: 403 }));
    const outbox = new Outbox({ deliver, log: quiet, baseDelayMs: 1 });
    await expect(outbox.post(chat('c1'), text('hola'))).rejects.toThrow('HTTP 403');
    await outbox.idle();
  });

  it('given an update that keeps failing, then the final state is still delivered once the connector recovers', async () => {
    let broken = true;
    const { deliver, log } = recordingDelivery((op) => (broken && op.kind === 'update' ? { statusCode: 502 } : null));
    const outbox = new Outbox({ deliver, log: quiet, baseDelayMs: 1, maxAttempts: 2 });
    await outbox.upsert(chat('c1'), 'card', text('v1'));
    const final = outbox.upsert(chat('c1'), 'card', text('v2'));
    setTimeout(() => (broken = false), 50);
    await final;
    expect(log.map((l) => (l.op as { activity: { text: string } }).activity.text)).toEqual(['v1', 'v2']);
  });

  it('given a key store, then a new outbox (after a restart) updates the card the old one posted', async () => {
    const ids = new Map<string, string>();
    const keyStore = { get: async (k: string) => ids.get(k), set: async (k: string, v: string) => void ids.set(k, v) };
    const { deliver, log } = recordingDelivery();
    await new Outbox({ deliver, keyStore, log: quiet }).upsert(chat('c1'), 'agenda', text('antes'));
    await new Outbox({ deliver, keyStore, log: quiet }).upsert(chat('c1'), 'agenda', text('después'));
    expect(log.map((l) => l.op.kind)).toEqual(['post', 'update']);
  });

  it('idle() resolves only when everything has been sent', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet, limits: [{ max: 2, perMs: 200 }], safetyMarginMs: 0 });
    for (let i = 0; i < 5; i++) outbox.post(chat('c1'), text(String(i))).catch(() => undefined);
    await outbox.idle();
    expect(log).toHaveLength(5);
  });
});
