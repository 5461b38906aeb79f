import { LiveConnection, parseEvents } from './live-connection';

const sse = (version: number) => `id: ${version}\nevent: view\ndata: ${JSON.stringify({ version })}\n\n`;

/** A fake fetch: each call answers the next scripted stream (chunks of text), then ends it. */
function scripted(responses: (string[] | number)[]) {
  const calls: Record<string, string>[] = [];
  const fetchImpl = (async (_url: string, init: { headers: Record<string, string> }) => {
    calls.push(init.headers);
    const next = responses.shift();
    if (next === undefined) return new Promise(() => undefined); // stays open
    if (typeof next === 'number') return new Response(null, { status: next });
    const encoder = new TextEncoder();
    return new Response(new ReadableStream({ start(c) { next.forEach((chunk) => c.enqueue(encoder.encode(chunk))); c.close(); } }), { status: 200 });
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

describe('the live connection', () => {
  it('parses events split across chunks, with comments and multi-line data', () => {
    const first = parseEvents(': keep-alive\n\nid: 3\nevent: view\ndata: {"a":\ndata: 1}\n\nid: 4\nev');
    expect(first.events).toEqual([{ id: '3', event: 'view', data: '{"a":\n1}' }]);
    expect(first.rest).toBe('id: 4\nev');
  });

  it('given a dropped stream, then it reconnects with Last-Event-ID and never shows a change twice', async () => {
    const { fetchImpl, calls } = scripted([[sse(5), sse(6).slice(0, 10), sse(6).slice(10)], [sse(6), sse(7)]]);
    const seen: number[] = [];
    const states: string[] = [];
    const live = new LiveConnection<{ version: number }>({ url: '/s', fetchImpl, sleep: async () => undefined, onView: (v) => seen.push(v.version), onState: (s) => states.push(s) });
    void live.run();
    for (let i = 0; i < 50 && seen.length < 3; i++) await new Promise((r) => setTimeout(r, 5));
    live.stop();
    expect(seen).toEqual([5, 6, 7]);
    expect(calls[1]!['last-event-id']).toBe('6');
    expect(states.slice(0, 4)).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  });

  it('given 404, 401 or 403, then it stops and says why', async () => {
    for (const [status, state] of [[404, 'not-found'], [401, 'unauthorized'], [403, 'forbidden']] as const) {
      const { fetchImpl } = scripted([status]);
      const states: string[] = [];
      await new LiveConnection({ url: '/s', fetchImpl, onView: () => undefined, onState: (s) => states.push(s) }).run();
      expect(states.pop()).toBe(state);
    }
  });

  it('sends the Teams token as a bearer header', async () => {
    const { fetchImpl, calls } = scripted([404]);
    await new LiveConnection({ url: '/s', fetchImpl, token: async () => 'abc', onView: () => undefined, onState: () => undefined }).run();
    expect(calls[0]!.authorization).toBe('Bearer abc');
  });
});
