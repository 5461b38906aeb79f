/**
 * A Word document's text through mammoth, after `checkZip` has made sure the zip is not a bomb: not too many
 * entries, not more than 20 MB once inflated. Read as HTML so that tables and numbered lists keep their shape
 * (see word-html-text.ts).
 */
import { checkZip, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from './check-zip';
import { type DocumentRead, type FileNames, refuse } from './document-read';
import { textOfWordHtml } from './word-html-text';

const MB = 1024 * 1024;

export async function readDocx(content: Buffer, name: FileNames): Promise<DocumentRead> {
  const zip = await checkZip(content);
  if (!zip.ok && zip.problem === 'inflates-too-much') {
    return refuse('too-large',
      `${name.es} se descomprime a más de ${MAX_INFLATED_BYTES / MB} MB; un orden del día ocupa mucho menos. Envía solo el orden del día (sin imágenes ni anexos) o pega el texto.`,
      `${name.en} inflates to more than ${MAX_INFLATED_BYTES / MB} MB; an order of the day takes far less. Send only the order of the day (without images or annexes) or paste the text.`);
  }
  if (!zip.ok && zip.problem === 'too-many-entries') {
    return refuse('too-large',
      `${name.es} contiene más de ${MAX_ZIP_ENTRIES} partes comprimidas; un documento de Word tiene unas decenas. Guárdalo de nuevo desde Word o pega el texto.`,
      `${name.en} holds more than ${MAX_ZIP_ENTRIES} compressed parts; a Word document has a few dozen. Save it again from Word or paste the text.`);
  }
  const notWord = (): DocumentRead => refuse('not-a-document',
    `${name.es} es un archivo comprimido pero no un documento de Word (.docx) legible. Guárdalo de nuevo desde Word como .docx o pega el texto.`,
    `${name.en} is a zip file but not a readable Word document (.docx). Save it again from Word as .docx or paste the text.`);
  if (!zip.ok) return notWord();
  try {
    const { convertToHtml } = await import('mammoth'); // loaded only for a zip that passed the check
    const value = textOfWordHtml((await convertToHtml({ buffer: content })).value);
    if (!value.trim()) return refuse('empty', `${name.es} no tiene texto. Envía el orden del día o pega el texto.`, `${name.en} has no text. Send the order of the day or paste the text.`);
    return { ok: true, text: value, format: 'docx' };
  } catch {
    return notWord();
  }
}
