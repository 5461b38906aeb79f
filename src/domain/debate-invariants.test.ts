/**
 * Property tests: random debates (anyone asking, giving, ending, extending, moving and closing rounds, at random
 * moments) never break the debate's invariants: one speaker at a time, nobody beyond the round's limit, times add up.
 */
import fc from 'fast-check';
import type { Actor, SessionCommand } from './commands';
import { type Debate, currentIntervention, openRound, secondsBetween } from './debate';
import { decide } from './decide';
import type { SessionEvent } from './events';
import { fold, type SessionState } from './session-state';
import { at, cast, command, inSession, item, run } from './testing/session-spec';

const people: Actor[] = [cast.secretary, cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest, cast.stranger];
const actorArb = fc.constantFrom(...people);
const conductorArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(cast.secretary, cast.chair) }, { weight: 1, arbitrary: actorArb });

/** A command without its time; the time is set as the sequence runs. */
const stepArb: fc.Arbitrary<(now: string, n: number) => SessionCommand> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(actorArb, fc.option(actorArb, { nil: undefined })).map(([a, m]) => (now: string) => ({ ...command('AskForFloor', a, m ? { memberId: m.id } : {}), now })) },
  fc.tuple(actorArb, fc.option(actorArb, { nil: undefined })).map(([a, m]) => (now: string) => ({ ...command('WithdrawFloorRequest', a, m ? { memberId: m.id } : {}), now })),
  { weight: 4, arbitrary: fc.tuple(conductorArb, fc.option(actorArb, { nil: undefined }), fc.boolean()).map(([a, m, why]) => (now: string) => ({
    ...command('GiveFloor', a, { ...(m ? { memberId: m.id } : {}), ...(why ? { reason: 'alusiones' } : {}) }), now,
  })) },
  { weight: 5, arbitrary: conductorArb.map((a) => (now: string) => ({ ...command('EndIntervention', a, {}), now })) },
  { weight: 2, arbitrary: conductorArb.map((a) => (now: string) => ({ ...command('CloseRound', a, {}), now })) },
  fc.tuple(conductorArb, fc.integer({ min: -5, max: 400 })).map(([a, seconds]) => (now: string) => ({ ...command('ExtendSpeakingTime', a, { seconds }), now })),
  { weight: 2, arbitrary: actorArb.map((a) => (now: string, n: number) => ({ ...command('AskMotionToSpeaker', a, { motionId: `m${n}` }), now })) },
  fc.tuple(actorArb, fc.boolean()).map(([a, accept]) => (now: string) => ({ ...command('AnswerMotionToSpeaker', a, { accept }), now })),
  actorArb.map((a) => (now: string, n: number) => ({ ...command('RaisePointOfOrder', a, { motionId: `o${n}` }), now })),
  fc.tuple(conductorArb, fc.boolean()).map(([a, accept]) => (now: string) => ({ ...command('DecidePointOfOrder', a, { accept }), now })),
  actorArb.map((a) => (now: string) => ({ ...command('NoteTimeRanOut', a, {}), now })),
  fc.tuple(conductorArb, actorArb, fc.boolean()).map(([a, m, present]) => (now: string) => ({ ...command('MarkAttendance', a, { memberId: m.id, present }), now })),
  conductorArb.map((a) => (now: string) => ({ ...command('NextItem', a, {}), now })),
  conductorArb.map((a) => (now: string, n: number) => ({ ...command('OpenVote', a, { voteId: `v${n}` as never, method: 'economica' }), now })),
  conductorArb.map((a) => (now: string) => ({ ...command('CloseVote', a, {}), now })),
);

const sequenceArb = fc.array(fc.tuple(stepArb, fc.integer({ min: 0, max: 400 })), { minLength: 20, maxLength: 80 });

function violations(state: SessionState, now: string): string[] {
  const problems: string[] = [];
  const limit = state.rules.debate.interventionsPerRound;
  for (const debate of state.debates as Debate[]) {
    const open = debate.interventions.filter((i) => i.endedAt === null);
    if (open.length > 1) problems.push(`${debate.item}: ${open.length} speakers at once`);
    if (open.length === 1 && debate.item !== state.currentItem) problems.push(`${debate.item}: a speaker on an item not under way`);
    const voting = state.votes.some((v) => v.status === 'open' && v.item === debate.item);
    if (openRound(debate) && (debate.item !== state.currentItem || voting)) problems.push(`${debate.item}: a round still open after its debate ended`);
    if (debate.rounds.length > state.rules.debate.roundMinutes.length) problems.push(`${debate.item}: more rounds than the rules allow`);
    for (const round of debate.rounds) {
      const perMember = new Map<string, number>();
      for (const i of debate.interventions.filter((x) => x.round === round.number)) perMember.set(i.memberId, (perMember.get(i.memberId) ?? 0) + 1);
      for (const [member, count] of perMember) if (count > limit) problems.push(`${debate.item}: ${member} spoke ${count} times in round ${round.number}`);
      if (new Set(round.queue).size !== round.queue.length) problems.push(`${debate.item}: someone twice on the list`);
      const speaking = currentIntervention(debate);
      if (speaking && round.queue.includes(speaking.memberId)) problems.push(`${debate.item}: the speaker is also waiting`);
    }
    for (const i of debate.interventions) {
      const wall = secondsBetween(i.startedAt, i.endedAt ?? now);
      const stopped = i.pausedSeconds + (i.pausedSince ? secondsBetween(i.pausedSince, now) : 0);
      if (i.endedAt !== null && i.spokeSeconds! + i.pausedSeconds !== wall) problems.push(`${debate.item}: spoken ${i.spokeSeconds} + stopped ${i.pausedSeconds} ≠ ${wall}`);
      if (stopped > wall) problems.push(`${debate.item}: stopped longer than the intervention`);
      if (i.spokeSeconds !== null && i.spokeSeconds < 0) problems.push('negative time');
    }
    const motionTime = debate.motions.reduce((s, m) => s + [m.question, m.answer].reduce((t, p) => t + (p?.endedAt ? secondsBetween(p.startedAt, p.endedAt) : 0), 0), 0);
    const stoppedTotal = debate.interventions.reduce((s, i) => s + i.pausedSeconds + (i.pausedSince ? secondsBetween(i.pausedSince, now) : 0), 0);
    if (motionTime > stoppedTotal) problems.push(`${debate.item}: motions took ${motionTime}s but speakers stopped only ${stoppedTotal}s`);
  }
  return problems;
}

describe('the debate\'s invariants', () => {
  it('given random debates on an item, then one speaker at a time, nobody beyond the round\'s limit, and the times add up', () => {
    const start = run([command('StartItem', cast.secretary, { number: item('3.b') }, 10)], inSession(undefined, undefined, [cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest]));
    fc.assert(fc.property(sequenceArb, (steps) => {
      const events: SessionEvent[] = [...start];
      let clock = Date.parse(at(11));
      steps.forEach(([step, seconds], n) => {
        clock += seconds * 1000;
        const now = new Date(clock).toISOString();
        const decision = decide(step(now, n), fold(events));
        if (decision.ok) events.push(...decision.events);
        const problems = violations(fold(events), now);
        if (problems.length) throw new Error(`after ${decision.ok ? decision.events.map((e) => e.type).join(', ') : 'a refusal'}: ${problems.join('; ')}`);
      });
    }), { numRuns: 300 });
  });
});
