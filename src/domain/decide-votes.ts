/**
 * Votes: opening one (on the current item, on the order of the day, or on waiving the reading of the documents),
 * ballots, and closing it with the result under the body's rules.
 */
import { findItem } from './agenda';
import type { CommandOf } from './commands';
import { type Decision, accept, noQuorum, quorumNow, refuse, roleOf } from './decision';
import type { SessionEvent } from './events';
import type { AadObjectId, ItemNumber, VoteId } from './ids';
import { quorumOf, snapshotOf } from './quorum';
import type { ItemStatus } from './agenda';
import { activeReservations, generalVoteOf } from './decide-vote-parts';
import type { VoteStage } from './vote-parts';
import { activeProposals, proposedChangesMade } from './decide-agenda-changes';
import { type Rejection, reject } from './rejection';
import { openQuorumCheck, type SessionState } from './session-state';
import { type AgendaChanges, type BallotChoice, BALLOT_CHOICES, VOTE_SUBJECTS, type Vote, resultOf } from './vote';

export function openVote(c: CommandOf<'OpenVote'>, state: SessionState): Decision {
  if (state.openVote) return reject('VoteAlreadyOpen');
  if (openQuorumCheck(state)) return reject('QuorumCheckOpen');
  const subject = c.data.subject ?? 'item';
  if (!VOTE_SUBJECTS.includes(subject)) return reject('InvalidInput', { field: 'subject', problem: 'invalid-subject' });
  if (c.data.method !== 'economica' && c.data.method !== 'nominal') return reject('InvalidInput', { field: 'method', problem: 'invalid-method' });
  // without quorum nothing is put to the vote, whatever it is
  const quorum = quorumNow(state);
  if (!quorum.reached) return noQuorum(quorum);

  const current = state.currentItem ? findItem(state.agenda, state.currentItem) : undefined;
  let number: ItemNumber | null = null;
  let stage: VoteStage = 'single';
  if (subject === 'item') {
    if (!current) return reject('NoCurrentItem');
    if (current.kind === 'report') return reject('ItemNotVotable', { item: current.number });
    const part = stageOfItemVote(c.data.reservationId, state, current.number, current.status);
    if (!part.ok) return part;
    stage = part.stage;
    number = current.number;
  } else if (c.data.reservationId) {
    return reject('InvalidInput', { field: 'reservationId', problem: 'invalid-subject' });
  } else if (subject === 'item-withdrawal') {
    const target = c.data.target ? findItem(state.agenda, c.data.target) : undefined;
    if (!target) return reject('ItemNotFound', { item: c.data.target ?? '' });
    if (!state.agendaApproved) return reject('AgendaNotApproved', { item: target.number });
    if (!['pending', 'deferred', 'in-progress'].includes(target.status)) return reject('ItemNotPending', { item: target.number, phase: target.status });
  } else if (subject === 'agenda' && state.agendaApproved) {
    return reject('AgendaAlreadyApproved');
  } else if (subject === 'reading-waiver' && state.readingWaived) {
    return reject('ReadingAlreadyWaived');
  }

  const excused = number ? state.excusals.filter((e) => e.item === number).map((e) => e.memberId) : [];
  // an excused member is present but, when the rules say so, does not make the quorum of the item's votes
  if (excused.length && !state.rules.excusedCountForQuorum) {
    const attendance = { ...state.attendance };
    for (const id of excused) if (attendance[id]) attendance[id] = { ...attendance[id]!, present: false };
    const withoutExcused = quorumOf(state.roster, attendance, state.rules);
    if (!withoutExcused.reached) return noQuorum(withoutExcused);
  }
  const eligible = state.roster
    .filter((m) => state.rules.votingRoles.includes(m.role) && state.attendance[m.id]?.present && !excused.includes(m.id))
    .map((m) => m.id);
  return accept({
    type: 'VoteOpened',
    data: {
      voteId: c.data.voteId, number, method: c.data.method, eligible, subject,
      during: subject === 'item' ? null : current?.status === 'in-progress' ? current.number : null,
      changes: subject === 'agenda' ? agendaPutToVote(state) : null,
      ...(subject === 'item-withdrawal' ? { target: c.data.target! } : {}),
      quorum: snapshotOf(quorum),
      // recorded only when they say something: a vote of the item as one, with nobody excused, reads as before
      ...(stage !== 'single' ? { stage } : {}),
      ...(stage === 'particular' ? { reservationId: c.data.reservationId! } : {}),
      ...(excused.length ? { excused } : {}),
      at: c.now,
    },
  });
}

/** The order of the day as put to the vote: the changes already made and, when there are any, those proposed. */
function agendaPutToVote(state: SessionState): AgendaChanges {
  const proposals = activeProposals(state);
  return proposals.length ? { ...state.agendaChanges, proposals } : state.agendaChanges;
}

/**
 * Which vote of the item this is: the item as one (no part reserved), en lo general (parts reserved), or en lo
 * particular on a reserved part, which needs the vote en lo general closed and approved first.
 */
function stageOfItemVote(reservationId: string | undefined, state: SessionState, item: ItemNumber, status: ItemStatus):
  { ok: true; stage: VoteStage } | { ok: false; rejection: Rejection } {
  if (!reservationId) {
    if (status !== 'in-progress') return reject('ItemAlreadyVoted', { item });
    return { ok: true, stage: activeReservations(state, item).length ? 'general' : 'single' };
  }
  const reservation = activeReservations(state, item).find((r) => r.id === reservationId);
  if (!reservation) return reject('ReservationNotFound');
  if (reservation.voteId) return reject('ReservationAlreadyVoted');
  const general = generalVoteOf(state, item);
  if (!general) return reject('GeneralVoteFirst', { item });
  if (general.result?.outcome === 'not-approved') return reject('GeneralVoteNotApproved', { item });
  return { ok: true, stage: 'particular' };
}

/** The vote closes: its result, the quorum at that moment, and what an approval of the agenda or the waiver means. */
export function closingEvents(state: SessionState, vote: Vote, closedBy: AadObjectId | null, at: string): SessionEvent[] {
  const result = resultOf(vote, state.roster, state.rules);
  const events: SessionEvent[] = [
    { type: 'VoteClosed', data: { voteId: vote.id, number: vote.item, result, closedBy, quorum: snapshotOf(quorumNow(state)), at } },
  ];
  if (result.outcome !== 'not-approved' && vote.subject === 'agenda') events.push(...proposedChangesMade(state, at), { type: 'AgendaApproved', data: { voteId: vote.id, at } });
  if (result.outcome !== 'not-approved' && vote.subject === 'item-withdrawal' && vote.target) events.push({ type: 'ItemWithdrawn', data: { number: vote.target, at } });
  if (result.outcome !== 'not-approved' && vote.subject === 'reading-waiver') events.push({ type: 'ReadingWaived', data: { voteId: vote.id, at } });
  return events;
}

/**
 * Why this person may not cast this ballot in the vote open now, or null when they may. Without a choice: whether
 * they may cast any ballot now (what the read model shows as `can.mayVoteNow`).
 */
export function ballotRefusal(state: SessionState, voter: AadObjectId, ballot: { voteId?: VoteId; choice?: BallotChoice } = {}): Rejection | null {
  const refused = (decision: { rejection: Rejection }) => decision.rejection;
  const vote = state.votes.find((v) => v.id === state.openVote);
  if (!vote || (ballot.voteId && ballot.voteId !== vote.id)) return refused(reject('VoteNotOpen'));
  const role = roleOf(state, voter);
  if (!role || !state.rules.votingRoles.includes(role)) return refused(reject('NotAVotingMember', { allowedRoles: state.rules.votingRoles }));
  if (vote.excused.includes(voter)) return refused(reject('ExcusedFromVote', vote.item ? { item: vote.item } : undefined));
  if (!vote.eligible.includes(voter)) return refused(reject('NotEligibleVoter'));
  // who left the session after the vote opened does not vote until they are recorded back
  if (!state.attendance[voter]?.present) return refused(reject('NotPresent'));
  if (ballot.choice !== undefined && !BALLOT_CHOICES.includes(ballot.choice)) return refused(reject('InvalidInput', { field: 'choice', problem: 'invalid-choice' }));
  if (ballot.choice === 'abstain' && !state.rules.abstentionAllowed) return refused(reject('AbstentionNotAllowed'));
  const previous = vote.ballots[voter];
  if (previous !== undefined && (!state.rules.ballotChangeAllowed || previous === ballot.choice)) return refused(reject('AlreadyVoted'));
  return null;
}

export function castBallot(c: CommandOf<'CastBallot'>, state: SessionState): Decision {
  const refusal = ballotRefusal(state, c.actor.id, c.data);
  if (refusal) return refuse(refusal);
  const vote = state.votes.find((v) => v.id === state.openVote)!;
  const previous = vote.ballots[c.actor.id];
  const ballot: SessionEvent = previous === undefined
    ? { type: 'BallotCast', data: { voteId: vote.id, voter: c.actor.id, choice: c.data.choice, at: c.now } }
    : { type: 'BallotChanged', data: { voteId: vote.id, voter: c.actor.id, choice: c.data.choice, at: c.now } };
  const after: Vote = { ...vote, ballots: { ...vote.ballots, [c.actor.id]: c.data.choice } };
  const everyoneVoted = after.eligible.every((id) => after.ballots[id] !== undefined);
  if (state.rules.autoCloseWhenAllVoted && everyoneVoted) return accept(ballot, ...closingEvents(state, after, null, c.now));
  return accept(ballot);
}

export function closeVote(c: CommandOf<'CloseVote'>, state: SessionState): Decision {
  const vote = state.votes.find((v) => v.id === state.openVote);
  if (!vote) return reject('VoteNotOpen');
  return accept(...closingEvents(state, vote, c.actor.id, c.now));
}
