/**
 * The body's rules: data, not code branches. Defaults fit a commission of the Instituto Electoral de la Ciudad de
 * México (quorum: more than half of the voting members; simple majority of the votes cast; a tie is decided by the
 * chair's casting vote; abstention allowed; a ballot cannot be changed once cast).
 */
import type { SessionRole } from './roster';

export type MajorityRule =
  /** more votes in favour than against; abstentions do not count */
  | 'simple'
  /** more than half of all the body's voting members vote in favour */
  | 'absolute'
  /** at least two thirds of the voters eligible in this vote vote in favour */
  | 'two-thirds';

export type TieRule = 'chair-casting-vote' | 'not-approved';

export interface BodyRules {
  /** Roles whose presence counts for quorum and who may vote. */
  votingRoles: SessionRole[];
  /** Roles that conduct the session: roll call, items, votes, agreements, recess, closing. */
  conductingRoles: SessionRole[];
  /** Quorum: present voting members must be more than this fraction of all voting members (0.5 = more than half). */
  quorumFraction: number;
  majority: MajorityRule;
  tie: TieRule;
  abstentionAllowed: boolean;
  /** May a voter change their ballot while the vote is still open? */
  ballotChangeAllowed: boolean;
  /** Close a vote by itself once every eligible voter has voted. */
  autoCloseWhenAllVoted: boolean;
}

export const DEFAULT_RULES: BodyRules = {
  votingRoles: ['chair', 'voting-member'],
  conductingRoles: ['secretary', 'chair'],
  quorumFraction: 0.5,
  majority: 'simple',
  tie: 'chair-casting-vote',
  abstentionAllowed: true,
  ballotChangeAllowed: false,
  autoCloseWhenAllVoted: false,
};

export function withDefaults(partial: Partial<BodyRules> | undefined): BodyRules {
  return { ...DEFAULT_RULES, ...(partial ?? {}) };
}
