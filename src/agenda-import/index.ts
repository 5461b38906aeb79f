/**
 * The agenda importer: reads the order of the day the institute already publishes.
 * - `importAgendaText(text)`: from pasted text or Markdown.
 * - `importAgenda(content, fileName)`: from a file (text, .docx or PDF), recognised by its bytes.
 * - `toAgendaDrafts(items)`: the imported items as the domain's agenda drafts, to create a session.
 * Both importers answer a value: `{ ok: true, agenda }` or `{ ok: false, error: { code, line?, message: { es, en } } }`.
 */
import type { AgendaItemDraft } from '../domain';
import type { ImportedItem, ImportResult } from './imported-agenda';
import { parseAgendaText } from './parse-agenda-text';
import { readDocument } from './read-document';

export type { ImportedAgenda, ImportedItem, ImportResult, ImportError } from './imported-agenda';

export function importAgendaText(text: string): ImportResult {
  return parseAgendaText(text);
}

export async function importAgenda(content: Buffer, fileName?: string): Promise<ImportResult> {
  const read = await readDocument(content, fileName);
  if (!read.ok) return read;
  return parseAgendaText(read.text);
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
