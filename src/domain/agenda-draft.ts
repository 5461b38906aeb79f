/**
 * Turning an agenda draft (from the importer or typed by hand) into the session's agenda, with precise errors.
 */
import { type AgendaItem, type AgendaItemDraft, ITEM_KINDS } from './agenda';
import { parseItemNumber } from './ids';
import type { Rejection } from './rejection';

export const MAX_AGENDA_ITEMS = 500;
export const MAX_TITLE_LENGTH = 2000;

export function agendaFromDrafts(drafts: readonly AgendaItemDraft[]): { ok: true; agenda: AgendaItem[] } | { ok: false; rejection: Rejection } {
  if (!Array.isArray(drafts) || drafts.length === 0) {
    return { ok: false, rejection: { reason: 'InvalidInput', details: { field: 'agenda', problem: 'empty' } } };
  }
  const seen = new Set<string>();
  let count = 0;
  const convert = (list: readonly AgendaItemDraft[], path: string): AgendaItem[] | Rejection => {
    const out: AgendaItem[] = [];
    for (const [i, draft] of list.entries()) {
      const field = `${path}[${i}]`;
      const number = parseItemNumber(String(draft?.number ?? ''));
      if (!number) return { reason: 'InvalidInput', details: { field: `${field}.number`, problem: 'invalid-number' } };
      if (seen.has(number)) return { reason: 'InvalidInput', details: { field: `${field}.number`, problem: 'duplicate-number', item: number } };
      seen.add(number);
      const title = typeof draft.title === 'string' ? draft.title.trim() : '';
      if (!title) return { reason: 'InvalidInput', details: { field: `${field}.title`, problem: 'empty', item: number } };
      if (title.length > MAX_TITLE_LENGTH) return { reason: 'InvalidInput', details: { field: `${field}.title`, problem: 'too-long', item: number } };
      if (!ITEM_KINDS.includes(draft.kind)) return { reason: 'InvalidInput', details: { field: `${field}.kind`, problem: 'invalid-kind', item: number } };
      if (++count > MAX_AGENDA_ITEMS) return { reason: 'InvalidInput', details: { field: 'agenda', problem: 'too-many-items' } };
      const children = convert(draft.items ?? [], `${field}.items`);
      if (!Array.isArray(children)) return children;
      out.push({ number, title, kind: draft.kind, status: draft.status === 'withdrawn' ? 'withdrawn' : 'pending', items: children });
    }
    return out;
  };
  const agenda = convert(drafts, 'agenda');
  return Array.isArray(agenda) ? { ok: true, agenda } : { ok: false, rejection: agenda };
}

/** An order of the day read from a document or a message, waiting for whoever sent it to confirm or discard it. */
export interface DraftFacts {
  /** Who sent it (their Entra object id). */
  by: string;
  /** The meeting (or chat) it was sent in. */
  meetingKey: string;
}

/** Only whoever sent a draft confirms or discards it, and only in the meeting where they sent it. */
export function mayFinishDraft(draft: DraftFacts, actor: string, meetingKey: string): Rejection | null {
  if (draft.by !== actor) return { reason: 'DraftNotYours' };
  if (draft.meetingKey !== meetingKey) return { reason: 'DraftElsewhere' };
  return null;
}
