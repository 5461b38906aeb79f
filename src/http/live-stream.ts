/**
 * GET /api/sessions/:id/stream — Server-Sent Events with the session's read model, live from the bus.
 * Each message is the whole read model, with the session's version as the event id: a client that reconnects with
 * `Last-Event-ID` (or `?since=`) gets the current state at once if it missed anything, and nothing twice. Who may
 * open it is checked once, when it opens (read-guard.ts).
 */
import type restify from 'restify';
import { sessionStream, type SessionService } from '../app/session-service';
import type { LiveBus } from '../store/live-bus';
import type { ReadGuard } from './read-guard';

const HEARTBEAT_MS = 15_000;

export interface LiveStreams {
  /** Open connections (for a clean shutdown, and for tests that cut them). */
  count(): number;
  /** Cuts every open stream, as a network drop would. */
  dropAll(): void;
}

export function registerLiveStream(server: restify.Server, service: SessionService, bus: LiveBus, reads: ReadGuard): LiveStreams {
  const open = new Set<restify.Response>();

  server.get('/api/sessions/:id/stream', async (req: restify.Request, res: restify.Response) => {
    const session = await reads.followedSession(req, res, service);
    if (!session) return;
    const { id, snapshot } = session;
    const first = service.viewOf(sessionStream(id), snapshot)!;
    const query = (req.query ?? {}) as Record<string, string>;
    const since = Number(req.headers['last-event-id'] ?? query.since ?? 0) || 0;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 1000\n\n');
    let sent = since;
    let sending = Promise.resolve();
    const send = () => {
      sending = sending.then(async () => {
        const view = await service.view(id);
        if (!view || view.version <= sent) return;
        sent = view.version;
        res.write(`id: ${view.version}\nevent: view\ndata: ${JSON.stringify(view)}\n\n`);
      }).catch(() => undefined);
    };
    if (first.version > since) send();
    const unsubscribe = bus.subscribe(sessionStream(id), send);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    open.add(res);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
    };
    req.on('close', close);
    res.on('close', close);
  });

  return {
    count: () => open.size,
    dropAll() {
      for (const res of open) res.destroy();
      open.clear();
    },
  };
}
