/**
 * The bot on the server: the adapter, the outbox, the activity handler and card repair, and `POST /api/messages`: the
 * body is checked first (400 naming the wrong field), then botbuilder authenticates the token (401, or 503 when the
 * Bot Framework's keys cannot be fetched) and runs the turn. No answer carries internal text.
 */
import type { TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { MeetingBindings } from '../src/app/meeting-bindings';
import type { SessionService } from '../src/app/session-service';
import type { Config } from '../src/config';
import type { EventStore } from '../src/store/event-store';
import { INTERNAL_ERROR, sendError } from '../src/http/http-error';
import { type AdapterOptions, authenticationFailure, createAdapter, type SesionaAdapter } from './adapter';
import { createAdapterDelivery } from './adapter-delivery';
import { CardRecords } from '../src/app/card-records';
import { CardRepair, type CardRepairReport } from './card-repair';
import { checkInboundActivity, describeProblem } from './inbound-activity';
import { Outbox, type OutboxOptions } from './outbox';
import { type RateLimit, SharedSendSlots } from './rate-windows';
import { SesionaBot } from './app';
import { debateRulesWith } from '../src/domain/rules';
import { CardPublisher } from './card-publisher';
import { SessionCards } from './session-cards';
import { TEAMS_ACTOR } from './features/meeting-events';
import { Conversations } from '../src/app/conversations';
import type { LiveBus } from '../src/store/live-bus';
import { GraphGateway } from '../src/graph/graph-gateway';
import { graphTokenProvider } from '../src/graph/graph-token';
import { SessionRecordPublisher } from '../src/graph/session-record-publisher';
import { FloorClock, type Time } from '../src/app/floor-clock';
import { PreviousMinutes } from '../src/app/previous-minutes';
import { FloorNotices } from './features/floor-notices';
import { createMeetingNotifier } from './meeting-notifier';
import { ChatAttachments } from '../src/graph/chat-attachment';
import { proactiveTurn } from './proactive-turn';
import { teamsOf } from './teams-gateway';

export interface BotRuntime {
  adapter: SesionaAdapter;
  bot: SesionaBot;
  outbox: Outbox;
  publisher: CardPublisher;
  repair: CardRepair;
  mount(server: restify.Server): void;
  /** Brings the cards of open and recently closed sessions up to date (on start); resolves once delivered. */
  repairCards(): Promise<CardRepairReport>;
  /** Resolves when every queued message and card update has been sent. */
  idle(): Promise<void>;
  /** Stops following the sessions and every wait (the server is stopping). */
  stop(): void;
}

export interface BotRuntimeDeps {
  config: Config;
  service: SessionService;
  bindings: MeetingBindings;
  store: EventStore;
  bus: LiveBus;
  publicUrl: () => string | null;
  minutesLink: (sessionId: string, format: 'md' | 'docx', lang: 'es' | 'en') => string;
  log: (line: string) => void;
  outbox?: Partial<OutboxOptions>;
  adapter?: AdapterOptions;
  /** The clock of commands and of the floor's time, and its timers (tests move it by hand); the server's otherwise. */
  time?: Time;
}

export function createBotRuntime(deps: BotRuntimeDeps): BotRuntime {
  const adapter = createAdapter(deps.config.bot, deps.log, deps.adapter);
  const cards = new CardRecords(deps.store);
  // with several instances (PostgreSQL) the sends to a conversation are counted in the store: Teams counts the bot's
  // sends, not each instance's
  const shared = deps.store.sharedMoments ? { sharedMoments: deps.store.sharedMoments.bind(deps.store) } : null;
  const outbox = new Outbox({
    deliver: createAdapterDelivery(adapter, deps.config.bot?.appId ?? ''), keyStore: cards, log: deps.log,
    ...(shared ? { slots: (limits: RateLimit[], margin: number) => new SharedSendSlots(shared, limits, margin, deps.log) } : {}),
    ...deps.outbox,
  });
  const graph = deps.config.graph;
  const graphToken = graph ? graphTokenProvider(graph) : null;
  const record = graph
    ? {
        publisher: new SessionRecordPublisher(new GraphGateway({ baseUrl: graph.baseUrl, token: graphToken! }), deps.service, deps.store, graph),
        attendance: graph.attendance,
        attendanceDelayMs: graph.attendanceDelaySeconds * 1000,
      }
    : null;
  const conversations = new Conversations(deps.store);
  const bot = new SesionaBot({
    service: deps.service, bindings: deps.bindings, store: deps.store, outbox, conversations, publicUrl: deps.publicUrl, minutesLink: deps.minutesLink,
    log: deps.log, record, language: deps.config.language, rules: { timeZone: deps.config.timeZone, meetingPresence: deps.config.meetingPresence, debate: debateRulesWith(deps.config.debate.roundMinutes, deps.config.debate.guestsHaveVoice),
      separateOpinionDays: deps.config.separateOpinionDays, withdrawalAfterApproval: deps.config.withdrawalAfterApproval,
    },
    sessionStarters: deps.config.sessionStarters, ...(deps.time ? { clock: deps.time.now } : {}),
    chatAttachments: graph && graphToken ? new ChatAttachments({ baseUrl: graph.baseUrl, token: graphToken }) : null,
    teamsIn: (target, work) => proactiveTurn(adapter, deps.config.bot?.appId ?? '', target, (context) => work(teamsOf(context, deps.log))),
  });
  const publisher = new CardPublisher(deps.service, outbox, bot.kit.people, cards, bot.kit.minutesLinks);
  const floorNotices = new FloorNotices({
    service: deps.service, people: bot.kit.people, outbox, notify: createMeetingNotifier(adapter, deps.config.bot?.appId ?? '', deps.log),
    publicUrl: deps.publicUrl, log: deps.log,
  });
  const cardStream = new SessionCards({
    bus: deps.bus, service: deps.service, bindings: deps.bindings, conversations, cards, publisher, background: bot.kit.background,
    teamsActor: TEAMS_ACTOR.id, presenceNoticeDelayMs: deps.config.presenceNoticeDelayMs, floorNotices,
  });
  const stopFollowing = cardStream.start();
  const floorClock = new FloorClock({
    service: deps.service, tasks: bot.kit.tasks, log: deps.log,
    time: deps.time ?? { now: bot.kit.clock, after: (ms, work) => bot.kit.background.alarm(ms, work) },
    run: (work) => bot.kit.background.run(work.catch((err) => deps.log(`[floor clock] ${(err as Error).stack ?? err}`))),
  });
  const stopClock = floorClock.start(deps.bus);
  // the item approving the previous minutes: linked when a session is created, the approval recorded on the earlier one
  const previousMinutes = new PreviousMinutes({
    service: deps.service, store: deps.store, clock: bot.kit.clock, log: deps.log,
    run: (work) => bot.kit.background.run(work.catch((err) => deps.log(`[previous minutes] ${(err as Error).stack ?? err}`))),
  });
  const stopMinutes = previousMinutes.start(deps.bus);
  const repair = new CardRepair({
    service: deps.service, bindings: deps.bindings, cards, publisher, outbox, recentMs: deps.config.cardRepairHours * 3_600_000,
    leads: (conversationId) => conversations.leads(conversationId),
  });
  // Only a store shared by several instances can have cards another instance left behind while this one ran.
  if (deps.store.onAppendedElsewhere) {
    publisher.takeOverWith((sessionId) => repair.takeOver(sessionId).catch((err) => deps.log(`[bot] card repair of ${sessionId} failed: ${(err as Error).message}`)));
  }
  return {
    adapter,
    bot,
    outbox,
    publisher,
    repair,
    async repairCards() {
      let report: CardRepairReport | undefined;
      await publisher.track(repair.repairAll().then((r) => void (report = r)));
      // what was due or waiting when the server stopped: the notices of departures and of times run out, the
      // attendance reports, the floor's time
      bot.kit.background.run(cardStream.tellUntold(report!.openSessions).then(() => undefined));
      bot.kit.background.run(floorNotices.tellUntold(report!.openSessions, (sessionId) => cardStream.ledConversation(sessionId)).then(() => undefined));
      await bot.resumeDue();
      await floorClock.resumeDue(report!.openSessions).catch((err) => deps.log(`[floor clock] could not take up the floor's time: ${(err as Error).message}`));
      bot.kit.background.run(previousMinutes.catchUp().then(() => undefined, (err) => deps.log(`[previous minutes] could not catch up: ${(err as Error).message}`)));
      return report!;
    },
    stop() {
      stopFollowing();
      stopClock();
      stopMinutes();
      bot.stopTimers();
    },
    mount(server) {
      server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
        await receiveActivity(adapter, req, res, (context) => bot.run(context), deps.log);
      });
    },
    async idle() {
      for (let round = 0; round < 2; round++) {
        await bot.settled();
        await publisher.settled();
        await outbox.idle();
      }
    },
  };
}

async function receiveActivity(adapter: SesionaAdapter, req: restify.Request, res: restify.Response, logic: (context: TurnContext) => Promise<void>, log: (line: string) => void): Promise<void> {
  const checked = checkInboundActivity(req.body);
  if (!checked.ok) {
    const message = describeProblem(checked.problem);
    sendError(res, 400, 'invalid-activity', message.es, message.en);
    return;
  }
  const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
  let answer;
  try {
    answer = await adapter.receive(authorization, checked.activity, logic);
  } catch (err) {
    const failure = authenticationFailure(err);
    if (failure === 'unauthorized') {
      sendError(res, 401, 'unauthorized', 'La solicitud no trae un token válido del Bot Framework para este bot. No se registró nada.', 'The request does not carry a valid Bot Framework token for this bot. Nothing was recorded.');
    } else if (failure === 'keys-unreachable') {
      log(`[bot] could not fetch the Bot Framework's signing keys: ${(err as Error).message}`);
      res.header('retry-after', '30');
      sendError(res, 503, 'keys-unreachable', 'No se pudieron obtener las llaves del Bot Framework para verificar la solicitud. No se registró nada; vuelve a intentarlo en un momento.', 'The Bot Framework\'s signing keys could not be fetched to verify the request. Nothing was recorded; try again in a moment.');
    } else {
      log(`[bot] an activity could not be processed: ${(err as Error)?.stack ?? err}`);
      res.send(500, INTERNAL_ERROR);
    }
    return;
  }
  if (answer?.status === 501) {
    // TeamsActivityHandler's answer to an invoke Sesiona has no handler for
    sendError(res, 400, 'invoke-not-handled', 'Sesiona no atiende esta invocación.', 'Sesiona does not handle this invoke.');
    return;
  }
  if (answer?.body === undefined) {
    res.status(answer?.status ?? 200);
    res.end();
    return;
  }
  res.send(answer.status, answer.body);
}
