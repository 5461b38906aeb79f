/**
 * The order of the day (orden del día): a tree of numbered items, each with a kind and a status.
 */
import type { ItemNumber } from './ids';

/** vote: put to a vote; report: presented only; procedural: roll call, quorum, closing…; general: asuntos generales. */
export type ItemKind = 'vote' | 'report' | 'procedural' | 'general';
export const ITEM_KINDS: readonly ItemKind[] = ['vote', 'report', 'procedural', 'general'];

export type ItemStatus =
  | 'pending'
  | 'in-progress'
  | 'voting'
  | 'approved'
  | 'rejected'
  | 'presented'
  | 'withdrawn'
  | 'deferred';

/** What an agenda looks like before it belongs to a session (from the importer or typed by hand). */
export interface AgendaItemDraft {
  number: string;
  title: string;
  kind: ItemKind;
  /** Items published as withdrawn ("se retiró del orden del día") arrive as 'withdrawn'. */
  status?: 'pending' | 'withdrawn';
  items?: AgendaItemDraft[];
}

export interface AgendaItem {
  number: ItemNumber;
  title: string;
  kind: ItemKind;
  status: ItemStatus;
  items: AgendaItem[];
}

/** Depth-first order: 5, 5.a, 5.b, …, 6. */
export function flattenAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  const out: AgendaItem[] = [];
  const walk = (list: readonly AgendaItem[]) => {
    for (const item of list) {
      out.push(item);
      walk(item.items);
    }
  };
  walk(items);
  return out;
}

export function findItem(items: readonly AgendaItem[], number: string): AgendaItem | undefined {
  return flattenAgenda(items).find((i) => i.number === number);
}

/** A copy of the tree with one item changed; items are immutable values. */
export function updateItem(
  items: readonly AgendaItem[],
  number: string,
  change: (item: AgendaItem) => AgendaItem,
): AgendaItem[] {
  return items.map((item) =>
    item.number === number ? change(item) : { ...item, items: updateItem(item.items, number, change) },
  );
}
