/**
 * Property tests: random reservations, excusals, votes en lo general and en lo particular, ballots and separate
 * opinions never break these invariants: a particular vote only after an approved general vote of its item; an
 * excused member never has a ballot in that item's votes; each part's tally adds up to its ballots.
 */
import fc from 'fast-check';
import type { Actor, SessionCommand } from './commands';
import { decide } from './decide';
import type { SessionEvent } from './events';
import { fold, type SessionState } from './session-state';
import { at, cast, command, inSession, item } from './testing/session-spec';
import { tallyOf } from './vote';

const people: Actor[] = [cast.secretary, cast.chair, cast.luis, cast.sofia, cast.representative, cast.stranger];
const actorArb = fc.constantFrom(...people);
const voterArb = fc.constantFrom(cast.chair, cast.luis, cast.sofia);
const conductorArb = fc.constantFrom(cast.secretary, cast.chair);
const reservationArb = fc.constantFrom('r0', 'r1', 'r2');
const numberArb = fc.constantFrom('1', '3.a', '3.b', '4');

/** A command made at step n (its time and ids follow from n). */
const stepArb: fc.Arbitrary<(n: number) => SessionCommand> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(actorArb, reservationArb, fc.boolean()).map(([a, r, p]) => (n: number) => command('ReservePart', a, { reservationId: r, part: `Punto ${r}`, ...(p ? { proposal: 'Otra redacción' } : {}) }, n)) },
  fc.tuple(actorArb, reservationArb).map(([a, r]) => (n: number) => command('WithdrawReservation', a, { reservationId: r }, n)),
  { weight: 2, arbitrary: fc.tuple(actorArb, voterArb, numberArb).map(([a, m, num]) => (n: number) => command('RecordExcusal', a, { number: item(num), memberId: m.id }, n)) },
  { weight: 3, arbitrary: fc.tuple(conductorArb, fc.option(reservationArb, { nil: undefined })).map(([a, r]) => (n: number) => command('OpenVote', a, { voteId: `v${n}` as never, method: 'nominal', ...(r ? { reservationId: r } : {}) }, n)) },
  { weight: 6, arbitrary: fc.tuple(actorArb, fc.constantFrom('in-favour' as const, 'against' as const, 'abstain' as const)).map(([a, choice]) => (n: number) => command('CastBallot', a, { choice }, n)) },
  { weight: 3, arbitrary: conductorArb.map((a) => (n: number) => command('CloseVote', a, {}, n)) },
  fc.tuple(conductorArb, numberArb).map(([a, num]) => (n: number) => command('StartItem', a, { number: item(num) }, n)),
  conductorArb.map((a) => (n: number) => command('NextItem', a, {}, n)),
  fc.tuple(actorArb, fc.constantFrom('particular' as const, 'concurrente' as const, 'razonado' as const)).map(([a, kind]) => (n: number) => command('AnnounceSeparateOpinion', a, { opinionId: `o${n}`, kind }, n)),
);

function violations(state: SessionState): string[] {
  const problems: string[] = [];
  for (const vote of state.votes) {
    if (vote.stage === 'particular') {
      const general = state.votes.find((v) => v.item === vote.item && v.stage === 'general');
      const openedAfterApproval = general?.status === 'closed' && general.result?.outcome !== 'not-approved' && general.closedAt! <= vote.openedAt;
      if (!openedAfterApproval) problems.push(`particular vote ${vote.id} without an approved general vote before it`);
    }
    const excused = state.excusals.filter((e) => e.item === vote.item).map((e) => e.memberId);
    for (const id of excused) if (vote.item && vote.ballots[id] !== undefined) problems.push(`${id} excused from ${vote.item} has a ballot in ${vote.id}`);
    const tally = tallyOf(vote.ballots);
    if (tally.inFavour + tally.against + tally.abstain !== vote.voted.length) problems.push(`tally of ${vote.id} does not add up`);
    if (vote.result && vote.result.tally.inFavour + vote.result.tally.against + vote.result.tally.abstain + vote.result.notVoted.length !== vote.eligible.length) {
      problems.push(`result of ${vote.id}: ballots and not voted ≠ eligible`);
    }
  }
  for (const r of state.reservations) {
    if (r.outcome !== null && !state.votes.some((v) => v.id === r.voteId && v.status === 'closed')) problems.push(`reservation ${r.id} has an outcome without its vote`);
  }
  return problems;
}

describe('the invariants of votes in parts', () => {
  it('given random reservations, excusals, votes and ballots, then particular votes follow an approved general vote, excused members never vote, tallies add up', () => {
    const start = inSession();
    fc.assert(fc.property(fc.array(stepArb, { minLength: 20, maxLength: 70 }), (steps) => {
      const events: SessionEvent[] = [...start];
      steps.forEach((step, n) => {
        const c = step(20 + n);
        const decision = decide(c, fold(events));
        if (decision.ok) events.push(...decision.events);
        const problems = violations(fold(events));
        if (problems.length) throw new Error(`after ${c.type} at ${at(20 + n)}: ${problems.join('; ')}`);
      });
    }), { numRuns: 200 });
  });
});
