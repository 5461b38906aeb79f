/**
 * The record after the session: the draft minutes (signed links, and published to the minutes folder through
 * Microsoft Graph when configured), and the Teams attendance report reconciled with the roll call — asked for
 * («asistencia de Teams») or due some minutes after the meeting ends. That due report is a scheduled task in the
 * store, so a restart in between does not lose it.
 */
import { sessionStream } from '../../src/app/session-service';
import { basisOf, capabilitiesOf, refusalToPublishRecord, type SessionState } from '../../src/domain';
import { GraphProblem } from '../../src/graph/graph-gateway';
import { resultWords } from '../../src/i18n/vote-result';
import type { ReconciliationAnnex } from '../../src/minutes/minutes';
import type { ConversationTarget } from '../../src/app/card-records';
import { publishedMinutesCard } from '../cards/minutes-card';
import { type Bilingual, type Language, languageOf } from '../i18n/language';
import { sayRejection } from '../i18n/rejections';
import type { Turn } from '../turn';
import type { BotKit } from './kit';

interface ReportDue {
  sessionId: string;
  organizerId: string;
  graphId: string;
  target: ConversationTarget;
  lang: Language;
}

const REPORT = 'attendance-report';

export class RecordAfterSession {
  constructor(private readonly kit: BotKit) {}

  /** «minuta»: the signed links once the session is closed; published to the minutes folder for those who conduct. */
  async minutes(turn: Turn): Promise<void> {
    const { facts } = turn;
    const session = await this.kit.path.sessionOf(turn);
    if (!session.ok) {
      this.kit.replies.text(facts, session.message);
      return;
    }
    const snapshot = await this.kit.service.load(session.sessionId);
    const view = this.kit.service.viewOf(sessionStream(session.sessionId), snapshot)!;
    if (view.phase !== 'closed') {
      this.kit.replies.say(facts, { es: 'La minuta se genera cuando la sesión se clausura.', en: 'The minutes are drawn up once the session is closed.' });
      return;
    }
    const link = this.kit.minutesLink;
    const sessionId = session.sessionId;
    const votes = (lang: Language) => voteResults(snapshot.state, lang).join('; ');
    this.kit.replies.say(facts, {
      es: `Proyecto de minuta de «${view.title}»: ${link(sessionId, 'docx', 'es')} (Markdown: ${link(sessionId, 'md', 'es')}). Votaciones: ${votes('es') || 'ninguna'}.`,
      en: `Draft minutes of "${view.title}": ${link(sessionId, 'docx', 'en')} (Markdown: ${link(sessionId, 'md', 'en')}). Votes: ${votes('en') || 'none'}.`,
    });
    const publisher = this.kit.record?.publisher;
    if (!publisher?.publishesMinutes || !capabilitiesOf(snapshot.state, turn.actor.id).mayPublishRecord) return;
    try {
      const published = await publisher.publishMinutes(sessionId, facts.lang);
      this.kit.replies.card(facts, publishedMinutesCard(facts.lang, view.title, published.name, published.webUrl));
    } catch (err) {
      this.graphFailed(facts, err, { es: 'La minuta sigue disponible en los enlaces de arriba.', en: 'The minutes are still available from the links above.' });
    }
  }

  /** «asistencia de Teams»: reconcile now (the meeting must have ended for Teams to have the report). */
  async attendanceNow(turn: Turn): Promise<void> {
    const { facts } = turn;
    const binding = await this.kit.bindings.bindingFor(facts.meetingKey);
    if (!binding) {
      this.kit.replies.text(facts, sayRejection({ reason: 'SessionNotFound' }, facts.lang));
      return;
    }
    const { state } = await this.kit.service.load(binding.sessionId);
    const refusal = refusalToPublishRecord(state, turn.actor.id);
    if (refusal) {
      this.kit.replies.text(facts, sayRejection(refusal, facts.lang));
      return;
    }
    if (!this.kit.record) {
      this.kit.replies.say(facts, {
        es: 'La conciliación con el reporte de asistencia de Teams requiere Microsoft Graph, que no está configurado en este servidor (SESIONA_GRAPH=on). La asistencia registrada en el pase de lista es la válida.',
        en: 'Reconciling with the Teams attendance report needs Microsoft Graph, which is not configured on this server (SESIONA_GRAPH=on). The attendance recorded in the roll call stands.',
      });
      return;
    }
    const meeting = await this.meetingOf(turn);
    if (meeting) await this.reconcile({ ...meeting, sessionId: binding.sessionId, target: facts.target, lang: languageOf(binding.language) });
  }

  /** The meeting ended: the report is due some minutes later (Teams prepares it meanwhile). */
  async afterMeeting(turn: Turn): Promise<void> {
    if (!this.kit.record?.attendance) return;
    const binding = await this.kit.bindings.bindingFor(turn.facts.meetingKey);
    if (!binding) return;
    const meeting = await this.meetingOf(turn);
    if (!meeting) return;
    const due: ReportDue = { ...meeting, sessionId: binding.sessionId, target: turn.facts.target, lang: languageOf(binding.language) };
    const task = { id: `${REPORT}:${binding.sessionId}:${turn.facts.activityKey}`, kind: REPORT, dueAt: new Date(Date.parse(this.kit.clock()) + this.kit.record.attendanceDelayMs).toISOString(), data: due };
    await this.kit.tasks.schedule(task);
    this.when(task);
  }

  /** On start: the reports that were due or pending when the server stopped. */
  async resumeDue(): Promise<number> {
    if (!this.kit.record) return 0;
    const due = (await this.kit.tasks.pending()).filter((t) => t.kind === REPORT);
    for (const task of due) this.when(task as { id: string; dueAt: string; data: ReportDue });
    return due.length;
  }

  private when(task: { id: string; dueAt: string; data: ReportDue }): void {
    const wait = Math.max(0, Date.parse(task.dueAt) - Date.parse(this.kit.clock()));
    this.kit.background.after(wait, async () => {
      if (!(await this.kit.tasks.claim(task.id, this.kit.clock()))) return; // another instance has it
      const outcome = await this.reconcile(task.data);
      await this.kit.tasks.done(task.id, this.kit.clock(), outcome);
    });
  }

  /** The organizer and the Graph id of the meeting, from Teams; a message when Teams cannot say. */
  private async meetingOf(turn: Turn): Promise<{ organizerId: string; graphId: string } | null> {
    try {
      if (!turn.facts.meetingId) throw new Error('this chat is not a meeting chat');
      const { organizerId, graphId } = await turn.teams.meeting(turn.facts.meetingId);
      if (!organizerId || !graphId) throw new Error('Teams did not give the organizer or the msGraphResourceId');
      return { organizerId, graphId };
    } catch (err) {
      this.kit.log(`[bot] meeting info for the attendance report: ${(err as Error).message}`);
      this.kit.replies.say(turn.facts, {
        es: 'No pude obtener de Teams los datos de la reunión para pedir su reporte de asistencia (solo existe en chats de reuniones programadas). La asistencia registrada en el pase de lista es la válida.',
        en: 'I could not get the meeting details from Teams to ask for its attendance report (it exists only in scheduled meeting chats). The attendance recorded in the roll call stands.',
      });
      return null;
    }
  }

  private async reconcile(due: ReportDue): Promise<string> {
    const to = { target: due.target, lang: due.lang };
    try {
      const reconciled = await this.kit.record!.publisher.reconcileAttendance(due.sessionId, due.organizerId, due.graphId);
      this.kit.replies.say(to, reconciliationMessage(reconciled.annex, reconciled.records));
      return 'reconciled';
    } catch (err) {
      this.graphFailed(to, err, { es: 'La asistencia registrada en el pase de lista no cambia.', en: 'The attendance recorded in the roll call does not change.' });
      return 'failed';
    }
  }

  private graphFailed(to: { target: ConversationTarget; lang: Language }, err: unknown, after: Bilingual): void {
    if (err instanceof GraphProblem) {
      this.kit.log(`[bot] Microsoft Graph: ${err.text.en}`);
      this.kit.replies.say(to, { es: `${err.text.es} ${after.es}`, en: `${err.text.en} ${after.en}` });
      return;
    }
    this.kit.log(`[bot] Microsoft Graph failed: ${(err as Error).stack ?? err}`);
    this.kit.replies.say(to, { es: `Microsoft Graph no respondió como se esperaba (${(err as Error).message}). ${after.es}`, en: `Microsoft Graph did not answer as expected (${(err as Error).message}). ${after.en}` });
  }
}

/** "1: Aprobado por mayoría", for each item voted, in order. */
function voteResults(state: SessionState, lang: Language): string[] {
  return state.votes
    .filter((v) => v.item && v.result)
    .map((v) => `${v.item}: ${resultWords({ outcome: v.result!.outcome, basis: basisOf(v.result!), required: v.result!.required ?? null }, state.rules.majority, lang)}`);
}

/** What the Teams report says beside the roll call; the recorded attendance stays as it is. */
function reconciliationMessage(annex: ReconciliationAnnex, records: number): Bilingual {
  const list = (names: string[], none: string) => (names.length ? names.join(', ') : none);
  return {
    es: `Asistencia según el reporte de Teams (${records} registros). Se conectaron pero no respondieron al pase de lista: ${list(annex.joinedNotAnswered, 'nadie')}. Respondieron al pase de lista pero no aparecen en el reporte: ${list(annex.answeredNotInReport, 'nadie')}. La asistencia registrada no cambia; esta conciliación se anexa a la minuta.`,
    en: `Attendance according to the Teams report (${records} records). Joined but did not answer the roll call: ${list(annex.joinedNotAnswered, 'nobody')}. Answered the roll call but are not in the report: ${list(annex.answeredNotInReport, 'nobody')}. The recorded attendance does not change; this reconciliation is annexed to the minutes.`,
  };
}

