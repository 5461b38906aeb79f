/**
 * From a file to text: plain text or Markdown as it is, .docx through `readDocx`, PDF through `readPdf`.
 * Recognises the format by its first bytes, not by the name; refuses empty, oversized and binary files.
 * Hostile files are expected: `importAgenda` runs this in a worker thread with memory and time limits.
 */
import { type DocumentRead, namesOf, refuse } from './document-read';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

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

export async function readDocument(content: Buffer, fileName = ''): Promise<DocumentRead> {
  const name = namesOf(fileName);
  if (content.length > MAX_DOCUMENT_BYTES) {
    const mb = (content.length / 1024 / 1024).toFixed(1);
    return refuse('too-large', `${name.es} pesa ${mb} MB; el máximo es 10 MB. Envía solo el orden del día.`, `${name.en} is ${mb} MB; the limit is 10 MB. Send only the order of the day.`);
  }
  if (content.length === 0 || !content.toString('utf8').trim()) return refuse('empty', `${name.es} está vacío.`, `${name.en} is empty.`);
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return readPdf(content, name);
  if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readDocx(content, name);
  if (looksBinary(content)) {
    return refuse('not-a-document', `${name.es} no es un documento de texto, Word (.docx) ni PDF.`, `${name.en} is not a text, Word (.docx) or PDF document.`);
  }
  return { ok: true, text: content.toString('utf8').replace(/^\uFEFF/, ''), format: 'text' };
}
