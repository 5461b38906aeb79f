/**
 * Downloads a file attached in the chat, bounded: the body is read as a stream and the download is aborted as soon
 * as more than 10 MB have arrived, whatever Content-Length says (a chunked download has none), and when it takes
 * longer than the time limit. Answers the bytes, or a message for the chat in Spanish and English.
 */
import type { Bilingual } from './i18n/language';

export interface DownloadLimits {
  bytes: number;
  timeMs: number;
}

export const DOWNLOAD_LIMITS: DownloadLimits = { bytes: 10 * 1024 * 1024, timeMs: 30_000 };

export type Download = { ok: true; content: Buffer } | { ok: false; message: Bilingual };

export async function downloadFile(url: string, fileName: string, limits: DownloadLimits = DOWNLOAD_LIMITS): Promise<Download> {
  const mb = limits.bytes / 1024 / 1024;
  const tooLarge: Download = { ok: false, message: {
    es: `«${fileName}» pesa más de ${mb} MB, el máximo. Envía solo el orden del día (sin anexos) o pega el texto.`,
    en: `"${fileName}" is over ${mb} MB, the limit. Send only the order of the day (without annexes) or paste the text.`,
  } };
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
    if (Number(response.headers.get('content-length') ?? 0) > limits.bytes) return tooLarge;
    const chunks: Buffer[] = [];
    let received = 0;
    const body = response.body?.getReader();
    while (body) {
      const { done, value } = await body.read();
      if (done) break;
      received += value.length;
      if (received > limits.bytes) return tooLarge;
      chunks.push(Buffer.from(value));
    }
    return { ok: true, content: Buffer.concat(chunks) };
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
