/**
 * From a file to text: plain text or Markdown as it is, .docx through mammoth, PDF through pdf-parse.
 * Recognises the format by its first bytes, not by the name; refuses empty, oversized and binary files.
 */
import mammoth from 'mammoth';
import type { ImportError } from './imported-agenda';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

type Read = { ok: true; text: string; format: 'text' | 'docx' | 'pdf' } | { ok: false; error: ImportError };

const fail = (code: ImportError['code'], es: string, en: string): Read => ({ ok: false, error: { code, message: { es, en } } });

/** Text is mostly printable: a document with NUL bytes or many control characters is binary. */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}

export async function readDocument(content: Buffer, fileName = ''): Promise<Read> {
  const name = fileName ? `«${fileName}»` : 'El archivo';
  const nameEn = fileName ? `"${fileName}"` : 'The file';
  if (content.length > MAX_DOCUMENT_BYTES) {
    return fail('too-large', `${name} pesa ${(content.length / 1024 / 1024).toFixed(1)} MB; el máximo es 10 MB. Envía solo el orden del día.`, `${nameEn} is ${(content.length / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB. Send only the order of the day.`);
  }
  if (content.length === 0 || !content.toString('utf8').trim()) return fail('empty', `${name} está vacío.`, `${nameEn} is empty.`);

  if (content.subarray(0, 5).toString('latin1') === '%PDF-') {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;
      const { text } = await pdfParse(content);
      if (!text.trim()) return fail('unreadable', `${name} es un PDF sin texto (quizá escaneado). Envía el documento original o pega el texto.`, `${nameEn} is a PDF without text (perhaps scanned). Send the original document or paste the text.`);
      return { ok: true, text, format: 'pdf' };
    } catch (err) {
      return fail('unreadable', `No pude leer ${name} como PDF (${(err as Error).message}).`, `I could not read ${nameEn} as a PDF (${(err as Error).message}).`);
    }
  }
  if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      const { value } = await mammoth.extractRawText({ buffer: content });
      if (!value.trim()) return fail('empty', `${name} no tiene texto.`, `${nameEn} has no text.`);
      return { ok: true, text: value, format: 'docx' };
    } catch (err) {
      return fail('not-a-document', `${name} es un archivo comprimido pero no un documento de Word (.docx) legible (${(err as Error).message}).`, `${nameEn} is a zip file but not a readable Word document (.docx) (${(err as Error).message}).`);
    }
  }
  if (looksBinary(content)) {
    return fail('not-a-document', `${name} no es un documento de texto, Word (.docx) ni PDF.`, `${nameEn} is not a text, Word (.docx) or PDF document.`);
  }
  return { ok: true, text: content.toString('utf8').replace(/^\uFEFF/, ''), format: 'text' };
}
