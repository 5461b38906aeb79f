/**
 * The bot on the server: the adapter, the outbox, the activity handler and card repair, and `POST /api/messages`.
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
import { CardRepair, type CardRepairReport } from './card-repair';
import { Outbox, type OutboxOptions } from './outbox';
import { SesionaBot } from './sesiona-bot';
import { GraphGateway } from '../src/graph/graph-gateway';
import { graphTokenProvider } from '../src/graph/graph-token';
import { SessionRecordPublisher } from '../src/graph/session-record-publisher';

export interface BotRuntime {
  adapter: CloudAdapter;
  bot: SesionaBot;
  outbox: Outbox;
  repair: CardRepair;
  mount(server: restify.Server): void;
  /** Brings the cards of open and recently closed sessions up to date (on start); resolves once delivered. */
  repairCards(): Promise<CardRepairReport>;
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
  const cards = new StoredCardKeys(deps.store);
  const outbox = new Outbox({ deliver: createAdapterDelivery(adapter, deps.config.bot?.appId ?? ''), keyStore: cards, log: deps.log, ...deps.outbox });
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
  const repair = new CardRepair({ service: deps.service, bindings: deps.bindings, cards, publisher: bot.publisher, outbox, recentMs: deps.config.cardRepairHours * 3_600_000 });
  // Only a store shared by several instances can have cards another instance left behind while this one ran.
  if (deps.store.onAppendedElsewhere) {
    bot.publisher.takeOverWith((sessionId) => repair.takeOver(sessionId).catch((err) => deps.log(`[bot] card repair of ${sessionId} failed: ${(err as Error).message}`)));
  }
  return {
    adapter,
    bot,
    outbox,
    repair,
    repairCards() {
      let report: CardRepairReport | undefined;
      return bot.publisher.track(repair.repairAll().then((r) => void (report = r))).then(() => report!);
    },
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
