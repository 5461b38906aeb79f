/**
 * Agreements adopted on an item, and the follow-up of the agreements earlier sessions left open.
 */
import { findItem } from './agenda';
import type { CommandOf } from './commands';
import { type Decision, accept } from './decision';
import { followUpItemOf } from './follow-up';
import { reject } from './rejection';
import type { SessionState } from './session-state';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function recordAgreement(c: CommandOf<'RecordAgreement'>, state: SessionState): Decision {
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
  const followUp = state.followUps.find((f) => f.agreementId === c.data.agreementId);
  if (!followUp) return reject('AgreementNotFound');
  if (followUp.doneAt) return reject('AgreementAlreadyDone');
  const note = c.data.note?.trim() || null;
  if (note && note.length > 4000) return reject('InvalidInput', { field: 'note', problem: 'too-long' });
  return accept({ type: 'AgreementMarkedDone', data: { agreementId: followUp.agreementId, note, by: c.actor.id, at: c.now } });
}
