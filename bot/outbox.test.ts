import { cardDigest, type ConversationTarget, type DeliveredCard, type DeliveryOp, Outbox } from './outbox';

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
    const cards = new Map<string, DeliveredCard>();
    const keyStore = { get: async (k: string) => cards.get(k), delivered: async (card: DeliveredCard) => void cards.set(card.key, card) };
    const { deliver, log } = recordingDelivery();
    await new Outbox({ deliver, keyStore, log: quiet }).upsert(chat('c1'), 'agenda', text('antes'));
    const restarted = new Outbox({ deliver, keyStore, log: quiet });
    await restarted.upsert(chat('c1'), 'agenda', text('antes')); // it shows this already
    await restarted.upsert(chat('c1'), 'agenda', text('después'));
    expect(log.map((l) => l.op.kind)).toEqual(['post', 'update']);
  });

  it('given a state of an older version after a newer one, then the card keeps the newer state', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet });
    await outbox.upsert(chat('c1'), 'vote', text('v1'), 1);
    await Promise.all([outbox.upsert(chat('c1'), 'vote', text('v5'), 5), outbox.upsert(chat('c1'), 'vote', text('v3'), 3)]);
    await outbox.upsert(chat('c1'), 'vote', text('v4'), 4);
    expect(log.map((l) => (l.op as { activity: { text: string } }).activity.text)).toEqual(['v1', 'v5']);
  });

  it('given an update that shows what the card already shows, then nothing is sent', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet });
    await outbox.upsert(chat('c1'), 'agenda', text('punto 2 en curso'), 1);
    await outbox.upsert(chat('c1'), 'agenda', text('punto 2 en curso'), 2);
    await outbox.upsert(chat('c1'), 'agenda', text('punto 3 en curso'), 3);
    expect(log.map((l) => l.op.kind)).toEqual(['post', 'update']);
  });

  it('given a key store, then it is told after each delivery which message shows the card, where, and what it shows', async () => {
    const told: DeliveredCard[] = [];
    const keyStore = { get: async () => undefined, delivered: async (card: DeliveredCard) => void told.push(card) };
    const { deliver } = recordingDelivery();
    const outbox = new Outbox({ deliver, keyStore, log: quiet });
    await outbox.upsert(chat('c1'), 'vote', text('abierta'), 7);
    await outbox.upsert(chat('c1'), 'vote', text('cerrada'), 9);
    expect(told).toEqual([
      { key: 'vote', activityId: 'm1', target: chat('c1'), posted: true, version: 7, digest: cardDigest(text('abierta')) },
      { key: 'vote', activityId: 'm1', target: chat('c1'), posted: false, version: 9, digest: cardDigest(text('cerrada')) },
    ]);
  });

  it('idle() resolves only when everything has been sent', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet, limits: [{ max: 2, perMs: 200 }], safetyMarginMs: 0 });
    for (let i = 0; i < 5; i++) outbox.post(chat('c1'), text(String(i))).catch(() => undefined);
    await outbox.idle();
    expect(log).toHaveLength(5);
  });
});

describe('the outbox in a busy session', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('given card updates that fill Teams\' rate windows, when a person is answered, then the answer goes out within 2 s and every card still ends on its last state', async () => {
    const { deliver, log } = recordingDelivery();
    const outbox = new Outbox({ deliver, log: quiet, random: () => 0 });
    const cards = ['agenda', 'roll-call', 'item', 'vote'];
    // sixty voters voting one vote after another: every card changes every 100 ms for a minute
    let state = 0;
    const voting = setInterval(() => {
      state++;
      for (const key of cards) outbox.upsert(chat('c1'), key, text(`${key} ${state}`)).catch(() => undefined);
    }, 100);
    await jest.advanceTimersByTimeAsync(40_000);

    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const asked = Date.now();
      outbox.post(chat('c1'), text(`estado ${i}`)).then(() => latencies.push(Date.now() - asked), () => undefined);
      await jest.advanceTimersByTimeAsync(3_000);
    }
    clearInterval(voting);
    await jest.advanceTimersByTimeAsync(120_000);
    await outbox.idle();

    expect(latencies).toHaveLength(5);
    expect(Math.max(...latencies)).toBeLessThan(2_000);
    for (const key of cards) {
      const last = log.filter((l) => (l.op as { activity: { text: string } }).activity.text.startsWith(`${key} `)).pop()!;
      expect((last.op as { activity: { text: string } }).activity.text).toBe(`${key} ${state}`);
    }
  });
});
