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
  /** YYYY-MM-DD */
  date: string | null;
  /** HH:MM, 24 h */
  time: string | null;
  modality: Modality | null;
}

export interface ImportedItem {
  /** Normalised: "5", "5.a", "5.1". */
  number: string;
  title: string;
  kind: ItemKind;
  status: 'pending' | 'withdrawn';
  /** Why the importer chose this kind, in a few words (Spanish). */
  reason: string;
  items: ImportedItem[];
}

export interface ImportedAgenda {
  header: ImportedHeader;
  items: ImportedItem[];
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
