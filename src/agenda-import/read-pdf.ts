/**
 * A PDF's text through pdf.js (`pdfjs-dist`, the legacy build for Node), one line per text line, pages in order.
 * Character maps come from the package's own folder, never from the network; no code is evaluated.
 * Distinct answers for a PDF with a password, one without text (scanned), one with too many pages and a broken one.
 */
import { dirname, join } from 'node:path';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { type DocumentRead, type FileNames, refuse } from './document-read';

export const MAX_PDF_PAGES = 50;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * pdf.js's minified legacy build, with its worker's code set as the one to use in this thread (Node has no pdf.js
 * worker): the same code in half the bytes to compile, which counts on every `sesiona agenda parse`.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const [display, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.min.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs'),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return display;
}

/** The lines of a page: text items joined until one ends its line. */
function linesOf(content: TextContent): string {
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}

export async function readPdf(content: Buffer, name: FileNames): Promise<DocumentRead> {
  const { getDocument } = await (pdfjs ??= loadPdfJs());
  const task = getDocument({
    data: new Uint8Array(content),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // no standardFontDataUrl: the text needs the PDF's encodings, not the glyphs of the 14 standard fonts, and
    // loading them cost a fifth of reading a 20-page order of the day (bench/agenda-parse.ts)
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages > MAX_PDF_PAGES) {
      return refuse('too-large',
        `${name.es} tiene ${pdf.numPages} páginas; leo hasta ${MAX_PDF_PAGES}. Envía solo el orden del día, sin los anexos.`,
        `${name.en} has ${pdf.numPages} pages; I read up to ${MAX_PDF_PAGES}. Send only the order of the day, without the annexes.`);
    }
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      pages.push(linesOf(await page.getTextContent()));
      page.cleanup();
    }
    const text = pages.join('\n');
    if (!text.trim()) {
      return refuse('no-text',
        `${name.es} es un PDF sin texto, solo imágenes (quizá escaneado). Envía el documento original (.docx) o un PDF exportado desde Word, o pega el texto.`,
        `${name.en} is a PDF without text, only images (perhaps scanned). Send the original document (.docx) or a PDF exported from Word, or paste the text.`);
    }
    return { ok: true, text, format: 'pdf' };
  } catch (err) {
    if ((err as Error).name === 'PasswordException') {
      return refuse('password-protected',
        `${name.es} está protegido con contraseña y no puedo abrirlo. Guárdalo sin contraseña y vuelve a enviarlo, o pega el texto.`,
        `${name.en} is password-protected and I cannot open it. Save it without a password and send it again, or paste the text.`);
    }
    return refuse('unreadable',
      `${name.es} está dañado o no es un PDF válido; no pude leerlo. Vuelve a exportarlo como PDF desde el documento original, o pega el texto.`,
      `${name.en} is damaged or not a valid PDF; I could not read it. Export it again as a PDF from the original document, or paste the text.`);
  } finally {
    await task.destroy();
  }
}
