import type { AgendaItemDraft } from './agenda';
import { AGENDA, approveAgenda, at, ballot, cast, command, given, inSession, item, run, started, VOTERS, voteId } from './testing/session-spec';

const openAgendaVote = (minute = 6) => command('OpenVote', cast.secretary, { voteId: voteId('va'), method: 'economica', subject: 'agenda' }, minute);
const close = (minute = 8) => command('CloseVote', cast.secretary, {}, minute);

describe('the order of the day is approved by a vote', () => {
  it('given a session started, when the secretary puts the order of the day to the vote, then a vote on it opens with the quorum', () => {
    given(started()).when(openAgendaVote()).thenEvents([{
      type: 'VoteOpened',
      data: {
        voteId: voteId('va'), number: null, method: 'economica', eligible: VOTERS.map((v) => v.id), subject: 'agenda', during: null,
        changes: { withdrawn: [], deferred: [], added: [] }, quorum: { present: 3, required: 2, total: 3 }, at: at(6),
      },
    }]);
  });

  it('given the vote on the order of the day, when it closes approved, then the approval is recorded with its vote and counts', () => {
    const voted = run([openAgendaVote(), ballot(cast.chair, 'in-favour', 7), ballot(cast.luis, 'in-favour', 7), ballot(cast.sofia, 'abstain', 7)], started());
    const then = given(voted).when(close());
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['VoteClosed', 'AgendaApproved']);
    const state = then.thenState();
    expect(state.agendaApproved).toBe(true);
    expect(state.agendaApprovedAt).toBe(at(8));
    expect(state.votes[0]?.result?.tally).toEqual({ inFavour: 2, against: 0, abstain: 1 });
  });

  it('given the vote on the order of the day, when it is not approved, then it is not, and it can be put to the vote again', () => {
    const rejected = run([openAgendaVote(), ballot(cast.chair, 'against', 7), ballot(cast.luis, 'against', 7), close()], started());
    expect(given(rejected).state.agendaApproved).toBe(false);
    expect(given(rejected).when(command('OpenVote', cast.secretary, { voteId: voteId('vb'), method: 'economica', subject: 'agenda' }, 9)).decision.ok).toBe(true);
  });

  it('given changes proposed before it (an item withdrawn, one deferred, a general matter added), then the vote lists them', () => {
    const changed = run([
      command('WithdrawItem', cast.secretary, { number: item('2') }, 5),
      command('DeferItem', cast.secretary, { number: item('3.a') }, 5),
      command('AddGeneralMatter', cast.secretary, { title: 'Calendario de sesiones' }, 5),
    ], started());
    const state = given(changed).when(openAgendaVote()).thenState();
    expect(state.votes[0]?.changes).toEqual({ withdrawn: ['2'], deferred: ['3.a'], added: [{ number: '4.a', title: 'Calendario de sesiones' }] });
  });

  it('given an approved order of the day, when it is put to the vote again, then it is already approved', () => {
    given(inSession()).when(command('OpenVote', cast.secretary, { voteId: voteId('vb'), method: 'economica', subject: 'agenda' })).thenRejected('AgendaAlreadyApproved');
  });

  it('given the roll call (not started), when the order of the day is put to the vote, then the session has not started', () => {
    const rollCall = started().slice(0, -1);
    given(rollCall).when(openAgendaVote()).thenRejected('SessionNotStarted');
  });
});

describe('no item before the order of the day is approved (rule, on by default)', () => {
  it('given it is not approved, when an item is taken up, then it is refused with the item', () => {
    given(started()).when(command('StartItem', cast.secretary, { number: item('2') })).thenRejected('AgendaNotApproved', { item: '2' });
    given(started()).when(command('NextItem', cast.secretary, {})).thenRejected('AgendaNotApproved', { item: '1' });
  });

  it('given a procedural item first (roll call, the approval itself), then it can be taken up, and the agenda vote is held during it', () => {
    const agenda: AgendaItemDraft[] = [{ number: '1', title: 'Aprobación del orden del día', kind: 'procedural' }, ...AGENDA.slice(1)];
    const onItem1 = run([command('NextItem', cast.secretary, {}, 5)], started(undefined, agenda));
    const state = given(onItem1).when(openAgendaVote()).thenState();
    expect(state.votes[0]).toMatchObject({ subject: 'agenda', item: null, during: '1' });
    expect(state.agenda[0]?.status).toBe('in-progress');
    // the item is left only once the vote closes
    given(run([openAgendaVote()], onItem1)).when(command('NextItem', cast.secretary, {})).thenRejected('VoteOpen');
  });

  it('given the rule is off, then items are taken up before any approval', () => {
    expect(given(started({ agendaApprovalRequired: false })).when(command('StartItem', cast.secretary, { number: item('2') })).decision.ok).toBe(true);
  });

  it('given it was approved, then items are taken up', () => {
    expect(given(inSession()).when(command('StartItem', cast.secretary, { number: item('2') })).decision.ok).toBe(true);
  });
});

describe('waiving the reading of the documents (dispensa de la lectura)', () => {
  const openWaiver = (id = 'vw') => command('OpenVote', cast.secretary, { voteId: voteId(id), method: 'economica', subject: 'reading-waiver' }, 6);

  it('given a session started, when the waiver is voted and approved, then it is recorded', () => {
    const voted = run([openWaiver(), ...VOTERS.map((v) => ballot(v, 'in-favour', 6))], started());
    const then = given(voted).when(close(7));
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['VoteClosed', 'ReadingWaived']);
    expect(then.thenState().readingWaived).toBe(true);
  });

  it('given the waiver approved, when it is voted again, then it is already waived', () => {
    const waived = run([openWaiver(), ...VOTERS.map((v) => ballot(v, 'in-favour', 6)), close(7)], started());
    given(waived).when(openWaiver('vw2')).thenRejected('ReadingAlreadyWaived');
  });

  it('given the waiver approved, then the order of the day is still to be approved', () => {
    const waived = run([openWaiver(), ...VOTERS.map((v) => ballot(v, 'in-favour', 6)), close(7)], started());
    expect(given(approveAgenda(VOTERS, waived, 8)).state.agendaApproved).toBe(true);
  });
});
