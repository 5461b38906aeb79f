/**
 * The order of the day: pasted after «orden del día» or attached as a document; read, shown as a draft card whose
 * kinds the sender can correct, and confirmed (the session is created and bound to the meeting) or discarded. Who
 * may start a session is the domain's rule (asked before anything sent is downloaded or read); who may finish a
 * draft, too.
 */
import type { Attachment } from 'botbuilder';
import { importAgenda, importAgendaText, toAgendaDrafts } from '../../src/agenda-import';
import type { ImportedAgenda, ImportedItem, ImportResult } from '../../src/agenda-import/imported-agenda';
import { asSessionId, ITEM_KINDS, type ItemKind, mayFinishDraft } from '../../src/domain';
import type { CardAction } from '../card-action';
import { cardActivity } from '../cards/card-activity';
import { draftCard } from '../cards/draft-card';
import { downloadFile } from '../file-download';
import { sayRejection } from '../i18n/rejections';
import { answerCard, answerMessage, type InvokeAnswer } from '../invoke-answer';
import type { Turn } from '../turn';
import type { BotKit } from './kit';
import type { Roster } from './roster';

/** The file a message carries: Teams' download link (personal chats) or a plain attachment. */
export function fileOf(attachments: Attachment[]): { name: string; url: string } | null {
  for (const a of attachments) {
    const content = a.content as { downloadUrl?: string } | undefined;
    if (a.contentType === 'application/vnd.microsoft.teams.file.download.info' && content?.downloadUrl) return { name: a.name ?? 'archivo', url: content.downloadUrl };
    if (a.contentUrl && !a.contentType.startsWith('text/html') && !a.contentType.startsWith('application/vnd.microsoft.card')) return { name: a.name ?? 'archivo', url: a.contentUrl };
  }
  return null;
}

const countItems = (items: ImportedItem[]): number => items.reduce((n, i) => n + 1 + countItems(i.items), 0);

/** The draft with the kinds chosen on its card. */
function withKinds(agenda: ImportedAgenda, kinds: Record<string, string>): ImportedAgenda {
  const correct = (items: ImportedItem[]): ImportedItem[] => items.map((item) => {
    const chosen = kinds[item.number];
    const kind = chosen && (ITEM_KINDS as readonly string[]).includes(chosen) ? (chosen as ItemKind) : item.kind;
    return { ...item, kind, items: correct(item.items) };
  });
  return { ...agenda, items: correct(agenda.items) };
}

export class AgendaSetup {
  constructor(private readonly kit: BotKit, private readonly roster: Roster) {}

  /** «orden del día» and the text below it. */
  async fromText(turn: Turn, text: string): Promise<void> {
    if (await this.refused(turn)) return;
    await this.draft(turn, importAgendaText(text));
  }

  /** An attached file: a roster (.csv) or an order of the day (nothing is downloaded for someone who may not start). */
  async fromFile(turn: Turn, file: { name: string; url: string }): Promise<void> {
    const roster = /\.csv$/i.test(file.name);
    if (!roster && (await this.refused(turn))) return;
    const download = await downloadFile(file.url, file.name);
    if (!download.ok) {
      this.kit.replies.say(turn.facts, download.message);
      return;
    }
    if (roster) await this.roster.fromFile(turn, download.content.toString('utf8'));
    else await this.draft(turn, await importAgenda(download.content, file.name));
  }

  /** The draft card's buttons. */
  async finish(turn: Turn, action: Extract<CardAction, { verb: 'confirm-agenda' | 'discard-agenda' }>): Promise<InvokeAnswer> {
    const { lang, meetingKey } = turn.facts;
    const draft = await this.kit.drafts.load(action.ref.draftId);
    if (!draft) return answerMessage(lang === 'es' ? 'Ese orden del día ya no está disponible; vuelve a enviarlo.' : 'That order of the day is no longer available; send it again.');
    if (draft.status !== 'pending') return answerCard(draftCard(draft.id, draft.agenda, lang, draft.status));
    const refusal = mayFinishDraft({ by: draft.by, meetingKey: draft.meetingId }, turn.actor.id, meetingKey);
    if (refusal) return answerMessage(sayRejection(refusal, lang));
    if (action.verb === 'discard-agenda') {
      await this.kit.drafts.finish(draft.id, draft.version, { type: 'DraftDiscarded' });
      return answerCard(draftCard(draft.id, draft.agenda, lang, 'discarded'));
    }
    const agenda = withKinds(draft.agenda, action.kinds);
    const h = agenda.header;
    const started = await this.kit.starts.start({
      meetingKey, conversationId: turn.facts.conversationId, actor: turn.actor, language: lang, now: this.kit.clock(),
      isMeetingOrganizer: () => turn.teams.isOrganizer(turn.facts.meetingId, turn.actor.id, turn.facts.tenantId),
      sessionId: asSessionId(`s-${this.kit.newId()}`), idempotencyKey: `draft:${draft.id}`,
      session: {
        body: h.body ?? '', title: h.title ?? (lang === 'es' ? 'Sesión' : 'Session'), kind: h.kind, date: h.date, time: h.time, modality: h.modality,
        agenda: toAgendaDrafts(agenda.items), rules: this.kit.rules,
      },
    });
    if (!started.ok) return answerMessage(sayRejection(started.rejection, lang));
    await this.kit.drafts.finish(draft.id, draft.version, { type: 'DraftConfirmed', sessionId: started.sessionId });
    const panel = this.kit.publicUrl() ? `${this.kit.publicUrl()}/tab/?session=${started.sessionId}` : null;
    this.kit.replies.say(turn.facts, {
      es: `Sesión creada: «${h.title ?? 'Sesión'}», ${countItems(agenda.items)} puntos. Ahora indica la integración («@Sesiona presidencia @Nombre», «@Sesiona integrantes @Nombre @Nombre», «@Sesiona representantes @Nombre») y después «@Sesiona pase de lista».${panel ? ` Panel en vivo: ${panel}` : ''}`,
      en: `Session created: "${h.title ?? 'Session'}", ${countItems(agenda.items)} items. Now set the roster ("@Sesiona chair @Name", "@Sesiona members @Name @Name", "@Sesiona representatives @Name") and then "@Sesiona roll call".${panel ? ` Live panel: ${panel}` : ''}`,
    });
    return answerCard(draftCard(draft.id, agenda, lang, 'confirmed'));
  }

  /** Replies with the refusal and answers true when this person may not start a session here. */
  private async refused(turn: Turn): Promise<boolean> {
    const may = await this.kit.starts.check(turn.facts.meetingKey, turn.actor.id, () => turn.teams.isOrganizer(turn.facts.meetingId, turn.actor.id, turn.facts.tenantId));
    if (may.ok) return false;
    this.kit.replies.text(turn.facts, sayRejection(may.rejection, turn.facts.lang));
    return true;
  }

  private async draft(turn: Turn, imported: ImportResult): Promise<void> {
    if (!imported.ok) {
      this.kit.replies.say(turn.facts, imported.error.message);
      return;
    }
    const id = this.kit.newId();
    const { facts } = turn;
    await this.kit.drafts.save({ id, conversationId: facts.conversationId, meetingId: facts.meetingKey, agenda: imported.agenda, by: turn.actor.id, language: facts.lang });
    this.kit.outbox.upsert(facts.target, `draft:${id}`, cardActivity(draftCard(id, imported.agenda, facts.lang))).catch(() => undefined);
  }
}
