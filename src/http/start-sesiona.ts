/**
 * The composition root: opens the store, builds the services, mounts the bot and the tab, and listens.
 */
import type restify from 'restify';
import { MeetingBindings } from '../app/meeting-bindings';
import { SessionService } from '../app/session-service';
import type { Config } from '../config';
import type { EventStore } from '../store/event-store';
import { LiveBus } from '../store/live-bus';
import { openStore } from '../store/open-store';
import { type BotRuntime, createBotRuntime } from '../../bot/mount';
import type { OutboxOptions } from '../../bot/outbox';
import { createServer, listen } from './server';

export interface RunningSesiona {
  server: restify.Server;
  port: number;
  url: string;
  store: EventStore;
  service: SessionService;
  bindings: MeetingBindings;
  bus: LiveBus;
  bot: BotRuntime;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this store instead of opening one from the configuration (tests). */
  store?: EventStore;
  log?: (line: string) => void;
  /** Outbox settings (tests use shorter backoffs). */
  outbox?: Partial<OutboxOptions>;
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
  const bot = createBotRuntime({ config, service, bindings, store, publicUrl, log, ...(options.outbox ? { outbox: options.outbox } : {}) });
  const server = createServer({ config, service, bindings, mounts: [bot.mount] });
  const port = await listen(server, config.port, config.host);
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  url = `http://${shownHost}:${port}`;
  log(`[sesiona] store: ${opened.description}`);
  log(`[sesiona] listening on ${url} (health: ${url}/healthz)`);
  return {
    server, port, url, store, service, bindings, bus, bot,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // let queued card updates go out, but never hang a shutdown on an unreachable Bot Connector
      await Promise.race([bot.idle(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await store.close();
    },
  };
}
