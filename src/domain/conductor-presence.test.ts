import { at, cast, command, given, inSession, item, rollCallWith, run, sessionWithRoster, VOTERS } from './testing/session-spec';

describe('whoever conducts is present', () => {
  it('given a roster, when the secretary opens the roll call, then she is recorded present from that moment', () => {
    const state = given(sessionWithRoster()).when(command('StartRollCall', cast.secretary, {}, 1)).thenState();
    expect(state.attendance[cast.secretary.id]).toMatchObject({ present: true, arrivedAt: at(1) });
  });

  it('given a chair who did not answer the roll call, when she starts the session, then she is present and counts for the quorum', () => {
    const then = given(rollCallWith([cast.luis])).when(command('StartSession', cast.chair, {}, 5));
    then.thenEvents([
      { type: 'AttendanceMarked', data: { memberId: cast.chair.id, present: true, by: cast.chair.id, at: at(5) } },
      { type: 'SessionStarted', data: { quorum: { present: 2, required: 2, total: 3 }, at: at(5) } },
    ]);
  });

  it('given a secretary recorded absent, when she takes up the next item, then she is recorded back first', () => {
    const events = run([command('MarkAttendance', cast.chair, { memberId: cast.secretary.id, present: false }, 20)], inSession());
    given(events).when(command('StartItem', cast.secretary, { number: item('2') }, 22)).thenEvents([
      { type: 'AttendanceMarked', data: { memberId: cast.secretary.id, present: true, by: cast.secretary.id, at: at(22) } },
      { type: 'ItemStarted', data: { number: item('2'), at: at(22) } },
    ]);
  });

  it('given a rejected act, then nobody is marked present by it', () => {
    given(rollCallWith([])).when(command('StartSession', cast.chair, {})).thenRejected('NoQuorum', { present: 1, required: 2 });
  });

  it('given someone who only votes, then voting does not record their presence (they must be present to vote)', () => {
    expect(given(inSession(undefined, undefined, VOTERS)).state.attendance[cast.representative.id]).toBeUndefined();
  });
});
