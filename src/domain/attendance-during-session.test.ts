import type { Actor } from './commands';
import type { SessionEvent } from './events';
import type { BodyRules } from './rules';
import { quorumOf } from './quorum';
import { openQuorumCheck } from './session-state';
import { at, ballot, cast, command, given, inSession, item, rollCallWith, run, VOTERS, voteId, voteOpenOnItem1 } from './testing/session-spec';

const TEAMS: Actor = { id: 'microsoft-teams' as never, name: 'Microsoft Teams' };
const teams = (kind: 'left' | 'joined', who: Actor, minute = 30) =>
  command('RecordAttendanceHint', TEAMS, { kind, participant: { id: who.id, name: who.name } }, minute);
const departure = (who: Actor, minute = 30, by: Actor = cast.secretary) => command('MarkAttendance', by, { memberId: who.id, present: false }, minute);
const arrival = (who: Actor, minute = 40, by: Actor = cast.secretary) => command('MarkAttendance', by, { memberId: who.id, present: true }, minute);
const quorum = (events: SessionEvent[]) => {
  const s = given(events).state;
  return quorumOf(s.roster, s.attendance, s.rules);
};
const recorded = (rules?: Partial<BodyRules>) => inSession({ meetingPresence: 'record', ...rules });

describe('Teams says a member left or came back (rule ask, the default)', () => {
  it('given a member present, when Teams says they left, then the hint is kept and the departure waits for the secretary', () => {
    const then = given(inSession()).when(teams('left', cast.luis));
    then.thenEvents([
      { type: 'AttendanceHintRecorded', data: { kind: 'left', participant: { id: cast.luis.id, name: cast.luis.name }, at: at(30) } },
      { type: 'PresenceChangeNoticed', data: { memberId: cast.luis.id, change: 'left', at: at(30) } },
    ]);
    const state = then.thenState();
    expect(state.attendance[cast.luis.id]?.present).toBe(true);
    expect(state.presenceNotices).toEqual({ [cast.luis.id]: { change: 'left', at: at(30) } });
  });

  it('given a departure noticed, when the secretary records it, then the member is absent and the notice is settled', () => {
    const state = given(run([teams('left', cast.luis)], inSession())).when(departure(cast.luis, 31)).thenState();
    expect(state.attendance[cast.luis.id]).toMatchObject({ present: false, leftAt: at(31) });
    expect(state.presenceNotices).toEqual({});
  });

  it('given a departure noticed, when the secretary keeps the member present, then nothing changes in the attendance', () => {
    const then = given(run([teams('left', cast.luis)], inSession())).when(command('DismissPresenceNotice', cast.secretary, { memberIds: [cast.luis.id] }, 31));
    then.thenEvents([{ type: 'PresenceNoticeDismissed', data: { memberIds: [cast.luis.id], by: cast.secretary.id, at: at(31) } }]);
    expect(then.thenState().attendance[cast.luis.id]?.present).toBe(true);
    expect(then.thenState().presenceNotices).toEqual({});
  });

  it('given a departure noticed, when the member comes back before the secretary acts, then there is nothing left to certify', () => {
    const state = given(run([teams('left', cast.luis)], inSession())).when(teams('joined', cast.luis, 31)).thenState();
    expect(state.presenceNotices).toEqual({});
    expect(state.attendance[cast.luis.id]?.present).toBe(true);
  });

  it('given a member recorded as gone, when Teams says they joined again, then their return waits for the secretary', () => {
    const gone = run([departure(cast.luis, 30)], inSession());
    given(gone).when(teams('joined', cast.luis, 35)).thenEvents([
      { type: 'AttendanceHintRecorded', data: { kind: 'joined', participant: { id: cast.luis.id, name: cast.luis.name }, at: at(35) } },
      { type: 'PresenceChangeNoticed', data: { memberId: cast.luis.id, change: 'joined', at: at(35) } },
    ]);
  });

  it('given a member who never answered the roll call, when Teams says they joined, then only the hint is kept (they answer the roll call)', () => {
    const events = inSession(undefined, undefined, [cast.chair, cast.luis]);
    given(events).when(teams('joined', cast.sofia)).thenEvents([
      { type: 'AttendanceHintRecorded', data: { kind: 'joined', participant: { id: cast.sofia.id, name: cast.sofia.name }, at: at(30) } },
    ]);
  });

  it('given someone outside the roster, when Teams says they left, then only the hint is kept', () => {
    expect(given(inSession()).when(teams('left', cast.stranger)).thenState().presenceNotices).toEqual({});
  });

  it('given a voting member, when they try to dismiss a notice, then it is not authorized', () => {
    given(run([teams('left', cast.luis)], inSession())).when(command('DismissPresenceNotice', cast.sofia, { memberIds: [cast.luis.id] })).thenRejected('NotAuthorized');
  });
});

describe('Teams says a member left or came back (rule record)', () => {
  it('given a member present, when Teams says they left, then their departure is recorded by Teams', () => {
    const then = given(recorded()).when(teams('left', cast.luis));
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['AttendanceHintRecorded', 'AttendanceMarked']);
    expect(then.thenState().attendance[cast.luis.id]?.changes.at(-1)).toEqual({ present: false, at: at(30), by: TEAMS.id });
  });

  it('given two of three voting members leave, then the second departure loses the quorum, with the numbers', () => {
    const afterLuis = run([teams('left', cast.luis, 30)], recorded());
    const then = given(afterLuis).when(teams('left', cast.sofia, 31));
    expect(then.decision.ok && then.decision.events.at(-1)).toEqual({ type: 'QuorumLost', data: { quorum: { present: 1, required: 2, total: 3 }, at: at(31) } });
  });

  it('given a member who left, when Teams says they joined, then their return is recorded and the quorum restored', () => {
    const lost = run([teams('left', cast.luis, 30), teams('left', cast.sofia, 31)], recorded());
    const then = given(lost).when(teams('joined', cast.luis, 40));
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['AttendanceHintRecorded', 'AttendanceMarked', 'QuorumRestored']);
    expect(then.thenState().quorumRecord.map((q) => q.when)).toEqual(['start', 'lost', 'restored']);
  });
});

describe('departures and returns recorded by the secretary, and "me retiro"', () => {
  it('given a member present, when they say they leave, then they are absent from that moment', () => {
    const then = given(inSession()).when(command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: false }, 45));
    then.thenEvents([{ type: 'AttendanceMarked', data: { memberId: cast.luis.id, present: false, by: cast.luis.id, at: at(45) } }]);
  });

  it('given a member who left, when the secretary records the return, then arrival, departure and return are all in the record', () => {
    const state = given(run([departure(cast.luis, 30)], inSession())).when(arrival(cast.luis, 42)).thenState();
    expect(state.attendance[cast.luis.id]?.changes.map((c) => [c.present, c.at])).toEqual([[true, at(3)], [false, at(30)], [true, at(42)]]);
    expect(state.attendance[cast.luis.id]?.arrivedAt).toBe(at(3));
  });

  it('given a voting member, when they record someone else leaving, then it is not authorized', () => {
    given(inSession()).when(departure(cast.sofia, 30, cast.luis)).thenRejected('NotAuthorized');
  });
});

describe('quorum lost and recovered during the session', () => {
  const lost = () => run([departure(cast.luis, 30), departure(cast.sofia, 31)], inSession());

  it('given quorum, when the departure that loses it is recorded, then QuorumLost is recorded with the numbers', () => {
    const then = given(run([departure(cast.luis, 30)], inSession())).when(departure(cast.sofia, 31));
    then.thenEvents([
      { type: 'AttendanceMarked', data: { memberId: cast.sofia.id, present: false, by: cast.secretary.id, at: at(31) } },
      { type: 'QuorumLost', data: { quorum: { present: 1, required: 2, total: 3 }, at: at(31) } },
    ]);
  });

  it('given no quorum, when a vote is opened, then it is refused with how many are present and required', () => {
    given(run([command('StartItem', cast.secretary, { number: item('1') }, 32)], lost()))
      .when(command('OpenVote', cast.secretary, { voteId: voteId('v9'), method: 'economica' }, 33))
      .thenRejected('NoQuorum', { present: 1, required: 2 });
  });

  it('given no quorum, when a member comes back, then QuorumRestored is recorded and a vote can open again', () => {
    const back = given(lost()).when(arrival(cast.luis, 40));
    expect(back.decision.ok && back.decision.events.at(-1)).toEqual({ type: 'QuorumRestored', data: { quorum: { present: 2, required: 2, total: 3 }, at: at(40) } });
    const onItem = run([command('StartItem', cast.secretary, { number: item('1') }, 41)], [...lost(), ...(back.decision.ok ? back.decision.events : [])]);
    expect(given(onItem).when(command('OpenVote', cast.secretary, { voteId: voteId('v9'), method: 'economica' }, 42)).decision.ok).toBe(true);
  });

  it('given a vote open, when quorum is lost, then the vote stays open and whoever left cannot vote until they come back', () => {
    const open = voteOpenOnItem1();
    const events = run([ballot(cast.chair, 'in-favour'), departure(cast.luis, 10), departure(cast.sofia, 10)], open);
    expect(given(events).state.openVote).toBe('v1');
    given(events).when(ballot(cast.luis, 'in-favour', 11)).thenRejected('NotPresent');
    const closed = run([command('CloseVote', cast.secretary, {}, 12)], events);
    const vote = given(closed).state.votes.find((v) => v.id === 'v1')!;
    expect(vote.result).toMatchObject({ outcome: 'approved-unanimously', notVoted: [cast.luis.id, cast.sofia.id] });
    expect(vote.quorumAtOpen).toEqual({ present: 3, required: 2, total: 3 });
    expect(vote.quorumAtClose).toEqual({ present: 1, required: 2, total: 3 });
  });

  it('given a quorum lost in recess, when they return, then the session resumes with the quorum declared again', () => {
    const inRecess = run([command('Recess', cast.secretary, { reason: 'falta de quórum' }, 32), arrival(cast.luis, 40)], lost());
    const state = given(inRecess).when(command('Resume', cast.secretary, {}, 41)).thenState();
    expect(state.quorumRecord.map((q) => q.when)).toEqual(['start', 'lost', 'restored', 'resume']);
    expect(quorum(inRecess).reached).toBe(true);
  });

  it('given the session closes, then the quorum at the close is in the record', () => {
    const state = given(inSession()).when(command('CloseSession', cast.secretary, {}, 60)).thenState();
    expect(state.quorumRecord.at(-1)).toEqual({ present: 3, required: 2, total: 3, at: at(60), when: 'close' });
  });
});

describe('quorum check (verificación de quórum)', () => {
  const checking = () => run([command('StartQuorumCheck', cast.secretary, { checkId: 'q1' }, 30)], inSession(undefined, undefined, [cast.chair, cast.luis, cast.sofia, cast.representative]));

  it('given a session, when the secretary starts a check, then it is under way and she has confirmed', () => {
    const then = given(inSession()).when(command('StartQuorumCheck', cast.secretary, { checkId: 'q1' }, 30));
    then.thenEvents([
      { type: 'QuorumCheckStarted', data: { checkId: 'q1', by: cast.secretary.id, at: at(30) } },
      { type: 'PresenceConfirmed', data: { checkId: 'q1', memberId: cast.secretary.id, at: at(30) } },
    ]);
  });

  it('given a check, when a present member says present, then their presence is confirmed (not "already present")', () => {
    given(checking()).when(command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 31))
      .thenEvents([{ type: 'PresenceConfirmed', data: { checkId: 'q1', memberId: cast.luis.id, at: at(31) } }]);
  });

  it('given a check, when the secretary closes it, then whoever did not confirm is recorded absent and the quorum found is recorded', () => {
    const confirmed = run([command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 31)], checking());
    const then = given(confirmed).when(command('CloseQuorumCheck', cast.secretary, {}, 35));
    then.thenEvents([
      { type: 'AttendanceMarked', data: { memberId: cast.chair.id, present: false, by: cast.secretary.id, at: at(35) } },
      { type: 'AttendanceMarked', data: { memberId: cast.sofia.id, present: false, by: cast.secretary.id, at: at(35) } },
      { type: 'AttendanceMarked', data: { memberId: cast.representative.id, present: false, by: cast.secretary.id, at: at(35) } },
      { type: 'QuorumCheckClosed', data: { checkId: 'q1', absent: [cast.chair.id, cast.sofia.id, cast.representative.id], quorum: { present: 1, required: 2, total: 3 }, by: cast.secretary.id, at: at(35) } },
      { type: 'QuorumLost', data: { quorum: { present: 1, required: 2, total: 3 }, at: at(35) } },
    ]);
    expect(openQuorumCheck(then.thenState())).toBeNull();
  });

  it('given a check, then no vote opens and a second check is refused until it closes', () => {
    const onItem = run([command('StartItem', cast.secretary, { number: item('1') }, 29)], inSession());
    const events = run([command('StartQuorumCheck', cast.secretary, { checkId: 'q1' }, 30)], onItem);
    given(events).when(command('OpenVote', cast.secretary, { voteId: voteId('v9'), method: 'economica' })).thenRejected('QuorumCheckOpen');
    given(events).when(command('StartQuorumCheck', cast.secretary, { checkId: 'q2' })).thenRejected('QuorumCheckOpen');
  });

  it('given no check, when it is closed, then there is none to close', () => {
    given(inSession()).when(command('CloseQuorumCheck', cast.secretary, {})).thenRejected('NoQuorumCheck');
  });

  it('given the roll call (session not started), when a check is asked, then the roll call is the check', () => {
    given(rollCallWith(VOTERS)).when(command('StartQuorumCheck', cast.secretary, { checkId: 'q1' })).thenRejected('RollCallAlreadyStarted');
  });

  it('given a voting member, when they start a check, then it is not authorized', () => {
    given(inSession()).when(command('StartQuorumCheck', cast.luis, { checkId: 'q1' })).thenRejected('NotAuthorized');
  });
});
