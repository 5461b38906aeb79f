/**
 * Property tests: random sequences of commands from random people never break the session's invariants.
 */
import fc from 'fast-check';
import { flattenAgenda } from './agenda';
import type { Actor, SessionCommand } from './commands';
import { decide, mayConduct } from './decide';
import type { SessionEvent } from './events';
import { quorumOf } from './quorum';
import type { BodyRules } from './rules';
import { fold, type SessionState } from './session-state';
import { agreementId, at, cast, command, inSession, item, rollCallWith, sessionWithRoster } from './testing/session-spec';
import { tallyOf, type Vote } from './vote';

const TEAMS: Actor = { id: 'microsoft-teams' as never, name: 'Microsoft Teams' };
const people: Actor[] = [cast.secretary, cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest, cast.stranger, cast.organizer];
const numbers = ['1', '2', '3', '3.a', '3.b', '4', '4.a', '9'];

const actorArb = fc.constantFrom(...people);
/** Conductors act more often, so sequences get deep into a session. */
const conductorArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(cast.secretary, cast.chair) }, { weight: 1, arbitrary: actorArb });

const commandArb = (n: number): fc.Arbitrary<SessionCommand> => fc.oneof(
  conductorArb.map((a) => command('StartRollCall', a, {}, n)),
  fc.tuple(actorArb, actorArb, fc.boolean()).map(([a, m, present]) => command('MarkAttendance', a, { memberId: m.id, present }, n)),
  { weight: 3, arbitrary: fc.tuple(actorArb, fc.boolean()).map(([a, present]) => command('MarkAttendance', a, { memberId: a.id, present }, n)) },
  conductorArb.map((a) => command('StartSession', a, {}, n)),
  { weight: 2, arbitrary: fc.tuple(conductorArb, fc.constantFrom('agenda' as const, 'reading-waiver' as const)).map(([a, subject]) => command('OpenVote', a, { voteId: `v${n}` as never, method: 'economica', subject }, n)) },
  fc.tuple(actorArb, fc.constantFrom('left' as const, 'joined' as const)).map(([p, kind]) => command('RecordAttendanceHint', TEAMS, { kind, participant: { id: p.id, name: p.name } }, n)),
  conductorArb.map((a) => command('DismissPresenceNotice', a, { memberIds: [cast.luis.id, cast.sofia.id, cast.chair.id] }, n)),
  conductorArb.map((a) => command('StartQuorumCheck', a, { checkId: `q${n}` }, n)),
  conductorArb.map((a) => command('CloseQuorumCheck', a, {}, n)),
  { weight: 3, arbitrary: conductorArb.map((a) => command('NextItem', a, {}, n)) },
  fc.tuple(conductorArb, fc.constantFrom(...numbers)).map(([a, num]) => command('StartItem', a, { number: item(num) }, n)),
  conductorArb.map((a) => command('CompleteItem', a, {}, n)),
  fc.tuple(conductorArb, fc.constantFrom(...numbers)).map(([a, num]) => command('WithdrawItem', a, { number: item(num) }, n)),
  fc.tuple(conductorArb, fc.constantFrom(...numbers)).map(([a, num]) => command('DeferItem', a, { number: item(num) }, n)),
  conductorArb.map((a) => command('AddGeneralMatter', a, { title: `Asunto ${n}` }, n)),
  conductorArb.map((a) => command('RecordAgreement', a, { agreementId: agreementId(`a${n}`), text: `Acuerdo ${n}` }, n)),
  { weight: 3, arbitrary: fc.tuple(conductorArb, fc.constantFrom('economica' as const, 'nominal' as const)).map(([a, method]) => command('OpenVote', a, { voteId: `v${n}` as never, method }, n)) },
  { weight: 6, arbitrary: fc.tuple(actorArb, fc.constantFrom('in-favour' as const, 'against' as const, 'abstain' as const)).map(([a, choice]) => command('CastBallot', a, { choice }, n)) },
  { weight: 2, arbitrary: conductorArb.map((a) => command('CloseVote', a, {}, n)) },
  conductorArb.map((a) => command('Recess', a, {}, n)),
  conductorArb.map((a) => command('Resume', a, {}, n)),
  fc.tuple(actorArb, fc.constantFrom('voting-member' as const, 'guest' as const)).map(([a, role]) => command('AssignRoles', a, { members: [{ id: cast.stranger.id, name: cast.stranger.name, role }] }, n)),
  { weight: 1, arbitrary: conductorArb.map((a) => command('CloseSession', a, {}, n)) },
);

const rulesArb: fc.Arbitrary<Partial<BodyRules>> = fc.record({
  majority: fc.constantFrom('simple' as const, 'absolute' as const, 'two-thirds' as const),
  tie: fc.constantFrom('chair-casting-vote' as const, 'not-approved' as const),
  abstentionAllowed: fc.boolean(),
  ballotChangeAllowed: fc.boolean(),
  autoCloseWhenAllVoted: fc.boolean(),
  agendaApprovalRequired: fc.boolean(),
  meetingPresence: fc.constantFrom('ask' as const, 'record' as const),
});

/** Where a scenario starts: a fresh roster, an open roll call, or a session under way with every voter present. */
const startArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('roster' as const, 'roll-call' as const) },
  { weight: 3, arbitrary: fc.constant('in-session' as const) },
);
const startingEvents = (start: 'roster' | 'roll-call' | 'in-session', rules: Partial<BodyRules>): SessionEvent[] =>
  start === 'roster' ? sessionWithRoster(rules) : start === 'roll-call' ? rollCallWith([], rules) : inSession(rules);

const scenarioArb = fc.tuple(rulesArb, startArb, fc.integer({ min: 1, max: 120 }))
  .chain(([rules, start, length]) => fc.tuple(
    fc.constant(rules),
    fc.constant(start),
    fc.tuple(...Array.from({ length }, (_, i) => commandArb(10 + i))),
  ));

/** Attendance as the events say it, computed independently of `evolve`. */
function presentFromEvents(events: readonly SessionEvent[]): Set<string> {
  const present = new Set<string>();
  for (const e of events) {
    if (e.type === 'AttendanceMarked') {
      if (e.data.present) present.add(e.data.memberId);
      else present.delete(e.data.memberId);
    }
    if (e.type === 'MemberRemoved') present.delete(e.data.id);
  }
  return present;
}

function checkInvariants(state: SessionState, events: readonly SessionEvent[], closedBefore: Map<string, Vote>) {
  // at most one item in progress (or being voted), and it is the current item
  const active = flattenAgenda(state.agenda).filter((i) => i.status === 'in-progress' || i.status === 'voting');
  expect(active.length).toBeLessThanOrEqual(1);
  if (active.length === 1) expect(state.currentItem).toBe(active[0]!.number);

  // at most one open vote, and only while its item is being voted
  const open = state.votes.filter((v) => v.status === 'open');
  expect(open.length).toBeLessThanOrEqual(1);
  expect(state.openVote).toBe(open[0]?.id ?? null);

  for (const vote of state.votes) {
    // the tally equals the ballots: one ballot per voter, only from eligible voters
    const voters = Object.keys(vote.ballots);
    expect(new Set(vote.voted)).toEqual(new Set(voters));
    expect(voters.every((v) => vote.eligible.includes(v as never))).toBe(true);
    const tally = tallyOf(vote.ballots);
    expect(tally.inFavour + tally.against + tally.abstain).toBe(voters.length);
    if (vote.result) expect(vote.result.tally).toEqual(tally);
    if (!state.rules.abstentionAllowed) expect(tally.abstain).toBe(0);
    // a closed vote never changes
    const before = closedBefore.get(vote.id);
    if (before) expect(vote).toEqual(before);
    if (vote.status === 'closed') closedBefore.set(vote.id, vote);
  }

  // quorum is what the attendance says
  const present = presentFromEvents(events);
  const quorum = quorumOf(state.roster, state.attendance, state.rules);
  const votingPresent = state.roster.filter((m) => state.rules.votingRoles.includes(m.role) && present.has(m.id)).length;
  expect(quorum.present).toBe(votingPresent);

  // no vote opens without quorum
  for (const e of events) if (e.type === 'VoteOpened' && e.data.quorum) expect(e.data.quorum.present).toBeGreaterThanOrEqual(e.data.quorum.required);

  // during the session the record says whether there is quorum: the last moment that says so agrees with attendance
  if (state.phase === 'in-session' || state.phase === 'recess') {
    const last = [...state.quorumRecord].reverse().find((q) => q.when !== 'check');
    expect(last?.when === 'lost').toBe(!quorum.reached);
  }
}

describe('session invariants over random command sequences', () => {
  it('hold after every accepted command; rejected commands change nothing', () => {
    fc.assert(
      fc.property(scenarioArb, ([rules, start, commands]) => {
        const events: SessionEvent[] = [...startingEvents(start, rules)];
        const closed = new Map<string, Vote>();
        let state = fold(events);
        for (const c of commands) {
          const decision = decide(c, state);
          if (!decision.ok) continue;
          // nobody votes who is not recorded present
          if (c.type === 'CastBallot') expect(state.attendance[c.actor.id]?.present).toBe(true);
          events.push(...decision.events);
          state = fold(events);
          checkInvariants(state, events, closed);
          // whoever conducts and acts is present
          const act = c.type !== 'CastBallot' && c.type !== 'RecordAttendanceHint' && c.type !== 'AssignRoles' && !(c.type === 'MarkAttendance' && c.data.memberId === c.actor.id);
          if (act && decision.events.length > 0 && mayConduct(state, c.actor.id) && (state.phase === 'roll-call' || state.phase === 'in-session' || state.phase === 'recess')) {
            expect(state.attendance[c.actor.id]?.present).toBe(true);
          }
          if (state.phase === 'closed') expect(decide(command('NextItem', cast.secretary, {}, 999), state).ok).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reach deep into sessions (the generator is not vacuous)', () => {
    let votesClosed = 0;
    const phases = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, ([rules, start, commands]) => {
        let state = fold(startingEvents(start, rules));
        for (const c of commands) {
          const d = decide(c, state);
          if (d.ok) state = d.events.reduce((s, e) => fold([e], s), state);
        }
        phases.add(state.phase);
        votesClosed += state.votes.filter((v) => v.status === 'closed' && Object.keys(v.ballots).length > 0).length;
      }),
      { numRuns: 200, seed: 42 },
    );
    expect([...phases].sort()).toEqual(['closed', 'in-session', 'not-started', 'recess', 'roll-call']);
    expect(votesClosed).toBeGreaterThan(10);
  });

  it('the quorum declared when a session starts is the quorum of its attendance at that moment', () => {
    fc.assert(
      fc.property(fc.subarray([cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest]), (present) => {
        const events = [...sessionWithRoster()];
        const apply = (c: SessionCommand) => {
          const d = decide(c, fold(events));
          if (d.ok) events.push(...d.events);
          return d;
        };
        apply(command('StartRollCall', cast.secretary, {}, 1));
        present.forEach((p, i) => apply(command('MarkAttendance', p, { memberId: p.id, present: true }, 2 + i)));
        const state = fold(events);
        const expected = quorumOf(state.roster, state.attendance, state.rules);
        const d = apply(command('StartSession', cast.secretary, {}, 9));
        const voting = present.filter((p) => [cast.chair, cast.luis, cast.sofia].includes(p)).length;
        expect(expected.present).toBe(voting);
        expect(d.ok).toBe(voting >= 2);
        if (d.ok) expect(fold(events).quorumRecord[0]).toEqual({ present: voting, required: 2, total: 3, at: at(9), when: 'start' });
      }),
    );
  });
});
