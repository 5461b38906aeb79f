/**
 * Sesiona in the meeting chat: the routes from what Teams sends to the feature that answers it — typed commands,
 * card actions, meeting events, the bot added to a chat. It translates and never decides: every rule lives in
 * src/domain, every record in src/app, and the cards follow the session's events (session-cards.ts).
 */
import {
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TaskModuleRequest, type TaskModuleResponse, TeamsActivityHandler, type TurnContext,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { AgendaDrafts } from '../src/app/agenda-drafts';
import type { Conversations } from '../src/app/conversations';
import { PeopleDirectory } from '../src/app/meeting-people';
import { ScheduledTasks } from '../src/app/scheduled-tasks';
import { sessionStream } from '../src/app/session-service';
import { SessionStarts } from '../src/app/session-starts';
import type { SessionState } from '../src/domain';
import { BackgroundTasks } from './background-tasks';
import { type CardAction, type CardRef, commandOfAction, parseCardAction } from './card-action';
import { CommandPath, type Outcome } from './command-path';
import { helpCard } from './cards/help-card';
import { renderCard } from './cards/render-card';
import { viewerOf } from './cards/viewer';
import { welcomeCard } from './cards/welcome-card';
import type { BotCommand } from './commands/bot-command';
import { parseCommand } from './commands/parse-command';
import { malformedWords } from './commands/malformed-command';
import { AgendaSetup } from './features/agenda-setup';
import { AgendaAttachments } from './features/agenda-attachments';
import { AgendaUpload, type TeamsIn } from './features/agenda-upload';
import { AGENDA_UPLOAD_DIALOG } from './cards/agenda-upload-button';
import { attachedFileOf } from './file-download';
import { MeetingChats } from '../src/app/meeting-chats';
import type { ChatAttachments } from '../src/graph/chat-attachment';
import { Attendance } from './features/attendance';
import { Conversation } from './features/conversation';
import { Debate } from './features/debate';
import { AgendaChanges } from './features/agenda-changes';
import { FollowUp } from './features/follow-up';
import type { BotKit, GraphRecord } from './features/kit';
import { MeetingEvents, TEAMS_ACTOR } from './features/meeting-events';
import { RecordAfterSession } from './features/record';
import { Roster } from './features/roster';
import { SessionFlow } from './features/session-flow';
import { Voting } from './features/voting';
import { VoteParts } from './features/vote-parts';
import { votePartProblemWords } from './commands/vote-part-problems';
import type { Language } from './i18n/language';
import { answerCard, answerMessage, type InvokeAnswer } from './invoke-answer';
import type { Outbox } from './outbox';
import { Replies } from './replies';
import { StableMinutesLinks } from './cards/previous-minutes-section';
import { type Turn, turnFactsOf, turnOf } from './turn';
import type { TurnFacts } from './turn-context-facts';

export interface SesionaBotDeps extends Pick<BotKit, 'service' | 'bindings' | 'store' | 'outbox' | 'publicUrl' | 'minutesLink' | 'log'> {
  conversations: Conversations;
  /** Answer everyone in this language instead of each person's Teams language (SESIONA_LANGUAGE). */
  language?: Language | null;
  record?: GraphRecord | null;
  rules?: BotKit['rules'];
  /** People who may start a session in any meeting (SESIONA_SESSION_STARTERS). */
  sessionStarters?: string[];
  /** Microsoft Graph's reading of files attached in meeting chats (SESIONA_GRAPH=on). */
  chatAttachments?: ChatAttachments | null;
  /** Teams asked on the bot's own initiative (who organised a meeting, for the upload dialog). */
  teamsIn?: TeamsIn | null;
  clock?: () => string;
  newId?: () => string;
}

type TextRoute<K extends BotCommand['kind']> = (turn: Turn, command: Extract<BotCommand, { kind: K }>) => Promise<void> | void;

export class SesionaBot extends TeamsActivityHandler {
  readonly kit: BotKit;
  /** The "Cargar orden del día" dialog's upload (asked by the HTTP route). */
  readonly agendaUpload: AgendaUpload;
  private readonly features: {
    agenda: AgendaSetup; roster: Roster; attendance: Attendance; conversation: Conversation; followUp: FollowUp;
    record: RecordAfterSession; meeting: MeetingEvents; flow: SessionFlow; debate: Debate;
  };
  private readonly text: { [K in BotCommand['kind']]?: TextRoute<K> };

  constructor(private readonly deps: SesionaBotDeps) {
    super();
    const clock = deps.clock ?? (() => new Date().toISOString());
    const newId = deps.newId ?? (() => randomUUID().slice(0, 8));
    const path = new CommandPath(deps.service, deps.bindings, clock, newId);
    this.kit = {
      ...deps, path, clock, newId, record: deps.record ?? null, rules: deps.rules ?? {},
      people: new PeopleDirectory(deps.store), drafts: new AgendaDrafts(deps.store), tasks: new ScheduledTasks(deps.store),
      starts: new SessionStarts(deps.service, deps.bindings, deps.sessionStarters ?? []),
      replies: new Replies(deps.outbox as Outbox), background: new BackgroundTasks(), minutesLinks: new StableMinutesLinks(deps.minutesLink),
    };
    const roster = new Roster(this.kit);
    const record = new RecordAfterSession(this.kit);
    this.features = {
      agenda: new AgendaSetup(this.kit, roster, new AgendaAttachments(deps.chatAttachments ?? null)), roster, attendance: new Attendance(this.kit), conversation: new Conversation(this.kit),
      followUp: new FollowUp(this.kit), record, meeting: new MeetingEvents(this.kit, record), flow: new SessionFlow(this.kit),
      debate: new Debate(this.kit),
    };
    this.agendaUpload = new AgendaUpload(this.kit, this.features.agenda, new MeetingChats(deps.store), deps.teamsIn ?? null);
    new Voting(this.kit);
    const voteParts = new VoteParts(this.kit);
    const agendaChanges = new AgendaChanges(this.kit);
    const f = this.features;
    this.text = {
      help: (turn) => f.conversation.help(turn),
      status: (turn) => f.conversation.status(turn),
      unknown: (turn, c) => f.conversation.notUnderstood(turn, c.text),
      agenda: (turn, c) => f.agenda.fromText(turn, c.text),
      roster: (turn, c) => f.roster.fromMentions(turn, c.role),
      presence: (turn, c) => f.attendance.fromMentions(turn, c.present),
      minutes: (turn) => f.record.minutes(turn),
      'attendance-report': (turn) => f.record.attendanceNow(turn),
      'follow-up': (turn, c) => f.followUp.handle(turn, c),
      'agreement-done': (turn, c) => f.followUp.handle(turn, c),
      'ask-floor': (turn, c) => f.debate.typed(turn, c),
      'withdraw-floor': (turn, c) => f.debate.typed(turn, c),
      'give-floor': (turn, c) => f.debate.typed(turn, c),
      'end-intervention': (turn, c) => f.debate.typed(turn, c),
      'close-round': (turn, c) => f.debate.typed(turn, c),
      'extend-time': (turn, c) => f.debate.typed(turn, c),
      'motion-to-speaker': (turn, c) => f.debate.typed(turn, c),
      'answer-motion': (turn, c) => f.debate.typed(turn, c),
      'point-of-order': (turn, c) => f.debate.typed(turn, c),
      'decide-point-of-order': (turn, c) => f.debate.typed(turn, c),
      malformed: (turn, c) => f.debate.malformed(turn, c),
      'reserve-part': (turn, c) => voteParts.typed(turn, c),
      'withdraw-reservation': (turn, c) => voteParts.typed(turn, c),
      'vote-reservation': (turn, c) => voteParts.typed(turn, c),
      excuse: (turn, c) => voteParts.typed(turn, c),
      'separate-opinion': (turn, c) => voteParts.typed(turn, c),
      'opinion-document': (turn, c) => voteParts.typed(turn, c),
      'vote-part-malformed': (turn, c) => voteParts.typed(turn, c),
      'propose-agenda-change': (turn, c) => agendaChanges.typed(turn, c),
      'withdraw-agenda-change': (turn, c) => agendaChanges.typed(turn, c),
      'vote-withdrawal': (turn, c) => agendaChanges.typed(turn, c),
      'minutes-corrections': (turn, c) => agendaChanges.typed(turn, c),
      'agenda-change-malformed': (turn, c) => agendaChanges.typed(turn, c),
    };

    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id)) await f.conversation.welcome(this.factsOf(context));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await f.conversation.welcome(this.factsOf(context));
      await next();
    });
    this.onTeamsMeetingStartEvent(async (_meeting, context, next) => {
      await f.meeting.started(this.eventTurn(context));
      await next();
    });
    this.onTeamsMeetingEndEvent(async (_meeting, context, next) => {
      await f.meeting.ended(this.eventTurn(context));
      await next();
    });
    this.onTeamsMeetingParticipantsJoinEvent(async (meeting, context, next) => {
      await f.meeting.joined(this.eventTurn(context), (meeting.members ?? []).map((m) => ({ id: m.user?.aadObjectId ?? null, name: m.user?.name ?? '' })));
      await next();
    });
    this.onTeamsMeetingParticipantsLeaveEvent(async (meeting, context, next) => {
      await f.meeting.left(this.eventTurn(context), (meeting.members ?? []).map((m) => ({ id: m.user?.aadObjectId ?? null, name: m.user?.name ?? '' })));
      await next();
    });
  }

  /** Resolves when nothing started by a turn is still running (with the outbox's idle(), for tests and shutdown). */
  settled(): Promise<void> {
    return this.kit.background.settled();
  }

  /** Stops the bot's waits (the server is stopping). */
  stopTimers(): void {
    this.kit.background.stop();
  }

  /** On start: the attendance reports due when the server stopped. */
  resumeDue(): Promise<number> {
    return this.features.record.resumeDue();
  }

  private factsOf(context: TurnContext): TurnFacts {
    const facts = turnFactsOf(context, this.deps.language);
    this.kit.background.run(this.deps.conversations.saw(facts.target));
    this.kit.background.run(this.agendaUpload.saw(facts));
    return facts;
  }

  /** A turn of a meeting event: Teams acts, whoever the activity names. */
  private eventTurn(context: TurnContext): Turn {
    const facts = this.factsOf(context);
    return turnOf(context, { ...facts, actor: facts.actor ?? TEAMS_ACTOR }, this.deps.log)!;
  }

  /** A turn with someone known, and remembered as seen in the conversation; null when Teams did not say who. */
  private async personTurn(context: TurnContext): Promise<Turn | null> {
    const turn = turnOf(context, this.factsOf(context), this.deps.log);
    if (turn) await this.kit.people.saw(turn.facts.conversationId, { aadObjectId: turn.actor.id, teamsUserId: turn.facts.teamsUserId, name: turn.actor.name });
    return turn;
  }

  private async message(context: TurnContext): Promise<void> {
    const turn = await this.personTurn(context);
    if (!turn) {
      this.kit.replies.say(this.factsOf(context), { es: 'No puedo identificarte (Teams no envió tu identificador de Entra ID), así que no registro nada.', en: 'I cannot identify you (Teams did not send your Entra ID object id), so nothing is recorded.' });
      return;
    }
    const file = attachedFileOf(turn.attachments);
    if (file) return this.features.agenda.fromFile(turn, file);
    const command = parseCommand(turn.text, turn.mentions.map((m) => m.name));
    const route = this.text[command.kind] as TextRoute<typeof command.kind> | undefined;
    if (route) await route(turn, command);
    else await this.features.flow.typed(turn, command);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const turn = await this.personTurn(context);
    const lang = turn?.facts.lang ?? this.factsOf(context).lang;
    if (!turn) return invokeResponse(answerMessage(lang === 'es' ? 'No puedo identificarte; no se registró nada.' : 'I cannot identify you; nothing was recorded.'));
    const verb = invoke.action?.verb ?? '';
    const action = parseCardAction(verb, (invoke.action?.data ?? {}) as Record<string, unknown>);
    if (!action) return invokeResponse(answerMessage(lang === 'es' ? `Acción desconocida «${verb}».` : `Unknown action "${verb}".`));
    return invokeResponse(await this.action(turn, action));
  }

  /** A card button that asks Teams for a dialog (`task/fetch`): the order of the day's upload. */
  protected override async handleTeamsTaskModuleFetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const turn = await this.personTurn(context);
    const lang = turn?.facts.lang ?? this.factsOf(context).lang;
    if (!turn) return { task: { type: 'message', value: lang === 'es' ? 'No puedo identificarte; no se abrió nada.' : 'I cannot identify you; nothing was opened.' } };
    const dialog = (request.data as { dialog?: unknown } | undefined)?.dialog;
    if (dialog !== AGENDA_UPLOAD_DIALOG) return { task: { type: 'message', value: lang === 'es' ? 'Sesiona no tiene ese cuadro de diálogo.' : 'Sesiona has no such dialog.' } };
    return this.agendaUpload.taskFetch(turn);
  }

  /** A click: run what it asks (if anything), then the clicked card as the clicker now sees it. */
  private async action(turn: Turn, action: CardAction): Promise<InvokeAnswer> {
    const es = turn.facts.lang === 'es';
    if (action.verb === 'confirm-agenda' || action.verb === 'discard-agenda') return this.features.agenda.finish(turn, action);
    if (action.verb === 'mark-present' && !action.memberId) return answerMessage(es ? 'Elige a la persona en la lista antes de marcarla presente.' : 'Choose the person in the list before marking them present.');
    const command = commandOfAction(action);
    if (command?.kind === 'malformed') return answerMessage(malformedWords(command.problem)[turn.facts.lang]);
    if (command?.kind === 'vote-part-malformed') return answerMessage(votePartProblemWords(command.problem)[turn.facts.lang]);
    let outcome: Outcome | null = null;
    if (command?.kind === 'settle-presence') outcome = await this.features.attendance.settle(turn, command);
    else if (command) outcome = await this.kit.path.run(turn, command);
    if (outcome && !outcome.ok) return answerMessage(outcome.message);
    const card = await this.personalCard(turn, action.ref, outcome?.ok ? outcome : null);
    return card ? answerCard(card) : answerMessage(es ? 'Esta tarjeta ya no está disponible.' : 'This card is no longer available.');
  }

  /** The card as this person sees it: voters their ballot buttons or their vote, those who conduct the controls. */
  private async personalCard(turn: Turn, ref: CardRef, after: { sessionId: string; snapshot: { state: SessionState; version: number } } | null) {
    if (ref.card === 'help') return helpCard(turn.facts.lang);
    if (ref.card === 'welcome') return welcomeCard(turn.facts.lang);
    const sessionId = after?.sessionId ?? (await this.kit.bindings.sessionFor(turn.facts.meetingKey));
    if (!sessionId) return null;
    const snapshot = after?.snapshot ?? (await this.kit.service.load(sessionId));
    const view = this.kit.service.viewOf(sessionStream(sessionId), snapshot);
    return view ? renderCard(view, snapshot.state, ref, viewerOf(view, turn.actor.id), turn.facts.lang, [], this.kit.minutesLinks) : null;
  }
}

function invokeResponse(answer: InvokeAnswer): AdaptiveCardInvokeResponse {
  return 'card' in answer
    ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answer.card as never }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer.message as never };
}
