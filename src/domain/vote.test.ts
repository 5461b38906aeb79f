import type { Actor, SessionCommand } from './commands';
import type { BodyRules } from './rules';
import { at, ballot, cast, command, given, inSession, item, run, VOTERS, voteId, voteOpenOnItem1 } from './testing/session-spec';

const open = (method: 'economica' | 'nominal' = 'economica', minute = 8): SessionCommand =>
  command('OpenVote', cast.secretary, { voteId: voteId('v1'), method }, minute);
const close = (minute = 20): SessionCommand => command('CloseVote', cast.secretary, {}, minute);

/** Votes on item 1 with these ballots under these rules, closes, and returns the closed vote. */
function outcome(ballots: [Actor, 'in-favour' | 'against' | 'abstain'][], rules?: Partial<BodyRules>, present?: Actor[]) {
  const events = run([...ballots.map(([a, c]) => ballot(a, c)), close()], voteOpenOnItem1('economica', rules, present));
  return given(events).state.votes.find((v) => v.id === 'v1')!;
}

describe('opening a vote', () => {
  it('given the current item is put to a vote, when the secretary opens a vote, then the voting members present are the eligible voters', () => {
    const onItem1 = run([command('StartItem', cast.secretary, { number: item('1') }, 7)], inSession(undefined, undefined, [cast.chair, cast.luis]));
    const then = given(onItem1).when(open('nominal'));
    then.thenEvents([{
      type: 'VoteOpened',
      data: {
        voteId: voteId('v1'), number: item('1'), method: 'nominal', eligible: [cast.chair.id, cast.luis.id], subject: 'item', during: null, changes: null,
        quorum: { present: 2, required: 2, total: 3 }, at: at(8),
      },
    }]);
    const state = then.thenState();
    expect(state.openVote).toBe('v1');
    expect(state.agenda[0]?.status).toBe('voting');
  });

  it('given a procedural item (approval of the agenda kind), when a vote is opened, then it is accepted', () => {
    const agenda = [{ number: '1', title: 'Declaratoria de quórum', kind: 'procedural' as const }];
    const onItem1 = run([command('StartItem', cast.secretary, { number: item('1') })], inSession(undefined, agenda));
    expect(given(onItem1).when(open()).decision.ok).toBe(true);
  });

  it('given a report in progress, when a vote is opened, then the item is not put to a vote', () => {
    given(run([command('StartItem', cast.secretary, { number: item('2') })], inSession())).when(open()).thenRejected('ItemNotVotable', { item: '2' });
  });

  it('given no current item, when a vote is opened, then there is no current item', () => {
    given(inSession()).when(open()).thenRejected('NoCurrentItem');
  });

  it('given a vote open, when another is opened, then a vote is already open', () => {
    given(voteOpenOnItem1()).when(command('OpenVote', cast.secretary, { voteId: voteId('v2'), method: 'economica' })).thenRejected('VoteAlreadyOpen');
  });

  it('given an item already voted, when a vote is opened again, then it was already voted', () => {
    const voted = run([ballot(cast.chair, 'in-favour'), close()], voteOpenOnItem1());
    given(voted).when(command('OpenVote', cast.secretary, { voteId: voteId('v2'), method: 'economica' })).thenRejected('ItemAlreadyVoted', { item: '1' });
  });

  it('given quorum lost, when a vote is opened, then there is no quorum', () => {
    const lost = run([
      command('StartItem', cast.secretary, { number: item('1') }),
      command('MarkAttendance', cast.secretary, { memberId: cast.luis.id, present: false }),
      command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }),
    ], inSession());
    given(lost).when(open()).thenRejected('NoQuorum', { present: 1, required: 2 });
  });

  it('given an unknown method, then the field is named', () => {
    given(run([command('StartItem', cast.secretary, { number: item('1') })], inSession())).when(command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'secreta' as never }))
      .thenRejected('InvalidInput', { field: 'method' });
  });

  it('given a voting member, when they open a vote, then it is not authorized', () => {
    given(run([command('StartItem', cast.secretary, { number: item('1') })], inSession())).when(command('OpenVote', cast.luis, { voteId: voteId('v1'), method: 'economica' }))
      .thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });
});

describe('casting a ballot', () => {
  it('given an open vote, when an eligible voting member votes, then the ballot is recorded', () => {
    const then = given(voteOpenOnItem1()).when(ballot(cast.luis, 'against', 9));
    then.thenEvents([{ type: 'BallotCast', data: { voteId: voteId('v1'), voter: cast.luis.id, choice: 'against', at: at(9) } }]);
    expect(then.thenState().votes[1]?.ballots).toEqual({ [cast.luis.id]: 'against' });
  });

  it.each([['the secretary', cast.secretary], ['a representative', cast.representative], ['a guest', cast.guest], ['someone outside the roster', cast.stranger]])(
    'given an open vote, when %s votes, then only voting members vote and nothing is recorded', (_who, actor) => {
      given(voteOpenOnItem1()).when(ballot(actor, 'in-favour')).thenRejected('NotAVotingMember', { allowedRoles: ['chair', 'voting-member'] });
    });

  it('given a voting member who was absent when the vote opened, when they vote, then they are not an eligible voter', () => {
    const late = run([command('MarkAttendance', cast.sofia, { memberId: cast.sofia.id, present: true }, 9)], voteOpenOnItem1('economica', undefined, [cast.chair, cast.luis]));
    given(late).when(ballot(cast.sofia, 'in-favour')).thenRejected('NotEligibleVoter');
  });

  it('given a member who voted, when they vote again, then nobody votes twice', () => {
    const voted = run([ballot(cast.luis, 'in-favour')], voteOpenOnItem1());
    given(voted).when(ballot(cast.luis, 'in-favour')).thenRejected('AlreadyVoted');
    given(voted).when(ballot(cast.luis, 'against')).thenRejected('AlreadyVoted');
  });

  it('given the rules allow a change, when a voter changes their ballot, then the change is recorded and counted once', () => {
    const voted = run([ballot(cast.luis, 'in-favour')], voteOpenOnItem1('economica', { ballotChangeAllowed: true }));
    const then = given(voted).when(ballot(cast.luis, 'against', 10));
    then.thenEvents([{ type: 'BallotChanged', data: { voteId: voteId('v1'), voter: cast.luis.id, choice: 'against', at: at(10) } }]);
    expect(then.thenState().votes[1]?.voted).toEqual([cast.luis.id]);
    // the same choice again is still a double vote
    given(voted).when(ballot(cast.luis, 'in-favour')).thenRejected('AlreadyVoted');
  });

  it('given the rules do not allow abstention, when a voter abstains, then it is rejected', () => {
    given(voteOpenOnItem1('economica', { abstentionAllowed: false })).when(ballot(cast.luis, 'abstain')).thenRejected('AbstentionNotAllowed');
  });

  it('given no vote open, when someone votes, then the vote is not open', () => {
    given(inSession()).when(ballot(cast.luis, 'in-favour')).thenRejected('VoteNotOpen');
  });

  it('given a closed vote, when someone votes on it, then the vote is not open and the closed vote does not change', () => {
    const closed = run([ballot(cast.chair, 'in-favour'), close()], voteOpenOnItem1());
    given(closed).when(command('CastBallot', cast.luis, { voteId: voteId('v1'), choice: 'against' })).thenRejected('VoteNotOpen');
  });

  it('given an open vote, when a ballot names another vote, then that vote is not open', () => {
    given(voteOpenOnItem1()).when(command('CastBallot', cast.luis, { voteId: voteId('old'), choice: 'against' })).thenRejected('VoteNotOpen');
  });

  it('given an unknown choice, then the field is named', () => {
    given(voteOpenOnItem1()).when(ballot(cast.luis, 'maybe' as never)).thenRejected('InvalidInput', { field: 'choice' });
  });

  it('given the rules close a vote when everyone voted, when the last eligible voter votes, then the vote closes by itself', () => {
    const almost = run([ballot(cast.chair, 'in-favour'), ballot(cast.luis, 'in-favour')], voteOpenOnItem1('economica', { autoCloseWhenAllVoted: true }));
    const then = given(almost).when(ballot(cast.sofia, 'in-favour', 11));
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['BallotCast', 'VoteClosed']);
    const vote = then.thenState().votes[1]!;
    expect(vote).toMatchObject({ status: 'closed', closedBy: null, closedAt: at(11) });
    expect(vote.result?.outcome).toBe('approved-unanimously');
  });

  it('given the default rules, when everyone voted, then the vote stays open until the secretary closes it', () => {
    const all = run(VOTERS.map((v) => ballot(v, 'in-favour')), voteOpenOnItem1());
    expect(given(all).state.openVote).toBe('v1');
  });
});

describe('closing a vote and its result', () => {
  it('given ballots, when the secretary closes the vote, then the result is recorded and the item is approved', () => {
    const voted = run([ballot(cast.chair, 'in-favour'), ballot(cast.luis, 'in-favour'), ballot(cast.sofia, 'against')], voteOpenOnItem1('nominal'));
    const then = given(voted).when(close(20));
    then.thenEvents([{
      type: 'VoteClosed',
      data: {
        voteId: voteId('v1'), number: item('1'), closedBy: cast.secretary.id, at: at(20), quorum: { present: 3, required: 2, total: 3 },
        result: { outcome: 'approved-by-majority', tally: { inFavour: 2, against: 1, abstain: 0 }, notVoted: [], decidedByCastingVote: false, tie: false, basis: 'count' },
      },
    }]);
    const state = then.thenState();
    expect(state.openVote).toBeNull();
    expect(state.agenda[0]?.status).toBe('approved');
  });

  it('given no vote open, when closed, then the vote is not open', () => {
    given(inSession()).when(close()).thenRejected('VoteNotOpen');
  });

  it('given a voting member, when they close the vote, then it is not authorized', () => {
    given(voteOpenOnItem1()).when(command('CloseVote', cast.luis, {})).thenRejected('NotAuthorized');
  });

  it('all in favour → approved unanimously', () => {
    expect(outcome(VOTERS.map((v) => [v, 'in-favour'])).result).toMatchObject({ outcome: 'approved-unanimously', tally: { inFavour: 3, against: 0, abstain: 0 } });
  });

  it('in favour with an abstention → approved by majority, not unanimously', () => {
    expect(outcome([[cast.chair, 'in-favour'], [cast.luis, 'in-favour'], [cast.sofia, 'abstain']]).result?.outcome).toBe('approved-by-majority');
  });

  it('more against than in favour → not approved, and the item is rejected', () => {
    const events = run([ballot(cast.chair, 'against'), ballot(cast.luis, 'against'), ballot(cast.sofia, 'in-favour'), close()], voteOpenOnItem1());
    const state = given(events).state;
    expect(state.votes[1]?.result?.outcome).toBe('not-approved');
    expect(state.agenda[0]?.status).toBe('rejected');
  });

  it('who did not vote before closing is listed', () => {
    expect(outcome([[cast.chair, 'in-favour']]).result?.notVoted).toEqual([cast.luis.id, cast.sofia.id]);
  });

  it('nobody voted → not approved', () => {
    expect(outcome([]).result?.outcome).toBe('not-approved');
  });

  describe('ties', () => {
    const tie: [Actor, 'in-favour' | 'against' | 'abstain'][] = [[cast.chair, 'in-favour'], [cast.luis, 'against'], [cast.sofia, 'abstain']];

    it('under the chair-casting-vote rule, the chair in favour decides it: approved, decided by casting vote', () => {
      expect(outcome(tie).result).toMatchObject({ outcome: 'approved-by-majority', tie: true, decidedByCastingVote: true });
    });

    it('under the chair-casting-vote rule, the chair against decides it: not approved', () => {
      expect(outcome([[cast.chair, 'against'], [cast.luis, 'in-favour'], [cast.sofia, 'abstain']]).result).toMatchObject({ outcome: 'not-approved', tie: true, decidedByCastingVote: true });
    });

    it('under the chair-casting-vote rule, a chair who did not vote decides nothing: not approved', () => {
      expect(outcome([[cast.luis, 'in-favour'], [cast.sofia, 'against']]).result).toMatchObject({ outcome: 'not-approved', tie: true, decidedByCastingVote: false, basis: 'tie' });
    });

    it('under the not-approved rule, a tie is not approved', () => {
      expect(outcome(tie, { tie: 'not-approved' }).result).toMatchObject({ outcome: 'not-approved', tie: true, decidedByCastingVote: false });
    });
  });

  describe('majority rules', () => {
    it('absolute: 2 of 3 members in favour passes; 1 in favour with 2 absent from the vote does not, even with nobody against', () => {
      expect(outcome([[cast.chair, 'in-favour'], [cast.luis, 'in-favour'], [cast.sofia, 'against']], { majority: 'absolute' }).result?.outcome).toBe('approved-by-majority');
      expect(outcome([[cast.chair, 'in-favour'], [cast.luis, 'abstain'], [cast.sofia, 'abstain']], { majority: 'absolute' }).result?.outcome).toBe('not-approved');
    });

    it('two-thirds: 2 of 3 eligible passes; 1 of 3 does not', () => {
      expect(outcome([[cast.chair, 'in-favour'], [cast.luis, 'in-favour'], [cast.sofia, 'against']], { majority: 'two-thirds' }).result?.outcome).toBe('approved-by-majority');
      expect(outcome([[cast.chair, 'in-favour'], [cast.luis, 'against'], [cast.sofia, 'abstain']], { majority: 'two-thirds' }).result?.outcome).toBe('not-approved');
    });

    it('simple: abstentions do not count, 1 in favour and 2 abstentions passes', () => {
      expect(outcome([[cast.chair, 'in-favour'], [cast.luis, 'abstain'], [cast.sofia, 'abstain']]).result?.outcome).toBe('approved-by-majority');
    });
  });

  it('after a vote, the item can be left with next', () => {
    const voted = run([ballot(cast.chair, 'in-favour'), close()], voteOpenOnItem1());
    const then = given(voted).when(command('NextItem', cast.secretary, {}, 21));
    then.thenEvents([{ type: 'ItemCompleted', data: { number: item('1'), at: at(21) } }, { type: 'ItemStarted', data: { number: item('2'), at: at(21) } }]);
    expect(then.thenState().agenda[0]?.status).toBe('approved');
  });
});
