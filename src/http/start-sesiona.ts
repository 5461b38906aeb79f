/**
 * The composition root: opens the store, builds the services, mounts the bot and the tab, and listens.
 */
import type restify from 'restify';
import type { Time } from '../app/floor-clock';
import { MeetingBindings } from '../app/meeting-bindings';
import { SessionService } from '../app/session-service';
import type { Config } from '../config';
import type { EventStore } from '../store/event-store';
import { LiveBus } from '../store/live-bus';
import { openStore } from '../store/open-store';
import { type BotRuntime, createBotRuntime } from '../../bot/mount';
import type { OutboxOptions } from '../../bot/outbox';
import type { LiveStreams } from './live-stream';
import { createServer, listen } from './server';
import { registerMinutesRoutes } from './minutes-routes';
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
  log?: (line: string) => void;
  /** Outbox settings (tests use shorter backoffs). */
  outbox?: Partial<OutboxOptions>;
  /** Where the Bot Framework's OpenID metadata is (tests: a local server; the public cloud's otherwise). */
  botOpenIdMetadataUrl?: string;
  /** The clock of commands and of the floor's time, with its timers (tests move it by hand); the server's otherwise. */
  time?: Time;
}

export async function startSesiona(config: Config, options: StartOptions = {}): Promise<RunningSesiona> {
  const log = options.log ?? ((line: string) => console.log(line));
  const opened = options.store ? { store: options.store, description: 'provided store' } : await openStore(config);
  const store = opened.store;
  const bus = new LiveBus();
  // With several instances on one PostgreSQL, appends made elsewhere reach this instance's side panels and cards too.
  await store.onAppendedElsewhere?.((stream, events) => bus.publish(stream, events));
  const service = new SessionService(store, bus);
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
  const { server, streams } = createServer({ config, service, bindings, bus, reads, mounts: [bot.mount, tab.mount, (s) => registerMinutesRoutes(s, service, store, reads, signer)] });
  const port = await listen(server, config.port, config.host);
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  url = `http://${shownHost}:${port}`;
  log(`[sesiona] store: ${opened.description}`);
  log(config.graph
    ? `[sesiona] Microsoft Graph: ${config.graph.baseUrl}; attendance report ${config.graph.attendance ? `${config.graph.attendanceDelaySeconds} s after each meeting` : 'off'}; minutes ${config.graph.minutesDriveId ? `published to drive ${config.graph.minutesDriveId}, folder ${config.graph.minutesFolderId}` : 'not published (SESIONA_MINUTES_DRIVE_ID unset)'}`
    : '[sesiona] Microsoft Graph is not configured (SESIONA_GRAPH unset): minutes are served by Sesiona only, no attendance report');
  log(config.sso
    ? `[sesiona] side panel SSO: tokens for ${config.sso.audiences.join(', ')} from tenant ${config.sso.tenantId}; each session is followed by ${config.readAccess === 'tenant' ? 'anyone signed in to the tenant (SESIONA_READ_ACCESS=tenant)' : 'the people of its meeting'}, its draft minutes read by its roster; minutes links last ${config.links.days} days`
    : '[sesiona] side panel SSO is not configured (SESIONA_SSO_AUDIENCE unset): session data is served without a Teams token — local development only');
  if (config.publicRead) {
    log('[sesiona] WARNING: SESIONA_PUBLIC_READ=on: every session, its live stream and its minutes are served to anyone who reaches this server, without signing in. Set SESIONA_SSO_AUDIENCE and unset SESIONA_PUBLIC_READ to require Teams sign-in.');
  }
  log(`[sesiona] side panel: ${url}/tab/ (outside Teams: ${url}/tab/?session=ID)`);
  log(`[sesiona] listening on ${url} (health: ${url}/healthz)`);
  bot.repairCards().then(
    (r) => log(`[bot] card repair: ${r.sessions} session(s) open or closed within ${config.cardRepairHours} h, ${r.cards} card(s) checked, ${r.updated} updated${r.failed ? `, ${r.failed} failed` : ''}`),
    (err) => log(`[bot] card repair failed: ${(err as Error).stack ?? err}`),
  );
  return {
    server, port, url, store, service, bindings, bus, bot, streams,
    async stop() {
      streams.dropAll();
      bot.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // let queued card updates go out, but never hang a shutdown on an unreachable Bot Connector
      await Promise.race([bot.idle(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await store.close();
    },
  };
}
