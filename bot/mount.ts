/**
 * The bot on the server: the adapter, the outbox and the activity handler, and `POST /api/messages`.
 */
import type { CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import type { MeetingBindings } from '../src/app/meeting-bindings';
import type { SessionService } from '../src/app/session-service';
import type { Config } from '../src/config';
import type { EventStore } from '../src/store/event-store';
import { createAdapter } from './adapter';
import { createAdapterDelivery } from './adapter-delivery';
import { StoredCardKeys } from './bot-records';
import { Outbox, type OutboxOptions } from './outbox';
import { SesionaBot } from './sesiona-bot';
import { GraphGateway } from '../src/graph/graph-gateway';
import { graphTokenProvider } from '../src/graph/graph-token';
import { SessionRecordPublisher } from '../src/graph/session-record-publisher';

export interface BotRuntime {
  adapter: CloudAdapter;
  bot: SesionaBot;
  outbox: Outbox;
  mount(server: restify.Server): void;
  /** Resolves when every queued message and card update has been sent. */
  idle(): Promise<void>;
}

export interface BotRuntimeDeps {
  config: Config;
  service: SessionService;
  bindings: MeetingBindings;
  store: EventStore;
  publicUrl: () => string | null;
  minutesLink: (sessionId: string, format: 'md' | 'docx', lang: 'es' | 'en') => string;
  log: (line: string) => void;
  outbox?: Partial<OutboxOptions>;
}

export function createBotRuntime(deps: BotRuntimeDeps): BotRuntime {
  const adapter = createAdapter(deps.config.bot, deps.log);
  const outbox = new Outbox({ deliver: createAdapterDelivery(adapter, deps.config.bot?.appId ?? ''), keyStore: new StoredCardKeys(deps.store), log: deps.log, ...deps.outbox });
  const graph = deps.config.graph;
  const record = graph
    ? {
        publisher: new SessionRecordPublisher(new GraphGateway({ baseUrl: graph.baseUrl, token: graphTokenProvider(graph) }), deps.service, deps.store, graph),
        attendance: graph.attendance,
        attendanceDelayMs: graph.attendanceDelaySeconds * 1000,
      }
    : null;
  const bot = new SesionaBot({
    service: deps.service, bindings: deps.bindings, store: deps.store, outbox, publicUrl: deps.publicUrl, minutesLink: deps.minutesLink, log: deps.log, record,
    language: deps.config.language, rules: { timeZone: deps.config.timeZone, meetingPresence: deps.config.meetingPresence }, presenceNoticeDelayMs: deps.config.presenceNoticeDelayMs, sessionStarters: deps.config.sessionStarters,
  });
  return {
    adapter,
    bot,
    outbox,
    mount(server) {
      server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
        await adapter.process(req as never, res as never, (context) => bot.run(context));
      });
    },
    async idle() {
      await bot.settled();
      await outbox.idle();
      await bot.settled();
      await outbox.idle();
    },
  };
}
