/**
 * The "Cargar orden del día" dialog: the way to bring a file into a meeting, where Teams hands bots no attachments.
 * - `taskFetch`: the setup card's button (or the hint under an attachment the bot could not read) asks Teams for a
 *   dialog; the answer is the upload page for this meeting, or the refusal when this person may not set it up.
 * - `upload`: the page sends the file with the person's Teams SSO token (checked by the HTTP route); who may set up
 *   the meeting's session is the same rule as in the chat (`SessionStarts.check`, the domain's `maySessionStart`),
 *   the file is read by the same importer (worker, limits) and the same draft card is posted in the meeting's chat —
 *   the chat the bot recorded for that meeting (src/app/meeting-chats.ts), never one the request names.
 */
import type { TaskModuleResponse } from 'botbuilder';
import { importAgenda } from '../../src/agenda-import';
import type { MeetingChat, MeetingChats } from '../../src/app/meeting-chats';
import { asAadObjectId } from '../../src/domain';
import { UPLOAD_TITLE } from '../cards/agenda-upload-button';
import { DOWNLOAD_LIMITS, readWithin, tooLarge } from '../file-download';
import type { Bilingual, Language } from '../i18n/language';
import { sayRejection } from '../i18n/rejections';
import type { TeamsGateway } from '../teams-gateway';
import type { Turn } from '../turn';
import type { TurnFacts } from '../turn-context-facts';
import type { AgendaSetup } from './agenda-setup';
import type { BotKit } from './kit';

/** Teams, asked on the bot's own initiative in a conversation (a proactive turn). */
export type TeamsIn = <T>(target: MeetingChat['target'], work: (teams: TeamsGateway) => Promise<T>) => Promise<T>;

export interface AgendaUploadRequest {
  /** Who sends it, from the Teams SSO token (null: the server has no sign-in). */
  user: { oid: string | null; name: string | null };
  meetingKey: string;
  lang: Language;
  fileName: string;
  /** The request's Content-Length, when it says one. */
  declaredBytes: number | null;
  body: AsyncIterable<Uint8Array>;
}

export type AgendaUploadRefusal = 'no-sign-in' | 'unknown-meeting' | 'not-allowed' | 'too-large' | 'empty' | 'unreadable';

export type AgendaUploadOutcome =
  | { ok: true; items: number; title: string | null; message: Bilingual }
  | { ok: false; refusal: AgendaUploadRefusal; message: Bilingual };

const refuse = (refusal: AgendaUploadRefusal, message: Bilingual): AgendaUploadOutcome => ({ ok: false, refusal, message });

/** Where the dialog's page is, for this meeting and language. */
export function uploadPageUrl(base: string, meetingKey: string, lang: Language): string {
  return `${base}/tab/upload.html?meeting=${encodeURIComponent(meetingKey)}&lang=${lang}`;
}

export class AgendaUpload {
  constructor(
    private readonly kit: BotKit,
    private readonly agenda: AgendaSetup,
    private readonly chats: MeetingChats,
    private readonly teamsIn: TeamsIn | null,
  ) {}

  /** Remembers which chat a meeting is held in, from an activity Teams sent there. */
  saw(facts: TurnFacts): Promise<void> {
    return this.chats.saw({ meetingKey: facts.meetingKey, meetingId: facts.meetingId, target: facts.target });
  }

  /** The dialog Teams asked for: the upload page, or why this person cannot use it. */
  async taskFetch(turn: Turn): Promise<TaskModuleResponse> {
    const { facts } = turn;
    await this.saw(facts);
    const may = await this.kit.starts.check(facts.meetingKey, turn.actor.id, () => turn.teams.isOrganizer(facts.meetingId, turn.actor.id, facts.tenantId));
    if (!may.ok) return { task: { type: 'message', value: sayRejection(may.rejection, facts.lang) } };
    const base = this.kit.publicUrl() ?? '';
    const url = uploadPageUrl(base, facts.meetingKey, facts.lang);
    return { task: { type: 'continue', value: { title: UPLOAD_TITLE[facts.lang], url, fallbackUrl: url, height: 360, width: 520 } } };
  }

  /** A file sent from the dialog: checked, read and shown as the draft card in the meeting's chat. */
  async upload(request: AgendaUploadRequest): Promise<AgendaUploadOutcome> {
    const { user, lang, fileName } = request;
    if (!user.oid) {
      return refuse('no-sign-in', {
        es: 'Este servidor de Sesiona no tiene el inicio de sesión de Teams configurado, así que no sé quién envía el archivo. Adjúntalo en el chat o pega el texto después de «@Sesiona orden del día».',
        en: 'This Sesiona server has no Teams sign-in configured, so I cannot tell who sends the file. Attach it in the chat, or paste the text after "@Sesiona agenda".',
      });
    }
    const chat = await this.chats.of(request.meetingKey);
    if (!chat) {
      return refuse('unknown-meeting', {
        es: 'Sesiona todavía no está en el chat de esta reunión. Agrega Sesiona a la reunión (Aplicaciones → Sesiona) o escribe «@Sesiona ayuda» en su chat, y vuelve a intentarlo.',
        en: 'Sesiona is not in this meeting\'s chat yet. Add Sesiona to the meeting (Apps → Sesiona) or write "@Sesiona help" in its chat, and try again.',
      });
    }
    const actor = asAadObjectId(user.oid);
    const may = await this.kit.starts.check(chat.meetingKey, actor, () => this.isOrganizer(chat, user.oid!));
    if (!may.ok) return refuse('not-allowed', { es: sayRejection(may.rejection, 'es'), en: sayRejection(may.rejection, 'en') });
    if (request.declaredBytes !== null && request.declaredBytes > DOWNLOAD_LIMITS.bytes) return refuse('too-large', tooLarge(fileName));
    const content = await readWithin(request.body, DOWNLOAD_LIMITS.bytes);
    if (!content) return refuse('too-large', tooLarge(fileName));
    if (content.length === 0) return refuse('empty', { es: `«${fileName}» está vacío.`, en: `"${fileName}" is empty.` });
    const imported = await importAgenda(content, fileName, undefined, lang);
    if (!imported.ok) return refuse('unreadable', imported.error.message);
    const where = { conversationId: chat.target.conversationId, meetingKey: chat.meetingKey, target: chat.target, lang };
    await this.agenda.postDraft(where, { id: actor, name: user.name ?? user.oid }, imported.agenda);
    const items = imported.agenda.items.length;
    return {
      ok: true, items, title: imported.agenda.header.title,
      message: {
        es: `Listo: el borrador del orden del día (${items} puntos) está en el chat de la reunión. Revisa ahí el tipo de cada punto y confírmalo.`,
        en: `Done: the draft order of the day (${items} items) is in the meeting chat. Check each item's kind there and confirm it.`,
      },
    };
  }

  private async isOrganizer(chat: MeetingChat, oid: string): Promise<boolean | null> {
    if (!this.teamsIn || !chat.meetingId) return null;
    try {
      return await this.teamsIn(chat.target, (teams) => teams.isOrganizer(chat.meetingId, oid, chat.target.tenantId));
    } catch (err) {
      this.kit.log(`[bot] could not ask Teams who organised meeting ${chat.meetingKey}: ${(err as Error).message}`);
      return null;
    }
  }
}
