/**
 * The debate of an item: the list of speakers, rounds, the speaker's time and the motions, as the rules say.
 */
import { floorOf, usedSeconds } from './debate';
import { debateOf } from './debate-record';
import { capabilitiesOf } from './capabilities';
import type { SessionCommand } from './commands';
import type { SessionEvent } from './events';
import { fold } from './session-state';
import { at, cast, command, given, inSession, item, run } from './testing/session-spec';

/** Item 3.b (put to a vote) under way at minute 10. */
const debating = (rules?: Parameters<typeof inSession>[0], present?: Parameters<typeof inSession>[2], number = '3.b') =>
  run([command('StartItem', cast.secretary, { number: item(number) }, 10)], inSession(rules, undefined, present ?? [cast.chair, cast.luis, cast.sofia, cast.representative, cast.guest]));

const N = item('3.b');
const ask = (who = cast.luis, minute = 11, memberId?: string): SessionCommand =>
  command('AskForFloor', who, memberId ? { memberId: memberId as never } : {}, minute);
const give = (minute = 12, data: { memberId?: string; reason?: string } = {}): SessionCommand =>
  command('GiveFloor', cast.secretary, data as never, minute);
const end = (minute: number, who = cast.secretary) => command('EndIntervention', who, {}, minute);
const closeRound = (minute: number) => command('CloseRound', cast.secretary, {}, minute);
/** `at` with seconds: minute m, second s. */
const atS = (m: number, s: number) => new Date(Date.parse(at(m)) + s * 1000).toISOString();
const commandAt = (c: SessionCommand, iso: string): SessionCommand => ({ ...c, now: iso });

describe('the list of speakers', () => {
  it('given an item under way and nobody inscribed, when a voting member asks for the floor, then the first round opens (10 minutes) with them on the list', () => {
    given(debating()).when(ask()).thenEvents([
      { type: 'RoundOpened', data: { number: N, round: 1, limitSeconds: 600, at: at(11) } },
      { type: 'FloorRequested', data: { number: N, round: 1, memberId: cast.luis.id, by: cast.luis.id, at: at(11) } },
    ]);
  });

  it('given a round open, when a representative asks, then they join the same round, after those already waiting', () => {
    const then = given(run([ask()], debating())).when(ask(cast.representative, 12));
    then.thenEvents([{ type: 'FloorRequested', data: { number: N, round: 1, memberId: cast.representative.id, by: cast.representative.id, at: at(12) } }]);
    expect(debateOf(then.thenState().debates, N).rounds[0]!.queue).toEqual([cast.luis.id, cast.representative.id]);
  });

  it('given a guest, when they ask for the floor, then they have no voice unless the body says so', () => {
    given(debating()).when(ask(cast.guest)).thenRejected('NoVoice', { allowedRoles: ['chair', 'voting-member', 'secretary', 'representative'], member: cast.guest.name });
    const voiced = debating({ debate: { roundMinutes: [10, 5, 3], voiceRoles: ['chair', 'voting-member', 'secretary', 'representative', 'guest'], interventionsPerRound: 1, motionToSpeaker: { rounds: 2, perMemberPerItem: 2, questionSeconds: 60, answerSeconds: 60 } } });
    given(voiced).when(ask(cast.guest)).thenState();
  });

  it('given someone not on the roster, when they ask, then they are not in the roster', () => {
    given(debating()).when(ask(cast.stranger)).thenRejected('NotInRoster');
  });

  it('given a member recorded as gone, when they ask for the floor, then they are not present', () => {
    const gone = run([command('MarkAttendance', cast.secretary, { memberId: cast.representative.id, present: false }, 10)], debating());
    given(gone).when(ask(cast.representative)).thenRejected('NotPresent', { member: cast.representative.name });
  });

  it('given no item under way, when someone asks for the floor, then there is no current item', () => {
    given(inSession()).when(ask()).thenRejected('NoCurrentItem');
  });

  it('given a vote open on the item, when someone asks for the floor, then the vote is open (the debate is over)', () => {
    const voting = run([command('OpenVote', cast.secretary, { voteId: 'v-3b' as never, method: 'economica' }, 11)], debating());
    given(voting).when(ask(cast.luis, 12)).thenRejected('VoteOpen');
  });

  it('given a member on the list, when they ask again, then they are already on it', () => {
    given(run([ask()], debating())).when(ask(cast.luis, 12)).thenRejected('AlreadyOnSpeakersList');
  });

  it('given a member, when whoever conducts puts them on the list, then it is recorded as done by the secretary; another member may not', () => {
    given(debating()).when(ask(cast.secretary, 11, cast.sofia.id)).thenEvents([
      { type: 'RoundOpened', data: { number: N, round: 1, limitSeconds: 600, at: at(11) } },
      { type: 'FloorRequested', data: { number: N, round: 1, memberId: cast.sofia.id, by: cast.secretary.id, at: at(11) } },
    ]);
    given(debating()).when(ask(cast.luis, 11, cast.sofia.id)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given a member on the list, when they withdraw, then they leave it; withdrawing again finds nothing', () => {
    const listed = run([ask()], debating());
    given(listed).when(command('WithdrawFloorRequest', cast.luis, {}, 12)).thenEvents([
      { type: 'FloorRequestWithdrawn', data: { number: N, round: 1, memberId: cast.luis.id, by: cast.luis.id, at: at(12) } },
    ]);
    given(run([command('WithdrawFloorRequest', cast.luis, {}, 12)], listed)).when(command('WithdrawFloorRequest', cast.luis, {}, 13)).thenRejected('NotOnSpeakersList');
  });

  it('given the capabilities, then "Pedir la palabra" is offered to those with voice who may ask now, never to a guest', () => {
    const state = fold(debating());
    expect(capabilitiesOf(state, cast.luis.id)).toMatchObject({ hasVoice: true, mayAskForFloor: true });
    expect(capabilitiesOf(state, cast.guest.id)).toMatchObject({ hasVoice: false, mayAskForFloor: false });
    expect(capabilitiesOf(fold(inSession()), cast.luis.id).mayAskForFloor).toBe(false);
  });
});

describe('giving the floor', () => {
  const twoWaiting = () => run([ask(cast.luis, 11), ask(cast.representative, 11)], debating());

  it('given two waiting, when the secretary gives the floor, then the first on the list speaks with the round\'s limit', () => {
    const then = given(twoWaiting()).when(give(12));
    then.thenEvents([{ type: 'FloorGiven', data: { number: N, round: 1, memberId: cast.luis.id, limitSeconds: 600, outOfOrder: null, by: cast.secretary.id, at: at(12) } }]);
    const debate = debateOf(then.thenState().debates, N);
    expect(debate.rounds[0]!.queue).toEqual([cast.representative.id]);
    expect(floorOf(debate)).toMatchObject({ memberId: cast.luis.id, part: 'intervention', limitSeconds: 600 });
  });

  it('given two waiting, when the secretary gives the floor to the second without a reason, then a reason is required; with one, it is recorded', () => {
    given(twoWaiting()).when(give(12, { memberId: cast.representative.id })).thenRejected('ReasonRequired', { member: cast.luis.name });
    given(twoWaiting()).when(give(12, { memberId: cast.representative.id, reason: 'alusiones personales' })).thenEvents([
      { type: 'FloorGiven', data: { number: N, round: 1, memberId: cast.representative.id, limitSeconds: 600, outOfOrder: 'alusiones personales', by: cast.secretary.id, at: at(12) } },
    ]);
  });

  it('given nobody inscribed, when the secretary gives the floor to a member who raised their hand, then the round opens and they speak', () => {
    given(debating()).when(give(12, { memberId: cast.sofia.id })).thenEvents([
      { type: 'RoundOpened', data: { number: N, round: 1, limitSeconds: 600, at: at(12) } },
      { type: 'FloorGiven', data: { number: N, round: 1, memberId: cast.sofia.id, limitSeconds: 600, outOfOrder: null, by: cast.secretary.id, at: at(12) } },
    ]);
  });

  it('given nobody inscribed, when the secretary gives the floor to the next, then nobody asked', () => {
    given(debating()).when(give(12)).thenRejected('NobodyAskedForFloor');
  });

  it('given someone speaking, when the floor is given again, then someone has the floor', () => {
    given(run([give(12)], twoWaiting())).when(give(13)).thenRejected('FloorTaken', { member: cast.luis.name });
  });

  it('given a member, when a voting member tries to give the floor, then only those who conduct may', () => {
    given(twoWaiting()).when(command('GiveFloor', cast.sofia, {}, 12)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given a member who spoke in round 1, when they ask again in round 1 or are given the floor again, then the round\'s limit is reached', () => {
    const spoke = run([give(12), end(15)], twoWaiting());
    given(spoke).when(ask(cast.luis, 16)).thenRejected('RoundLimitReached', { present: 1, required: 1 });
    given(spoke).when(give(16, { memberId: cast.luis.id, reason: 'réplica' })).thenRejected('RoundLimitReached', { present: 1, required: 1 });
  });
});

describe('rounds', () => {
  const roundOneDone = () => run([ask(cast.luis, 11), give(12), end(16), closeRound(17)], debating());

  it('given round 1 closed, when someone asks, then round 2 opens with 5 minutes; after round 3 (3 minutes) no round is left', () => {
    given(roundOneDone()).when(ask(cast.luis, 18)).thenEvents([
      { type: 'RoundOpened', data: { number: N, round: 2, limitSeconds: 300, at: at(18) } },
      { type: 'FloorRequested', data: { number: N, round: 2, memberId: cast.luis.id, by: cast.luis.id, at: at(18) } },
    ]);
    const third = run([ask(cast.luis, 18), give(19), end(20), closeRound(21), ask(cast.sofia, 22)], roundOneDone());
    expect(debateOf(fold(third).debates, N).rounds.map((r) => r.limitSeconds)).toEqual([600, 300, 180]);
    const exhausted = run([give(23), end(24), closeRound(25)], third);
    given(exhausted).when(ask(cast.luis, 26)).thenRejected('NoMoreRounds', { present: 3 });
  });

  it('given people still waiting, when the round is closed, then they are recorded as dropped', () => {
    const waiting = run([ask(cast.luis, 11), ask(cast.sofia, 11), give(12), end(14)], debating());
    given(waiting).when(closeRound(15)).thenEvents([{ type: 'RoundClosed', data: { number: N, round: 1, dropped: [cast.sofia.id], by: cast.secretary.id, at: at(15) } }]);
  });

  it('given someone speaking, when the round is closed, then someone has the floor; with no round open, there is none to close', () => {
    given(run([ask(), give(12)], debating())).when(closeRound(13)).thenRejected('FloorTaken', { member: cast.luis.name });
    given(debating()).when(closeRound(13)).thenRejected('NoOpenRound');
  });

  it('given someone speaking, when the item is left, a vote opened, a recess called or the session closed, then someone has the floor', () => {
    const speaking = run([ask(), give(12)], debating());
    for (const type of ['NextItem', 'CompleteItem', 'Recess', 'CloseSession'] as const) {
      given(speaking).when(command(type, cast.secretary, {}, 13)).thenRejected('FloorTaken', { member: cast.luis.name });
    }
    given(speaking).when(command('OpenVote', cast.secretary, { voteId: 'v' as never, method: 'economica' }, 13)).thenRejected('FloorTaken', { member: cast.luis.name });
  });
});

describe('the speaker\'s time', () => {
  const speaking = () => run([ask(), give(12)], debating());

  it('given a speaker, when they end their intervention after 10 min 20 s, then the time spoken is recorded beyond the limit, not cut off', () => {
    given(speaking()).when(commandAt(end(0, cast.luis), atS(22, 20))).thenEvents([
      { type: 'InterventionEnded', data: { number: N, round: 1, memberId: cast.luis.id, spokeSeconds: 620, limitSeconds: 600, by: cast.luis.id, at: atS(22, 20) } },
    ]);
  });

  it('given a speaker, when another member tries to end the intervention, then only the speaker or whoever conducts may', () => {
    given(speaking()).when(end(13, cast.sofia)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
  });

  it('given a speaker, when the chair extends the time by 2 minutes, then the limit grows and the time noted as run out counts again', () => {
    const ranOut = run([commandAt(command('NoteTimeRanOut', cast.secretary, {}), atS(22, 0))], speaking());
    const then = given(ranOut).when(command('ExtendSpeakingTime', cast.chair, { seconds: 120 }, 22));
    then.thenEvents([{ type: 'SpeakingTimeExtended', data: { number: N, memberId: cast.luis.id, seconds: 120, by: cast.chair.id, at: at(22) } }]);
    expect(floorOf(debateOf(then.thenState().debates, N))).toMatchObject({ limitSeconds: 720, timeRanOutAt: null });
  });

  it('given a speaker, when an extension is not a whole number of seconds from 1 to 3600, then it is invalid; with nobody speaking, nobody has the floor', () => {
    given(speaking()).when(command('ExtendSpeakingTime', cast.chair, { seconds: 0 }, 13)).thenRejected('InvalidInput', { field: 'seconds', problem: 'invalid-extension' });
    given(debating()).when(command('ExtendSpeakingTime', cast.chair, { seconds: 60 }, 13)).thenRejected('NobodyHasTheFloor');
  });

  it('given a speaker, when Sesiona\'s clock says time is up before it is, then it is not; at the limit it is recorded once', () => {
    given(speaking()).when(commandAt(command('NoteTimeRanOut', cast.secretary, {}), atS(21, 59))).thenRejected('TimeNotUp');
    const noted = given(speaking()).when(commandAt(command('NoteTimeRanOut', cast.secretary, {}), atS(22, 0)));
    noted.thenEvents([{ type: 'FloorTimeRanOut', data: { number: N, memberId: cast.luis.id, part: 'intervention', motionId: null, at: atS(22, 0) } }]);
    given(run([commandAt(command('NoteTimeRanOut', cast.secretary, {}), atS(22, 0))], speaking()))
      .when(commandAt(command('NoteTimeRanOut', cast.secretary, {}), atS(22, 30))).thenRejected('TimeNotUp');
  });
});

describe('moción al orador', () => {
  const speaking = () => run([ask(), give(12)], debating());
  const motion = (who = cast.sofia, minute = 13, id = `m-${who.id}-${minute}`) => command('AskMotionToSpeaker', who, { motionId: id, text: '¿Cuál es el costo?' }, minute);
  const answer = (accept: boolean, who = cast.luis, minute = 14) => command('AnswerMotionToSpeaker', who, { accept }, minute);

  it('given a speaker, when a member asks a question, then it waits for the speaker and the speaker\'s clock stops', () => {
    const then = given(speaking()).when(motion());
    then.thenEvents([{ type: 'MotionToSpeakerAsked', data: { number: N, motionId: `m-${cast.sofia.id}-13`, round: 1, by: cast.sofia.id, speaker: cast.luis.id, text: '¿Cuál es el costo?', at: at(13) } }]);
    expect(floorOf(debateOf(then.thenState().debates, N))).toMatchObject({ part: 'intervention', pausedSince: at(13) });
  });

  it('given a question pending, when the speaker declines it, then the speaker\'s clock runs again without the stopped time', () => {
    const declined = run([motion(), answer(false, cast.luis, 15)], speaking());
    const floor = floorOf(debateOf(fold(declined).debates, N))!;
    expect(floor).toMatchObject({ part: 'intervention', pausedSince: null, pausedSeconds: 120 });
    expect(usedSeconds(floor, at(16))).toBe(120);
  });

  it('given a question accepted, then the asker has a minute, then the speaker a minute to answer, then the speaker goes on', () => {
    const accepted = run([motion(), answer(true)], speaking());
    expect(floorOf(debateOf(fold(accepted).debates, N))).toMatchObject({ memberId: cast.sofia.id, part: 'question', limitSeconds: 60 });
    const answering = run([commandAt(end(0, cast.sofia), atS(14, 50))], accepted);
    expect(floorOf(debateOf(fold(answering).debates, N))).toMatchObject({ memberId: cast.luis.id, part: 'answer', limitSeconds: 60, startedAt: atS(14, 50) });
    const back = run([commandAt(end(0, cast.luis), atS(15, 40))], answering);
    const floor = floorOf(debateOf(fold(back).debates, N))!;
    expect(floor).toMatchObject({ memberId: cast.luis.id, part: 'intervention', pausedSince: null });
    expect(usedSeconds(floor, atS(15, 40))).toBe(60);
  });

  it('given the speaker, when they ask themselves a question, then it is invalid; a guest has no voice to ask', () => {
    given(speaking()).when(motion(cast.luis)).thenRejected('InvalidInput', { field: 'speaker', problem: 'self' });
    given(speaking()).when(motion(cast.guest)).thenRejected('NoVoice', { allowedRoles: ['chair', 'voting-member', 'secretary', 'representative'], member: cast.guest.name });
  });

  it('given a question pending, when another is asked, then a motion is pending; and the intervention cannot end before it is answered', () => {
    given(run([motion()], speaking())).when(motion(cast.chair, 14)).thenRejected('MotionPending');
    given(run([motion()], speaking())).when(end(14)).thenRejected('MotionPending');
  });

  it('given two questions asked by a member on this item, when they ask a third, then the limit is reached', () => {
    const twice = run([motion(cast.sofia, 13), answer(false, cast.luis, 13), motion(cast.sofia, 14), answer(false, cast.luis, 14)], speaking());
    given(twice).when(motion(cast.sofia, 15)).thenRejected('MotionLimitReached', { required: 2 });
  });

  it('given round 3, when a question is asked to the speaker, then it is allowed only in rounds 1 and 2', () => {
    const round3 = run([
      end(13), closeRound(13), ask(cast.luis, 14), give(14), end(15), closeRound(15), ask(cast.luis, 16), give(16),
    ], speaking());
    given(round3).when(motion(cast.sofia, 17)).thenRejected('MotionNotAllowedInRound', { present: 3, required: 2 });
  });

  it('given a question pending, when someone other than the speaker or whoever conducts answers it, then they may not; with none pending there is nothing to answer', () => {
    given(run([motion()], speaking())).when(answer(true, cast.chair)).thenState();
    given(run([motion()], speaking())).when(answer(true, cast.representative)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
    given(speaking()).when(answer(true)).thenRejected('NoPendingMotion');
  });
});

describe('moción de orden', () => {
  const speaking = () => run([ask(), give(12)], debating());
  const raise = (who = cast.representative, minute = 13) => command('RaisePointOfOrder', who, { motionId: `o-${minute}`, text: 'Que se ciña al punto' }, minute);

  it('given a speaker, when a member raises a point of order, then the speaker\'s clock stops until the chair decides', () => {
    const raised = run([raise()], speaking());
    expect(floorOf(debateOf(fold(raised).debates, N))).toMatchObject({ pausedSince: at(13) });
    const then = given(raised).when(command('DecidePointOfOrder', cast.chair, { accept: true }, 14));
    then.thenEvents([{ type: 'PointOfOrderDecided', data: { number: N, motionId: 'o-13', accepted: true, by: cast.chair.id, at: at(14) } }]);
    expect(floorOf(debateOf(then.thenState().debates, N))).toMatchObject({ pausedSince: null, pausedSeconds: 60 });
  });

  it('given a point of order, when a voting member decides it, then only those who conduct may; with none raised there is nothing to decide', () => {
    given(run([raise()], speaking())).when(command('DecidePointOfOrder', cast.luis, { accept: false }, 14)).thenRejected('NotAuthorized', { allowedRoles: ['secretary', 'chair'] });
    given(speaking()).when(command('DecidePointOfOrder', cast.chair, { accept: false }, 14)).thenRejected('NoPendingMotion');
  });

  it('given nobody speaking, when a point of order is raised, then it is heard all the same (nothing to stop)', () => {
    given(debating()).when(raise(cast.luis, 11)).thenEvents([
      { type: 'PointOfOrderRaised', data: { number: N, motionId: 'o-11', round: null, by: cast.luis.id, text: 'Que se ciña al punto', at: at(11) } },
    ]);
  });
});

describe('a debate recorded before the rules had a debate', () => {
  it('given a session created with rules lacking `debate`, then the defaults apply', () => {
    const events = debating() as SessionEvent[];
    const created = events[0]!;
    if (created.type !== 'SessionCreated') throw new Error('expected SessionCreated first');
    const { debate: _omitted, ...oldRules } = created.data.rules;
    const old = [{ ...created, data: { ...created.data, rules: oldRules as never } }, ...events.slice(1)];
    expect(fold(old).rules.debate.roundMinutes).toEqual([10, 5, 3]);
  });

  it('given rules with an empty list of rounds, when the session is created, then the rule is invalid', () => {
    const bad = () => run([command('CreateSession', cast.secretary, {
      sessionId: 's' as never, body: 'Comisión', title: 'Sesión', kind: null, date: null, time: null, modality: null, meeting: null, agenda: [],
      rules: { debate: { roundMinutes: [], voiceRoles: [], interventionsPerRound: 1, motionToSpeaker: { rounds: 0, perMemberPerItem: 0, questionSeconds: 60, answerSeconds: 60 } } },
    })]);
    expect(bad).toThrow(/rules.debate.roundMinutes/);
  });
});

describe('the end of the debate', () => {
  const waiting = () => run([ask(cast.luis, 11), ask(cast.sofia, 11), give(12), end(14)], debating());

  it('given someone still waiting, when the item\'s vote opens, then the round closes and they are recorded as not heard', () => {
    given(waiting()).when(command('OpenVote', cast.secretary, { voteId: 'v-3b' as never, method: 'economica' }, 15)).thenEvents([
      { type: 'RoundClosed', data: { number: N, round: 1, dropped: [cast.sofia.id], by: cast.secretary.id, at: at(15) } },
      expect.objectContaining({ type: 'VoteOpened' }) as SessionEvent,
    ]);
  });

  /** The same debate on item 3.a, a report (left without a vote). */
  const onReport = () => run([ask(cast.luis, 11), ask(cast.sofia, 11), give(12), end(14)], debating(undefined, undefined, '3.a'));

  it('given someone still waiting, when the next item is taken up, then the round of the item left closes first', () => {
    const then = given(onReport()).when(command('NextItem', cast.secretary, {}, 15));
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['RoundClosed', 'ItemCompleted', 'ItemStarted']);
    expect(debateOf(then.thenState().debates, item('3.a')).rounds[0]).toMatchObject({ closedAt: at(15), queue: [], dropped: [cast.sofia.id] });
  });

  it('given the round already closed, when the item is left, then nothing more is recorded about the debate', () => {
    const then = given(run([closeRound(15)], onReport())).when(command('NextItem', cast.secretary, {}, 16));
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['ItemCompleted', 'ItemStarted']);
  });
});
