/**
 * Linking the item that approves earlier minutes, noting corrections to them, and recording their approval on the
 * earlier session.
 */
import { findItem } from './agenda';
import type { CommandOf } from './commands';
import { type Decision, accept } from './decision';
import { reject } from './rejection';
import type { SessionState } from './session-state';

const MAX_TEXT = 4000;

export function linkPreviousMinutes(c: CommandOf<'LinkPreviousMinutes'>, state: SessionState): Decision {
  const item = findItem(state.agenda, c.data.number);
  if (!item) return reject('ItemNotFound', { item: c.data.number });
  if (item.kind !== 'vote') return reject('ItemNotVotable', { item: item.number });
  if (c.data.sessionId === state.id) return reject('InvalidInput', { field: 'sessionId', problem: 'same-session' });
  if (state.previousMinutes) return reject('PreviousMinutesAlreadyLinked', { item: state.previousMinutes.item, title: state.previousMinutes.title });
  if (state.votes.some((v) => v.item === item.number)) return reject('ItemAlreadyVoted', { item: item.number });
  return accept({
    type: 'PreviousMinutesLinked',
    data: { number: item.number, sessionId: c.data.sessionId, title: c.data.title.trim(), date: c.data.date, by: c.actor.id, at: c.now },
  });
}

export function noteMinutesCorrections(c: CommandOf<'NoteMinutesCorrections'>, state: SessionState): Decision {
  const linked = state.previousMinutes;
  if (!linked) return reject('NoPreviousMinutes');
  if (state.votes.some((v) => v.item === linked.item && v.status === 'closed')) return reject('ItemAlreadyVoted', { item: linked.item });
  const text = c.data.text?.trim() ?? '';
  if (!text) return reject('InvalidInput', { field: 'text', problem: 'empty' });
  if (text.length > MAX_TEXT) return reject('InvalidInput', { field: 'text', problem: 'too-long' });
  return accept({ type: 'MinutesCorrectionsNoted', data: { number: linked.item, text, by: c.actor.id, at: c.now } });
}

/** Accepted on a closed session only, once per approving vote. */
export function recordMinutesApproval(c: CommandOf<'RecordMinutesApproval'>, state: SessionState): Decision {
  if (state.phase !== 'closed') return reject('SessionInProgress', { title: state.header.title });
  if (state.minutesApproval) return reject('MinutesAlreadyApproved', { title: state.minutesApproval.byTitle });
  const d = c.data;
  return accept({
    type: 'MinutesApproved',
    data: { bySessionId: d.bySessionId, byTitle: d.byTitle, byDate: d.byDate, number: d.number, voteId: d.voteId, corrections: d.corrections, at: c.now },
  });
}
