/**
 * The bytes of a file attached in the chat: Teams' download link as it is (personal chats); a file of a group or
 * meeting chat through Microsoft Graph when it is on (the SharePoint link Teams gave, or the chat message's own
 * attachment when Teams gave none: src/graph/chat-attachment.ts); otherwise what to do instead — the "Cargar orden del
 * día" dialog —, said in Spanish and English.
 */
import type { ChatAttachments } from '../../src/graph/chat-attachment';
import { type AttachedFile, downloadFile } from '../file-download';
import type { Bilingual } from '../i18n/language';

export type AttachedContent =
  | { ok: true; name: string; content: Buffer }
  | { ok: false; message: Bilingual; offerDialog: boolean };

/** Where the file was attached: the chat and the message (their Graph ids are Teams' conversation and activity ids). */
export interface AttachedIn {
  conversationId: string;
  messageId: string | null;
}

function withoutGraph(name: string | null): AttachedContent {
  const file = name ? `«${name}»` : 'el archivo';
  const fileEn = name ? `"${name}"` : 'the file';
  return { ok: false, offerDialog: true, message: {
    es: `No puedo leer ${file}: en el chat de una reunión (o de un grupo) Teams no entrega a los bots los archivos adjuntos. Usa «Cargar orden del día» (el botón de abajo, o el del panel de Sesiona en la reunión) y elige ahí el archivo; o pega el texto después de «@Sesiona orden del día».`,
    en: `I cannot read ${fileEn}: in a meeting (or group) chat, Teams does not hand attached files to bots. Use "Upload the order of the day" (the button below, or the one in Sesiona's panel in the meeting) and choose the file there; or paste the text after "@Sesiona agenda".`,
  } };
}

export class AgendaAttachments {
  constructor(private readonly graph: ChatAttachments | null) {}

  async read(file: AttachedFile, where: AttachedIn): Promise<AttachedContent> {
    if (file.kind === 'download') return this.download(file.url, file.name);
    if (!this.graph) return withoutGraph(file.name);
    let shared = file.kind === 'shared' ? { name: file.name, sharingUrl: file.sharingUrl } : null;
    if (!shared) {
      if (!where.messageId) return withoutGraph(null);
      const files = await this.graph.filesOfMessage(where.conversationId, where.messageId, file.name);
      if (!files.ok) return { ok: false, message: files.message, offerDialog: true };
      shared = files.value[0] ?? null;
      if (!shared) return withoutGraph(null);
    }
    const link = await this.graph.downloadUrl(shared);
    if (!link.ok) return { ok: false, message: link.message, offerDialog: true };
    return this.download(link.value, shared.name);
  }

  private async download(url: string, name: string): Promise<AttachedContent> {
    const download = await downloadFile(url, name);
    return download.ok ? { ok: true, name, content: download.content } : { ok: false, message: download.message, offerDialog: false };
  }
}
