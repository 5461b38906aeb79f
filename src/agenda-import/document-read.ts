/**
 * What reading a document gives: its text and format, or the importer's value error saying, in Spanish and English,
 * what is wrong with the file and what to do. `namesOf` names the file the way each language quotes it.
 */
import type { ImportError } from './imported-agenda';

export type DocumentRead = { ok: true; text: string; format: 'text' | 'docx' | 'pdf' } | { ok: false; error: ImportError };

/** «orden.pdf» in Spanish, "orden.pdf" in English; "el archivo" / "the file" when the name is unknown. */
export interface FileNames {
  es: string;
  en: string;
}

export const namesOf = (fileName: string): FileNames => (fileName ? { es: `«${fileName}»`, en: `"${fileName}"` } : { es: 'el archivo', en: 'the file' });

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The importer's value error; each message starts as a sentence, also when it starts with "el archivo". */
export const refuse = (code: ImportError['code'], es: string, en: string): { ok: false; error: ImportError } => ({ ok: false, error: { code, message: { es: sentence(es), en: sentence(en) } } });
