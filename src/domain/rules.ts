/**
 * The body's rules: data, not code branches. Defaults fit a commission of the Instituto Electoral de la Ciudad de
 * México (quorum: more than half of the voting members; simple majority of the votes cast; a tie is decided by the
 * chair's casting vote; abstention allowed; a ballot cannot be changed once cast; the order of the day is approved
 * by a vote before any item is taken up; the secretary certifies who left the meeting; Mexico City time).
 * What is sourced and what is only a default: docs/PROCEDURE.md.
 */
import type { SessionRole } from './roster';
import type { WithdrawalAfterApprovalRule } from './agenda-change';

export type MajorityRule =
  /** more votes in favour than against; abstentions do not count */
  | 'simple'
  /** more than half of all the body's voting members vote in favour */
  | 'absolute'
  /** at least two thirds of the voters eligible in this vote vote in favour */
  | 'two-thirds';

/**
 * What decides a tie (as many votes in favour as against) under a simple majority: the chair's casting vote (the
 * tie goes the way the chair voted; a chair who abstained or did not vote casts nothing, and the motion is not
 * approved) or nothing (a tie is not approved). Under an absolute or two-thirds majority a tie never reaches the
 * votes in favour required, and no casting vote can make up for votes that were not cast.
 */
export type TieRule = 'chair-casting-vote' | 'not-approved';

/**
 * What Sesiona does when Teams says a roster member left or joined the meeting during the session:
 * `ask` tells those who conduct and waits for the secretary to certify it (Teams' events are late or missing in
 * practice, and a dropped connection is not a departure); `record` takes the meeting's events as attendance.
 */
export type MeetingPresenceRule = 'ask' | 'record';

/**
 * How an item is debated: rounds of interventions with decreasing time limits, who has voice, how many times each
 * speaks in a round, and the limits of a moción al orador (a question to the speaker, who may decline it).
 */
export interface DebateRules {
  /** The time limit of each round, in minutes; there are as many rounds as limits. */
  roundMinutes: number[];
  /** Roles that may ask for the floor and be given it. */
  voiceRoles: SessionRole[];
  /** Interventions of one member in one round. */
  interventionsPerRound: number;
  motionToSpeaker: {
    /** Allowed in rounds 1 … this one. */
    rounds: number;
    /** Asked by one member on one item. */
    perMemberPerItem: number;
    questionSeconds: number;
    answerSeconds: number;
  };
}

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
  /** No item is taken up before the order of the day is approved by a vote (procedural items excepted). */
  agendaApprovalRequired: boolean;
  meetingPresence: MeetingPresenceRule;
  /** The body's time zone (IANA name): every time of the record is told in it. */
  timeZone: string;
  debate: DebateRules;
  /** Days after a vote within which a voto particular, concurrente or razonado is filed; null: no deadline. */
  separateOpinionDays: number | null;
  /** Whether a member excused from an item still counts for the quorum of that item's votes (they are present). */
  excusedCountForQuorum: boolean;
  /** Whether a member excused from an item still counts in the base of an absolute majority of that item's votes. */
  excusedCountForMajority: boolean;
  /** Withdrawing an item from the approved order of the day: by a vote of the body, or by whoever conducts. */
  withdrawalAfterApproval: WithdrawalAfterApprovalRule;
}

export const DEFAULT_TIME_ZONE = 'America/Mexico_City';

/** A time zone the runtime knows (IANA name such as America/Mexico_City). */
export function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The INE Consejo General's debate, which most bodies copy (docs/PROCEDURE.md gives the articles): rounds of 10, 5
 * and 3 minutes, one intervention per member per round; voice for the voting members, the representatives and the
 * secretary, not for guests; a moción al orador only in the first two rounds, two per member per item, a minute to
 * ask and a minute to answer.
 */
export const DEFAULT_DEBATE_RULES: DebateRules = {
  roundMinutes: [10, 5, 3],
  voiceRoles: ['chair', 'voting-member', 'secretary', 'representative'],
  interventionsPerRound: 1,
  motionToSpeaker: { rounds: 2, perMemberPerItem: 2, questionSeconds: 60, answerSeconds: 60 },
};

export const DEFAULT_RULES: BodyRules = {
  votingRoles: ['chair', 'voting-member'],
  conductingRoles: ['secretary', 'chair'],
  quorumFraction: 0.5,
  majority: 'simple',
  tie: 'chair-casting-vote',
  abstentionAllowed: true,
  ballotChangeAllowed: false,
  autoCloseWhenAllVoted: false,
  agendaApprovalRequired: true,
  meetingPresence: 'ask',
  timeZone: DEFAULT_TIME_ZONE,
  debate: DEFAULT_DEBATE_RULES,
  separateOpinionDays: 2,
  excusedCountForQuorum: true,
  excusedCountForMajority: false,
  withdrawalAfterApproval: 'vote',
};

/** The debate rules of a body that sets its rounds' limits and whether guests have voice (the rest by default). */
export function debateRulesWith(roundMinutes: number[], guestsHaveVoice: boolean): DebateRules {
  const voiceRoles = DEFAULT_DEBATE_RULES.voiceRoles.filter((r) => r !== 'guest');
  return {
    ...DEFAULT_DEBATE_RULES,
    roundMinutes,
    voiceRoles: guestsHaveVoice ? [...voiceRoles, 'guest'] : voiceRoles,
    motionToSpeaker: { ...DEFAULT_DEBATE_RULES.motionToSpeaker, rounds: Math.min(DEFAULT_DEBATE_RULES.motionToSpeaker.rounds, roundMinutes.length) },
  };
}

/** Rules given in part (or recorded before a rule existed) completed with the defaults; the debate's rules one by one. */
export function withDefaults(partial: (Omit<Partial<BodyRules>, 'debate'> & { debate?: Partial<DebateRules> }) | undefined): BodyRules {
  const debate = partial?.debate;
  return {
    ...DEFAULT_RULES,
    ...(partial ?? {}),
    debate: {
      ...DEFAULT_DEBATE_RULES,
      ...(debate ?? {}),
      motionToSpeaker: { ...DEFAULT_DEBATE_RULES.motionToSpeaker, ...(debate?.motionToSpeaker ?? {}) },
    },
  };
}
