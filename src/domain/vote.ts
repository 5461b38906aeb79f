/**
 * A vote: on an item, on the order of the day, or on waiving the reading of the documents sent beforehand. Who may
 * vote is fixed when it opens; the result follows the body's rules.
 */
import type { QuorumSnapshot } from './quorum';
import type { AadObjectId, ItemNumber, VoteId } from './ids';
import type { Member } from './roster';
import type { BodyRules } from './rules';
import { votingMembers } from './quorum';
import type { VoteStage } from './vote-parts';
import type { AgendaChangeProposal } from './agenda-change';

/** económica: only the count is read out; nominal: each member's vote is read and recorded by name. */
export type VoteMethod = 'economica' | 'nominal';
export type BallotChoice = 'in-favour' | 'against' | 'abstain';
export const BALLOT_CHOICES: readonly BallotChoice[] = ['in-favour', 'against', 'abstain'];

/**
 * What is put to the vote: an item, the order of the day, the waiver of the reading (dispensa de la lectura), or
 * withdrawing an item from the approved order of the day.
 */
export type VoteSubject = 'item' | 'agenda' | 'reading-waiver' | 'item-withdrawal';
export const VOTE_SUBJECTS: readonly VoteSubject[] = ['item', 'agenda', 'reading-waiver', 'item-withdrawal'];

export interface Tally {
  inFavour: number;
  against: number;
  abstain: number;
}

export type VoteOutcome = 'approved-unanimously' | 'approved-by-majority' | 'not-approved';

/**
 * Why the outcome is what it is:
 * - `count`: the votes decided it (more in favour than against, or the majority required reached or not);
 * - `casting-vote`: a tie under a simple majority, decided by the chair's vote in favour or against;
 * - `tie`: a tie that nothing decided (the chair abstained or did not vote, or the body has no casting vote);
 * - `required-majority`: an absolute or two-thirds majority not reached (`required` votes in favour were needed).
 */
export type ResultBasis = 'count' | 'casting-vote' | 'tie' | 'required-majority';

export interface VoteResult {
  outcome: VoteOutcome;
  tally: Tally;
  /** Eligible voters who did not vote before it closed. */
  notVoted: AadObjectId[];
  /** True only when the votes tied and the chair's vote in favour or against decided it. */
  decidedByCastingVote: boolean;
  /** True when in favour and against were equal (and not both zero). */
  tie: boolean;
  /** Absent in results recorded before it existed: read them with `basisOf`. */
  basis?: ResultBasis;
  /** Votes in favour the majority rule required (absolute and two-thirds majorities). */
  required?: number;
}

/** What the order of the day looked like when it was put to the vote: the changes proposed before it. */
export interface AgendaChanges {
  withdrawn: ItemNumber[];
  deferred: ItemNumber[];
  added: { number: ItemNumber; title: string }[];
  /** Items moved (absent in records from before moves). */
  moved?: { number: ItemNumber; after: ItemNumber | null }[];
  /** Changes proposed or requested, made if the order of the day is approved (absent in records from before). */
  proposals?: AgendaChangeProposal[];
}

export interface Vote {
  id: VoteId;
  subject: VoteSubject;
  /** The item voted (subject `item`); null for the order of the day and the reading waiver. */
  item: ItemNumber | null;
  /** The item whose withdrawal is voted (subject `item-withdrawal`). */
  target: ItemNumber | null;
  /** The item under way when the vote opened, if any (e.g. a procedural "approval of the order of the day" item). */
  during: ItemNumber | null;
  /** For a vote on the order of the day: the changes proposed before it. */
  changes: AgendaChanges | null;
  /** The item voted as one, en lo general, or one reserved part en lo particular. */
  stage: VoteStage;
  /** The reserved part voted en lo particular. */
  reservationId: string | null;
  /** Voting members excused from this item, not eligible (empty for other votes). */
  excused: AadObjectId[];
  method: VoteMethod;
  eligible: AadObjectId[];
  ballots: Partial<Record<AadObjectId, BallotChoice>>;
  /** Order in which ballots were first cast. */
  voted: AadObjectId[];
  openedAt: string;
  /** Quorum when it opened and when it closed (null in votes recorded before Sesiona kept it). */
  quorumAtOpen: QuorumSnapshot | null;
  quorumAtClose: QuorumSnapshot | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  /** Who closed it; null when it closed by itself because everyone had voted. */
  closedBy: AadObjectId | null;
  result: VoteResult | null;
}

export function tallyOf(ballots: Vote['ballots']): Tally {
  const tally: Tally = { inFavour: 0, against: 0, abstain: 0 };
  for (const choice of Object.values(ballots)) {
    if (choice === 'in-favour') tally.inFavour += 1;
    else if (choice === 'against') tally.against += 1;
    else if (choice === 'abstain') tally.abstain += 1;
  }
  return tally;
}

/** Votes in favour needed under an absolute or two-thirds majority; null under a simple majority. */
function requiredInFavour(vote: Pick<Vote, 'eligible' | 'excused'>, roster: readonly Member[], rules: BodyRules): number | null {
  switch (rules.majority) {
    case 'simple':
      return null;
    case 'absolute': {
      const excused = rules.excusedCountForMajority ? 0 : vote.excused.length;
      return Math.floor((votingMembers(roster, rules).length - excused) / 2) + 1;
    }
    case 'two-thirds':
      return Math.max(1, Math.ceil((vote.eligible.length * 2) / 3));
  }
}

export function resultOf(vote: Pick<Vote, 'ballots' | 'eligible'> & { excused?: AadObjectId[] }, roster: readonly Member[], rules: BodyRules): VoteResult {
  const tally = tallyOf(vote.ballots);
  const notVoted = vote.eligible.filter((id) => vote.ballots[id] === undefined);
  const tie = tally.inFavour === tally.against && tally.inFavour > 0;
  const required = requiredInFavour({ eligible: vote.eligible, excused: vote.excused ?? [] }, roster, rules);
  let approved: boolean;
  let basis: ResultBasis = 'count';
  if (required !== null) {
    approved = tally.inFavour >= required;
    if (!approved) basis = 'required-majority';
  } else if (tie) {
    const chair = roster.find((m) => m.role === 'chair');
    const chairBallot = chair ? vote.ballots[chair.id] : undefined;
    const casting = rules.tie === 'chair-casting-vote' && (chairBallot === 'in-favour' || chairBallot === 'against');
    basis = casting ? 'casting-vote' : 'tie';
    approved = casting && chairBallot === 'in-favour';
  } else {
    approved = tally.inFavour > tally.against;
  }
  const unanimous = approved && tally.against === 0 && tally.abstain === 0;
  return {
    outcome: !approved ? 'not-approved' : unanimous ? 'approved-unanimously' : 'approved-by-majority',
    tally,
    notVoted,
    decidedByCastingVote: basis === 'casting-vote',
    tie,
    basis,
    ...(required !== null ? { required } : {}),
  };
}

/** The basis of a result, also for results recorded before Sesiona kept it. */
export function basisOf(result: VoteResult): ResultBasis {
  if (result.basis) return result.basis;
  if (result.decidedByCastingVote) return 'casting-vote';
  return result.tie ? 'tie' : 'count';
}
