/**
 * Changes to the order of the day: proposed or requested before its approval and made when it is approved; an
 * item withdrawn after the approval by a vote of the body (when the rules say so).
 */
import type { AgendaChange } from './agenda-change';
import type { Actor } from './commands';
import { fold } from './session-state';
import { approveAgenda, at, ballot, cast, command, given, inSession, item, run, started, VOTERS, voteId } from './testing/session-spec';

const propose = (who: Actor, id: string, change: AgendaChange, minute = 6) => command('ProposeAgendaChange', who, { changeId: id, change }, minute);

describe('changes proposed before the order of the day is approved', () => {
  it('given the session started, when a voting member proposes to defer an item, then it is a proposal; a representative\'s is a request', () => {
    given(started()).when(propose(cast.luis, 'c1', { kind: 'defer', number: item('2') })).thenEvents([
      { type: 'AgendaChangeProposed', data: { changeId: 'c1', change: { kind: 'defer', number: item('2') }, as: 'proposal', by: cast.luis.id, at: at(6) } },
    ]);
    const request = given(started()).when(propose(cast.representative, 'c2', { kind: 'add', title: '  Informe sobre el PREP  ' }));
    request.thenEvents([
      { type: 'AgendaChangeProposed', data: { changeId: 'c2', change: { kind: 'add', title: 'Informe sobre el PREP' }, as: 'request', by: cast.representative.id, at: at(6) } },
    ]);
  });

  it('given a guest, when they propose a change, then only voting members, whoever conducts and representatives may', () => {
    given(started()).when(propose(cast.guest, 'c1', { kind: 'withdraw', number: item('2') }))
      .thenRejected('NotAuthorized', { allowedRoles: ['chair', 'voting-member', 'secretary', 'representative'] });
  });

  it('given changes that cannot be made, then the item, the title or the place is named', () => {
    given(started()).when(propose(cast.luis, 'c1', { kind: 'withdraw', number: item('9') })).thenRejected('ItemNotFound', { item: '9' });
    given(started()).when(propose(cast.luis, 'c1', { kind: 'add', title: ' ' })).thenRejected('InvalidInput', { field: 'title', problem: 'empty' });
    given(started()).when(propose(cast.luis, 'c1', { kind: 'move', number: item('3.a'), after: item('2') })).thenRejected('InvalidInput', { field: 'after', problem: 'not-sibling', item: '2' });
  });

  it('given proposals, when the order of the day is approved, then they are made (an added item before general matters) and listed with its vote', () => {
    const proposed = run([
      propose(cast.luis, 'c1', { kind: 'defer', number: item('2') }),
      propose(cast.representative, 'c2', { kind: 'add', title: 'Informe sobre el PREP' }),
      propose(cast.secretary, 'c3', { kind: 'move', number: item('3'), after: null }),
    ], started());
    const state = fold(approveAgenda(VOTERS, proposed));
    expect(state.agendaApproved).toBe(true);
    expect(state.agenda.map((i) => [i.number, i.status])).toEqual([['3', 'pending'], ['1', 'pending'], ['2', 'deferred'], ['5', 'pending'], ['4', 'pending']]);
    expect(state.agenda[3]!.title).toBe('Informe sobre el PREP');
    const vote = state.votes.find((v) => v.subject === 'agenda')!;
    expect(vote.changes?.proposals?.map((p) => [p.id, p.as])).toEqual([['c1', 'proposal'], ['c2', 'request'], ['c3', 'proposal']]);
    expect(state.agendaChanges).toMatchObject({ deferred: ['2'], added: [{ number: '5', title: 'Informe sobre el PREP' }] });
  });

  it('given a proposal, when the order of the day is not approved, then nothing is changed and the proposal still stands', () => {
    const proposed = run([propose(cast.luis, 'c1', { kind: 'withdraw', number: item('2') })], started());
    const rejected = run([
      command('OpenVote', cast.secretary, { voteId: voteId('va'), method: 'economica', subject: 'agenda' }, 7),
      ballot(cast.chair, 'against', 7), ballot(cast.luis, 'against', 7), command('CloseVote', cast.secretary, {}, 8),
    ], proposed);
    const state = fold(rejected);
    expect(state.agenda.find((i) => i.number === '2')!.status).toBe('pending');
    expect(state.agendaProposals.map((p) => p.withdrawnAt)).toEqual([null]);
  });

  it('given a proposal, when its author withdraws it, then it is not made; another member may not withdraw it', () => {
    const proposed = run([propose(cast.luis, 'c1', { kind: 'withdraw', number: item('2') })], started());
    given(proposed).when(command('WithdrawAgendaChange', cast.sofia, { changeId: 'c1' }, 6)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
    const withdrawn = run([command('WithdrawAgendaChange', cast.luis, { changeId: 'c1' }, 6)], proposed);
    expect(fold(approveAgenda(VOTERS, withdrawn)).agenda.find((i) => i.number === '2')!.status).toBe('pending');
  });

  it('given the vote on the order of the day open, when a change is proposed or withdrawn, then the vote is open (it approves the list put to it)', () => {
    const voting = run([propose(cast.luis, 'c1', { kind: 'defer', number: item('2') }), command('OpenVote', cast.secretary, { voteId: voteId('va'), method: 'economica', subject: 'agenda' }, 7)], started());
    given(voting).when(propose(cast.sofia, 'c2', { kind: 'withdraw', number: item('3') }, 7)).thenRejected('VoteOpen');
    given(voting).when(command('WithdrawAgendaChange', cast.luis, { changeId: 'c1' }, 7)).thenRejected('VoteOpen');
  });

  it('given the order of the day approved, when a change is proposed, then it is already approved', () => {
    given(inSession()).when(propose(cast.luis, 'c1', { kind: 'defer', number: item('2') }, 9)).thenRejected('AgendaAlreadyApproved');
  });
});

describe('withdrawing an item from the approved order of the day', () => {
  it('given the order of the day approved, when the secretary withdraws an item, then the body must vote it (default rule)', () => {
    given(inSession()).when(command('WithdrawItem', cast.secretary, { number: item('2') }, 9)).thenRejected('WithdrawalNeedsVote', { item: '2' });
  });

  it('given the vote to withdraw item 2 approved, then item 2 is withdrawn; rejected, it stays', () => {
    const open = command('OpenVote', cast.secretary, { voteId: voteId('w2'), method: 'economica', subject: 'item-withdrawal', target: item('2') }, 9);
    const approved = fold(run([open, ...VOTERS.map((v) => ballot(v, 'in-favour', 9)), command('CloseVote', cast.secretary, {}, 10)], inSession()));
    expect(approved.agenda.find((i) => i.number === '2')!.status).toBe('withdrawn');
    expect(approved.votes.find((v) => v.id === 'w2')).toMatchObject({ subject: 'item-withdrawal', target: '2', item: null });
    const kept = fold(run([open, ...VOTERS.map((v) => ballot(v, 'against', 9)), command('CloseVote', cast.secretary, {}, 10)], inSession()));
    expect(kept.agenda.find((i) => i.number === '2')!.status).toBe('pending');
  });

  it('given a withdrawal vote, when its item does not exist or the order of the day is not approved, then it is named', () => {
    given(inSession()).when(command('OpenVote', cast.secretary, { voteId: voteId('w'), method: 'economica', subject: 'item-withdrawal', target: item('9') }, 9))
      .thenRejected('ItemNotFound', { item: '9' });
    given(started()).when(command('OpenVote', cast.secretary, { voteId: voteId('w'), method: 'economica', subject: 'item-withdrawal', target: item('2') }, 9))
      .thenRejected('AgendaNotApproved', { item: '2' });
  });
});
