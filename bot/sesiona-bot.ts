/**
 * Sesiona in the meeting chat: turns activities into domain commands and the recorded events into cards.
 * It translates and never decides: every rule lives in src/domain.
 */
import {
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type Attachment, type Mention, TeamsActivityHandler, TeamsInfo,
  TurnContext,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { importAgenda, importAgendaText, toAgendaDrafts } from '../src/agenda-import';
import type { ImportedAgenda, ImportedItem } from '../src/agenda-import/imported-agenda';
import type { MeetingBindings, SessionBound } from '../src/app/meeting-bindings';
import { type SessionService, sessionStream } from '../src/app/session-service';
import {
  type Actor, type AttendanceHintKind, type BodyRules, asAadObjectId, asAgreementId, asItemNumber, asSessionId, asVoteId, ITEM_KINDS, type ItemKind,
  mayConduct, openAgreementsOf, type RejectionReason, type SessionCommand, type SessionEvent, type SessionRole, type SessionState,
} from '../src/domain';
import { writtenDate } from '../src/i18n/dates';
import { resultWords } from '../src/i18n/vote-result';
import { presenceNoticeOf } from './cards/presence-card';
import { previousSessionOf } from '../src/app/previous-session';
import { checkSessionStart } from '../src/app/session-start-check';
import type { EventStore } from '../src/store/event-store';
import { streams } from '../src/store/streams';
import { AgendaDrafts } from '../src/app/agenda-drafts';
import { PeopleDirectory } from '../src/app/meeting-people';
import { CardPublisher, cardActivity, type CardRequest } from './card-publisher';
import type { AdaptiveCardJson, CardName } from './cards/card-kit';
import { draftCard, kindInputId } from './cards/draft-card';
import { helpCard } from './cards/help-card';
import { viewerOf } from './cards/viewer';
import { welcomeCard } from './cards/welcome-card';
import type { BotCommand } from './commands/bot-command';
import { parseCommand } from './commands/parse-command';
import { downloadFile } from './file-download';
import { type Bilingual, type Language, languageOf } from './i18n/language';
import { sayRejection } from './i18n/rejections';
import { PHASE_NAMES, ROLE_NAMES, andList } from '../src/i18n/words';
import type { Outbox } from './outbox';
import { GUID, parseRosterFile } from './roster-file';
import { factsOf, type TurnFacts } from './turn-context-facts';
import { GraphProblem } from '../src/graph/graph-gateway';
import type { SessionRecordPublisher } from '../src/graph/session-record-publisher';
import type { ReconciliationAnnex } from '../src/minutes/minutes';
import { publishedMinutesCard } from './cards/minutes-card';

export interface SesionaBotDeps {
  service: SessionService;
  bindings: MeetingBindings;
  store: EventStore;
  outbox: Outbox;
  /** Where the side panel and the minutes are served (https://host, or the local address), for links. */
  publicUrl: () => string | null;
  /** The (signed) address of a closed session's minutes. */
  minutesLink: (sessionId: string, format: 'md' | 'docx', lang: Language) => string;
  log: (line: string) => void;
  /** Answer everyone in this language instead of each person's Teams language (SESIONA_LANGUAGE). */
  language?: Language | null;
  /** Microsoft Graph (optional): publishing the minutes and reconciling the Teams attendance report. */
  record?: { publisher: SessionRecordPublisher; attendance: boolean; attendanceDelayMs: number } | null;
  /** Teams' join/leave events arriving within this window are told in one notice (default 5 s). */
  presenceNoticeDelayMs?: number;
  /** Rules new sessions take from the deployment (SESIONA_TIME_ZONE, SESIONA_MEETING_PRESENCE). */
  rules?: Partial<Pick<BodyRules, 'timeZone' | 'meetingPresence'>>;
  /** People who may start a session in any meeting (SESIONA_SESSION_STARTERS). */
  sessionStarters?: string[];
  clock?: () => string;
  newId?: () => string;
}

type Outcome =
  | { ok: true; events: number; sessionId: string; snapshot: { state: SessionState; version: number } }
  | { ok: false; message: string; reason?: RejectionReason };

const TEAMS_ACTOR: Actor = { id: asAadObjectId('microsoft-teams'), name: 'Microsoft Teams' };

export class SesionaBot extends TeamsActivityHandler {
  readonly publisher: CardPublisher;
  private readonly drafts: AgendaDrafts;
  private readonly people: PeopleDirectory;
  private readonly clock: () => string;
  private readonly newId: () => string;
  private readonly presenceNoticeDelayMs: number;
  /** Teams' join/leave events of a session waiting to be told together (one notice per burst). */
  private readonly bursts = new Map<string, { target: TurnFacts['target']; lang: Language; events: SessionEvent[] }>();

  constructor(private readonly deps: SesionaBotDeps) {
    super();
    this.people = new PeopleDirectory(deps.store);
    this.drafts = new AgendaDrafts(deps.store);
    this.publisher = new CardPublisher(deps.service, deps.outbox, this.people);
    this.clock = deps.clock ?? (() => new Date().toISOString());
    this.newId = deps.newId ?? (() => randomUUID().slice(0, 8));

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id)) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onTeamsMeetingStartEvent(async (_meeting, context, next) => {
      await this.hint(context, 'meeting-started', null);
      await next();
    });
    this.onTeamsMeetingEndEvent(async (_meeting, context, next) => {
      await this.hint(context, 'meeting-ended', null);
      if (this.deps.record?.attendance) await this.reconcileAfterMeeting(context);
      await next();
    });
    this.onTeamsMeetingParticipantsJoinEvent(async (meeting, context, next) => {
      for (const m of meeting.members ?? []) await this.hint(context, 'joined', { id: m.user?.aadObjectId ?? null, name: m.user?.name ?? '' });
      await next();
    });
    this.onTeamsMeetingParticipantsLeaveEvent(async (meeting, context, next) => {
      for (const m of meeting.members ?? []) await this.hint(context, 'left', { id: m.user?.aadObjectId ?? null, name: m.user?.name ?? '' });
      await next();
    });
    this.presenceNoticeDelayMs = deps.presenceNoticeDelayMs ?? 5_000;
  }

  /** The turn's facts; with a configured language (SESIONA_LANGUAGE), everyone is answered in it. */
  private factsOf(context: TurnContext): TurnFacts {
    const facts = factsOf(context);
    return this.deps.language ? { ...facts, lang: this.deps.language } : facts;
  }

  /** Resolves when no card render and no started Graph task is pending (used with the outbox's idle()). */
  async settled(): Promise<void> {
    await this.publisher.settled();
    while (this.graphTasks.size) await Promise.allSettled([...this.graphTasks]);
  }

  /** Graph work running after a turn ended (the attendance report), so tests and shutdown can wait for it. */
  private readonly graphTasks = new Set<Promise<void>>();
  private readonly graphTimers = new Map<NodeJS.Timeout, () => void>();

  /** Stops waiting for attendance reports and presence bursts (the server is shutting down). */
  stopTimers(): void {
    for (const [timer, done] of this.graphTimers) {
      clearTimeout(timer);
      done();
    }
    this.graphTimers.clear();
  }

  // ── messages ────────────────────────────────────────────────────────────────────────────────────────────────

  private async handleMessage(context: TurnContext): Promise<void> {
    const facts = this.factsOf(context);
    if (!facts.actor) {
      this.reply(facts, { es: 'No puedo identificarte (Teams no envió tu identificador de Entra ID), así que no registro nada.', en: 'I cannot identify you (Teams did not send your Entra ID object id), so nothing is recorded.' });
      return;
    }
    await this.people.saw(facts.conversationId, { aadObjectId: facts.actor.id, teamsUserId: facts.teamsUserId, name: facts.actor.name });
    const text = (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '').replace(/<[^>]+>/g, ' ').trim();
    const file = fileAttachment(context.activity.attachments ?? []);
    if (file) {
      await this.receiveFile(context, facts, file);
      return;
    }
    const command = parseCommand(text);
    switch (command.kind) {
      case 'help':
        this.deps.outbox.post(facts.target, cardActivity(helpCard(facts.lang))).catch(() => undefined);
        return;
      case 'agenda':
        if (await this.refusedSessionStart(context, facts)) return;
        await this.receiveAgenda(facts, importAgendaText(command.text));
        return;
      case 'roster':
        await this.assignFromMentions(context, facts, command.role);
        return;
      case 'status':
        await this.status(facts);
        return;
      case 'minutes':
        await this.minutes(facts);
        return;
      case 'attendance-report':
        await this.reconcileNow(context, facts);
        return;
      case 'follow-up':
      case 'agreement-done':
        await this.followUp(context, facts, command);
        return;
      case 'presence':
        await this.presenceFromMentions(context, facts, command.present);
        return;
      case 'unknown':
        this.reply(facts, {
          es: text ? `No entendí «${command.text}». Escribe «@Sesiona ayuda» para ver los comandos.` : 'Escribe un comando después de mencionarme, por ejemplo «@Sesiona ayuda».',
          en: text ? `I did not understand "${command.text}". Type "@Sesiona help" to see the commands.` : 'Type a command after mentioning me, for example "@Sesiona help".',
        });
        return;
      default: {
        const outcome = await this.runCommand(context, facts, command);
        if (!outcome.ok) this.replyText(facts, outcome.message);
        else if (outcome.events > 0) this.confirm(facts, command);
      }
    }
  }

  /** A short confirmation for commands whose effect is not already visible on a card. */
  private confirm(facts: TurnFacts, command: BotCommand): void {
    const said: Partial<Record<BotCommand['kind'], Bilingual>> = {
      agreement: { es: 'Acuerdo registrado.', en: 'Agreement recorded.' },
      'general-matter': { es: 'Asunto general agregado al orden del día.', en: 'General matter added to the order of the day.' },
      'correct-kind': { es: 'Tipo del punto corregido.', en: 'Item kind corrected.' },
      recess: { es: 'La sesión entra en receso.', en: 'The session is in recess.' },
      resume: { es: 'Se reanuda la sesión.', en: 'The session resumes.' },
      'close-session': { es: 'Se clausura la sesión. Escribe «@Sesiona minuta» para obtener el proyecto de minuta.', en: 'The session is closed. Type "@Sesiona minutes" to get the draft minutes.' },
      leave: { es: 'Se registró tu salida de la sesión.', en: 'Your departure from the session is recorded.' },
    };
    const message = said[command.kind];
    if (message) this.reply(facts, message);
  }

  // ── card actions (Universal Actions) ────────────────────────────────────────────────────────────────────────

  protected override async onAdaptiveCardInvoke(context: TurnContext, invoke: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const facts = this.factsOf(context);
    const verb = invoke.action?.verb ?? '';
    const data = (invoke.action?.data ?? {}) as Record<string, unknown>;
    const notice = presenceNoticeOf(data);
    const request: CardRequest = {
      card: (data.card as CardName) ?? 'agenda', number: str(data.number), voteId: str(data.voteId), checkId: str(data.checkId),
      ...(typeof data.index === 'number' ? { index: data.index } : {}), ...(notice ? { notice } : {}),
    };
    if (!facts.actor) return messageResponse(facts.lang === 'es' ? 'No puedo identificarte; no se registró nada.' : 'I cannot identify you; nothing was recorded.');
    await this.people.saw(facts.conversationId, { aadObjectId: facts.actor.id, teamsUserId: facts.teamsUserId, name: facts.actor.name });

    if (verb === 'help') return cardResponse(helpCard(facts.lang));
    if (verb === 'confirm-agenda' || verb === 'discard-agenda') return this.finishDraft(context, facts, str(data.draftId) ?? '', verb === 'confirm-agenda', data);

    let command: BotCommand | null = null;
    if (verb === 'ballot') command = { kind: 'ballot', choice: data.choice as never, voteId: str(data.voteId) };
    else if (verb === 'present') command = { kind: 'present' };
    else if (verb === 'mark-present') command = { kind: 'present' };
    else if (verb === 'command') command = commandFromButton(str(data.command) ?? '', data);
    else if (verb !== 'refresh') return messageResponse(facts.lang === 'es' ? `Acción desconocida «${verb}».` : `Unknown action "${verb}".`);

    let after: Extract<Outcome, { ok: true }> | undefined;
    if (command?.kind === 'settle-presence') {
      const outcome = await this.settlePresence(context, facts, command);
      if (!outcome.ok) return messageResponse(outcome.message);
      after = outcome;
    } else if (command) {
      const memberId = verb === 'mark-present' ? str(data.memberId) : undefined;
      if (verb === 'mark-present' && !memberId) return messageResponse(facts.lang === 'es' ? 'Elige a la persona en la lista antes de marcarla presente.' : 'Choose the person in the list before marking them present.');
      const outcome = await this.runCommand(context, facts, command, memberId);
      if (!outcome.ok) return messageResponse(outcome.message);
      after = outcome;
    }
    const card = await this.personalCard(facts, request, after);
    return card ? cardResponse(card) : messageResponse(facts.lang === 'es' ? 'Esta tarjeta ya no está disponible.' : 'This card is no longer available.');
  }

  /** The card as this person sees it: voters their ballot buttons or their vote, the secretary the controls. */
  private async personalCard(facts: TurnFacts, request: CardRequest, after?: Extract<Outcome, { ok: true }>): Promise<AdaptiveCardJson | null> {
    if (request.card === 'help') return helpCard(facts.lang);
    if (request.card === 'welcome') return welcomeCard(facts.lang);
    const sessionId = after?.sessionId ?? (await this.deps.bindings.sessionFor(facts.meetingKey));
    if (!sessionId) return null;
    const snapshot = after?.snapshot ?? (await this.deps.service.load(sessionId));
    const view = this.deps.service.viewOf(sessionStream(sessionId), snapshot);
    if (!view) return null;
    return this.publisher.cardFor(view, snapshot.state, request, viewerOf(view, facts.actor?.id), facts.lang);
  }

  // ── running a command on the session ────────────────────────────────────────────────────────────────────────

  private async runCommand(context: TurnContext, facts: TurnFacts, command: BotCommand, memberId?: string): Promise<Outcome> {
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) return { ok: false, message: sayRejection({ reason: 'SessionNotFound' }, facts.lang) };
    const sessionCommand = this.toSessionCommand(command, facts.actor!, memberId);
    if (!sessionCommand) return { ok: false, message: facts.lang === 'es' ? 'Ese comando no aplica aquí.' : 'That command does not apply here.' };
    return this.execute(context, facts, binding, sessionCommand);
  }

  /** Hands one command to the session; publishes what it changed. */
  private async execute(context: TurnContext, facts: TurnFacts, binding: SessionBound, sessionCommand: SessionCommand): Promise<Outcome> {
    const result = await this.deps.service.handle(binding.sessionId, sessionCommand, facts.activityKey);
    if (!result.ok) return { ok: false, message: sayRejection(result.rejection, facts.lang), reason: result.rejection.reason };
    if (!result.duplicate && result.events.length) {
      const lang = languageOf(binding.language);
      this.publisher.publish(facts.target, binding.sessionId, result.events, lang).catch((err) => this.deps.log(`[bot] card update failed: ${(err as Error).message}`));
      this.gatherPresence(facts.target, binding.sessionId, result.events, lang);
      if (result.events.some((e) => e.type === 'VoteOpened')) await this.notifyVoters(context, facts, binding.sessionId);
    }
    return { ok: true, events: result.duplicate ? 0 : result.events.length, sessionId: binding.sessionId, snapshot: { state: result.state, version: result.version } };
  }

  private toSessionCommand(command: BotCommand, actor: Actor, memberId?: string): SessionCommand | null {
    const now = this.clock();
    const c = <T extends SessionCommand['type']>(type: T, data: Extract<SessionCommand, { type: T }>['data']) => ({ type, data, actor, now }) as SessionCommand;
    switch (command.kind) {
      case 'roll-call': return c('StartRollCall', {});
      case 'present': return c('MarkAttendance', { memberId: asAadObjectId(memberId ?? actor.id), present: true });
      case 'start-session': return c('StartSession', {});
      case 'approve-agenda': return c('OpenVote', { voteId: asVoteId(`v-${this.newId()}`), method: 'economica', subject: 'agenda' });
      case 'waive-reading': return c('OpenVote', { voteId: asVoteId(`v-${this.newId()}`), method: 'economica', subject: 'reading-waiver' });
      case 'leave': return c('MarkAttendance', { memberId: actor.id, present: false });
      case 'quorum-check': return c('StartQuorumCheck', { checkId: `q-${this.newId()}` });
      case 'close-quorum-check': return c('CloseQuorumCheck', {});
      case 'next': return c('NextItem', {});
      case 'item': return c('StartItem', { number: asItemNumber(command.number) });
      case 'complete-item': return c('CompleteItem', {});
      case 'open-vote': return c('OpenVote', { voteId: asVoteId(`v-${this.newId()}`), method: command.method });
      case 'close-vote': return c('CloseVote', {});
      case 'ballot': return c('CastBallot', { choice: command.choice, ...(command.voteId ? { voteId: asVoteId(command.voteId) } : {}) });
      case 'agreement': return c('RecordAgreement', {
        agreementId: asAgreementId(`a-${this.newId()}`), text: command.text, responsible: command.responsible ?? null, dueDate: command.dueDate ?? null,
      });
      case 'withdraw': return c('WithdrawItem', { number: asItemNumber(command.number) });
      case 'defer': return c('DeferItem', { number: asItemNumber(command.number) });
      case 'general-matter': return c('AddGeneralMatter', { title: command.title });
      case 'correct-kind': return c('CorrectItemKind', { number: asItemNumber(command.number), kind: command.itemKind });
      case 'recess': return c('Recess', { reason: command.reason });
      case 'resume': return c('Resume', {});
      case 'close-session': return c('CloseSession', {});
      default: return null;
    }
  }

  // ── the order of the day ────────────────────────────────────────────────────────────────────────────────────

  private async receiveFile(context: TurnContext, facts: TurnFacts, file: { name: string; url: string }): Promise<void> {
    // an order of the day starts a session: nothing is downloaded for someone who may not start one
    if (!/\.csv$/i.test(file.name) && (await this.refusedSessionStart(context, facts))) return;
    const download = await downloadFile(file.url, file.name);
    if (!download.ok) {
      this.reply(facts, download.message);
      return;
    }
    const content = download.content;
    if (/\.csv$/i.test(file.name)) {
      await this.assignFromFile(context, facts, content.toString('utf8'));
      return;
    }
    await this.receiveAgenda(facts, await importAgenda(content, file.name));
  }

  private async receiveAgenda(facts: TurnFacts, imported: Awaited<ReturnType<typeof importAgenda>>): Promise<void> {
    if (!imported.ok) {
      this.reply(facts, imported.error.message);
      return;
    }
    const id = this.newId();
    await this.drafts.save({ id, conversationId: facts.conversationId, meetingId: facts.meetingKey, agenda: imported.agenda, by: facts.actor!.id, language: facts.lang });
    this.deps.outbox.upsert(facts.target, `draft:${id}`, cardActivity(draftCard(id, imported.agenda, facts.lang))).catch(() => undefined);
  }

  private async finishDraft(context: TurnContext, facts: TurnFacts, draftId: string, confirm: boolean, data: Record<string, unknown>): Promise<AdaptiveCardInvokeResponse> {
    const es = facts.lang === 'es';
    const draft = await this.drafts.load(draftId);
    if (!draft) return messageResponse(es ? 'Ese orden del día ya no está disponible; vuelve a enviarlo.' : 'That order of the day is no longer available; send it again.');
    if (draft.status !== 'pending') return cardResponse(draftCard(draft.id, draft.agenda, facts.lang, draft.status));
    if (draft.by !== facts.actor!.id) return messageResponse(es ? 'Solo quien envió el orden del día puede confirmarlo o descartarlo.' : 'Only the person who sent the order of the day can confirm or discard it.');
    if (draft.meetingId !== facts.meetingKey) return messageResponse(es ? 'Ese orden del día se envió en otra conversación; confírmalo allá o envíalo aquí.' : 'That order of the day was sent in another conversation; confirm it there or send it here.');
    const version = await this.drafts.version(draft.id);
    if (!confirm) {
      await this.drafts.finish(draft.id, version, { type: 'DraftDiscarded' });
      return cardResponse(draftCard(draft.id, draft.agenda, facts.lang, 'discarded'));
    }

    const may = await this.sessionStartDecision(context, facts);
    if (!may.ok) return messageResponse(sayRejection(may.rejection, facts.lang));
    const agenda = withKinds(draft.agenda, data);
    const h = agenda.header;
    const sessionId = asSessionId(`s-${this.newId()}`);
    const result = await this.deps.service.handle(sessionId, {
      type: 'CreateSession',
      actor: facts.actor!,
      now: this.clock(),
      data: {
        sessionId, body: h.body ?? '', title: h.title ?? (es ? 'Sesión' : 'Session'), kind: h.kind, date: h.date, time: h.time, modality: h.modality,
        meeting: { meetingId: facts.meetingKey, conversationId: facts.conversationId }, agenda: toAgendaDrafts(agenda.items),
        ...(this.deps.rules ? { rules: this.deps.rules } : {}),
      },
    }, `draft:${draft.id}`);
    if (!result.ok) return messageResponse(sayRejection(result.rejection, facts.lang));
    await this.deps.bindings.bind(facts.meetingKey, sessionId, this.clock(), facts.lang);
    await this.drafts.finish(draft.id, version, { type: 'DraftConfirmed', sessionId });
    this.reply(facts, {
      es: `Sesión creada: «${h.title ?? 'Sesión'}», ${countItems(agenda.items)} puntos. Ahora indica la integración («@Sesiona presidencia @Nombre», «@Sesiona integrantes @Nombre @Nombre», «@Sesiona representantes @Nombre») y después «@Sesiona pase de lista».${this.deps.publicUrl() ? ` Panel en vivo: ${this.deps.publicUrl()}/tab/?session=${sessionId}` : ''}`,
      en: `Session created: "${h.title ?? 'Session'}", ${countItems(agenda.items)} items. Now set the roster ("@Sesiona chair @Name", "@Sesiona members @Name @Name", "@Sesiona representatives @Name") and then "@Sesiona roll call".${this.deps.publicUrl() ? ` Live panel: ${this.deps.publicUrl()}/tab/?session=${sessionId}` : ''}`,
    });
    return cardResponse(draftCard(draft.id, agenda, facts.lang, 'confirmed'));
  }

  /** Whether this person may start a session in this meeting now (the domain decides; Teams is asked only if needed). */
  private sessionStartDecision(context: TurnContext, facts: TurnFacts) {
    return checkSessionStart(this.deps.service, this.deps.bindings, facts.meetingKey, facts.actor!.id, this.deps.sessionStarters ?? [], () => this.meetingOrganizer(context, facts));
  }

  /** Whether Teams says this person organised the meeting; null when there is no meeting or its API does not answer. */
  private async meetingOrganizer(context: TurnContext, facts: TurnFacts): Promise<boolean | null> {
    if (!facts.meetingId) return null;
    try {
      const participant = await TeamsInfo.getMeetingParticipant(context, facts.meetingId, facts.actor!.id, facts.tenantId);
      return participant.meeting?.role === 'Organizer';
    } catch (err) {
      this.deps.log(`[bot] getMeetingParticipant failed: ${(err as Error).message}`);
      return null;
    }
  }

  /** Replies with the refusal and answers true when this person may not start a session here. */
  private async refusedSessionStart(context: TurnContext, facts: TurnFacts): Promise<boolean> {
    const may = await this.sessionStartDecision(context, facts);
    if (may.ok) return false;
    this.replyText(facts, sayRejection(may.rejection, facts.lang));
    return true;
  }

  // ── the roster ──────────────────────────────────────────────────────────────────────────────────────────────

  private async assignFromMentions(context: TurnContext, facts: TurnFacts, role: SessionRole): Promise<void> {
    const es = facts.lang === 'es';
    const botId = context.activity.recipient?.id;
    const mentions = (context.activity.entities ?? [])
      .filter((e) => e.type === 'mention')
      .map((e) => (e as unknown as Mention).mentioned)
      .filter((m) => m && m.id !== botId);
    if (mentions.length === 0) {
      this.reply(facts, { es: `Menciona a las personas después del rol, por ejemplo «@Sesiona ${es ? 'integrantes' : 'members'} @Ana @Luis».`, en: 'Mention the people after the role, for example "@Sesiona members @Ana @Luis".' });
      return;
    }
    const members: { id: string; name: string; teamsUserId: string }[] = [];
    for (const m of mentions) {
      const aad = (m as { aadObjectId?: string }).aadObjectId ?? (await this.lookUp(context, m.id))?.aadObjectId;
      if (!aad) {
        this.reply(facts, { es: `No pude obtener el identificador de ${m.name} en Teams; no se cambió la integración.`, en: `I could not get ${m.name}'s Teams identity; the roster was not changed.` });
        return;
      }
      members.push({ id: aad, name: m.name.replace(/<\/?at>/g, '').trim(), teamsUserId: m.id });
    }
    for (const m of members) await this.people.saw(facts.conversationId, { aadObjectId: m.id, teamsUserId: m.teamsUserId, name: m.name });
    await this.assign(context, facts, members.map((m) => ({ id: m.id, name: m.name, role })));
  }

  private async assignFromFile(context: TurnContext, facts: TurnFacts, content: string): Promise<void> {
    const parsed = parseRosterFile(content);
    if (!parsed.ok) {
      this.reply(facts, parsed.message);
      return;
    }
    const members: { id: string; name: string; role: SessionRole }[] = [];
    for (const p of parsed.people) {
      const found = GUID.test(p.who) ? { aadObjectId: p.who, id: '' } : await this.lookUp(context, p.who);
      if (!found?.aadObjectId) {
        this.reply(facts, { es: `Línea ${p.line}: no encontré a «${p.who}» en esta conversación de Teams. Agrégala a la reunión o usa su id de Entra ID.`, en: `Line ${p.line}: I could not find "${p.who}" in this Teams conversation. Add them to the meeting or use their Entra ID object id.` });
        return;
      }
      if (found.id) await this.people.saw(facts.conversationId, { aadObjectId: found.aadObjectId, teamsUserId: found.id, name: p.name });
      members.push({ id: found.aadObjectId, name: p.name, role: p.role });
    }
    await this.assign(context, facts, members);
  }

  private async assign(context: TurnContext, facts: TurnFacts, members: { id: string; name: string; role: SessionRole }[]): Promise<void> {
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) {
      this.replyText(facts, sayRejection({ reason: 'SessionNotFound' }, facts.lang));
      return;
    }
    const actor: Actor = { ...facts.actor!, isMeetingOrganizer: await this.isOrganizer(context, facts, binding.sessionId) };
    const result = await this.deps.service.handle(binding.sessionId, {
      type: 'AssignRoles', actor, now: this.clock(), data: { members: members.map((m) => ({ ...m, id: asAadObjectId(m.id) })) },
    }, facts.activityKey);
    if (!result.ok) {
      this.replyText(facts, sayRejection(result.rejection, facts.lang));
      return;
    }
    if (!result.duplicate) this.publisher.publish(facts.target, binding.sessionId, result.events, languageOf(binding.language)).catch(() => undefined);
    const names = (lang: Language) => members.map((m) => `${m.name} (${ROLE_NAMES[m.role][lang]})`).join(', ');
    this.reply(facts, { es: `Integración actualizada: ${names('es')}.`, en: `Roster updated: ${names('en')}.` });
  }

  /** Only asked when the actor is not the session's secretary; the meeting API is missing in local emulators. */
  private async isOrganizer(context: TurnContext, facts: TurnFacts, sessionId: string): Promise<boolean> {
    const view = await this.deps.service.view(sessionId);
    if (view?.members.some((m) => m.id === facts.actor!.id && m.role === 'secretary')) return false;
    const organizer = await this.meetingOrganizer(context, facts);
    if (organizer === null && facts.meetingId) {
      this.reply(facts, {
        es: 'No pude consultar tu rol en la reunión (la API de reuniones de Teams no está disponible aquí), así que solo la Secretaría Técnica puede cambiar la integración.',
        en: 'I could not check your meeting role (the Teams meeting API is not available here), so only the technical secretary can change the roster.',
      });
    }
    return organizer === true;
  }

  private async lookUp(context: TurnContext, idOrEmail: string): Promise<{ aadObjectId?: string; id: string } | null> {
    try {
      const member = await TeamsInfo.getMember(context, idOrEmail);
      return { aadObjectId: member.aadObjectId, id: member.id };
    } catch (err) {
      this.deps.log(`[bot] getMember(${idOrEmail}) failed: ${(err as Error).message}`);
      return null;
    }
  }

  // ── status, minutes, welcome, meeting events ────────────────────────────────────────────────────────────────

  private async status(facts: TurnFacts): Promise<void> {
    const sessionId = await this.deps.bindings.sessionFor(facts.meetingKey);
    const view = sessionId ? await this.deps.service.view(sessionId) : null;
    if (!view) {
      this.replyText(facts, sayRejection({ reason: 'SessionNotFound' }, facts.lang));
      return;
    }
    const say = (lang: Language) => {
      const es = lang === 'es';
      const q = view.quorum;
      const parts = [
        `${view.title}: ${PHASE_NAMES[view.phase][lang]}.`,
        es ? `Quórum: ${q.present} de ${q.total} (se requieren ${q.required}) ${q.reached ? '✔' : '✘'}.` : `Quorum: ${q.present} of ${q.total} (${q.required} required) ${q.reached ? '✔' : '✘'}.`,
        view.currentItem ? (es ? `Punto en curso: ${view.currentItem}.` : `Current item: ${view.currentItem}.`) : '',
        view.openVote ? (es ? `Votación abierta: ${view.openVote.ballots.length} de ${view.openVote.eligible.length} han votado.` : `Vote open: ${view.openVote.ballots.length} of ${view.openVote.eligible.length} have voted.`) : '',
      ];
      return parts.filter(Boolean).join(' ');
    };
    this.reply(facts, { es: say('es'), en: say('en') });
  }

  private async minutes(facts: TurnFacts): Promise<void> {
    const sessionId = await this.deps.bindings.sessionFor(facts.meetingKey);
    const view = sessionId ? await this.deps.service.view(sessionId) : null;
    if (!view || !sessionId) {
      this.replyText(facts, sayRejection({ reason: 'SessionNotFound' }, facts.lang));
      return;
    }
    if (view.phase !== 'closed') {
      this.reply(facts, { es: 'La minuta se genera cuando la sesión se clausura.', en: 'The minutes are drawn up once the session is closed.' });
      return;
    }
    const link = this.deps.minutesLink;
    const outcome = (lang: Language) => countVotes(view).map(([n, v]) => `${n}: ${resultWords(v, view.rules.majority, lang)}`).join('; ');
    this.reply(facts, {
      es: `Proyecto de minuta de «${view.title}»: ${link(sessionId, 'docx', 'es')} (Markdown: ${link(sessionId, 'md', 'es')}). Votaciones: ${outcome('es') || 'ninguna'}.`,
      en: `Draft minutes of "${view.title}": ${link(sessionId, 'docx', 'en')} (Markdown: ${link(sessionId, 'md', 'en')}). Votes: ${outcome('en') || 'none'}.`,
    });
    const publisher = this.deps.record?.publisher;
    if (!publisher?.publishesMinutes || !facts.actor) return;
    const { state } = await this.deps.service.load(sessionId);
    if (!mayConduct(state, facts.actor.id)) return;
    try {
      const published = await publisher.publishMinutes(sessionId, facts.lang);
      this.deps.outbox.post(facts.target, cardActivity(publishedMinutesCard(facts.lang, view.title, published.name, published.webUrl))).catch(() => undefined);
    } catch (err) {
      this.graphFailed(facts, err, { es: 'La minuta sigue disponible en los enlaces de arriba.', en: 'The minutes are still available from the links above.' });
    }
  }

  // ── the Teams attendance report (Microsoft Graph) ───────────────────────────────────────────────────────────

  /** "asistencia de Teams": reconcile now (the meeting must have ended for Teams to have the report). */
  private async reconcileNow(context: TurnContext, facts: TurnFacts): Promise<void> {
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) {
      this.replyText(facts, sayRejection({ reason: 'SessionNotFound' }, facts.lang));
      return;
    }
    const { state } = await this.deps.service.load(binding.sessionId);
    if (!facts.actor || !mayConduct(state, facts.actor.id)) {
      this.replyText(facts, sayRejection({ reason: 'NotAuthorized', details: { allowedRoles: state.rules.conductingRoles } }, facts.lang));
      return;
    }
    if (!this.deps.record) {
      this.reply(facts, {
        es: 'La conciliación con el reporte de asistencia de Teams requiere Microsoft Graph, que no está configurado en este servidor (SESIONA_GRAPH=on). La asistencia registrada en el pase de lista es la válida.',
        en: 'Reconciling with the Teams attendance report needs Microsoft Graph, which is not configured on this server (SESIONA_GRAPH=on). The attendance recorded in the roll call stands.',
      });
      return;
    }
    const meeting = await this.meetingForGraph(context, facts);
    if (!meeting) return;
    await this.reconcile(facts, binding.sessionId, languageOf(binding.language), meeting);
  }

  /** At the meeting's end: ask for the report after a delay (Teams prepares it in the minutes after the end). */
  private async reconcileAfterMeeting(context: TurnContext): Promise<void> {
    const facts = this.factsOf(context);
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) return;
    const meeting = await this.meetingForGraph(context, facts);
    if (!meeting) return;
    // a task from now on, so settled() waits for it; stopTimers() ends the wait at shutdown
    const task: Promise<void> = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.graphTimers.delete(timer);
        this.reconcile(facts, binding.sessionId, languageOf(binding.language), meeting).finally(resolve);
      }, this.deps.record!.attendanceDelayMs);
      timer.unref();
      this.graphTimers.set(timer, resolve);
    }).finally(() => this.graphTasks.delete(task));
    this.graphTasks.add(task);
  }

  /** The organizer and the Graph id of the meeting, from Teams' meeting info. */
  private async meetingForGraph(context: TurnContext, facts: TurnFacts): Promise<{ organizerId: string; graphId: string } | null> {
    try {
      if (!facts.meetingId) throw new Error('this chat is not a meeting chat');
      const info = await TeamsInfo.getMeetingInfo(context, facts.meetingId);
      const organizerId = info.organizer?.aadObjectId;
      const graphId = info.details?.msGraphResourceId;
      if (!organizerId || !graphId) throw new Error('Teams did not give the organizer or the msGraphResourceId');
      return { organizerId, graphId };
    } catch (err) {
      this.deps.log(`[bot] meeting info for the attendance report: ${(err as Error).message}`);
      this.reply(facts, {
        es: 'No pude obtener de Teams los datos de la reunión para pedir su reporte de asistencia (solo existe en chats de reuniones programadas). La asistencia registrada en el pase de lista es la válida.',
        en: 'I could not get the meeting details from Teams to ask for its attendance report (it exists only in scheduled meeting chats). The attendance recorded in the roll call stands.',
      });
      return null;
    }
  }

  private async reconcile(facts: TurnFacts, sessionId: string, lang: Language, meeting: { organizerId: string; graphId: string }): Promise<void> {
    const target = { ...facts, lang };
    try {
      const reconciled = await this.deps.record!.publisher.reconcileAttendance(sessionId, meeting.organizerId, meeting.graphId);
      this.reply(target, reconciliationMessage(reconciled.annex, reconciled.records));
    } catch (err) {
      this.graphFailed(target, err, { es: 'La asistencia registrada en el pase de lista no cambia.', en: 'The attendance recorded in the roll call does not change.' });
    }
  }

  private graphFailed(facts: TurnFacts, err: unknown, after: Bilingual): void {
    if (err instanceof GraphProblem) {
      this.deps.log(`[bot] Microsoft Graph: ${err.text.en}`);
      this.reply(facts, { es: `${err.text.es} ${after.es}`, en: `${err.text.en} ${after.en}` });
      return;
    }
    this.deps.log(`[bot] Microsoft Graph failed: ${(err as Error).stack ?? err}`);
    this.reply(facts, { es: `Microsoft Graph no respondió como se esperaba (${(err as Error).message}). ${after.es}`, en: `Microsoft Graph did not answer as expected (${(err as Error).message}). ${after.en}` });
  }

  /**
   * Follow-up of agreements: "seguimiento" takes up the open agreements of the body's previous session (then shows
   * the list); "cumplido N" marks the N-th one done in this session.
   */
  private async followUp(context: TurnContext, facts: TurnFacts, command: Extract<BotCommand, { kind: 'follow-up' | 'agreement-done' }>): Promise<void> {
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) {
      this.replyText(facts, sayRejection({ reason: 'SessionNotFound' }, facts.lang));
      return;
    }
    const { state } = await this.deps.service.load(binding.sessionId);
    const now = this.clock();
    const actor = facts.actor!;
    let outcome: Outcome;
    if (command.kind === 'agreement-done') {
      const entry = state.followUps[command.position - 1];
      if (!entry) {
        this.replyText(facts, sayRejection({ reason: 'AgreementNotFound' }, facts.lang));
        return;
      }
      outcome = await this.execute(context, facts, binding, { type: 'MarkAgreementDone', actor, now, data: { agreementId: entry.agreementId, note: command.note || null } });
    } else if (state.followUpItem && !command.number) {
      this.reply(facts, followUpList(state));
      return;
    } else {
      const previous = state.exists && !state.followUpItem ? await previousSessionOf(this.deps.service, this.deps.store, state) : null;
      outcome = await this.execute(context, facts, binding, {
        type: 'ImportFollowUp', actor, now, data: { entries: previous ? openAgreementsOf(previous) : [], ...(command.number ? { number: asItemNumber(command.number) } : {}) },
      });
      if (!outcome.ok && !previous && !state.followUpItem && outcome.reason === 'NothingToFollowUp') {
        this.reply(facts, {
          es: `No encuentro una sesión clausurada anterior de «${state.header.body || state.header.title}» en Sesiona; no hay acuerdos que dar en seguimiento.`,
          en: `I find no earlier closed session of "${state.header.body || state.header.title}" in Sesiona; there are no agreements to follow up.`,
        });
        return;
      }
    }
    if (!outcome.ok) this.replyText(facts, outcome.message);
    else this.reply(facts, followUpList(outcome.snapshot.state));
  }

  private async welcome(context: TurnContext): Promise<void> {
    const facts = this.factsOf(context);
    const first = await this.deps.store.append(streams.welcome(facts.conversationId), 0, [{ type: 'Welcomed', data: { at: this.clock() } }]);
    if (first.ok) this.deps.outbox.post(facts.target, cardActivity(welcomeCard(facts.lang))).catch(() => undefined);
  }

  /** Meeting start/end and join/leave are hints for the secretary; they never mark anyone present. */
  private async hint(context: TurnContext, kind: AttendanceHintKind, participant: { id: string | null; name: string } | null): Promise<void> {
    const facts = this.factsOf(context);
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) return;
    const result = await this.deps.service.handle(binding.sessionId, {
      type: 'RecordAttendanceHint', actor: TEAMS_ACTOR, now: this.clock(),
      data: { kind, participant: participant ? { id: participant.id ? asAadObjectId(participant.id) : null, name: participant.name } : null },
    }, `${facts.activityKey}|${kind}|${participant?.id ?? ''}`);
    if (result.ok && !result.duplicate) {
      const lang = languageOf(binding.language);
      this.publisher.publish(facts.target, binding.sessionId, result.events, lang).catch(() => undefined);
      this.gatherPresence(facts.target, binding.sessionId, result.events, lang);
    }
  }

  /**
   * Departures and returns Teams told of (noticed for the secretary, or recorded under the `record` rule) are told
   * to those who conduct once per burst: events within the delay fold into one notice per kind of change.
   */
  private gatherPresence(target: TurnFacts['target'], sessionId: string, events: SessionEvent[], lang: Language): void {
    const told = events.filter((e) => e.type === 'PresenceChangeNoticed' || (e.type === 'AttendanceMarked' && e.data.by === TEAMS_ACTOR.id));
    if (told.length === 0) return;
    const waiting = this.bursts.get(sessionId);
    if (waiting) {
      waiting.events.push(...told);
      return;
    }
    this.bursts.set(sessionId, { target, lang, events: [...told] });
    const task: Promise<void> = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.graphTimers.delete(timer);
        this.tellPresence(sessionId).catch((err) => this.deps.log(`[bot] presence notice failed: ${(err as Error).message}`)).finally(resolve);
      }, this.presenceNoticeDelayMs);
      timer.unref();
      this.graphTimers.set(timer, () => {
        this.bursts.delete(sessionId);
        resolve();
      });
    }).finally(() => this.graphTasks.delete(task));
    this.graphTasks.add(task);
  }

  private async tellPresence(sessionId: string): Promise<void> {
    const burst = this.bursts.get(sessionId);
    this.bursts.delete(sessionId);
    if (!burst) return;
    const burstId = this.newId();
    for (const change of ['left', 'joined'] as const) {
      const memberIds = [...new Set(burst.events.flatMap((e) => {
        if (e.type === 'PresenceChangeNoticed' && e.data.change === change) return [e.data.memberId as string];
        if (e.type === 'AttendanceMarked' && e.data.present === (change === 'joined')) return [e.data.memberId as string];
        return [];
      }))];
      // at most five people a notice (they are named in its key, so it can be drawn again after a restart)
      for (let i = 0; i < memberIds.length; i += 5) {
        await this.publisher.publishPresenceNotice(burst.target, sessionId, { burst: `${burstId}-${i / 5}`, change, memberIds: memberIds.slice(i, i + 5) }, burst.lang);
      }
    }
  }

  /** "salida @Luis @Rosa" / "regresa @Luis": the secretary records departures or returns of the mentioned members. */
  private async presenceFromMentions(context: TurnContext, facts: TurnFacts, present: boolean): Promise<void> {
    const botId = context.activity.recipient?.id;
    const mentioned = (context.activity.entities ?? [])
      .filter((e) => e.type === 'mention')
      .map((e) => (e as unknown as Mention).mentioned)
      .filter((m) => m && m.id !== botId);
    if (mentioned.length === 0) {
      this.reply(facts, present
        ? { es: 'Menciona a quien regresa, por ejemplo «@Sesiona regresa @Luis».', en: 'Mention who came back, for example "@Sesiona returned @Luis".' }
        : { es: 'Menciona a quien salió, por ejemplo «@Sesiona salida @Luis».', en: 'Mention who left, for example "@Sesiona left @Luis".' });
      return;
    }
    const ids: string[] = [];
    for (const m of mentioned) {
      const aad = (m as { aadObjectId?: string }).aadObjectId ?? (await this.lookUp(context, m.id))?.aadObjectId;
      if (!aad) {
        this.reply(facts, { es: `No pude obtener el identificador de ${m.name} en Teams; no se registró nada.`, en: `I could not get ${m.name}'s Teams identity; nothing was recorded.` });
        return;
      }
      ids.push(aad);
    }
    const outcome = await this.settlePresence(context, facts, { kind: 'settle-presence', memberIds: ids, present, keep: false });
    if (!outcome.ok) {
      this.replyText(facts, outcome.message);
      return;
    }
    const view = this.deps.service.viewOf(sessionStream(outcome.sessionId), outcome.snapshot);
    const names = (lang: Language) => andList(ids.map((id) => view?.members.find((m) => m.id === id)?.name ?? id), lang);
    const q = view?.quorum;
    const quorum = (lang: Language) => (q ? (lang === 'es' ? ` Quórum: ${q.present} de ${q.total} (se requieren ${q.required})${q.reached ? '' : '; sin quórum'}.` : ` Quorum: ${q.present} of ${q.total} (${q.required} required)${q.reached ? '' : '; no quorum'}.`) : '');
    this.reply(facts, present
      ? { es: `Se registró el regreso de ${names('es')}.${quorum('es')}`, en: `Return recorded: ${names('en')}.${quorum('en')}` }
      : { es: `Se registró la salida de ${names('es')}.${quorum('es')}`, en: `Departure recorded: ${names('en')}.${quorum('en')}` });
  }

  /**
   * Records departures or returns of several members (typed, or the notice's button), or keeps the record as it is
   * for them (the notice's other button). One command per member, each under its own key.
   */
  private async settlePresence(context: TurnContext, facts: TurnFacts, command: Extract<BotCommand, { kind: 'settle-presence' }>): Promise<Outcome> {
    const binding = await this.deps.bindings.bindingFor(facts.meetingKey);
    if (!binding) return { ok: false, message: sayRejection({ reason: 'SessionNotFound' }, facts.lang) };
    const actor = facts.actor!;
    const now = this.clock();
    if (command.keep) {
      return this.execute(context, facts, binding, { type: 'DismissPresenceNotice', actor, now, data: { memberIds: command.memberIds.map(asAadObjectId) } });
    }
    let last: Outcome | null = null;
    let recorded = 0;
    for (const [i, memberId] of command.memberIds.entries()) {
      const outcome = await this.execute(context, { ...facts, activityKey: `${facts.activityKey}|${i}` }, binding, {
        type: 'MarkAttendance', actor, now, data: { memberId: asAadObjectId(memberId), present: command.present },
      });
      // already recorded that way is fine when settling several at once
      if (!outcome.ok && outcome.reason !== 'AlreadyAbsent' && outcome.reason !== 'AlreadyPresent') return outcome;
      if (outcome.ok) recorded += outcome.events;
      last = outcome.ok ? outcome : last;
    }
    if (last?.ok) return { ...last, events: recorded };
    const { state, version } = await this.deps.service.load(binding.sessionId);
    return { ok: true, events: 0, sessionId: binding.sessionId, snapshot: { state, version } };
  }

  /** When a vote opens, the voters get an in-meeting notification (when Teams has a meeting and a public URL). */
  private async notifyVoters(context: TurnContext, facts: TurnFacts, sessionId: string): Promise<void> {
    const publicUrl = this.deps.publicUrl();
    if (!facts.meetingId || !publicUrl?.startsWith('https://')) return;
    const { state } = await this.deps.service.load(sessionId);
    const vote = state.votes.find((v) => v.id === state.openVote);
    if (!vote) return;
    const recipients = await this.people.teamsIdsOf(facts.conversationId, vote.eligible);
    if (recipients.length === 0) return;
    const url = `${publicUrl}/tab/?session=${encodeURIComponent(sessionId)}&vote=${encodeURIComponent(vote.id)}`;
    try {
      await TeamsInfo.sendMeetingNotification(context, {
        type: 'targetedMeetingNotification',
        value: {
          recipients,
          surfaces: [{ surface: 'meetingStage', contentType: 'task', content: { value: { height: 300, width: 400, title: vote.item ? (facts.lang === 'es' ? `Votación abierta · punto ${vote.item}` : `Vote open · item ${vote.item}`) : (facts.lang === 'es' ? 'Votación abierta' : 'Vote open'), url } } }],
        },
      } as never, facts.meetingId);
    } catch (err) {
      this.deps.log(`[bot] the in-meeting notification could not be sent: ${(err as Error).message}`);
    }
  }

  private reply(facts: TurnFacts, message: Bilingual): void {
    this.replyText(facts, message[facts.lang]);
  }

  private replyText(facts: TurnFacts, text: string): void {
    this.deps.outbox.post(facts.target, { type: 'message', text }).catch(() => undefined);
  }
}

/** What the Teams report says beside the roll call; the recorded attendance stays as it is. */
function reconciliationMessage(annex: ReconciliationAnnex, records: number): Bilingual {
  const list = (names: string[], none: string) => (names.length ? names.join(', ') : none);
  return {
    es: `Asistencia según el reporte de Teams (${records} registros). Se conectaron pero no respondieron al pase de lista: ${list(annex.joinedNotAnswered, 'nadie')}. Respondieron al pase de lista pero no aparecen en el reporte: ${list(annex.answeredNotInReport, 'nadie')}. La asistencia registrada no cambia; esta conciliación se anexa a la minuta.`,
    en: `Attendance according to the Teams report (${records} records). Joined but did not answer the roll call: ${list(annex.joinedNotAnswered, 'nobody')}. Answered the roll call but are not in the report: ${list(annex.answeredNotInReport, 'nobody')}. The recorded attendance does not change; this reconciliation is annexed to the minutes.`,
  };
}

/** The follow-up list as a numbered message: what, who, by when, and whether it was done here. */
function followUpList(state: SessionState): Bilingual {
  const say = (lang: Language) => {
    const es = lang === 'es';
    const sourceOf = (f: (typeof state.followUps)[number]) => (es ? `«${f.sourceTitle}»` : `"${f.sourceTitle}"`) + (f.sourceDate ? ` (${writtenDate(f.sourceDate, lang)})` : '');
    const sources = [...new Set(state.followUps.map(sourceOf))];
    const single = sources.length === 1 ? sources[0] : null;
    const head = es
      ? `Seguimiento de acuerdos (punto ${state.followUpItem})${single ? `, de ${single}` : ''}:`
      : `Follow-up of agreements (item ${state.followUpItem})${single ? `, from ${single}` : ''}:`;
    const lines = state.followUps.map((f, i) => {
      const parts = [`${i + 1}. ${f.text}`];
      if (!single) parts.push(es ? `de ${sourceOf(f)}` : `from ${sourceOf(f)}`);
      if (f.responsible) parts.push(es ? `Responsable: ${f.responsible}` : `Responsible: ${f.responsible}`);
      if (f.dueDate) parts.push(es ? `Plazo: ${writtenDate(f.dueDate, lang)}` : `Due: ${writtenDate(f.dueDate, lang)}`);
      parts.push(f.doneAt ? (es ? '✔ cumplido' : '✔ done') + (f.note ? ` (${f.note})` : '') : (es ? 'pendiente' : 'open'));
      return parts.join(' · ');
    });
    const tail = state.followUps.some((f) => !f.doneAt)
      ? (es ? 'Para marcar uno como cumplido: «@Sesiona cumplido N» (y una nota, si la hay).' : 'To mark one done: "@Sesiona agreement done N" (and a note, if any).')
      : '';
    return [head, ...lines, tail].filter(Boolean).join('\n');
  };
  return { es: say('es'), en: say('en') };
}

// ── small translations ──────────────────────────────────────────────────────────────────────────────────────

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function commandFromButton(command: string, data: Record<string, unknown>): BotCommand | null {
  const number = str(data.number);
  const memberIds = (str(data.memberIds) ?? '').split(',').filter(Boolean);
  switch (command) {
    case 'roll-call': case 'start-session': case 'approve-agenda': case 'waive-reading': case 'next': case 'close-vote': case 'resume': case 'close-session':
    case 'complete-item': case 'quorum-check': case 'close-quorum-check':
      return { kind: command } as BotCommand;
    case 'record-presence':
    case 'dismiss-presence':
      if (memberIds.length === 0 || (data.change !== 'left' && data.change !== 'joined')) return null;
      return { kind: 'settle-presence', memberIds, present: data.change === 'joined', keep: command === 'dismiss-presence' };
    case 'vote-economica': return { kind: 'open-vote', method: 'economica' };
    case 'vote-nominal': return { kind: 'open-vote', method: 'nominal' };
    case 'recess': return { kind: 'recess', reason: '' };
    case 'withdraw': return number ? { kind: 'withdraw', number } : null;
    case 'defer': return number ? { kind: 'defer', number } : null;
    default: return null;
  }
}

function fileAttachment(attachments: Attachment[]): { name: string; url: string } | null {
  for (const a of attachments) {
    const content = a.content as { downloadUrl?: string } | undefined;
    if (a.contentType === 'application/vnd.microsoft.teams.file.download.info' && content?.downloadUrl) return { name: a.name ?? 'archivo', url: content.downloadUrl };
    if (a.contentUrl && !a.contentType.startsWith('text/html') && !a.contentType.startsWith('application/vnd.microsoft.card')) return { name: a.name ?? 'archivo', url: a.contentUrl };
  }
  return null;
}

function withKinds(agenda: ImportedAgenda, data: Record<string, unknown>): ImportedAgenda {
  const correct = (items: ImportedItem[]): ImportedItem[] => items.map((item) => {
    const chosen = data[kindInputId(item.number)];
    const kind = typeof chosen === 'string' && (ITEM_KINDS as readonly string[]).includes(chosen) ? (chosen as ItemKind) : item.kind;
    return { ...item, kind, items: correct(item.items) };
  });
  return { ...agenda, items: correct(agenda.items) };
}

const countItems = (items: ImportedItem[]): number => items.reduce((n, i) => n + 1 + countItems(i.items), 0);

function countVotes(view: NonNullable<Awaited<ReturnType<SessionService['view']>>>) {
  const out: [string, Parameters<typeof resultWords>[0]][] = [];
  const walk = (items: typeof view.agenda) => items.forEach((i) => {
    if (i.vote?.outcome) out.push([i.number, { ...i.vote, outcome: i.vote.outcome }]);
    walk(i.items);
  });
  walk(view.agenda);
  return out;
}

const cardResponse = (card: AdaptiveCardJson): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never });
const messageResponse = (text: string): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as never });

