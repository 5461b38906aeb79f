/**
 * The minutes of an earlier session approved in this one: the item linked to that session, corrections noted, and
 * the approval recorded on the earlier (closed) session.
 */
import { approvesPreviousMinutes } from './previous-minutes';
import { fold } from './session-state';
import { at, ballot, cast, command, given, inSession, item, run, SESSION_ID, voteId } from './testing/session-spec';
import { asSessionId } from './ids';

const PREVIOUS = asSessionId('cpvoe-5a-ordinaria-2024');
const link = (who = cast.secretary, number = '1') =>
  command('LinkPreviousMinutes', who, { number: item(number), sessionId: PREVIOUS, title: 'Quinta Sesión Ordinaria', date: '2024-05-27' }, 7);

describe('the item approving earlier minutes', () => {
  it('given the wording of an order of the day, then the approval of earlier minutes is told apart', () => {
    expect(approvesPreviousMinutes('Aprobación del proyecto de minuta de la sesión anterior')).toBe(true);
    expect(approvesPreviousMinutes('Aprobación, en su caso, de las actas de las sesiones ordinaria y extraordinaria del 12 de mayo')).toBe(true);
    expect(approvesPreviousMinutes('Approval of the minutes of the previous session')).toBe(true);
    expect(approvesPreviousMinutes('Proyecto de acuerdo por el que se aprueba el calendario de sesiones')).toBe(false);
  });

  it('given item 1, when the secretary links it to the previous session, then it is recorded; a voting member may not', () => {
    given(inSession()).when(link()).thenEvents([
      { type: 'PreviousMinutesLinked', data: { number: item('1'), sessionId: PREVIOUS, title: 'Quinta Sesión Ordinaria', date: '2024-05-27', by: cast.secretary.id, at: at(7) } },
    ]);
    given(inSession()).when(link(cast.luis)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given a report item, when linked, then it is not voted; linked twice, it already is', () => {
    given(inSession()).when(link(cast.secretary, '2')).thenRejected('ItemNotVotable', { item: '2' });
    given(run([link()], inSession())).when(link()).thenRejected('PreviousMinutesAlreadyLinked', { item: '1', title: 'Quinta Sesión Ordinaria' });
  });

  it('given the link, when corrections are noted, then they are kept in order; after the vote, it is too late', () => {
    const noted = run([link(), command('NoteMinutesCorrections', cast.secretary, { text: 'En la página 3 dice «Luis» y debe decir «Luisa».' }, 8)], inSession());
    expect(fold(noted).previousMinutes).toMatchObject({ item: '1', corrections: ['En la página 3 dice «Luis» y debe decir «Luisa».'] });
    const voted = run([
      command('StartItem', cast.secretary, { number: item('1') }, 9), command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 9),
      ballot(cast.chair, 'in-favour'), command('CloseVote', cast.secretary, {}, 10),
    ], noted);
    given(voted).when(command('NoteMinutesCorrections', cast.secretary, { text: 'Otra' }, 11)).thenRejected('ItemAlreadyVoted', { item: '1' });
    given(inSession()).when(command('NoteMinutesCorrections', cast.secretary, { text: 'Otra' }, 11)).thenRejected('NoPreviousMinutes');
  });
});

describe('the approval recorded on the earlier session', () => {
  const approval = (minute = 100) => command('RecordMinutesApproval', cast.secretary, {
    bySessionId: SESSION_ID, byTitle: 'Sexta Sesión Ordinaria', byDate: '2024-06-24', number: item('1'), voteId: voteId('v1'), corrections: ['Una corrección'],
  }, minute);

  it('given a closed session, when its minutes are approved in a later one, then it records where and when, once', () => {
    const closed = run([command('CloseSession', cast.secretary, {}, 30)], inSession());
    const state = given(closed).when(approval()).thenState();
    expect(state.minutesApproval).toEqual({
      bySessionId: SESSION_ID, byTitle: 'Sexta Sesión Ordinaria', byDate: '2024-06-24', item: '1', voteId: 'v1', corrections: ['Una corrección'], at: at(100),
    });
    given(run([approval()], closed)).when(approval(101)).thenRejected('MinutesAlreadyApproved', { title: 'Sexta Sesión Ordinaria' });
  });

  it('given a session still under way, when its minutes are approved, then it is in progress', () => {
    given(inSession()).when(approval()).thenRejected('SessionInProgress', { title: 'Sexta Sesión Ordinaria' });
  });
});
