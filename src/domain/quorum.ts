/**
 * Quorum: computed from attendance, never stored. Only the rules' voting roles count.
 */
import type { AadObjectId } from './ids';
import type { Attendance, Member } from './roster';
import type { BodyRules } from './rules';

/** The quorum's numbers at a moment of the record. */
export interface QuorumSnapshot {
  /** Voting members recorded present. */
  present: number;
  /** The least number of voting members present for quorum. */
  required: number;
  /** All voting members in the roster. */
  total: number;
}

export interface Quorum extends QuorumSnapshot {
  reached: boolean;
}

/** Whether these numbers make quorum: enough voting members present, and there are some. */
export const quorumReached = ({ present, required, total }: QuorumSnapshot): boolean => total > 0 && present >= required;

export const snapshotOf = ({ present, required, total }: QuorumSnapshot): QuorumSnapshot => ({ present, required, total });

export function votingMembers(roster: readonly Member[], rules: BodyRules): Member[] {
  return roster.filter((m) => rules.votingRoles.includes(m.role));
}

export function quorumOf(
  roster: readonly Member[],
  attendance: Readonly<Partial<Record<AadObjectId, Attendance>>>,
  rules: BodyRules,
): Quorum {
  const voters = votingMembers(roster, rules);
  const present = voters.filter((m) => attendance[m.id]?.present).length;
  const required = Math.floor(voters.length * rules.quorumFraction) + 1;
  return { present, total: voters.length, required, reached: quorumReached({ present, required, total: voters.length }) };
}
