/**
 * The side panel's live connection: reads the session's Server-Sent Events with fetch (so it can send the Teams
 * token in a header), keeps the last event id, and after a drop reconnects with `Last-Event-ID` so it misses nothing
 * and gets nothing twice. Backs off 0.5 s, 1 s, 2 s … up to 10 s.
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'not-found' | 'unauthorized' | 'forbidden';

export interface LiveOptions<V> {
  url: string;
  token?: () => Promise<string | null>;
  onView: (view: V) => void;
  onState: (state: ConnectionState) => void;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: string;
}

/** Splits a text/event-stream into events; returns the events and the unfinished rest. */
export function parseEvents(buffer: string): { events: ServerSentEvent[]; rest: string } {
  const events: ServerSentEvent[] = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let id: string | null = null;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) events.push({ id, event, data: data.join('\n') });
  }
  return { events, rest };
}

export class LiveConnection<V extends { version: number }> {
  private lastId = 0;
  private stopped = false;
  private controller: AbortController | null = null;

  constructor(private readonly options: LiveOptions<V>) {}

  get lastVersion(): number {
    return this.lastId;
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  async run(): Promise<void> {
    const fetchImpl = this.options.fetchImpl ?? fetch.bind(globalThis);
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let failures = 0;
    this.options.onState('connecting');
    while (!this.stopped) {
      try {
        this.controller = new AbortController();
        const token = this.options.token ? await this.options.token() : null;
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        if (token) headers.authorization = `Bearer ${token}`;
        if (this.lastId) headers['last-event-id'] = String(this.lastId);
        const response = await fetchImpl(this.options.url, { headers, signal: this.controller.signal, cache: 'no-store' });
        if (response.status === 404) return this.options.onState('not-found');
        if (response.status === 401) return this.options.onState('unauthorized');
        if (response.status === 403) return this.options.onState('forbidden');
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        failures = 0;
        this.options.onState('live');
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const parsed = parseEvents(buffer);
          buffer = parsed.rest;
          for (const e of parsed.events) {
            if (e.event !== 'view') continue;
            const view = JSON.parse(e.data) as V;
            if (view.version <= this.lastId) continue; // never the same change twice
            this.lastId = view.version;
            this.options.onView(view);
          }
        }
      } catch {
        if (this.stopped) return;
      }
      if (this.stopped) return;
      this.options.onState('reconnecting');
      await sleep(Math.min(10_000, 500 * 2 ** Math.min(failures++, 5)));
    }
  }
}
