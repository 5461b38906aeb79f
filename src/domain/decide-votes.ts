/**
 * Votes: opening one (on the current item, on the order of the day, or on waiving the reading of the documents),
 * ballots, and closing it with the result under the body's rules.
 */
import { findItem } from './agenda';
import type { CommandOf } from './commands';
import { type Decision, accept, quorumNow, roleOf } from './decision';
import type { SessionEvent } from './events';
import type { AadObjectId, ItemNumber } from './ids';
import { snapshotOf } from './quorum';
import { reject } from './rejection';
import type { SessionState } from './session-state';
import { BALLOT_CHOICES, VOTE_SUBJECTS, type Vote, resultOf } from './vote';

export function openVote(c: CommandOf<'OpenVote'>, state: SessionState): Decision {
  if (state.openVote) return reject('VoteAlreadyOpen');
  if (state.quorumCheck) return reject('QuorumCheckOpen');
  const subject = c.data.subject ?? 'item';
  if (!VOTE_SUBJECTS.includes(subject)) return reject('InvalidInput', { field: 'subject', problem: 'invalid-subject' });
  if (c.data.method !== 'economica' && c.data.method !== 'nominal') return reject('InvalidInput', { field: 'method', problem: 'invalid-method' });
  // without quorum nothing is put to the vote, whatever it is
  const quorum = quorumNow(state);
  if (!quorum.reached) return reject('NoQuorum', { present: quorum.present, required: quorum.required, total: quorum.total });

  const current = state.currentItem ? findItem(state.agenda, state.currentItem) : undefined;
  let number: ItemNumber | null = null;
  if (subject === 'item') {
    if (!current) return reject('NoCurrentItem');
    if (current.kind === 'report') return reject('ItemNotVotable', { item: current.number });
    if (current.status !== 'in-progress') return reject('ItemAlreadyVoted', { item: current.number });
    number = current.number;
  } else if (subject === 'agenda' && state.agendaApproved) {
    return reject('AgendaAlreadyApproved');
  } else if (subject === 'reading-waiver' && state.readingWaived) {
    return reject('ReadingAlreadyWaived');
  }

  const eligible = state.roster
    .filter((m) => state.rules.votingRoles.includes(m.role) && state.attendance[m.id]?.present)
    .map((m) => m.id);
  return accept({
    type: 'VoteOpened',
    data: {
      voteId: c.data.voteId, number, method: c.data.method, eligible, subject,
      during: subject === 'item' ? null : current?.status === 'in-progress' ? current.number : null,
      changes: subject === 'agenda' ? state.agendaChanges : null,
      quorum: snapshotOf(quorum), at: c.now,
    },
  });
}

/** The vote closes: its result, the quorum at that moment, and what an approval of the agenda or the waiver means. */
export function closingEvents(state: SessionState, vote: Vote, closedBy: AadObjectId | null, at: string): SessionEvent[] {
  const result = resultOf(vote, state.roster, state.rules);
  const events: SessionEvent[] = [
    { type: 'VoteClosed', data: { voteId: vote.id, number: vote.item, result, closedBy, quorum: snapshotOf(quorumNow(state)), at } },
  ];
  if (result.outcome !== 'not-approved' && vote.subject === 'agenda') events.push({ type: 'AgendaApproved', data: { voteId: vote.id, at } });
  if (result.outcome !== 'not-approved' && vote.subject === 'reading-waiver') events.push({ type: 'ReadingWaived', data: { voteId: vote.id, at } });
  return events;
}

export function castBallot(c: CommandOf<'CastBallot'>, state: SessionState): Decision {
  const vote = state.votes.find((v) => v.id === state.openVote);
  if (!vote || (c.data.voteId && c.data.voteId !== vote.id)) return reject('VoteNotOpen');
  const role = roleOf(state, c.actor.id);
  if (!role || !state.rules.votingRoles.includes(role)) return reject('NotAVotingMember', { allowedRoles: state.rules.votingRoles });
  if (!vote.eligible.includes(c.actor.id)) return reject('NotEligibleVoter');
  // who left the session after the vote opened does not vote until they are recorded back
  if (!state.attendance[c.actor.id]?.present) return reject('NotPresent');
  if (!BALLOT_CHOICES.includes(c.data.choice)) return reject('InvalidInput', { field: 'choice', problem: 'invalid-choice' });
  if (c.data.choice === 'abstain' && !state.rules.abstentionAllowed) return reject('AbstentionNotAllowed');
  const previous = vote.ballots[c.actor.id];
  if (previous !== undefined && (!state.rules.ballotChangeAllowed || previous === c.data.choice)) return reject('AlreadyVoted');
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
