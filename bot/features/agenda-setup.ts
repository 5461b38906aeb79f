/**
 * The order of the day: pasted after «orden del día» or attached as a document; read, shown as a draft card whose
 * kinds the sender can correct, and confirmed (the session is created and bound to the meeting) or discarded. Who
 * may start a session is the domain's rule (asked before anything sent is downloaded or read); who may finish a
 * draft, too.
 */
import { importAgenda, importAgendaText, toAgendaDrafts } from '../../src/agenda-import';
import type { ImportedAgenda, ImportedItem, ImportResult } from '../../src/agenda-import/imported-agenda';
import { asSessionId, ITEM_KINDS, type ItemKind, mayFinishDraft } from '../../src/domain';
import type { CardAction } from '../card-action';
import { cardActivity } from '../cards/card-activity';
import { draftCard } from '../cards/draft-card';
import { agendaUploadHintCard } from '../cards/agenda-upload-button';
import type { AttachedFile } from '../file-download';
import { sayRejection } from '../i18n/rejections';
import { answerCard, answerMessage, type InvokeAnswer } from '../invoke-answer';
import type { Turn } from '../turn';
import type { Language } from '../i18n/language';
import type { ConversationTarget } from '../outbox';
import type { AgendaAttachments } from './agenda-attachments';
import type { BotKit } from './kit';
import type { Roster } from './roster';

/** The chat a draft is posted in, and the language of its card. */
export interface DraftPlace {
  conversationId: string;
  meetingKey: string;
  target: ConversationTarget;
  lang: Language;
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
  constructor(private readonly kit: BotKit, private readonly roster: Roster, private readonly attachments: AgendaAttachments) {}

  /** «orden del día» and the text below it. */
  async fromText(turn: Turn, text: string): Promise<void> {
    if (await this.refused(turn)) return;
    await this.draft(turn, importAgendaText(text, turn.facts.lang));
  }

  /** An attached file: a roster (.csv) or an order of the day (nothing is downloaded for someone who may not start). */
  async fromFile(turn: Turn, file: AttachedFile): Promise<void> {
    const roster = file.name !== null && /\.csv$/i.test(file.name);
    if (!roster && (await this.refused(turn))) return;
    const read = await this.attachments.read(file, { conversationId: turn.facts.conversationId, messageId: turn.messageId });
    if (!read.ok) {
      if (read.offerDialog) this.kit.replies.card(turn.facts, agendaUploadHintCard(turn.facts.lang, read.message[turn.facts.lang]));
      else this.kit.replies.say(turn.facts, read.message);
      return;
    }
    if (/\.csv$/i.test(read.name)) await this.roster.fromFile(turn, read.content.toString('utf8'));
    else await this.draft(turn, await importAgenda(read.content, read.name, undefined, turn.facts.lang));
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
    const { facts } = turn;
    await this.postDraft({ conversationId: facts.conversationId, meetingKey: facts.meetingKey, target: facts.target, lang: facts.lang }, turn.actor, imported.agenda);
  }

  /** The draft saved for whoever sent it and its card posted in the chat: the chat's path and the dialog's. */
  async postDraft(place: DraftPlace, by: Turn['actor'], agenda: ImportedAgenda): Promise<string> {
    const id = this.kit.newId();
    await this.kit.drafts.save({ id, conversationId: place.conversationId, meetingId: place.meetingKey, agenda, by: by.id, language: place.lang });
    this.kit.outbox.upsert(place.target, `draft:${id}`, cardActivity(draftCard(id, agenda, place.lang))).catch(() => undefined);
    return id;
  }
}
