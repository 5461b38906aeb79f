/**
 * The composition root: opens the store, builds the services, mounts the bot and the tab, and listens.
 */
import type { Logger } from 'pino';
import type restify from 'restify';
import type { Time } from '../app/floor-clock';
import { MeetingBindings } from '../app/meeting-bindings';
import { SessionService } from '../app/session-service';
import type { Config } from '../config';
import { measureAppends, measureCommands } from '../ops/instrument';
import { createLogger, lineLog, loggerToLines } from '../ops/logger';
import { observe } from '../ops/metrics';
import { minutesDestination } from '../graph/session-record-publisher';
import type { EventStore } from '../store/event-store';
import { LiveBus } from '../store/live-bus';
import { openStore } from '../store/open-store';
import { type BotRuntime, createBotRuntime } from '../../bot/mount';
import type { OutboxOptions } from '../../bot/outbox';
import type { LiveStreams } from './live-stream';
import { createServer, listen } from './server';
import { registerMinutesRoutes } from './minutes-routes';
import { registerAgendaUploadRoutes } from './agenda-upload-routes';
import { ReadGuard } from './read-guard';
import { LinkSigner } from './signed-link';
import { createSsoGate } from './sso';
import { prepareTab } from './tab-routes';

export interface RunningSesiona {
  server: restify.Server;
  port: number;
  url: string;
  store: EventStore;
  service: SessionService;
  bindings: MeetingBindings;
  bus: LiveBus;
  bot: BotRuntime;
  streams: LiveStreams;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this store instead of opening one from the configuration (tests). */
  store?: EventStore;
  /** The log (`sesiona serve`: JSON lines, or readable ones in a terminal). */
  logger?: Logger;
  /** Instead of a logger, where plain log lines go ("[component] message"; tests, the simulation). */
  log?: (line: string) => void;
  /** Outbox settings (tests use shorter backoffs). */
  outbox?: Partial<OutboxOptions>;
  /** Where the Bot Framework's OpenID metadata is (tests: a local server; the public cloud's otherwise). */
  botOpenIdMetadataUrl?: string;
  /** The clock of commands and of the floor's time, with its timers (tests move it by hand); the server's otherwise. */
  time?: Time;
}

export async function startSesiona(config: Config, options: StartOptions = {}): Promise<RunningSesiona> {
  const logger = options.logger ?? (options.log ? loggerToLines(options.log) : createLogger({ level: 'info', format: 'json' }));
  const log = options.log ?? lineLog(logger);
  const opened = options.store ? { store: options.store, description: 'provided store' } : await openStore(config);
  const store = opened.store;
  measureAppends(store);
  const bus = new LiveBus();
  // With several instances on one PostgreSQL, appends made elsewhere reach this instance's side panels and cards too.
  await store.onAppendedElsewhere?.((stream, events) => bus.publish(stream, events));
  const service = new SessionService(store, bus);
  measureCommands(service);
  const bindings = new MeetingBindings(store);
  let url = '';
  const publicUrl = () => (config.publicHost ? `https://${config.publicHost}` : url || null);
  const reads = new ReadGuard(createSsoGate(config.sso), store, config.readAccess);
  const signer = new LinkSigner(config.links.secret, config.links.days);
  const minutesLink = (sessionId: string, format: 'md' | 'docx', lang: 'es' | 'en') => `${publicUrl() ?? ''}${signer.minutesLink({ sessionId, format, lang })}`;
  const bot = createBotRuntime({
    config, service, bindings, store, bus, publicUrl, minutesLink, log,
    ...(options.outbox ? { outbox: options.outbox } : {}),
    ...(options.botOpenIdMetadataUrl ? { adapter: { openIdMetadataUrl: options.botOpenIdMetadataUrl } } : {}),
    ...(options.time ? { time: options.time } : {}),
  });
  const tab = await prepareTab(log, config.language);
  const { server, streams } = createServer({ config, service, bindings, bus, reads, logger, mounts: [bot.mount, tab.mount, (s) => registerMinutesRoutes(s, service, store, reads, signer), (s) => registerAgendaUploadRoutes(s, reads, bot.bot.agendaUpload)] });
  const port = await listen(server, config.port, config.host);
  // every interface: this machine reaches it at 127.0.0.1 (what `url` is for); the log says both
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  url = `http://${everywhere ? '127.0.0.1' : config.host}:${port}`;
  const unobserve = observe({ outboxDepth: () => bot.outbox.depth(), liveStreams: () => streams.count() });
  log(`[sesiona] store: ${opened.description}`);
  log(config.graph
    ? `[sesiona] Microsoft Graph: ${config.graph.baseUrl}; attendance report ${config.graph.attendance ? `${config.graph.attendanceDelaySeconds} s after each meeting` : 'off'}; minutes ${minutesDestination(config.graph)}`
    : '[sesiona] Microsoft Graph is not configured (SESIONA_GRAPH unset): minutes are served by Sesiona only, no attendance report');
  log(config.sso
    ? `[sesiona] side panel SSO: tokens for ${config.sso.audiences.join(', ')} from tenant ${config.sso.tenantId}; each session is followed by ${config.readAccess === 'tenant' ? 'anyone signed in to the tenant (SESIONA_READ_ACCESS=tenant)' : 'the people of its meeting'}, its draft minutes read by its roster; minutes links last ${config.links.days} days`
    : '[sesiona] side panel SSO is not configured (SESIONA_SSO_AUDIENCE unset): session data is served without a Teams token — local development only');
  if (config.publicRead) {
    log('[sesiona] WARNING: SESIONA_PUBLIC_READ=on: every session, its live stream and its minutes are served to anyone who reaches this server, without signing in. Set SESIONA_SSO_AUDIENCE and unset SESIONA_PUBLIC_READ to require Teams sign-in.');
  }
  const tabUrl = publicUrl() ?? url;
  log(`[sesiona] side panel: ${tabUrl}/tab/ (outside Teams: ${tabUrl}/tab/?session=ID)`);
  log(everywhere
    ? `[sesiona] listening on http://${config.host === '::' ? '[::]' : config.host}:${port}, every interface (from this machine: ${url}; health: ${url}/healthz; metrics: ${url}/metrics)`
    : `[sesiona] listening on ${url} (health: ${url}/healthz; metrics: ${url}/metrics)`);
  let stopping: Promise<void> | null = null;
  bot.repairCards().then(
    (r) => log(`[bot] card repair: ${r.sessions} session(s) open or closed within ${config.cardRepairHours} h, ${r.cards} card(s) checked, ${r.updated} updated${r.failed ? `, ${r.failed} failed` : ''}`),
    (err) => log(`[bot] card repair failed: ${(err as Error).stack ?? err}`),
  );
  return {
    server, port, url, store, service, bindings, bus, bot, streams,
    stop() {
      return (stopping ??= stopGracefully());
    },
  };

  /** Stops once, whoever asks (a signal, a test): no new requests, turns under way finish, the outbox is flushed. */
  async function stopGracefully(): Promise<void> {
    // stop accepting; the side panels' live streams never end by themselves: they are cut (a panel reconnects)
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    streams.dropAll();
    // turns under way finish (for a few seconds at most), then whatever is still connected is cut
    await Promise.race([closed, pause(STOP_WAIT_MS)]);
    (server.server as { closeAllConnections?: () => void }).closeAllConnections?.();
    bot.stop();
    // let queued messages and card updates go out, but never hang a shutdown on an unreachable Bot Connector
    await Promise.race([bot.idle(), pause(STOP_WAIT_MS)]);
    unobserve();
    await store.close();
  }
}

/** How long a stop waits for turns under way, then for the outbox, before it goes on without them. */
const STOP_WAIT_MS = 5_000;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
