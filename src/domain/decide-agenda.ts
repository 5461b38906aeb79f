/**
 * The order of the day as the session goes through it: taking up items (the next one, or one by number),
 * completing, withdrawing and deferring them, correcting an item's kind before the start, general matters.
 */
import { type AgendaItem, type ItemKind, ITEM_KINDS, findItem, flattenAgenda } from './agenda';
import type { CommandOf } from './commands';
import { type Decision, accept, refuse } from './decision';
import type { SessionEvent } from './events';
import type { ItemNumber } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionState } from './session-state';
import { reservationsPending } from './decide-vote-parts';
import { withdrawalRefusal } from './decide-agenda-changes';

/** Items a secretary may still take up: pending ones (and deferred ones, when asked for by number). */
const isOpenForWork = (item: AgendaItem) => item.status === 'pending' || item.status === 'deferred';

/** The item that follows the current one, depth-first, skipping what is done, withdrawn or deferred. */
function nextPendingItem(state: SessionState): AgendaItem | undefined {
  const flat = flattenAgenda(state.agenda);
  const from = state.currentItem ? flat.findIndex((i) => i.number === state.currentItem) + 1 : 0;
  return flat.slice(from).find((i) => i.status === 'pending') ?? flat.find((i) => i.status === 'pending');
}

/** Leaving the current item: presented items complete; an item put to a vote must be voted, withdrawn or deferred. */
function leaveCurrentItem(state: SessionState, at: string): SessionEvent[] | Rejection {
  if (state.openVote) {
    const open = state.votes.find((v) => v.id === state.openVote);
    return { reason: 'VoteOpen', ...(open?.item ? { details: { item: open.item } } : {}) };
  }
  if (!state.currentItem) return [];
  const current = findItem(state.agenda, state.currentItem);
  if (!current) return [];
  if (current.status === 'in-progress' && current.kind === 'vote') return { reason: 'ItemNeedsVote', details: { item: current.number } };
  const pending = reservationsPending(state, current.number);
  if (pending > 0) return { reason: 'ReservationsPending', details: { item: current.number, present: pending } };
  return [{ type: 'ItemCompleted', data: { number: current.number, at } }];
}

/** Before the order of the day is approved only procedural items (roll call, quorum, the approval itself) are taken up. */
const waitsForAgendaApproval = (state: SessionState, item: AgendaItem) =>
  state.rules.agendaApprovalRequired && !state.agendaApproved && item.kind !== 'procedural';

function startItem(state: SessionState, item: AgendaItem, at: string): Decision {
  const leaving = leaveCurrentItem(state, at);
  if (!Array.isArray(leaving)) return refuse(leaving);
  if (waitsForAgendaApproval(state, item)) return reject('AgendaNotApproved', { item: item.number });
  return accept(...leaving, { type: 'ItemStarted', data: { number: item.number, at } });
}

export function takeUpItem(c: CommandOf<'StartItem'> | CommandOf<'NextItem'>, state: SessionState): Decision {
  if (c.type === 'NextItem') {
    const next = nextPendingItem(state);
    if (next) return startItem(state, next, c.now);
    const leaving = leaveCurrentItem(state, c.now);
    if (!Array.isArray(leaving)) return refuse(leaving);
    return leaving.length > 0 ? accept(...leaving) : reject('NoMoreItems');
  }
  const item = findItem(state.agenda, c.data.number);
  if (!item) return reject('ItemNotFound', { item: c.data.number });
  if (!isOpenForWork(item)) return reject('ItemNotPending', { item: item.number, phase: item.status });
  return startItem(state, item, c.now);
}

export function completeItem(c: CommandOf<'CompleteItem'>, state: SessionState): Decision {
  if (!state.currentItem) return reject('NoCurrentItem');
  const leaving = leaveCurrentItem(state, c.now);
  return Array.isArray(leaving) ? accept(...leaving) : refuse(leaving);
}

export function withdrawOrDefer(c: CommandOf<'WithdrawItem'> | CommandOf<'DeferItem'>, state: SessionState): Decision {
  const item = findItem(state.agenda, c.data.number);
  if (!item) return reject('ItemNotFound', { item: c.data.number });
  if (item.status === 'voting') return reject('VoteOpen', { item: item.number });
  if (item.status !== 'pending' && item.status !== 'in-progress' && !(c.type === 'WithdrawItem' && item.status === 'deferred')) {
    return reject('ItemNotPending', { item: item.number, phase: item.status });
  }
  const needsVote = c.type === 'WithdrawItem' ? withdrawalRefusal(state, item.number) : null;
  if (needsVote) return refuse(needsVote);
  return accept({ type: c.type === 'WithdrawItem' ? 'ItemWithdrawn' : 'ItemDeferred', data: { number: item.number, at: c.now } });
}

export function correctItemKind(c: CommandOf<'CorrectItemKind'>, state: SessionState): Decision {
  if (state.phase !== 'not-started' && state.phase !== 'roll-call') return reject('AgendaLocked');
  const item = findItem(state.agenda, c.data.number);
  if (!item) return reject('ItemNotFound', { item: c.data.number });
  if (!(ITEM_KINDS as readonly ItemKind[]).includes(c.data.kind)) return reject('InvalidInput', { field: 'kind', problem: 'invalid-kind' });
  if (item.kind === c.data.kind) return accept();
  return accept({ type: 'ItemKindCorrected', data: { number: item.number, kind: c.data.kind, at: c.now } });
}

function nextLetterNumber(parent: AgendaItem): ItemNumber {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const used = new Set(parent.items.map((i) => i.number));
  for (let n = 0; ; n++) {
    const suffix = n < 26 ? letters[n] : letters[Math.floor(n / 26) - 1] + letters[n % 26];
    const candidate = `${parent.number}.${suffix}` as ItemNumber;
    if (!used.has(candidate)) return candidate;
  }
}

export function addGeneralMatter(c: CommandOf<'AddGeneralMatter'>, state: SessionState): Decision {
  const title = c.data.title?.trim() ?? '';
  if (!title) return reject('InvalidInput', { field: 'title', problem: 'empty' });
  if (title.length > 2000) return reject('InvalidInput', { field: 'title', problem: 'too-long' });
  const general = [...state.agenda].reverse().find((i) => i.kind === 'general');
  if (general && general.status !== 'pending' && general.status !== 'in-progress') return reject('GeneralMattersOver', { item: general.number });
  const events: SessionEvent[] = [];
  let parent = general;
  if (!parent) {
    const last = Math.max(0, ...state.agenda.map((i) => parseInt(i.number, 10)).filter(Number.isFinite));
    parent = { number: String(last + 1) as ItemNumber, title: 'Asuntos generales', kind: 'general', status: 'pending', items: [] };
    events.push({ type: 'ItemAdded', data: { parent: null, number: parent.number, title: parent.title, kind: 'general', at: c.now } });
  }
  events.push({ type: 'ItemAdded', data: { parent: parent.number, number: nextLetterNumber(parent), title, kind: 'general', at: c.now } });
  return accept(...events);
}
