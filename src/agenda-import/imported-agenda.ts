/**
 * What the importer reads from an order of the day: the header and the item tree, each item with the kind it
 * guessed and why, plus warnings about what it skipped or repaired. This is also `sesiona agenda parse --json`.
 */
import type { ItemKind, Modality, SessionKind } from '../domain';
import type { Bilingual } from './bilingual';

export interface ImportedHeader {
  body: string | null;
  title: string | null;
  kind: SessionKind | null;
  /** The session's number within its kind: "TERCERA SESIÓN EXTRAORDINARIA" → 3, "SESIÓN NÚMERO 2" → 2. */
  number?: number | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:MM, 24 h */
  time: string | null;
  /** What the convocation adds to the time, as written: "o, en su caso, al término de la sesión ordinaria". */
  note?: string | null;
  modality: Modality | null;
  /** The platform named, as written: "Microsoft Teams", "TELMEX". */
  platform?: string | null;
}

export interface ImportedItem {
  /** Normalised: "5", "5.a", "5.1". */
  number: string;
  title: string;
  kind: ItemKind;
  status: 'pending' | 'withdrawn';
  /** Why the importer chose this kind, in a few words (in the importer's language, Spanish by default). */
  reason: string;
  items: ImportedItem[];
  /** The annexes listed under the item ("Anexo 1", "Anexo único: …"), as written; absent when it lists none. */
  annexes?: string[];
}

export interface ImportedAgenda {
  header: ImportedHeader;
  items: ImportedItem[];
  /** In the language the importer was asked for (Spanish unless `lang` is en). */
  warnings: string[];
}

/**
 * `too-large`: over 10 MB, inflating past 20 MB, over 50 pages. `too-complex`: reading it passed the time or memory
 * limit. `password-protected` and `no-text` (a scanned PDF) are PDFs; `unreadable`: a damaged file.
 */
export type ImportErrorCode = 'empty' | 'too-large' | 'too-complex' | 'not-a-document' | 'password-protected' | 'no-text' | 'no-items' | 'unreadable';

export interface ImportError {
  code: ImportErrorCode;
  /** 1-based line of the text where the problem is, when it applies. */
  line?: number;
  message: Bilingual;
}

export type ImportResult = { ok: true; agenda: ImportedAgenda } | { ok: false; error: ImportError };
