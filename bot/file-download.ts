/**
 * Files sent to Sesiona, bounded: what a chat message carries (Teams' download link in a personal chat, a SharePoint
 * or OneDrive file in a group or meeting chat — read only through Microsoft Graph —, or nothing but the file's mark
 * in the message), and the download itself: the body is read as a stream and stopped as soon as more than 10 MB have
 * arrived, whatever Content-Length says (a chunked download has none), and when it takes longer than the time limit.
 * Answers the bytes, or a message in Spanish and English. The dialog's upload is read with the same bound.
 */
import type { Attachment } from 'botbuilder';
import type { Bilingual } from './i18n/language';

export interface DownloadLimits {
  bytes: number;
  timeMs: number;
}

export const DOWNLOAD_LIMITS: DownloadLimits = { bytes: 10 * 1024 * 1024, timeMs: 30_000 };

export type Download = { ok: true; content: Buffer } | { ok: false; message: Bilingual };

/**
 * A file a chat message carries. `download`: a link the bot may read as it is (Teams' `downloadUrl` in a personal chat,
 * or a plain `contentUrl`); `shared`: a file kept in SharePoint or OneDrive (group and meeting chats, channels), read
 * only through Graph's shares API; `unseen`: the message shows a file (`<attachment id="…">` in its text) but Teams
 * gave the bot no link to it, as it does in group and meeting chats.
 */
export type AttachedFile =
  | { kind: 'download'; name: string; url: string }
  | { kind: 'shared'; name: string; sharingUrl: string }
  | { kind: 'unseen'; name: string | null };

const SHAREPOINT_HOST = /(^|\.)(sharepoint\.com|sharepoint\.us|sharepoint\.de|sharepoint\.cn|sharepoint-mil\.us|onedrive\.live\.com|1drv\.ms)$/i;

function isSharePoint(url: string): boolean {
  try {
    return SHAREPOINT_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The file a message carries, or null when it carries none. */
export function attachedFileOf(attachments: Attachment[]): AttachedFile | null {
  for (const a of attachments) {
    const content = a.content as { downloadUrl?: string } | undefined;
    if (a.contentType === 'application/vnd.microsoft.teams.file.download.info' && content?.downloadUrl) return { kind: 'download', name: a.name ?? 'archivo', url: content.downloadUrl };
    if (a.contentUrl && !a.contentType.startsWith('text/html') && !a.contentType.startsWith('application/vnd.microsoft.card')) {
      return isSharePoint(a.contentUrl) ? { kind: 'shared', name: a.name ?? 'archivo', sharingUrl: a.contentUrl } : { kind: 'download', name: a.name ?? 'archivo', url: a.contentUrl };
    }
  }
  const marked = attachments.some((a) => a.contentType.startsWith('text/html') && typeof a.content === 'string' && /<attachment\s+id=/i.test(a.content));
  return marked ? { kind: 'unseen', name: null } : null;
}

export function tooLarge(fileName: string, limits: DownloadLimits = DOWNLOAD_LIMITS): Bilingual {
  const mb = limits.bytes / 1024 / 1024;
  return {
    es: `«${fileName}» pesa más de ${mb} MB, el máximo. Envía solo el orden del día (sin anexos) o pega el texto.`,
    en: `"${fileName}" is over ${mb} MB, the limit. Send only the order of the day (without annexes) or paste the text.`,
  };
}

/** The chunks of a fetch body (a web ReadableStream) as an async iterable, like an HTTP request's. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Reads a body to its end, or stops (answers null) as soon as it passes `maxBytes`. */
export async function readWithin(body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of 'getReader' in body ? chunksOf(body) : body) {
    received += chunk.length;
    if (received > maxBytes) return null;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export async function downloadFile(url: string, fileName: string, limits: DownloadLimits = DOWNLOAD_LIMITS): Promise<Download> {
  const failed = (why: string): Download => ({ ok: false, message: {
    es: `No pude descargar el archivo «${fileName}» (${why}). Vuelve a adjuntarlo o pega el texto.`,
    en: `I could not download the file "${fileName}" (${why}). Attach it again or paste the text.`,
  } });
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, limits.timeMs);
  try {
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) return failed(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > limits.bytes) return { ok: false, message: tooLarge(fileName, limits) };
    const content = response.body ? await readWithin(response.body, limits.bytes) : Buffer.alloc(0);
    return content ? { ok: true, content } : { ok: false, message: tooLarge(fileName, limits) };
  } catch (err) {
    if (timedOut) {
      return { ok: false, message: {
        es: `La descarga de «${fileName}» tardó más de ${limits.timeMs / 1000} segundos y la detuve. Vuelve a adjuntarlo o pega el texto.`,
        en: `Downloading "${fileName}" took more than ${limits.timeMs / 1000} seconds and I stopped it. Attach it again or paste the text.`,
      } };
    }
    return failed((err as Error).message);
  } finally {
    clearTimeout(timer);
    abort.abort(); // closes the connection if the body was not read to its end
  }
}
