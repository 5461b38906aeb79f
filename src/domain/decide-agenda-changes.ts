/**
 * Changes to the order of the day before its approval (proposed or requested, made if it is approved), and the
 * withdrawal of an item once it is approved (a vote of the body when the rules say so).
 */
import { type AgendaItem, findItem } from './agenda';
import { AGENDA_CHANGE_KINDS, type AgendaChange, type AgendaChangeProposal } from './agenda-change';
import type { CommandOf } from './commands';
import { type Decision, accept, isConducting, roleOf } from './decision';
import type { SessionEvent } from './events';
import type { ItemNumber } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionRole } from './roster';
import type { SessionState } from './session-state';

const MAX_TITLE = 2000;

/** Who may propose (voting members and whoever conducts) and who may request (representatives). */
function proposerAs(state: SessionState, c: CommandOf<'ProposeAgendaChange'>): 'proposal' | 'request' | null {
  const role = roleOf(state, c.actor.id);
  if (isConducting(state, c.actor) || (role && state.rules.votingRoles.includes(role))) return 'proposal';
  return role === 'representative' ? 'request' : null;
}

const allowedProposers = (state: SessionState): SessionRole[] =>
  [...new Set<SessionRole>([...state.rules.votingRoles, ...state.rules.conductingRoles, 'representative'])];

/** The items at the level of this one: its siblings, in order. */
function siblingsOf(items: readonly AgendaItem[], number: ItemNumber): readonly AgendaItem[] | null {
  if (items.some((i) => i.number === number)) return items;
  for (const item of items) {
    const found = siblingsOf(item.items, number);
    if (found) return found;
  }
  return null;
}

/** Why this change cannot be made to the order of the day as it stands, or null. */
function changeProblem(state: SessionState, change: AgendaChange): Rejection | null {
  if (!change || !AGENDA_CHANGE_KINDS.includes(change.kind)) return { reason: 'InvalidInput', details: { field: 'change', problem: 'invalid-choice' } };
  if (change.kind === 'add') {
    const title = change.title?.trim() ?? '';
    if (!title) return { reason: 'InvalidInput', details: { field: 'title', problem: 'empty' } };
    return title.length > MAX_TITLE ? { reason: 'InvalidInput', details: { field: 'title', problem: 'too-long' } } : null;
  }
  const item = findItem(state.agenda, change.number);
  if (!item) return { reason: 'ItemNotFound', details: { item: change.number } };
  if (item.status !== 'pending') return { reason: 'ItemNotPending', details: { item: item.number, phase: item.status } };
  if (change.kind !== 'move') return null;
  if (change.after === null) return null;
  const siblings = siblingsOf(state.agenda, change.number)!;
  if (change.after === change.number || !siblings.some((i) => i.number === change.after)) {
    return { reason: 'InvalidInput', details: { field: 'after', problem: 'not-sibling', item: change.after } };
  }
  return null;
}

export function proposeAgendaChange(c: CommandOf<'ProposeAgendaChange'>, state: SessionState): Decision {
  if (state.agendaApproved) return reject('AgendaAlreadyApproved');
  // what the order of the day's vote approves is the list as it was put to it
  if (state.openVote) return reject('VoteOpen');
  const as = proposerAs(state, c);
  if (!as) return reject('NotAuthorized', { allowedRoles: allowedProposers(state) });
  if (!c.data.changeId?.trim() || state.agendaProposals.some((p) => p.id === c.data.changeId)) return reject('InvalidInput', { field: 'changeId', problem: 'duplicate' });
  const problem = changeProblem(state, c.data.change);
  if (problem) return { ok: false, rejection: problem };
  const change: AgendaChange = c.data.change.kind === 'add' ? { kind: 'add', title: c.data.change.title.trim() } : c.data.change;
  return accept({ type: 'AgendaChangeProposed', data: { changeId: c.data.changeId, change, as, by: c.actor.id, at: c.now } });
}

export function withdrawAgendaChange(c: CommandOf<'WithdrawAgendaChange'>, state: SessionState): Decision {
  if (state.agendaApproved) return reject('AgendaAlreadyApproved');
  if (state.openVote) return reject('VoteOpen');
  const proposal = activeProposals(state).find((p) => p.id === c.data.changeId);
  if (!proposal) return reject('AgendaChangeNotFound');
  if (proposal.by !== c.actor.id && !isConducting(state, c.actor)) return reject('NotAuthorized', { allowedRoles: state.rules.conductingRoles });
  return accept({ type: 'AgendaChangeWithdrawn', data: { changeId: proposal.id, by: c.actor.id, at: c.now } });
}

export const activeProposals = (state: SessionState): AgendaChangeProposal[] => state.agendaProposals.filter((p) => p.withdrawnAt === null);

function nextTopNumber(state: SessionState): ItemNumber {
  const last = Math.max(0, ...state.agenda.map((i) => parseInt(i.number, 10)).filter(Number.isFinite));
  return String(last + 1) as ItemNumber;
}

/**
 * The order of the day approved with the changes proposed: each one made, in the order proposed (an item added
 * goes before general matters); a change the order of the day no longer allows (the item was already withdrawn)
 * is left out.
 */
export function proposedChangesMade(state: SessionState, at: string): SessionEvent[] {
  const events: SessionEvent[] = [];
  let added = 0;
  for (const { change } of activeProposals(state)) {
    if (change.kind !== 'add' && findItem(state.agenda, change.number)?.status !== 'pending') continue;
    if (change.kind === 'withdraw') events.push({ type: 'ItemWithdrawn', data: { number: change.number, at } });
    else if (change.kind === 'defer') events.push({ type: 'ItemDeferred', data: { number: change.number, at } });
    else if (change.kind === 'move') events.push({ type: 'ItemMoved', data: { number: change.number, after: change.after, at } });
    else {
      const number = String(parseInt(nextTopNumber(state), 10) + added) as ItemNumber;
      added += 1;
      events.push({ type: 'ItemAdded', data: { parent: null, number, title: change.title, kind: 'vote', at } });
      const general = state.agenda.findIndex((i) => i.kind === 'general');
      if (general >= 0) events.push({ type: 'ItemMoved', data: { number, after: general > 0 ? state.agenda[general - 1]!.number : null, at } });
    }
  }
  return events;
}

/** Once the order of the day is approved, withdrawing an item may need a vote of the body. */
export function withdrawalRefusal(state: SessionState, number: ItemNumber): Rejection | null {
  return state.agendaApproved && state.rules.withdrawalAfterApproval === 'vote' ? { reason: 'WithdrawalNeedsVote', details: { item: number } } : null;
}
