import type { SessionEvent } from './events';
import { type FollowUpEntry, openAgreementsOf } from './follow-up';
import { asSessionId } from './ids';
import { fold } from './session-state';
import { agreementId, at, cast, command, given, inSession, item, run, SESSION_ID, sessionWithRoster } from './testing/session-spec';

const PREVIOUS = asSessionId('cpvoe-5a-ordinaria-2024');

const entry = (n: number, extra: Partial<FollowUpEntry> = {}): FollowUpEntry => ({
  agreementId: agreementId(`prev-${n}`), sourceSessionId: PREVIOUS, sourceTitle: 'Quinta Sesión Ordinaria', sourceDate: '2024-05-27',
  item: item('3.b'), text: `Acuerdo ${n}`, responsible: 'DVOE', dueDate: '2024-06-30', ...extra,
});

const importFollowUp = (entries: FollowUpEntry[], number?: string, actor = cast.secretary) =>
  command('ImportFollowUp', actor, { entries, ...(number ? { number: item(number) } : {}) }, 7);

const markDone = (n: number, note: string | null = null, actor = cast.secretary, minute = 12) =>
  command('MarkAgreementDone', actor, { agreementId: agreementId(`prev-${n}`), note }, minute);

describe('taking up the agreements an earlier session left open', () => {
  it('given a session whose agenda has a follow-up item, when the secretary imports the open agreements, then they land on that item', () => {
    const then = given(inSession()).when(importFollowUp([entry(1), entry(2)]));
    then.thenEvents([{ type: 'FollowUpImported', data: { number: item('2'), entries: [entry(1), entry(2)], at: at(7) } }]);
    const state = then.thenState();
    expect(state.followUpItem).toBe('2');
    expect(state.followUps.map((f) => [f.text, f.doneAt])).toEqual([['Acuerdo 1', null], ['Acuerdo 2', null]]);
  });

  it('given a session not yet started, when the follow-up is imported, then it is accepted (it is prepared before the session)', () => {
    given(sessionWithRoster()).when(importFollowUp([entry(1)])).thenState();
  });

  it('given an agenda without a follow-up item, when imported without a number, then the secretary is asked to name the item', () => {
    const agenda = [{ number: '1', title: 'Lista de asistencia', kind: 'procedural' as const }, { number: '2', title: 'Informe trimestral', kind: 'report' as const }];
    given(inSession(undefined, agenda)).when(importFollowUp([entry(1)])).thenRejected('NoFollowUpItem');
    given(inSession(undefined, agenda)).when(importFollowUp([entry(1)], '2')).thenState();
  });

  it('given a named item that does not exist, when imported, then the item is not found', () => {
    given(inSession()).when(importFollowUp([entry(1)], '9')).thenRejected('ItemNotFound', { item: '9' });
  });

  it('given follow-up already imported, when imported again, then it is rejected and the first import stands', () => {
    given(run([importFollowUp([entry(1)])], inSession())).when(importFollowUp([entry(2)])).thenRejected('FollowUpAlreadyImported', { item: '2' });
  });

  it('given no open agreements, when imported, then there is nothing to follow up', () => {
    given(inSession()).when(importFollowUp([])).thenRejected('NothingToFollowUp');
  });

  it('given a voting member, when they import the follow-up, then only the conductors may', () => {
    given(inSession()).when(importFollowUp([entry(1)], undefined, cast.luis)).thenRejected('NotAuthorized');
  });

  it('given an entry from this same session, a bad due date or a repeated agreement, then the field is named', () => {
    given(inSession()).when(importFollowUp([entry(1, { sourceSessionId: SESSION_ID })])).thenRejected('InvalidInput', { field: 'entries[0].sourceSessionId', problem: 'same-session' });
    given(inSession()).when(importFollowUp([entry(1), entry(2, { dueDate: '30/06/2024' })])).thenRejected('InvalidInput', { field: 'entries[1].dueDate', problem: 'invalid-date' });
    given(inSession()).when(importFollowUp([entry(1), entry(1)])).thenRejected('InvalidInput', { field: 'entries', problem: 'duplicate' });
  });
});

describe('marking a followed-up agreement done', () => {
  const withFollowUp = () => run([importFollowUp([entry(1), entry(2)])], inSession());

  it('given imported agreements, when the secretary marks one done with a note, then it is recorded in this session', () => {
    const then = given(withFollowUp()).when(markDone(1, 'Se entregó el informe'));
    then.thenEvents([{ type: 'AgreementMarkedDone', data: { agreementId: agreementId('prev-1'), note: 'Se entregó el informe', by: cast.secretary.id, at: at(12) } }]);
    expect(then.thenState().followUps.map((f) => [f.text, f.doneAt, f.note])).toEqual([['Acuerdo 1', at(12), 'Se entregó el informe'], ['Acuerdo 2', null, null]]);
  });

  it('given an agreement already done, when marked again, then it is rejected', () => {
    given(run([markDone(1)], withFollowUp())).when(markDone(1)).thenRejected('AgreementAlreadyDone');
  });

  it('given an agreement that is not in the follow-up, when marked, then it is not found', () => {
    given(withFollowUp()).when(markDone(7)).thenRejected('AgreementNotFound');
  });

  it('given a voting member, when they mark an agreement done, then only the conductors may', () => {
    given(withFollowUp()).when(markDone(1, null, cast.luis)).thenRejected('NotAuthorized');
  });
});

describe('what a closed session hands to the next one', () => {
  it('given a session that recorded agreements and followed up others, when it closes, then its own and the ones not done carry over', () => {
    const events: SessionEvent[] = run([
      importFollowUp([entry(1), entry(2)]),
      markDone(1),
      command('StartItem', cast.secretary, { number: item('2') }, 13),
      command('RecordAgreement', cast.secretary, { agreementId: agreementId('a-new'), text: 'Publicar el programa', responsible: 'UTCS', dueDate: '2024-07-15' }, 14),
    ], inSession());
    expect(openAgreementsOf(fold(events))).toEqual([]);
    const closed = fold(run([command('CloseSession', cast.secretary, {}, 20)], events));
    expect(openAgreementsOf(closed)).toEqual([
      entry(2),
      {
        agreementId: agreementId('a-new'), sourceSessionId: SESSION_ID, sourceTitle: 'Sexta Sesión Ordinaria', sourceDate: '2024-06-24',
        item: item('2'), text: 'Publicar el programa', responsible: 'UTCS', dueDate: '2024-07-15',
      },
    ]);
  });
});
