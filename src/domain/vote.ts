/**
 * A vote on an item: who may vote (fixed when it opens), the ballots, and the result under the body's rules.
 */
import type { AadObjectId, ItemNumber, VoteId } from './ids';
import type { Member } from './roster';
import type { BodyRules } from './rules';
import { votingMembers } from './quorum';

/** económica: only the count is read out; nominal: each member's vote is read and recorded by name. */
export type VoteMethod = 'economica' | 'nominal';
export type BallotChoice = 'in-favour' | 'against' | 'abstain';
export const BALLOT_CHOICES: readonly BallotChoice[] = ['in-favour', 'against', 'abstain'];

export interface Tally {
  inFavour: number;
  against: number;
  abstain: number;
}

export type VoteOutcome = 'approved-unanimously' | 'approved-by-majority' | 'not-approved';

export interface VoteResult {
  outcome: VoteOutcome;
  tally: Tally;
  /** Eligible voters who did not vote before it closed. */
  notVoted: AadObjectId[];
  /** True when a tie was decided by the chair's casting vote. */
  decidedByCastingVote: boolean;
  /** True when in favour and against were equal. */
  tie: boolean;
}

export interface Vote {
  id: VoteId;
  item: ItemNumber;
  method: VoteMethod;
  eligible: AadObjectId[];
  ballots: Partial<Record<AadObjectId, BallotChoice>>;
  /** Order in which ballots were first cast. */
  voted: AadObjectId[];
  openedAt: string;
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

/** Does the motion pass on its numbers alone? 'tie' when the rule leaves it to the tie rule. */
function passes(tally: Tally, vote: Vote, roster: readonly Member[], rules: BodyRules): boolean | 'tie' {
  switch (rules.majority) {
    case 'simple':
      if (tally.inFavour === tally.against) return tally.inFavour === 0 ? false : 'tie';
      return tally.inFavour > tally.against;
    case 'absolute':
      return tally.inFavour * 2 > votingMembers(roster, rules).length;
    case 'two-thirds':
      return tally.inFavour * 3 >= vote.eligible.length * 2 && tally.inFavour > 0;
  }
}

export function resultOf(vote: Vote, roster: readonly Member[], rules: BodyRules): VoteResult {
  const tally = tallyOf(vote.ballots);
  const notVoted = vote.eligible.filter((id) => vote.ballots[id] === undefined);
  const verdict = passes(tally, vote, roster, rules);
  let approved: boolean;
  let decidedByCastingVote = false;
  if (verdict === 'tie') {
    const chair = roster.find((m) => m.role === 'chair');
    const chairBallot = chair ? vote.ballots[chair.id] : undefined;
    decidedByCastingVote = rules.tie === 'chair-casting-vote' && chairBallot !== undefined;
    approved = rules.tie === 'chair-casting-vote' && chairBallot === 'in-favour';
  } else {
    approved = verdict;
  }
  const unanimous = approved && tally.against === 0 && tally.abstain === 0;
  return {
    outcome: !approved ? 'not-approved' : unanimous ? 'approved-unanimously' : 'approved-by-majority',
    tally,
    notVoted,
    decidedByCastingVote,
    tie: verdict === 'tie',
  };
}
