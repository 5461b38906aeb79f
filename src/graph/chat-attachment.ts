/**
 * A file attached in a meeting (or group) chat, read through Microsoft Graph: Teams hands such files to a bot only as
 * a SharePoint or OneDrive link, or not at all (the message shows the file; the bot gets no link). Graph gives both:
 *
 *   GET /chats/{chat id}/messages/{message id}              the message's attachments ("reference": name, contentUrl)
 *   GET /shares/u!{base64url of the sharing URL}/driveItem/content
 *       → 302 Found, Location: a pre-authenticated download URL (short-lived; it takes no Authorization header)
 *
 * The app-only token goes to Graph only: the redirect is followed by the caller as a plain download, so the token
 * never reaches the download host. Permissions (application, admin consent): Files.ReadWrite.All for the shares API
 * (Graph's least privileged for an app-only /shares), and Chat.Read.All to read the chat message when Teams gave the
 * bot no link. Answers are values; a refusal names the permission, in Spanish and English.
 */

export type GraphFileAnswer<T> = { ok: true; value: T } | { ok: false; message: { es: string; en: string } };

export interface ChatFileReference {
  name: string;
  sharingUrl: string;
}

export const CHAT_FILE_PERMISSIONS = { share: 'Files.ReadWrite.All', message: 'Chat.Read.All' } as const;

/** Graph's sharing token for a sharing URL: `u!` + the URL in unpadded base64url. */
export function encodeSharingUrl(url: string): string {
  return `u!${Buffer.from(url, 'utf8').toString('base64url')}`;
}

export class ChatAttachments {
  private readonly base: string;

  constructor(private readonly settings: { baseUrl: string; token: () => Promise<string>; timeoutMs?: number }) {
    this.base = settings.baseUrl.replace(/\/$/, '');
  }

  /** The files of a chat message (attachments of type "reference"); an empty list when it has none. */
  async filesOfMessage(chatId: string, messageId: string, fileName: string | null): Promise<GraphFileAnswer<ChatFileReference[]>> {
    const url = `${this.base}/chats/${encodeURIComponent(chatId)}/messages/${encodeURIComponent(messageId)}`;
    const answer = await this.get(url, 'follow', 'message', fileName);
    if (!answer.ok) return answer;
    const message = (await answer.value.json().catch(() => ({}))) as { attachments?: { contentType?: string; contentUrl?: string; name?: string }[] };
    const files = (message.attachments ?? [])
      .filter((a) => a.contentType === 'reference' && typeof a.contentUrl === 'string')
      .map((a) => ({ name: a.name ?? 'archivo', sharingUrl: a.contentUrl! }));
    return { ok: true, value: files };
  }

  /** Where the shared file's bytes can be downloaded (the Location of Graph's 302), without a token. */
  async downloadUrl(file: ChatFileReference): Promise<GraphFileAnswer<string>> {
    const answer = await this.get(`${this.base}/shares/${encodeSharingUrl(file.sharingUrl)}/driveItem/content`, 'manual', 'share', file.name);
    if (!answer.ok) return answer;
    const location = answer.value.headers.get('location');
    if (answer.value.status >= 300 && answer.value.status < 400 && location) return { ok: true, value: new URL(location, this.base).href };
    return problem(file.name, `HTTP ${answer.value.status} ${answer.value.status === 200 ? 'sin redirección / without a redirect' : ''}`.trim());
  }

  private async get(url: string, redirect: RequestRedirect, what: keyof typeof CHAT_FILE_PERMISSIONS, fileName: string | null): Promise<GraphFileAnswer<Response>> {
    let token: string;
    try {
      token = await this.settings.token();
    } catch (err) {
      return { ok: false, message: {
        es: `Sesiona no obtuvo de Microsoft Entra ID un token para Microsoft Graph, así que no pudo leer ${fileName ? `«${fileName}»` : 'el archivo adjunto'}. Detalle: ${(err as Error).message}`,
        en: `Sesiona did not get a token for Microsoft Graph from Microsoft Entra ID, so it could not read ${fileName ? `"${fileName}"` : 'the attached file'}. Detail: ${(err as Error).message}`,
      } };
    }
    let response: Response;
    try {
      response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, redirect, signal: AbortSignal.timeout(this.settings.timeoutMs ?? 30_000) });
    } catch (err) {
      return problem(fileName, (err as Error).message);
    }
    if (response.ok || (redirect === 'manual' && response.status >= 300 && response.status < 400)) return { ok: true, value: response };
    const detail = await graphErrorOf(response);
    if (response.status === 401 || response.status === 403) {
      const permission = CHAT_FILE_PERMISSIONS[what];
      return { ok: false, message: {
        es: `Microsoft Graph no permitió a Sesiona leer ${fileName ? `«${fileName}»` : 'el archivo adjunto'}: la aplicación necesita el permiso de aplicación ${permission} con consentimiento de la persona administradora. Mientras tanto, usa «Cargar orden del día». Detalle: ${detail}`,
        en: `Microsoft Graph did not let Sesiona read ${fileName ? `"${fileName}"` : 'the attached file'}: the app needs the application permission ${permission} with admin consent. Meanwhile, use "Upload the order of the day". Detail: ${detail}`,
      } };
    }
    if (response.status === 404) {
      return { ok: false, message: {
        es: `Microsoft Graph no encontró ${fileName ? `«${fileName}»` : 'el archivo adjunto'} (¿se borró o dejó de compartirse?). Vuelve a adjuntarlo o usa «Cargar orden del día».`,
        en: `Microsoft Graph did not find ${fileName ? `"${fileName}"` : 'the attached file'} (deleted, or no longer shared?). Attach it again or use "Upload the order of the day".`,
      } };
    }
    return problem(fileName, `HTTP ${response.status}: ${detail}`);
  }
}

function problem(fileName: string | null, why: string): { ok: false; message: { es: string; en: string } } {
  return { ok: false, message: {
    es: `No pude leer ${fileName ? `«${fileName}»` : 'el archivo adjunto'} a través de Microsoft Graph (${why}). Vuelve a intentarlo o usa «Cargar orden del día».`,
    en: `I could not read ${fileName ? `"${fileName}"` : 'the attached file'} through Microsoft Graph (${why}). Try again or use "Upload the order of the day".`,
  } };
}

async function graphErrorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  return body?.error ? `${body.error.code ?? ''} ${body.error.message ?? ''}`.trim() : `HTTP ${response.status}`;
}
