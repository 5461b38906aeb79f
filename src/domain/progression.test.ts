import type { SessionCommand } from './commands';
import { agreementId, at, cast, command, given, inSession, item, rollCallWith, run, sessionWithRoster, VOTERS, voteId } from './testing/session-spec';

const next = (minute = 10): SessionCommand => command('NextItem', cast.secretary, {}, minute);
const start = (number: string, minute = 10): SessionCommand => command('StartItem', cast.secretary, { number: item(number) }, minute);
const voteAndClose = (minute: number): SessionCommand[] => [
  command('OpenVote', cast.secretary, { voteId: voteId(`v${minute}`), method: 'economica' }, minute),
  ...VOTERS.map((v) => command('CastBallot', v, { choice: 'in-favour' }, minute)),
  command('CloseVote', cast.secretary, {}, minute),
];

describe('moving through the items', () => {
  it('given no current item, when next, then the first pending item starts', () => {
    given(inSession()).when(next()).thenEvents([{ type: 'ItemStarted', data: { number: item('1'), at: at(10) } }]);
  });

  it('given a report in progress, when next, then it is presented and the next starts, depth-first through sub-items', () => {
    const events = run([start('2')], inSession());
    const then = given(events).when(next(11));
    then.thenEvents([
      { type: 'ItemCompleted', data: { number: item('2'), at: at(11) } },
      { type: 'ItemStarted', data: { number: item('3'), at: at(11) } },
    ]);
    const afterParent = run([next(11), next(12)], events);
    expect(given(afterParent).state.currentItem).toBe('3.a');
    expect(given(afterParent).state.agenda.find((i) => i.number === '2')?.status).toBe('presented');
  });

  it('given the order 1, 2, 3, 3.a, 3.b, 4, when next is asked each time, then that is the order the items are taken up', () => {
    let events = inSession();
    const order: string[] = [];
    for (let minute = 10; minute < 20; minute++) {
      const state = given(events).state;
      const current = state.agenda.flatMap((i) => [i, ...i.items]).find((i) => i.number === state.currentItem);
      if (current?.kind === 'vote' && current.status === 'in-progress') {
        events = run(voteAndClose(minute), events);
        continue;
      }
      const decision = given(events).when(next(minute)).decision;
      if (!decision.ok) break;
      events = [...events, ...decision.events];
      const now = given(events).state.currentItem;
      if (now) order.push(now);
    }
    expect(order).toEqual(['1', '2', '3', '3.a', '3.b', '4']);
  });

  it('given the last item in progress and earlier items still pending, when next, then it is completed and the first pending item starts', () => {
    const last = run([start('4')], inSession());
    given(last).when(next(11)).thenEvents([
      { type: 'ItemCompleted', data: { number: item('4'), at: at(11) } },
      { type: 'ItemStarted', data: { number: item('1'), at: at(11) } },
    ]);
  });

  it('given the only item left in progress, when next, then it is completed and nothing else starts', () => {
    const agenda = [{ number: '1', title: 'Informe', kind: 'report' as const }];
    given(run([start('1')], inSession(undefined, agenda))).when(next(11)).thenEvents([{ type: 'ItemCompleted', data: { number: item('1'), at: at(11) } }]);
  });

  it('given every item done, when next, then there are no more items', () => {
    const agenda = [{ number: '1', title: 'Informe', kind: 'report' as const }];
    const events = run([start('1'), next(11)], inSession(undefined, agenda));
    given(events).when(next(12)).thenRejected('NoMoreItems');
  });

  it('given an item put to a vote in progress, when next, then it must be voted, withdrawn or deferred first', () => {
    given(run([start('1')], inSession())).when(next(11)).thenRejected('ItemNeedsVote', { item: '1' });
  });

  it('given a vote open, when next, then the vote is open', () => {
    const voting = run([start('1'), command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' })], inSession());
    given(voting).when(next(11)).thenRejected('VoteOpen', { item: '1' });
    given(voting).when(start('2')).thenRejected('VoteOpen');
  });

  it('given an item in progress, when another is started by number, then only the new one is in progress', () => {
    const then = given(run([start('2')], inSession())).when(start('3.a', 11));
    const state = then.thenState();
    const inProgress = state.agenda.flatMap((i) => [i, ...i.items]).filter((i) => i.status === 'in-progress').map((i) => i.number);
    expect(inProgress).toEqual(['3.a']);
    expect(state.currentItem).toBe('3.a');
  });

  it('given an unknown number, when started, then the item is named', () => {
    given(inSession()).when(start('9')).thenRejected('ItemNotFound', { item: '9' });
  });

  it('given an item already presented, when started again, then it is not pending', () => {
    given(run([start('2'), next(11)], inSession())).when(start('2', 12)).thenRejected('ItemNotPending', { item: '2', phase: 'presented' });
  });

  it('given a deferred item, when started by number, then it is taken up', () => {
    const deferred = run([command('DeferItem', cast.secretary, { number: item('2') })], inSession());
    expect(given(deferred).when(start('2')).decision.ok).toBe(true);
  });

  it('given a session not started, when an item is started, then the session has not started', () => {
    given(rollCallWith(VOTERS)).when(next()).thenRejected('SessionNotStarted');
  });

  it('given a voting member, when they move to the next item, then it is not authorized and names secretary and chair', () => {
    given(inSession()).when(command('NextItem', cast.luis, {})).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given the chair, when they move to the next item, then it is accepted', () => {
    expect(given(inSession()).when(command('NextItem', cast.chair, {})).decision.ok).toBe(true);
  });
});

describe('completing, withdrawing and deferring', () => {
  it('given a report in progress, when completed, then it is presented and there is no current item', () => {
    const state = given(run([start('2')], inSession())).when(command('CompleteItem', cast.secretary, {}, 11)).thenState();
    expect(state.currentItem).toBeNull();
    expect(state.agenda[1]?.status).toBe('presented');
  });

  it('given no current item, when completed, then there is no current item', () => {
    given(inSession()).when(command('CompleteItem', cast.secretary, {})).thenRejected('NoCurrentItem');
  });

  it('given a vote item in progress, when completed without a vote, then it needs a vote', () => {
    given(run([start('1')], inSession())).when(command('CompleteItem', cast.secretary, {})).thenRejected('ItemNeedsVote');
  });

  it('given a vote item in progress and the body letting whoever conducts withdraw, when withdrawn, then it is withdrawn and no longer current', () => {
    const then = given(run([start('1')], inSession({ withdrawalAfterApproval: 'conducting' }))).when(command('WithdrawItem', cast.secretary, { number: item('1') }, 11));
    then.thenEvents([{ type: 'ItemWithdrawn', data: { number: item('1'), at: at(11) } }]);
    expect(then.thenState().currentItem).toBeNull();
  });

  it('given a pending item, when deferred, then it is deferred and next skips it', () => {
    const deferred = run([command('DeferItem', cast.secretary, { number: item('1') }, 10)], inSession());
    expect(given(deferred).state.agenda[0]?.status).toBe('deferred');
    given(deferred).when(next(11)).thenEvents([{ type: 'ItemStarted', data: { number: item('2'), at: at(11) } }]);
  });

  it('given a deferred item, when withdrawn (by whoever conducts, as the body allows), then it is withdrawn; when deferred again, then it is not pending', () => {
    const deferred = run([command('DeferItem', cast.secretary, { number: item('1') })], inSession({ withdrawalAfterApproval: 'conducting' }));
    expect(given(deferred).when(command('WithdrawItem', cast.secretary, { number: item('1') })).decision.ok).toBe(true);
    given(deferred).when(command('DeferItem', cast.secretary, { number: item('1') })).thenRejected('ItemNotPending');
  });

  it('given an item being voted, when withdrawn, then the vote is open', () => {
    const voting = run([start('1'), command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' })], inSession());
    given(voting).when(command('WithdrawItem', cast.secretary, { number: item('1') })).thenRejected('VoteOpen');
  });

  it('given an unknown item, when deferred, then the item is named', () => {
    given(inSession()).when(command('DeferItem', cast.secretary, { number: item('8') })).thenRejected('ItemNotFound', { item: '8' });
  });

  it('given a guest, when they withdraw an item, then it is not authorized', () => {
    given(inSession()).when(command('WithdrawItem', cast.guest, { number: item('1') })).thenRejected('NotAuthorized');
  });
});

describe('general matters', () => {
  it('given a general matters item, when a matter is added, then it becomes its next sub-item', () => {
    given(inSession()).when(command('AddGeneralMatter', cast.secretary, { title: ' Calendario de sesiones ' }, 20))
      .thenEvents([{ type: 'ItemAdded', data: { parent: item('4'), number: item('4.a'), title: 'Calendario de sesiones', kind: 'general', at: at(20) } }]);
  });

  it('given two matters, then they are numbered a, b', () => {
    const events = run([command('AddGeneralMatter', cast.secretary, { title: 'Uno' })], inSession());
    given(events).when(command('AddGeneralMatter', cast.secretary, { title: 'Dos' }))
      .thenEvents([{ type: 'ItemAdded', data: { parent: item('4'), number: item('4.b'), title: 'Dos', kind: 'general', at: at(0) } }]);
  });

  it('given an agenda without general matters, when a matter is added, then a general matters item is added at the end first', () => {
    const agenda = [{ number: '1', title: 'Informe', kind: 'report' as const }, { number: '2', title: 'Clausura', kind: 'procedural' as const }];
    given(inSession(undefined, agenda)).when(command('AddGeneralMatter', cast.chair, { title: 'Tema' }, 20)).thenEvents([
      { type: 'ItemAdded', data: { parent: null, number: item('3'), title: 'Asuntos generales', kind: 'general', at: at(20) } },
      { type: 'ItemAdded', data: { parent: item('3'), number: item('3.a'), title: 'Tema', kind: 'general', at: at(20) } },
    ]);
  });

  it('given general matters already dealt with, when a matter is added, then they are over', () => {
    const over = run([start('4'), command('CompleteItem', cast.secretary, {})], inSession());
    given(over).when(command('AddGeneralMatter', cast.secretary, { title: 'Tarde' })).thenRejected('GeneralMattersOver', { item: '4' });
  });

  it('given an empty title, then the field is named', () => {
    given(inSession()).when(command('AddGeneralMatter', cast.secretary, { title: '  ' })).thenRejected('InvalidInput', { field: 'title', problem: 'empty' });
  });

  it('given a voting member, when they add a matter, then it is not authorized', () => {
    given(inSession()).when(command('AddGeneralMatter', cast.luis, { title: 'Tema' })).thenRejected('NotAuthorized');
  });
});

describe('agreements', () => {
  const onItem1 = () => run([start('1')], inSession());

  it('given a current item, when an agreement is recorded, then it belongs to the current item with its responsible area and due date', () => {
    const then = given(onItem1()).when(command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: ' Se aprueba el programa. ', responsible: 'DEOEyG', dueDate: '2024-07-31' }, 12));
    then.thenEvents([{ type: 'AgreementRecorded', data: { agreementId: agreementId('a1'), number: item('1'), text: 'Se aprueba el programa.', responsible: 'DEOEyG', dueDate: '2024-07-31', at: at(12) } }]);
    expect(then.thenState().agreements).toEqual([{ id: 'a1', item: '1', text: 'Se aprueba el programa.', responsible: 'DEOEyG', dueDate: '2024-07-31', recordedAt: at(12) }]);
  });

  it('given no current item, when an agreement names an item, then it is recorded on that item', () => {
    const state = given(inSession()).when(command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'Acuerdo', number: item('3.b') })).thenState();
    expect(state.agreements[0]?.item).toBe('3.b');
  });

  it('given no current item and no item named, then there is no current item', () => {
    given(inSession()).when(command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'Acuerdo' })).thenRejected('NoCurrentItem');
  });

  it.each([
    [{ text: '' }, 'text', 'empty'],
    [{ text: 'x'.repeat(4001) }, 'text', 'too-long'],
    [{ text: 'ok', dueDate: '31/07/2024' }, 'dueDate', 'invalid-date'],
  ])('given bad input %j, then %s is named as %s', (data, field, problem) => {
    given(onItem1()).when(command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), ...data } as never)).thenRejected('InvalidInput', { field, problem });
  });

  it('given an unknown item, then the item is named', () => {
    given(inSession()).when(command('RecordAgreement', cast.secretary, { agreementId: agreementId('a1'), text: 'x', number: item('7') })).thenRejected('ItemNotFound', { item: '7' });
  });

  it('given a representative, when they record an agreement, then it is not authorized', () => {
    given(onItem1()).when(command('RecordAgreement', cast.representative, { agreementId: agreementId('a1'), text: 'x' })).thenRejected('NotAuthorized');
  });
});

describe('closing the session', () => {
  it('given a session with a report in progress, when closed, then the report is presented, nothing is current and the time is kept', () => {
    const then = given(run([start('2')], inSession())).when(command('CloseSession', cast.secretary, {}, 50));
    then.thenEvents([{ type: 'SessionClosed', data: { quorum: { present: 3, required: 2, total: 3 }, at: at(50) } }]);
    const state = then.thenState();
    expect(state).toMatchObject({ phase: 'closed', closedAt: at(50), currentItem: null });
    expect(state.agenda[1]?.status).toBe('presented');
  });

  it('given a vote open, when closed, then the vote is open', () => {
    const voting = run([start('1'), command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' })], inSession());
    given(voting).when(command('CloseSession', cast.secretary, {})).thenRejected('VoteOpen');
  });

  it('given a session not even in roll call, when closed, then it has not started', () => {
    given(sessionWithRoster()).when(command('CloseSession', cast.secretary, {})).thenRejected('SessionNotStarted');
  });

  it('given a roll call without quorum, when closed, then the session ends without having been held', () => {
    const state = given(rollCallWith([cast.luis])).when(command('CloseSession', cast.secretary, {}, 30)).thenState();
    expect(state).toMatchObject({ phase: 'closed', startedAt: null, closedAt: at(30) });
  });

  it('given a voting member, when they close the session, then it is not authorized', () => {
    given(inSession()).when(command('CloseSession', cast.sofia, {})).thenRejected('NotAuthorized');
  });

  describe('given a closed session, nothing more is accepted', () => {
    const closed = () => run([command('CloseSession', cast.secretary, {}, 50)], inSession());
    it.each<[string, SessionCommand]>([
      ['next item', next()],
      ['mark attendance', command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: false })],
      ['open a vote', command('OpenVote', cast.secretary, { voteId: voteId('v9'), method: 'nominal' })],
      ['cast a ballot', command('CastBallot', cast.luis, { choice: 'in-favour' })],
      ['assign roles', command('AssignRoles', cast.secretary, { members: [] })],
      ['add a general matter', command('AddGeneralMatter', cast.secretary, { title: 'x' })],
      ['recess', command('Recess', cast.secretary, {})],
      ['close again', command('CloseSession', cast.secretary, {})],
    ])('%s → SessionClosed', (_what, c) => {
      given(closed()).when(c).thenRejected('SessionClosed');
    });

    it('but attendance hints from Teams are still recorded (a meeting can end after the session closes)', () => {
      given(closed()).when(command('RecordAttendanceHint', cast.secretary, { kind: 'meeting-ended', participant: null }, 60))
        .thenEvents([{ type: 'AttendanceHintRecorded', data: { kind: 'meeting-ended', participant: null, at: at(60) } }]);
    });
  });
});

describe('attendance hints', () => {
  it('given a roll call, when Teams says someone joined, then a hint is kept and nobody is marked present', () => {
    const then = given(rollCallWith([])).when(command('RecordAttendanceHint', cast.secretary, { kind: 'joined', participant: { id: cast.luis.id, name: cast.luis.name } }, 3));
    const state = then.thenState();
    expect(state.hints).toEqual([{ kind: 'joined', participant: { id: cast.luis.id, name: cast.luis.name }, at: at(3) }]);
    expect(state.attendance[cast.luis.id]).toBeUndefined();
  });
});
