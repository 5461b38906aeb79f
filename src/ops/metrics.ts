/**
 * What `/metrics` tells Prometheus (prom-client): commands and ballots by outcome, rejections by reason, the outbox's
 * queue and its retries (429s apart), the side panels' live streams, the store's append latency and the latency of
 * each turn (a POST to /api/messages). One registry per process; the parts count into it through the functions
 * below, and a running server tells it where its queue and its streams are (`observe`).
 */
import { subscribe } from 'node:diagnostics_channel';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();

const commands = new Counter({
  name: 'sesiona_commands_total', help: 'Commands taken by the session service, by command type and outcome (accepted, rejected, failed).',
  labelNames: ['command', 'outcome'] as const, registers: [registry],
});
const ballots = new Counter({
  name: 'sesiona_ballots_total', help: 'Ballots cast (CastBallot commands), by outcome (accepted, rejected, failed).',
  labelNames: ['outcome'] as const, registers: [registry],
});
const rejections = new Counter({
  name: 'sesiona_rejections_total', help: 'Commands the rules refused, by reason (the domain\'s Rejection reason).',
  labelNames: ['reason'] as const, registers: [registry],
});
const deliveryRetries = new Counter({
  name: 'sesiona_outbox_retries_total', help: 'Sends to the Bot Connector retried, by the HTTP status that made them retry.',
  labelNames: ['status'] as const, registers: [registry],
});
const throttled = new Counter({
  name: 'sesiona_throttled_total', help: 'Requests Sesiona sent (to the Bot Connector, Graph) answered with 429 Too Many Requests, by host.',
  labelNames: ['host'] as const, registers: [registry],
});
const storeAppend = new Histogram({
  name: 'sesiona_store_append_seconds', help: 'Time to append events to the store (durable when it resolves).',
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers: [registry],
});
const turns = new Histogram({
  name: 'sesiona_turn_seconds', help: 'Time to answer an activity from Teams (POST /api/messages), by HTTP status.',
  labelNames: ['status'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
});

/** What a running server is asked for when Prometheus scrapes: its queue and its open streams. */
export interface Observed {
  outboxDepth(): number;
  liveStreams(): number;
}
const observed = new Set<Observed>();
const sum = (of: (o: Observed) => number) => [...observed].reduce((total, o) => total + of(o), 0);
new Gauge({
  name: 'sesiona_outbox_queue_depth', help: 'Messages and card updates waiting to be sent to Teams, or on their way.',
  registers: [registry], collect() { this.set(sum((o) => o.outboxDepth())); },
});
new Gauge({
  name: 'sesiona_sse_clients', help: 'Side panels following a session live (open server-sent event streams).',
  registers: [registry], collect() { this.set(sum((o) => o.liveStreams())); },
});

let processMetrics = false;

/** Counts a running server's queue and streams until the returned function is called (when it stops). */
export function observe(server: Observed): () => void {
  if (!processMetrics) {
    processMetrics = true;
    collectDefaultMetrics({ register: registry, prefix: 'sesiona_' });
    countThrottling();
  }
  observed.add(server);
  return () => void observed.delete(server);
}

export type CommandOutcome = 'accepted' | 'rejected' | 'failed';

export function commandTaken(command: string, outcome: CommandOutcome, rejection?: string): void {
  commands.inc({ command, outcome });
  if (command === 'CastBallot') ballots.inc({ outcome });
  if (rejection) rejections.inc({ reason: rejection });
}

/** A send to the Bot Connector failed with `status` (0: no answer); `retried`: the outbox tries it again. */
export function deliveryFailed(status: number, retried: boolean): void {
  if (retried) deliveryRetries.inc({ status: String(status) });
}

/**
 * Every 429 answered to this process's outgoing requests, whoever retries it: botbuilder's connector client waits
 * out a 429's Retry-After and tries again by itself, so the outbox sees only the 429s it gave up on. Node tells of
 * each response on its diagnostics channels (node:http, and undici for fetch).
 */
function countThrottling(): void {
  subscribe('http.client.response.finish', (message) => {
    const { request, response } = message as { request: { host?: string }; response: { statusCode?: number } };
    if (response.statusCode === 429) throttled.inc({ host: request.host ?? '' });
  });
  subscribe('undici:request:headers', (message) => {
    const { request, response } = message as { request: { origin?: string }; response: { statusCode?: number } };
    if (response.statusCode === 429) throttled.inc({ host: request.origin ? new URL(request.origin).hostname : '' });
  });
}

export function appendTook(seconds: number): void {
  storeAppend.observe(seconds);
}

export function turnTook(seconds: number, status: number): void {
  turns.observe({ status: String(status) }, seconds);
}

/** The text Prometheus reads, and its content type. */
export async function exposition(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
