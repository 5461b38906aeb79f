/**
 * What a vote is made of in an electoral body beyond one question: the parts of a draft reserved for a vote en lo
 * particular, the members excused from an item, and the separate opinions (votos particulares, concurrentes,
 * razonados) announced after a vote.
 */
import type { AadObjectId, ItemNumber, VoteId } from './ids';
import type { BallotChoice, VoteOutcome } from './vote';

/**
 * How a vote stands among the votes of its item: `single` (the item voted as one), `general` (the draft without the
 * reserved parts), `particular` (one reserved part).
 */
export type VoteStage = 'single' | 'general' | 'particular';

/**
 * What a vote en lo particular decided: with a proposed wording, the proposal was adopted (engrose) or the draft's
 * wording stands; without one, the part was approved as drafted or rejected.
 */
export type ReservationOutcome = 'proposal-adopted' | 'draft-kept' | 'part-approved' | 'part-rejected';

/** A part of the draft a voting member reserved for a vote en lo particular. */
export interface Reservation {
  id: string;
  item: ItemNumber;
  by: AadObjectId;
  /** Which part: "punto resolutivo tercero", "considerando 12". */
  part: string;
  /** The wording proposed instead, if any. */
  proposal: string | null;
  reservedAt: string;
  withdrawnAt: string | null;
  /** The vote en lo particular on it, once opened. */
  voteId: VoteId | null;
  outcome: ReservationOutcome | null;
}

export function reservationOutcome(reservation: Pick<Reservation, 'proposal'>, outcome: VoteOutcome): ReservationOutcome {
  const approved = outcome !== 'not-approved';
  if (reservation.proposal) return approved ? 'proposal-adopted' : 'draft-kept';
  return approved ? 'part-approved' : 'part-rejected';
}

/** A member excused from an item's votes (a conflict of interest): recorded by themselves or by whoever conducts. */
export interface Excusal {
  item: ItemNumber;
  memberId: AadObjectId;
  reason: string | null;
  by: AadObjectId;
  at: string;
}

/**
 * particular: dissents from the decision; concurrente: agrees with the decision, not with its reasons; razonado:
 * explains one's own vote.
 */
export type SeparateOpinionKind = 'particular' | 'concurrente' | 'razonado';
export const SEPARATE_OPINION_KINDS: readonly SeparateOpinionKind[] = ['particular', 'concurrente', 'razonado'];

export interface SeparateOpinion {
  id: string;
  voteId: VoteId;
  /** The item of the vote; null for a vote on the order of the day or the waiver. */
  item: ItemNumber | null;
  memberId: AadObjectId;
  kind: SeparateOpinionKind;
  announcedAt: string;
  /** Filed by then (the rules' days after the vote), or null when the rules set no deadline. */
  dueBy: string | null;
  /** Where the filed document is, once filed. */
  url: string | null;
  filedAt: string | null;
}

/** Whether a ballot fits the opinion: a dissent goes against the decision, a concurrence with it; a reasoned vote fits any. */
export function ballotFitsOpinion(kind: SeparateOpinionKind, ballot: BallotChoice, outcome: VoteOutcome): boolean {
  if (kind === 'razonado') return true;
  const withDecision = outcome === 'not-approved' ? ballot === 'against' : ballot === 'in-favour';
  const againstDecision = outcome === 'not-approved' ? ballot === 'in-favour' : ballot === 'against';
  return kind === 'concurrente' ? withDecision : againstDecision;
}
