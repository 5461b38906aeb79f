import { DEFAULT_RULES } from './rules';
import { quorumOf } from './quorum';
import { at, cast, command, given, inSession, item, rollCallWith, run, sessionWithRoster, VOTERS } from './testing/session-spec';

describe('roll call', () => {
  it('given a roster, when the secretary starts the roll call, then the session is in roll call and she is present', () => {
    given(sessionWithRoster()).when(command('StartRollCall', cast.secretary, {}, 1)).thenEvents([
      { type: 'RollCallStarted', data: { at: at(1) } },
      { type: 'AttendanceMarked', data: { memberId: cast.secretary.id, present: true, by: cast.secretary.id, at: at(1) } },
    ]);
  });

  it('given a roster, when the chair starts the roll call, then it is accepted (the chair also conducts)', () => {
    expect(given(sessionWithRoster()).when(command('StartRollCall', cast.chair, {})).decision.ok).toBe(true);
  });

  it.each([['a voting member', cast.luis], ['a representative', cast.representative], ['a guest', cast.guest], ['a stranger', cast.stranger]])(
    'given a roster, when %s starts the roll call, then it is not authorized and says who may', (_who, actor) => {
      given(sessionWithRoster()).when(command('StartRollCall', actor, {})).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
    });

  it('given a roll call already open, when it is started again, then it is rejected with the phase', () => {
    given(rollCallWith([])).when(command('StartRollCall', cast.secretary, {})).thenRejected('RollCallAlreadyStarted', { phase: 'roll-call' });
  });

  it('given an open roll call, when a member marks themselves present, then they are present from that moment', () => {
    const then = given(rollCallWith([])).when(command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 3));
    then.thenEvents([{ type: 'AttendanceMarked', data: { memberId: cast.luis.id, present: true, by: cast.luis.id, at: at(3) } }]);
    expect(then.thenState().attendance[cast.luis.id]).toEqual({ present: true, arrivedAt: at(3), leftAt: null, changes: [{ present: true, at: at(3), by: cast.luis.id }] });
  });

  it('given an open roll call, when the secretary marks a member present, then it is recorded as done by the secretary', () => {
    given(rollCallWith([])).when(command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: true }, 3))
      .thenEvents([{ type: 'AttendanceMarked', data: { memberId: cast.sofia.id, present: true, by: cast.secretary.id, at: at(3) } }]);
  });

  it('given an open roll call, when a member marks someone else, then it is not authorized', () => {
    given(rollCallWith([])).when(command('MarkAttendance', cast.luis, { memberId: cast.sofia.id, present: true })).thenRejected('NotAuthorized');
  });

  it('given an open roll call, when someone outside the roster marks themselves, then they are not in the roster', () => {
    given(rollCallWith([])).when(command('MarkAttendance', cast.stranger, { memberId: cast.stranger.id, present: true })).thenRejected('NotInRoster');
  });

  it('given no roll call yet, when a member marks themselves present, then the roll call is not open', () => {
    given(sessionWithRoster()).when(command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true })).thenRejected('RollCallNotOpen');
  });

  it('given a member present, when they mark present again, then it is rejected as already present (a double click changes nothing)', () => {
    given(rollCallWith([cast.luis])).when(command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true })).thenRejected('AlreadyPresent');
  });

  it('given a member absent, when marked absent, then it is rejected as already absent', () => {
    given(rollCallWith([])).when(command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false })).thenRejected('AlreadyAbsent');
  });

  it('given a member present, when the secretary marks them absent, then they left at that moment and keep their arrival', () => {
    const state = given(rollCallWith([cast.luis])).when(command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }, 20)).thenState();
    expect(state.attendance[cast.luis.id]).toMatchObject({ present: false, arrivedAt: at(2), leftAt: at(20) });
    expect(state.attendance[cast.luis.id]?.changes).toEqual([{ present: true, at: at(2), by: cast.luis.id }, { present: false, at: at(20), by: cast.secretary.id }]);
  });

  it('given a session in progress, a member who arrives late can still mark themselves present', () => {
    const state = given(inSession(undefined, undefined, [cast.chair, cast.luis])).when(command('MarkAttendance', cast.sofia, { memberId: cast.sofia.id, present: true }, 30)).thenState();
    expect(state.attendance[cast.sofia.id]?.arrivedAt).toBe(at(30));
  });
});

describe('quorum', () => {
  it('is more than half of the voting members by default: 2 of 3', () => {
    const state = given(rollCallWith([cast.chair, cast.luis])).state;
    expect(quorumOf(state.roster, state.attendance, state.rules)).toEqual({ present: 2, total: 3, required: 2, reached: true });
  });

  it('does not count the secretary, representatives or guests', () => {
    const state = given(rollCallWith([cast.luis, cast.representative, cast.guest])).state;
    expect(quorumOf(state.roster, state.attendance, state.rules)).toEqual({ present: 1, total: 3, required: 2, reached: false });
  });

  it.each([
    [0.5, 4, 3], [0.5, 5, 3], [0.5, 6, 4], [2 / 3, 6, 5], [0, 3, 1],
  ])('with quorumFraction %d and %d voting members, requires %d present', (quorumFraction, voters, required) => {
    const roster = Array.from({ length: voters }, (_, i) => ({ id: `m${i}` as never, name: `M${i}`, role: 'voting-member' as const }));
    expect(quorumOf(roster, {}, { ...DEFAULT_RULES, quorumFraction }).required).toBe(required);
  });

  it('is never reached with no voting members', () => {
    expect(quorumOf([], {}, DEFAULT_RULES).reached).toBe(false);
  });

  it('given quorum, when the secretary starts the session, then the quorum declared is recorded', () => {
    const then = given(rollCallWith([cast.chair, cast.luis])).when(command('StartSession', cast.secretary, {}, 5));
    then.thenEvents([{ type: 'SessionStarted', data: { quorum: { present: 2, required: 2, total: 3 }, at: at(5) } }]);
    const state = then.thenState();
    expect(state.phase).toBe('in-session');
    expect(state.quorumRecord).toEqual([{ present: 2, required: 2, total: 3, at: at(5), when: 'start' }]);
  });

  it('given no quorum, when the session is started, then it is rejected with how many are present and required', () => {
    given(rollCallWith([cast.luis])).when(command('StartSession', cast.secretary, {})).thenRejected('NoQuorum', { present: 1, required: 2 });
  });

  it('given no roll call, when the session is started, then the roll call must come first', () => {
    given(sessionWithRoster()).when(command('StartSession', cast.secretary, {})).thenRejected('RollCallNotOpen');
  });

  it('given a session already started, when started again, then it is rejected', () => {
    given(inSession()).when(command('StartSession', cast.secretary, {})).thenRejected('SessionAlreadyStarted');
  });

  it('given a voting member, when they start the session, then it is not authorized', () => {
    given(rollCallWith(VOTERS)).when(command('StartSession', cast.luis, {})).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });
});

describe('recess and resume', () => {
  const lostQuorum = () => run([
    command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }, 10),
    command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 10),
  ], inSession());

  it('given quorum lost, when the secretary calls a recess, then the session is in recess with the reason', () => {
    const then = given(lostQuorum()).when(command('Recess', cast.secretary, { reason: ' falta de quórum ' }, 11));
    then.thenEvents([{ type: 'RecessStarted', data: { reason: 'falta de quórum', at: at(11) } }]);
    expect(then.thenState().recesses).toEqual([{ reason: 'falta de quórum', startedAt: at(11), endedAt: null }]);
  });

  it('given a recess without quorum, when resumed, then it is rejected with the numbers', () => {
    const inRecess = run([command('Recess', cast.secretary, {}, 11)], lostQuorum());
    given(inRecess).when(command('Resume', cast.secretary, {})).thenRejected('NoQuorum', { present: 1, required: 2 });
  });

  it('given a recess and quorum back, when resumed, then the session goes on and a new quorum declaration is recorded', () => {
    const back = run([command('Recess', cast.secretary, {}, 11), command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 15)], lostQuorum());
    const then = given(back).when(command('Resume', cast.secretary, {}, 16));
    then.thenEvents([{ type: 'SessionResumed', data: { quorum: { present: 2, required: 2, total: 3 }, at: at(16) } }]);
    const state = then.thenState();
    expect(state.phase).toBe('in-session');
    expect(state.recesses[0]).toEqual({ reason: null, startedAt: at(11), endedAt: at(16) });
    expect(state.quorumRecord.map((q) => q.when)).toEqual(['start', 'lost', 'restored', 'resume']);
  });

  it('given a recess, then items cannot move, votes cannot open and a second recess is rejected', () => {
    const inRecess = run([command('Recess', cast.secretary, {}, 11)], inSession());
    given(inRecess).when(command('NextItem', cast.secretary, {})).thenRejected('SessionInRecess');
    given(inRecess).when(command('StartItem', cast.secretary, { number: item('2') })).thenRejected('SessionInRecess');
    given(inRecess).when(command('Recess', cast.secretary, {})).thenRejected('SessionInRecess');
  });

  it('given a session in session, when resumed, then it is not in recess', () => {
    given(inSession()).when(command('Resume', cast.secretary, {})).thenRejected('NotInRecess');
  });

  it('given a roll call (not started), when a recess is called, then the session has not started', () => {
    given(rollCallWith(VOTERS)).when(command('Recess', cast.secretary, {})).thenRejected('SessionNotStarted');
  });

  it('given a voting member, when they call a recess, then it is not authorized', () => {
    given(inSession()).when(command('Recess', cast.luis, {})).thenRejected('NotAuthorized');
  });
});
