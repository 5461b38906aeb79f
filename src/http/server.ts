/**
 * The HTTP server (restify): health, the session read API, and the endpoints the bot and the tab mount.
 */
import restify from 'restify';
import type { MeetingBindings } from '../app/meeting-bindings';
import type { SessionService } from '../app/session-service';
import type { Config } from '../config';
import type { LiveBus } from '../store/live-bus';
import { restifyErrorBody } from './http-error';
import { registerLiveStream, type LiveStreams } from './live-stream';
import type { ReadGuard } from './read-guard';
import { registerSessionRoutes } from './session-routes';

export interface ServerDeps {
  config: Config;
  service: SessionService;
  bindings: MeetingBindings;
  bus: LiveBus;
  /** The Teams sign-in and who may read what. */
  reads: ReadGuard;
  /** Extra routes (the bot's /api/messages, the tab's pages and stream), mounted in order. */
  mounts?: ((server: restify.Server) => void)[];
}

export function createServer(deps: ServerDeps): { server: restify.Server; streams: LiveStreams } {
  const server = restify.createServer({ name: 'sesiona', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 4 * 1024 * 1024 }));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  registerSessionRoutes(server, deps, deps.reads);
  const streams = registerLiveStream(server, deps.service, deps.bus, deps.reads);
  for (const mount of deps.mounts ?? []) mount(server);

  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) console.error(`[http] ${req.method} ${req.url} failed:`, err);
    // what restify sends is err.toJSON(): the same bilingual shape as every other error, never the error's own text
    const body = restifyErrorBody(status);
    err.toJSON = () => body;
    callback();
  });
  return { server, streams };
}

/** Starts listening; resolves with the bound port (useful with port 0 in tests). */
export function listen(server: restify.Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
