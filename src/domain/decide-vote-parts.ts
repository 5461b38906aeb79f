/**
 * Reservations for a vote en lo particular, excusals from an item's votes, and the separate opinions announced
 * after a vote (and, later, filed).
 */
import { findItem } from './agenda';
import type { Actor, CommandOf } from './commands';
import { type Decision, accept, isConducting, notAuthorized, roleOf } from './decision';
import type { AadObjectId, ItemNumber } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionState } from './session-state';
import type { Vote } from './vote';
import { SEPARATE_OPINION_KINDS, type SeparateOpinionKind, ballotFitsOpinion } from './vote-parts';

const MAX_PART = 300;
const MAX_TEXT = 2000;
const DAY_MS = 86_400_000;

/** The member a command is about: the actor, or someone else when whoever conducts records it for them. */
function memberOf(c: { actor: Actor; data: { memberId?: AadObjectId } }, state: SessionState): { ok: true; memberId: AadObjectId } | { ok: false; rejection: Rejection } {
  const memberId = c.data.memberId ?? c.actor.id;
  if (memberId !== c.actor.id && !isConducting(state, c.actor)) return notAuthorized(state);
  const role = roleOf(state, memberId);
  if (!role || !state.rules.votingRoles.includes(role)) return reject('NotAVotingMember', { allowedRoles: state.rules.votingRoles });
  return { ok: true, memberId };
}

/** The vote closed last, if any. */
export function lastClosedVote(state: SessionState) {
  for (let i = state.votes.length - 1; i >= 0; i--) if (state.votes[i]!.status === 'closed') return state.votes[i];
  return undefined;
}

/** Whether any vote was opened on this item. */
const itemVoted = (state: SessionState, item: ItemNumber): boolean => state.votes.some((v) => v.item === item);

export const activeReservations = (state: SessionState, item: ItemNumber) => state.reservations.filter((r) => r.item === item && r.withdrawnAt === null);

/** The item's vote en lo general, once closed, if any. */
export const generalVoteOf = (state: SessionState, item: ItemNumber) => state.votes.find((v) => v.item === item && v.stage === 'general' && v.status === 'closed');

/** Reserved parts of the current item still waiting for their vote en lo particular after an approved vote en lo general. */
export function reservationsPending(state: SessionState, item: ItemNumber): number {
  const general = generalVoteOf(state, item);
  if (!general || general.result?.outcome === 'not-approved') return 0;
  return activeReservations(state, item).filter((r) => r.outcome === null).length;
}

export function reservePart(c: CommandOf<'ReservePart'>, state: SessionState): Decision {
  const member = memberOf(c, state);
  if (!member.ok) return member;
  if (!state.attendance[member.memberId]?.present) return reject('NotPresent');
  const item = state.currentItem ? findItem(state.agenda, state.currentItem) : undefined;
  if (!item) return reject('NoCurrentItem');
  if (item.kind !== 'vote') return reject('ItemNotVotable', { item: item.number });
  if (itemVoted(state, item.number)) return reject('ItemAlreadyVoted', { item: item.number });
  // who is excused from the item takes no part in it
  if (state.excusals.some((e) => e.item === item.number && e.memberId === member.memberId)) return reject('ExcusedFromVote', { item: item.number });
  const part = c.data.part?.trim() ?? '';
  if (!part) return reject('InvalidInput', { field: 'part', problem: 'empty' });
  if (part.length > MAX_PART) return reject('InvalidInput', { field: 'part', problem: 'too-long' });
  const proposal = c.data.proposal?.trim() || null;
  if (proposal && proposal.length > MAX_TEXT) return reject('InvalidInput', { field: 'proposal', problem: 'too-long' });
  if (!c.data.reservationId?.trim() || state.reservations.some((r) => r.id === c.data.reservationId)) return reject('InvalidInput', { field: 'reservationId', problem: 'duplicate' });
  return accept({
    type: 'PartReserved',
    data: { number: item.number, reservationId: c.data.reservationId, memberId: member.memberId, part, proposal, by: c.actor.id, at: c.now },
  });
}

export function withdrawReservation(c: CommandOf<'WithdrawReservation'>, state: SessionState): Decision {
  const reservation = state.reservations.find((r) => r.id === c.data.reservationId && r.withdrawnAt === null);
  if (!reservation) return reject('ReservationNotFound');
  if (reservation.by !== c.actor.id && !isConducting(state, c.actor)) return notAuthorized(state);
  if (itemVoted(state, reservation.item)) return reject('ItemAlreadyVoted', { item: reservation.item });
  return accept({ type: 'ReservationWithdrawn', data: { number: reservation.item, reservationId: reservation.id, by: c.actor.id, at: c.now } });
}

export function recordExcusal(c: CommandOf<'RecordExcusal'>, state: SessionState): Decision {
  const member = memberOf(c, state);
  if (!member.ok) return member;
  const item = findItem(state.agenda, c.data.number);
  if (!item) return reject('ItemNotFound', { item: c.data.number });
  if (itemVoted(state, item.number)) return reject('ItemAlreadyVoted', { item: item.number });
  if (state.excusals.some((e) => e.item === item.number && e.memberId === member.memberId)) return reject('AlreadyExcused', { item: item.number });
  const reason = c.data.reason?.trim() || null;
  if (reason && reason.length > MAX_TEXT) return reject('InvalidInput', { field: 'reason', problem: 'too-long' });
  return accept({ type: 'MemberExcused', data: { number: item.number, memberId: member.memberId, reason, by: c.actor.id, at: c.now } });
}

/**
 * Why this voting member may not announce this kind of opinion on this vote, or null: the vote is closed, they voted
 * in it, their ballot fits the opinion, and they have not announced it yet.
 */
export function opinionRefusal(state: SessionState, memberId: AadObjectId, vote: Vote | undefined, kind: SeparateOpinionKind): Rejection | null {
  if (!vote || vote.status !== 'closed' || !vote.result) return { reason: 'NoClosedVote' };
  const ballot = vote.ballots[memberId];
  if (ballot === undefined) return { reason: 'DidNotVote' };
  if (!ballotFitsOpinion(kind, ballot, vote.result.outcome)) return { reason: 'OpinionDoesNotFitBallot', details: { problem: kind, field: ballot } };
  if (state.separateOpinions.some((o) => o.voteId === vote.id && o.memberId === memberId && o.kind === kind)) return { reason: 'AlreadyAnnounced' };
  return null;
}

export function announceSeparateOpinion(c: CommandOf<'AnnounceSeparateOpinion'>, state: SessionState): Decision {
  const member = memberOf(c, state);
  if (!member.ok) return member;
  if (!SEPARATE_OPINION_KINDS.includes(c.data.kind)) return reject('InvalidInput', { field: 'kind', problem: 'invalid-choice' });
  if (!c.data.opinionId?.trim() || state.separateOpinions.some((o) => o.id === c.data.opinionId)) return reject('InvalidInput', { field: 'opinionId', problem: 'duplicate' });
  const vote = c.data.voteId ? state.votes.find((v) => v.id === c.data.voteId && v.status === 'closed') : lastClosedVote(state);
  const refused = opinionRefusal(state, member.memberId, vote, c.data.kind);
  if (refused || !vote) return { ok: false, rejection: refused ?? { reason: 'NoClosedVote' } };
  const days = state.rules.separateOpinionDays;
  const dueBy = days === null ? null : new Date(Date.parse(vote.closedAt!) + days * DAY_MS).toISOString();
  return accept({
    type: 'SeparateOpinionAnnounced',
    data: { opinionId: c.data.opinionId, voteId: vote.id, number: vote.item, memberId: member.memberId, kind: c.data.kind, dueBy, by: c.actor.id, at: c.now },
  });
}

const HTTPS_URL = /^https:\/\/[^\s]+$/;

export function fileSeparateOpinion(c: CommandOf<'FileSeparateOpinion'>, state: SessionState): Decision {
  const opinion = state.separateOpinions.find((o) => o.id === c.data.opinionId);
  if (!opinion) return reject('OpinionNotFound');
  if (opinion.memberId !== c.actor.id && !isConducting(state, c.actor)) return notAuthorized(state);
  const url = c.data.url?.trim() ?? '';
  if (!HTTPS_URL.test(url) || url.length > MAX_TEXT) return reject('InvalidInput', { field: 'url', problem: 'invalid-url' });
  return accept({ type: 'SeparateOpinionFiled', data: { opinionId: opinion.id, url, by: c.actor.id, at: c.now } });
}
