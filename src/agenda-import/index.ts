/**
 * The agenda importer: reads the order of the day the institute already publishes.
 * - `importAgendaText(text)`: from pasted text or Markdown.
 * - `importAgenda(content, fileName)`: from a file (text, .docx or PDF), recognised by its bytes, read on a worker
 *   thread with memory and time limits.
 * - `toAgendaDrafts(items)`: the imported items as the domain's agenda drafts, to create a session.
 * Warnings and reasons are in `lang` (Spanish by default). Both importers answer a value: `{ ok: true, agenda }` or `{ ok: false, error: { code, line?, message: { es, en } } }`.
 */
import type { AgendaItemDraft } from '../domain';
import type { ImportedItem, ImportResult } from './imported-agenda';
import { importInWorker, type ReadingLimits } from './import-in-worker';
import { parseAgendaText } from './parse-agenda-text';

export type { ImportedAgenda, ImportedItem, ImportResult, ImportError } from './imported-agenda';

export function importAgendaText(text: string, lang: 'es' | 'en' = 'es'): ImportResult {
  return parseAgendaText(text, lang);
}

/** Reads the file on a worker thread with memory and time limits (see import-in-worker.ts). */
export function importAgenda(content: Buffer, fileName = '', limits?: ReadingLimits, lang: 'es' | 'en' = 'es'): Promise<ImportResult> {
  return importInWorker(content, fileName, limits, lang);
}

export function toAgendaDrafts(items: ImportedItem[]): AgendaItemDraft[] {
  return items.map((item) => ({
    number: item.number,
    title: item.title,
    kind: item.kind,
    status: item.status,
    ...(item.items.length ? { items: toAgendaDrafts(item.items) } : {}),
  }));
}
