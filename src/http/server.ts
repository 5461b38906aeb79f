/**
 * The HTTP server (restify): health, metrics, the session read API, and the endpoints the bot and the tab mount.
 * Every request runs in its request context (request id, and the session, conversation and actor ids it names), so
 * that whatever is logged while serving it carries them; each turn (POST /api/messages) is timed for /metrics.
 */
import type { Logger } from 'pino';
import restify from 'restify';
import type { MeetingBindings } from '../app/meeting-bindings';
import type { SessionService } from '../app/session-service';
import type { Config } from '../config';
import { exposition, turnTook } from '../ops/metrics';
import { inRequest, type RequestContext } from '../ops/request-context';
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
  /** Where failed requests (5xx) are logged, and each request at debug level. */
  logger: Logger;
}

export function createServer(deps: ServerDeps): { server: restify.Server; streams: LiveStreams } {
  const server = restify.createServer({ name: 'sesiona', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 4 * 1024 * 1024 }));
  server.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const context = requestContext(req);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (req.method === 'POST' && req.getPath() === '/api/messages') turnTook(seconds, res.statusCode);
      deps.logger.debug({ component: 'http', ...context, method: req.method, path: req.getPath(), status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request served');
    });
    inRequest(context, next);
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/metrics', async (_req: restify.Request, res: restify.Response) => {
    const { contentType, body } = await exposition();
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    res.end(body);
  });
  registerSessionRoutes(server, deps, deps.reads);
  const streams = registerLiveStream(server, deps.service, deps.bus, deps.reads);
  for (const mount of deps.mounts ?? []) mount(server);

  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) deps.logger.error({ component: 'http', err, method: req.method, path: req.getPath(), status }, 'request failed');
    // what restify sends is err.toJSON(): the same bilingual shape as every other error, never the error's own text
    const body = restifyErrorBody(status);
    err.toJSON = () => body;
    callback();
  });
  return { server, streams };
}

/**
 * The ids a request names: restify's request id (the caller's x-request-id or request-id header, or a new one),
 * the session of /api/sessions/:id, and the conversation and sender of an activity from Teams (as the activity
 * claims them: the bot's check of its token comes after).
 */
function requestContext(req: restify.Request): RequestContext {
  const context: RequestContext = { requestId: req.getId() };
  const params = (req.params ?? {}) as Record<string, unknown>;
  if (typeof params.id === 'string' && req.getPath().startsWith('/api/sessions/')) context.sessionId = params.id;
  const activity = req.body as { conversation?: { id?: unknown }; from?: { aadObjectId?: unknown } } | undefined;
  if (req.getPath() === '/api/messages' && activity && typeof activity === 'object') {
    if (typeof activity.conversation?.id === 'string') context.conversationId = activity.conversation.id;
    if (typeof activity.from?.aadObjectId === 'string') context.actorId = activity.from.aadObjectId;
  }
  return context;
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
