/**
 * Votes as electoral bodies take them: reservations voted en lo particular after an approved vote en lo general,
 * excusals from an item's votes, and votos particulares, concurrentes and razonados.
 */
import type { Actor, SessionCommand } from './commands';
import type { SessionEvent } from './events';
import { fold } from './session-state';
import { at, ballot, cast, command, given, inSession, item, run, started, voteId } from './testing/session-spec';

const N = item('3.b');
/** Item 3.b (a draft agreement put to a vote) under way at minute 10, every voting member present. */
const onDraft = (rules?: Parameters<typeof inSession>[0]) => run([command('StartItem', cast.secretary, { number: N }, 10)], inSession(rules));
const reserve = (who: Actor, id: string, part: string, proposal?: string, minute = 11): SessionCommand =>
  command('ReservePart', who, { reservationId: id, part, ...(proposal ? { proposal } : {}) }, minute);
const open = (id: string, reservationId?: string, minute = 12) =>
  command('OpenVote', cast.secretary, { voteId: voteId(id), method: 'nominal', ...(reservationId ? { reservationId } : {}) }, minute);
const close = (minute = 13) => command('CloseVote', cast.secretary, {}, minute);
const everyone = (choices: ['in-favour' | 'against' | 'abstain', 'in-favour' | 'against' | 'abstain', 'in-favour' | 'against' | 'abstain'], minute = 12) =>
  [ballot(cast.chair, choices[0], minute), ballot(cast.luis, choices[1], minute), ballot(cast.sofia, choices[2], minute)];

describe('reservations and the votes en lo general and en lo particular', () => {
  it('given a draft under way, when a voting member reserves a part with a proposed wording, then it is recorded on the item', () => {
    given(onDraft()).when(reserve(cast.luis, 'r1', 'Punto resolutivo tercero', 'Sustituir «30 días» por «15 días hábiles»')).thenEvents([
      { type: 'PartReserved', data: { number: N, reservationId: 'r1', memberId: cast.luis.id, part: 'Punto resolutivo tercero', proposal: 'Sustituir «30 días» por «15 días hábiles»', by: cast.luis.id, at: at(11) } },
    ]);
  });

  it('given a representative (voice, no vote), when they reserve a part, then only voting members may; an empty part is refused', () => {
    given(onDraft()).when(reserve(cast.representative, 'r1', 'Punto tercero')).thenRejected('NotAVotingMember', { allowedRoles: ['chair', 'voting-member'] });
    given(onDraft()).when(reserve(cast.luis, 'r1', '  ')).thenRejected('InvalidInput', { field: 'part', problem: 'empty' });
  });

  it('given Sofía excused from the item, when she reserves a part, then she takes no part in it', () => {
    const excused = run([command('RecordExcusal', cast.sofia, { number: N }, 10)], onDraft());
    given(excused).when(reserve(cast.sofia, 'r1', 'Punto tercero')).thenRejected('ExcusedFromVote', { item: '3.b' });
  });

  it('given a report under way, when someone reserves a part, then the item is not put to a vote', () => {
    const report = run([command('StartItem', cast.secretary, { number: item('3.a') }, 10)], inSession());
    given(report).when(reserve(cast.luis, 'r1', 'Conclusión')).thenRejected('ItemNotVotable', { item: '3.a' });
  });

  it('given a part reserved, when the vote opens, then it is en lo general; with none, the item is voted as one', () => {
    const then = given(run([reserve(cast.luis, 'r1', 'Punto tercero')], onDraft())).when(open('g'));
    expect(then.decision.ok && then.decision.events[0]!.data).toMatchObject({ stage: 'general' });
    const single = given(onDraft()).when(open('s'));
    expect(single.decision.ok && single.decision.events[0]!.data).not.toHaveProperty('stage');
    expect(single.thenState().votes[0]!.stage).toBe('single');
  });

  it('given the vote en lo general opened, when a part is reserved, then it is too late', () => {
    given(run([open('g')], onDraft())).when(reserve(cast.luis, 'r1', 'Punto tercero', undefined, 13)).thenRejected('ItemAlreadyVoted', { item: '3.b' });
  });

  it('given the general vote not yet taken, when a particular vote is opened, then the general vote comes first', () => {
    given(run([reserve(cast.luis, 'r1', 'Punto tercero')], onDraft())).when(open('p', 'r1')).thenRejected('GeneralVoteFirst', { item: '3.b' });
  });

  it('given approved in general, when the reserved part is voted and the proposal wins, then the proposal is adopted; the item stays approved', () => {
    const general = run([reserve(cast.luis, 'r1', 'Punto tercero', '15 días hábiles'), open('g'), ...everyone(['in-favour', 'in-favour', 'in-favour']), close()], onDraft());
    const particular = run([open('p1', 'r1', 14), ...everyone(['in-favour', 'in-favour', 'against'], 14), close(15)], general);
    const state = fold(particular);
    expect(state.reservations[0]).toMatchObject({ voteId: 'p1', outcome: 'proposal-adopted' });
    expect(state.votes.map((v) => [v.id, v.stage, v.reservationId])).toEqual([['v-agenda', 'single', null], ['g', 'general', null], ['p1', 'particular', 'r1']]);
    expect(state.agenda.find((i) => i.number === '3')!.items.find((i) => i.number === '3.b')!.status).toBe('approved');
  });

  it('given approved in general, when a part without a proposal is rejected, then the part is rejected and the draft approved without it', () => {
    const general = run([reserve(cast.sofia, 'r2', 'Considerando 12'), open('g'), ...everyone(['in-favour', 'in-favour', 'in-favour']), close()], onDraft());
    const state = fold(run([open('p2', 'r2', 14), ...everyone(['against', 'against', 'in-favour'], 14), close(15)], general));
    expect(state.reservations[0]!.outcome).toBe('part-rejected');
  });

  it('given rejected in general, when a particular vote is opened, then there is none; and the item may be left', () => {
    const rejected = run([reserve(cast.luis, 'r1', 'Punto tercero'), open('g'), ...everyone(['against', 'against', 'in-favour']), close()], onDraft());
    given(rejected).when(open('p', 'r1', 14)).thenRejected('GeneralVoteNotApproved', { item: '3.b' });
    given(rejected).when(command('NextItem', cast.secretary, {}, 14)).thenState();
  });

  it('given approved in general with a reservation not voted, when the item is left, then the reservations are pending', () => {
    const approved = run([reserve(cast.luis, 'r1', 'Punto tercero'), reserve(cast.sofia, 'r2', 'Considerando 12'), open('g'), ...everyone(['in-favour', 'in-favour', 'in-favour']), close()], onDraft());
    given(approved).when(command('NextItem', cast.secretary, {}, 14)).thenRejected('ReservationsPending', { item: '3.b', present: 2 });
  });

  it('given a reservation voted, when it is voted again, then it was already voted', () => {
    const general = run([reserve(cast.luis, 'r1', 'Punto tercero'), open('g'), ...everyone(['in-favour', 'in-favour', 'in-favour']), close()], onDraft());
    const once = run([open('p1', 'r1', 14), close(15)], general);
    given(once).when(open('p1b', 'r1', 16)).thenRejected('ReservationAlreadyVoted');
  });

  it('given a reservation, when its author withdraws it before the vote, then the vote is on the item as one; another member may not withdraw it', () => {
    const reserved = run([reserve(cast.luis, 'r1', 'Punto tercero')], onDraft());
    given(reserved).when(command('WithdrawReservation', cast.sofia, { reservationId: 'r1' }, 11)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
    const withdrawn = run([command('WithdrawReservation', cast.luis, { reservationId: 'r1' }, 11)], reserved);
    expect(fold(run([open('s')], withdrawn)).votes[1]!.stage).toBe('single');
  });
});

describe('excusals', () => {
  const excuse = (who: Actor, number = '3.b', memberId?: string) =>
    command('RecordExcusal', who, { number: item(number), reason: 'Conflicto de interés', ...(memberId ? { memberId: memberId as never } : {}) }, 9);

  it('given a voting member, when they excuse themselves from an item, then they are not eligible in its vote and a ballot is refused', () => {
    const excused = run([excuse(cast.sofia), command('StartItem', cast.secretary, { number: N }, 10), open('v')], inSession());
    const vote = fold(excused).votes[1]!;
    expect(vote.eligible).toEqual([cast.chair.id, cast.luis.id]);
    expect(vote.excused).toEqual([cast.sofia.id]);
    given(excused).when(ballot(cast.sofia, 'in-favour', 12)).thenRejected('ExcusedFromVote', { item: '3.b' });
  });

  it('given the secretary, when they record another member\'s excusa, then it is recorded as by the secretary; a voting member may not for someone else', () => {
    given(inSession()).when(excuse(cast.secretary, '3.b', cast.luis.id)).thenEvents([
      { type: 'MemberExcused', data: { number: N, memberId: cast.luis.id, reason: 'Conflicto de interés', by: cast.secretary.id, at: at(9) } },
    ]);
    given(inSession()).when(excuse(cast.sofia, '3.b', cast.luis.id)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given an excusal recorded, when it is recorded again, then it already is; after the item was voted, it is too late', () => {
    given(run([excuse(cast.sofia)], inSession())).when(excuse(cast.sofia)).thenRejected('AlreadyExcused', { item: '3.b' });
    const voted = run([command('StartItem', cast.secretary, { number: N }, 10), open('v'), close()], inSession());
    given(voted).when(excuse(cast.sofia)).thenRejected('ItemAlreadyVoted', { item: '3.b' });
  });

  it('given an absolute majority of 3 members and one excused, then the majority is counted over the 2 who may vote (rule excusedCountForMajority off)', () => {
    const events = run([excuse(cast.sofia), command('StartItem', cast.secretary, { number: N }, 10), open('v'), ballot(cast.chair, 'in-favour'), ballot(cast.luis, 'in-favour'), close()], inSession({ majority: 'absolute' }));
    expect(fold(events).votes[1]!.result).toMatchObject({ outcome: 'approved-unanimously', required: 2 });
    const counted = run([excuse(cast.sofia), command('StartItem', cast.secretary, { number: N }, 10), open('v'), ballot(cast.chair, 'in-favour'), close()], inSession({ majority: 'absolute', excusedCountForMajority: true }));
    expect(fold(counted).votes[1]!.result).toMatchObject({ outcome: 'not-approved', required: 2 });
  });

  it('given two of three present and one of them excused, when the vote opens and excused members do not make quorum, then there is no quorum', () => {
    const two = inSession({ excusedCountForQuorum: false }, undefined, [cast.chair, cast.luis]);
    const excused = run([excuse(cast.luis), command('StartItem', cast.secretary, { number: N }, 10)], two);
    given(excused).when(open('v')).thenRejected('NoQuorum', { present: 1, required: 2, total: 3 });
    const counted = run([excuse(cast.luis), command('StartItem', cast.secretary, { number: N }, 10)], inSession(undefined, undefined, [cast.chair, cast.luis]));
    given(counted).when(open('v')).thenState();
  });
});

describe('votos particulares, concurrentes y razonados', () => {
  /** Item 3.b approved 2–1: the chair and Luis in favour, Sofía against; closed at minute 13. */
  const approved = () => run([open('v'), ...everyone(['in-favour', 'in-favour', 'against']), close()], onDraft());
  const announce = (who: Actor, kind: 'particular' | 'concurrente' | 'razonado', id = `o-${who.id}-${kind}`) =>
    command('AnnounceSeparateOpinion', who, { opinionId: id, kind }, 14);

  it('given a vote approved with Sofía against, when she announces a voto particular, then it is recorded with the vote and a deadline two days after', () => {
    given(approved()).when(announce(cast.sofia, 'particular')).thenEvents([{
      type: 'SeparateOpinionAnnounced',
      data: { opinionId: `o-${cast.sofia.id}-particular`, voteId: voteId('v'), number: N, memberId: cast.sofia.id, kind: 'particular', dueBy: new Date(Date.parse(at(13)) + 2 * 86_400_000).toISOString(), by: cast.sofia.id, at: at(14) },
    }]);
  });

  it('given Luis voted with the decision, when he announces a voto particular, then it does not fit his ballot; a concurrente or razonado does', () => {
    given(approved()).when(announce(cast.luis, 'particular')).thenRejected('OpinionDoesNotFitBallot', { problem: 'particular', field: 'in-favour' });
    given(approved()).when(announce(cast.luis, 'concurrente')).thenState();
    given(approved()).when(announce(cast.luis, 'razonado')).thenState();
  });

  it('given a member who did not vote, when they announce one, then only those who voted may; a representative has no vote', () => {
    const withoutSofia = run([open('v'), ballot(cast.chair, 'in-favour'), ballot(cast.luis, 'in-favour'), close()], onDraft());
    given(withoutSofia).when(announce(cast.sofia, 'razonado')).thenRejected('DidNotVote');
    given(approved()).when(announce(cast.representative, 'razonado')).thenRejected('NotAVotingMember', { allowedRoles: ['chair', 'voting-member'] });
  });

  it('given no vote closed yet, when one is announced, then there is none; the same kind twice is already announced', () => {
    given(started()).when(announce(cast.sofia, 'razonado')).thenRejected('NoClosedVote');
    given(run([announce(cast.sofia, 'particular')], approved())).when(announce(cast.sofia, 'particular', 'other')).thenRejected('AlreadyAnnounced');
  });

  it('given the rules set no deadline, then the opinion has none', () => {
    const noDeadline = run([open('v'), ...everyone(['in-favour', 'in-favour', 'against']), close()], onDraft({ separateOpinionDays: null }));
    const state = given(noDeadline).when(announce(cast.sofia, 'particular')).thenState();
    expect(state.separateOpinions[0]!.dueBy).toBeNull();
  });

  it('given an opinion announced and the session closed, when its author files the document, then the link is recorded; a non-https link is refused', () => {
    const closed = run([announce(cast.sofia, 'particular'), command('NextItem', cast.secretary, {}, 15), command('CloseSession', cast.secretary, {}, 60)], approved());
    const file = (url: string, who = cast.sofia) => command('FileSeparateOpinion', who, { opinionId: `o-${cast.sofia.id}-particular`, url }, 2000);
    given(closed).when(file('https://iecm.sharepoint.com/voto-particular.pdf')).thenEvents([
      { type: 'SeparateOpinionFiled', data: { opinionId: `o-${cast.sofia.id}-particular`, url: 'https://iecm.sharepoint.com/voto-particular.pdf', by: cast.sofia.id, at: at(2000) } },
    ]);
    given(closed).when(file('http://example.org/x.pdf')).thenRejected('InvalidInput', { field: 'url', problem: 'invalid-url' });
    given(closed).when(file('https://example.org/x.pdf', cast.luis)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
    given(closed).when(command('FileSeparateOpinion', cast.sofia, { opinionId: 'nope', url: 'https://x.org/a' }, 2000)).thenRejected('OpinionNotFound');
  });
});

describe('records from before these existed', () => {
  it('given a VoteOpened without stage, reservation or excused, then the vote is single with nobody excused', () => {
    const events: SessionEvent[] = run([open('v')], onDraft());
    const last = fold(events).votes[1]!;
    expect([last.stage, last.reservationId, last.excused]).toEqual(['single', null, []]);
  });
});
