/**
 * Ties: a casting vote is claimed only when the votes tied and the chair voted in favour or against, and then the
 * outcome follows the chair's vote. The matrix of the chair's ballot × the majority rule, and properties over any
 * ballots.
 */
import fc from 'fast-check';
import type { AadObjectId } from './ids';
import type { Member } from './roster';
import { type BodyRules, DEFAULT_RULES, type MajorityRule } from './rules';
import { type BallotChoice, resultOf } from './vote';

/** A provisional commission of four voting members (so ties happen): the chair and three more. */
const roster: Member[] = [
  { id: 'chair' as AadObjectId, name: 'Presidencia', role: 'chair' },
  { id: 'm1' as AadObjectId, name: 'M1', role: 'voting-member' },
  { id: 'm2' as AadObjectId, name: 'M2', role: 'voting-member' },
  { id: 'm3' as AadObjectId, name: 'M3', role: 'voting-member' },
];
const eligible = roster.map((m) => m.id);
const rules = (majority: MajorityRule, tie: BodyRules['tie'] = 'chair-casting-vote'): BodyRules => ({ ...DEFAULT_RULES, majority, tie });

/** 1 in favour and 1 against among the others; the chair's ballot (or none). */
function tiedWithChair(chair: BallotChoice | 'absent'): Partial<Record<AadObjectId, BallotChoice>> {
  const ballots: Partial<Record<AadObjectId, BallotChoice>> = { ['m1' as AadObjectId]: 'in-favour', ['m2' as AadObjectId]: 'against' };
  if (chair === 'in-favour') ballots['m3' as AadObjectId] = 'against';
  if (chair === 'against') ballots['m3' as AadObjectId] = 'in-favour';
  if (chair !== 'absent') ballots['chair' as AadObjectId] = chair;
  return ballots;
}

describe('the tie matrix: the chair in favour / against / abstains / absent × simple, absolute, two-thirds', () => {
  it.each([
    // chair,        majority,     outcome,                  basis,               casting
    ['in-favour', 'simple', 'approved-by-majority', 'casting-vote', true],
    ['against', 'simple', 'not-approved', 'casting-vote', true],
    ['abstain', 'simple', 'not-approved', 'tie', false],
    ['absent', 'simple', 'not-approved', 'tie', false],
    ['in-favour', 'absolute', 'not-approved', 'required-majority', false],
    ['against', 'absolute', 'not-approved', 'required-majority', false],
    ['abstain', 'absolute', 'not-approved', 'required-majority', false],
    ['absent', 'absolute', 'not-approved', 'required-majority', false],
    ['in-favour', 'two-thirds', 'not-approved', 'required-majority', false],
    ['against', 'two-thirds', 'not-approved', 'required-majority', false],
    ['abstain', 'two-thirds', 'not-approved', 'required-majority', false],
    ['absent', 'two-thirds', 'not-approved', 'required-majority', false],
  ] as const)('given a tie with the chair %s under a %s majority, then %s (%s)', (chair, majority, outcome, basis, casting) => {
    const result = resultOf({ ballots: tiedWithChair(chair), eligible }, roster, rules(majority));
    expect(result).toMatchObject({ outcome, basis, tie: true, decidedByCastingVote: casting });
  });

  it('given a tie and a body without casting vote, then a chair in favour decides nothing: not approved by the tie', () => {
    expect(resultOf({ ballots: tiedWithChair('in-favour'), eligible }, roster, rules('simple', 'not-approved'))).toMatchObject({ outcome: 'not-approved', basis: 'tie', decidedByCastingVote: false });
  });

  it('given an absolute majority not reached, then the votes in favour required are in the result', () => {
    expect(resultOf({ ballots: tiedWithChair('in-favour'), eligible }, roster, rules('absolute')).required).toBe(3);
  });
});

describe('properties of every result', () => {
  const ballotsArb = fc.record(
    { chair: fc.constantFrom<BallotChoice | undefined>('in-favour', 'against', 'abstain', undefined), m1: fc.constantFrom<BallotChoice | undefined>('in-favour', 'against', 'abstain', undefined), m2: fc.constantFrom<BallotChoice | undefined>('in-favour', 'against', 'abstain', undefined), m3: fc.constantFrom<BallotChoice | undefined>('in-favour', 'against', 'abstain', undefined) },
  ).map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as Partial<Record<AadObjectId, BallotChoice>>);
  const rulesArb = fc.tuple(fc.constantFrom<MajorityRule>('simple', 'absolute', 'two-thirds'), fc.constantFrom<BodyRules['tie']>('chair-casting-vote', 'not-approved')).map(([m, t]) => rules(m, t));

  it('a casting vote is claimed only on a tie with the chair in favour or against, and the outcome then follows that ballot', () => {
    fc.assert(fc.property(ballotsArb, rulesArb, (ballots, r) => {
      const result = resultOf({ ballots, eligible }, roster, r);
      if (result.decidedByCastingVote) {
        const chair = ballots['chair' as AadObjectId];
        expect(result.tie).toBe(true);
        expect(chair === 'in-favour' || chair === 'against').toBe(true);
        expect(result.outcome !== 'not-approved').toBe(chair === 'in-favour');
        expect(r.tie).toBe('chair-casting-vote');
      }
    }));
  });

  it('a tie is never approved unless by the chair\'s casting vote in favour', () => {
    fc.assert(fc.property(ballotsArb, rulesArb, (ballots, r) => {
      const result = resultOf({ ballots, eligible }, roster, r);
      if (result.tie && result.outcome !== 'not-approved') expect(result.decidedByCastingVote && ballots['chair' as AadObjectId] === 'in-favour').toBe(true);
    }));
  });

  it('unanimity means every vote cast was in favour', () => {
    fc.assert(fc.property(ballotsArb, rulesArb, (ballots, r) => {
      const result = resultOf({ ballots, eligible }, roster, r);
      if (result.outcome === 'approved-unanimously') expect(Object.values(ballots).every((b) => b === 'in-favour')).toBe(true);
    }));
  });
});
