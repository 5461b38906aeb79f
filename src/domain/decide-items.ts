/**
 * The order of the day as the session goes through it: taking up items, completing, withdrawing and deferring them,
 * general matters, agreements and the follow-up of earlier agreements.
 */
import { type AgendaItem, type ItemKind, ITEM_KINDS, findItem, flattenAgenda } from './agenda';
import type { CommandOf } from './commands';
import { type Decision, accept, isConducting, notAuthorized, notInSession, refuse } from './decision';
import type { SessionEvent } from './events';
import { followUpItemOf } from './follow-up';
import type { ItemNumber } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionState } from './session-state';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  if (!isConducting(state, c.actor)) return notAuthorized(state);
  if (state.phase !== 'in-session') return notInSession(state);
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
  if (!isConducting(state, c.actor)) return notAuthorized(state);
  if (!state.currentItem) return reject('NoCurrentItem');
  const leaving = leaveCurrentItem(state, c.now);
  return Array.isArray(leaving) ? accept(...leaving) : refuse(leaving);
}

export function withdrawOrDefer(c: CommandOf<'WithdrawItem'> | CommandOf<'DeferItem'>, state: SessionState): Decision {
  if (!isConducting(state, c.actor)) return notAuthorized(state);
  const item = findItem(state.agenda, c.data.number);
  if (!item) return reject('ItemNotFound', { item: c.data.number });
  if (item.status === 'voting') return reject('VoteOpen', { item: item.number });
  if (item.status !== 'pending' && item.status !== 'in-progress' && !(c.type === 'WithdrawItem' && item.status === 'deferred')) {
    return reject('ItemNotPending', { item: item.number, phase: item.status });
  }
  return accept({ type: c.type === 'WithdrawItem' ? 'ItemWithdrawn' : 'ItemDeferred', data: { number: item.number, at: c.now } });
}

export function correctItemKind(c: CommandOf<'CorrectItemKind'>, state: SessionState): Decision {
  if (!isConducting(state, c.actor)) return notAuthorized(state);
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
  if (!isConducting(state, c.actor)) return notAuthorized(state);
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

export function recordAgreement(c: CommandOf<'RecordAgreement'>, state: SessionState): Decision {
  if (!isConducting(state, c.actor)) return notAuthorized(state);
  if (state.phase !== 'in-session') return notInSession(state);
  const number = c.data.number ?? state.currentItem;
  if (!number) return reject('NoCurrentItem');
  if (!findItem(state.agenda, number)) return reject('ItemNotFound', { item: number });
  const text = c.data.text?.trim() ?? '';
  if (!text) return reject('InvalidInput', { field: 'text', problem: 'empty' });
  if (text.length > 4000) return reject('InvalidInput', { field: 'text', problem: 'too-long' });
  const dueDate = c.data.dueDate ?? null;
  if (dueDate !== null && !DATE.test(dueDate)) return reject('InvalidInput', { field: 'dueDate', problem: 'invalid-date' });
  return accept({
    type: 'AgreementRecorded',
    data: { agreementId: c.data.agreementId, number, text, responsible: c.data.responsible?.trim() || null, dueDate, at: c.now },
  });
}

export function importFollowUp(c: CommandOf<'ImportFollowUp'>, state: SessionState): Decision {
  if (!isConducting(state, c.actor)) return notAuthorized(state);
  if (state.followUpItem) return reject('FollowUpAlreadyImported', { item: state.followUpItem });
  const item = c.data.number ? findItem(state.agenda, c.data.number) : followUpItemOf(state.agenda);
  if (!item) return c.data.number ? reject('ItemNotFound', { item: c.data.number }) : reject('NoFollowUpItem');
  const entries = c.data.entries ?? [];
  if (entries.length === 0) return reject('NothingToFollowUp');
  for (const [i, e] of entries.entries()) {
    if (!e.agreementId || !e.text?.trim()) return reject('InvalidInput', { field: `entries[${i}].text`, problem: 'empty' });
    if (e.sourceSessionId === state.id) return reject('InvalidInput', { field: `entries[${i}].sourceSessionId`, problem: 'same-session' });
    if (e.dueDate !== null && !DATE.test(e.dueDate)) return reject('InvalidInput', { field: `entries[${i}].dueDate`, problem: 'invalid-date' });
  }
  if (new Set(entries.map((e) => e.agreementId)).size !== entries.length) return reject('InvalidInput', { field: 'entries', problem: 'duplicate' });
  return accept({ type: 'FollowUpImported', data: { number: item.number, entries, at: c.now } });
}

export function markAgreementDone(c: CommandOf<'MarkAgreementDone'>, state: SessionState): Decision {
  if (!isConducting(state, c.actor)) return notAuthorized(state);
  if (state.phase !== 'in-session') return notInSession(state);
  const followUp = state.followUps.find((f) => f.agreementId === c.data.agreementId);
  if (!followUp) return reject('AgreementNotFound');
  if (followUp.doneAt) return reject('AgreementAlreadyDone');
  const note = c.data.note?.trim() || null;
  if (note && note.length > 4000) return reject('InvalidInput', { field: 'note', problem: 'too-long' });
  return accept({ type: 'AgreementMarkedDone', data: { agreementId: followUp.agreementId, note, by: c.actor.id, at: c.now } });
}
