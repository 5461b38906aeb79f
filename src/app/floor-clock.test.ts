import { fold, type SessionEvent } from '../domain';
import { at, cast, command, inSession, item, run, SESSION_ID } from '../domain/testing/session-spec';
import { LiveBus } from '../store/live-bus';
import { streams } from '../store/streams';
import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import { ManualTime } from '../../tests/support/manual-time';
import { FloorClock, floorTimeTask, SESIONA_CLOCK } from './floor-clock';
import { ScheduledTasks } from './scheduled-tasks';
import { SessionService, sessionStream } from './session-service';

/** A moment given in minutes and seconds of the specs' session day. */
const atSeconds = (minute: number, seconds = 0) => new Date(Date.parse(at(minute)) + seconds * 1000).toISOString();

/** Item 2 under way and the floor given to Luis at minute 11 (round 1: ten minutes). */
const luisSpeaks = () => run([
  command('StartItem', cast.secretary, { number: item('2') }, 10),
  command('GiveFloor', cast.secretary, { memberId: cast.luis.id }, 11),
], inSession());

const then = (events: SessionEvent[], ...commands: Parameters<typeof run>[0]) => run(commands, events);
const taskOf = (events: SessionEvent[], notBefore: string | null = null) => floorTimeTask(SESSION_ID, fold(events), notBefore);

describe('when the floor\'s time runs out, computed from the record', () => {
  it('given the floor given to Luis at minute 11 in round 1 (ten minutes), then a task is due at minute 21', () => {
    expect(taskOf(luisSpeaks())).toMatchObject({ kind: 'floor-time', dueAt: at(21), data: { sessionId: SESSION_ID } });
  });

  it('given nobody has the floor, then there is no task', () => {
    expect(taskOf(run([command('StartItem', cast.secretary, { number: item('2') }, 10)], inSession()))).toBeNull();
  });

  it('given two minutes more at minute 15, then the task is due at minute 23, under another name', () => {
    const extended = then(luisSpeaks(), command('ExtendSpeakingTime', cast.secretary, { seconds: 120 }, 15));
    expect(taskOf(extended)).toMatchObject({ dueAt: at(23) });
    expect(taskOf(extended)!.id).not.toBe(taskOf(luisSpeaks())!.id);
  });

  it('given a moción al orador asked at minute 13, then the clock is stopped: no task until the speaker answers', () => {
    const asked = then(luisSpeaks(), command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1' }, 13));
    expect(taskOf(asked)).toBeNull();
  });

  it('given the motion accepted at minute 14, then the question is timed (60 s); its end starts the answer (60 s); the answer\'s end resumes Luis, three minutes later', () => {
    const asked = then(luisSpeaks(), command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1' }, 13));
    const accepted = then(asked, command('AnswerMotionToSpeaker', cast.luis, { accept: true }, 14));
    expect(taskOf(accepted)).toMatchObject({ dueAt: atSeconds(14, 60) });
    expect(taskOf(accepted)!.id).toContain(':question-m1:');
    const questioned = then(accepted, command('EndIntervention', cast.sofia, {}, 15));
    expect(taskOf(questioned)).toMatchObject({ dueAt: atSeconds(15, 60) });
    expect(taskOf(questioned)!.id).toContain(':answer-m1:');
    const answered = then(questioned, command('EndIntervention', cast.luis, {}, 16));
    expect(taskOf(answered)).toMatchObject({ dueAt: at(24) });
  });

  it('given the motion declined at minute 14, then Luis\'s time runs again: due one minute later than before', () => {
    const declined = then(luisSpeaks(), command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1' }, 13), command('AnswerMotionToSpeaker', cast.luis, { accept: false }, 14));
    expect(taskOf(declined)).toMatchObject({ dueAt: at(22) });
  });

  it('given a moción de orden raised at minute 13 and decided at 15, then no task while it is heard, and due two minutes later after', () => {
    const raised = then(luisSpeaks(), command('RaisePointOfOrder', cast.sofia, { motionId: 'o1' }, 13));
    expect(taskOf(raised)).toBeNull();
    expect(taskOf(then(raised, command('DecidePointOfOrder', cast.chair, { accept: false }, 15)))).toMatchObject({ dueAt: at(23) });
  });

  it('given the time noted as run out, then no task; an extension makes it count again', () => {
    const ranOut = then(luisSpeaks(), { type: 'NoteTimeRanOut', actor: SESIONA_CLOCK, now: at(21), data: {} });
    expect(taskOf(ranOut)).toBeNull();
    expect(taskOf(then(ranOut, command('ExtendSpeakingTime', cast.secretary, { seconds: 60 }, 22)))).toMatchObject({ dueAt: at(22) });
  });

  it('given the time ran out while no instance ran (found on start at minute 30), then the task is due at once, under a new name', () => {
    expect(taskOf(luisSpeaks(), at(30))).toMatchObject({ dueAt: at(30) });
    expect(taskOf(luisSpeaks(), at(30))!.id).not.toBe(taskOf(luisSpeaks())!.id);
    expect(taskOf(luisSpeaks(), at(12))).toEqual(taskOf(luisSpeaks()));
  });
});

describe('Sesiona\'s clock of the floor, on a store', () => {
  let temp: TempStore;
  let time: ManualTime;
  const running: Promise<void>[] = [];
  const settle = async () => { while (running.length) await running.shift(); };

  const clockOn = (service: SessionService) => new FloorClock({
    service, tasks: new ScheduledTasks(service.store), time, run: (work) => void running.push(work), log: () => undefined,
  });
  const ranOut = async (store = temp.store) => (await store.read(sessionStream(SESSION_ID))).filter((e) => e.type === 'FloorTimeRanOut');
  const outcomes = async (store = temp.store) => {
    const out: Record<string, unknown> = {};
    for (const stream of await store.streams(streams.task('floor-time:'))) {
      const done = (await store.read(stream)).find((e) => e.type === 'TaskDone');
      out[((await store.read(stream))[0]!.data as { dueAt: string }).dueAt] = (done?.data as { outcome?: string } | undefined)?.outcome ?? 'pending';
    }
    return out;
  };

  /** The store holds Luis's intervention; a service and its clock follow it. */
  async function givenLuisSpeaks() {
    const events = luisSpeaks();
    await temp.store.append(sessionStream(SESSION_ID), 0, events);
    const bus = new LiveBus();
    const service = new SessionService(temp.store, bus);
    const clock = clockOn(service);
    const stop = clock.start(bus);
    await clock.follow(SESSION_ID);
    return { service, clock, stop };
  }

  beforeEach(() => {
    temp = createTempStore();
    time = new ManualTime(at(11));
  });
  afterEach(async () => {
    await settle();
    await temp.cleanup();
  });

  it('given Luis has the floor from minute 11, when the clock reaches minute 21, then Sesiona notes the time ran out, once, and the task is done', async () => {
    await givenLuisSpeaks();
    await time.advance(9 * 60_000 + 59_000);
    expect(await ranOut()).toEqual([]);
    await time.advance(1000);
    await settle();
    expect((await ranOut()).map((e) => e.data)).toEqual([{ number: '2', memberId: cast.luis.id, part: 'intervention', motionId: null, at: at(21) }]);
    expect(await outcomes()).toEqual({ [at(21)]: 'noted' });
  });

  it('given two minutes more at minute 15, when the clock passes minute 21 and 23, then the old task is refused as not up and the time runs out at 23', async () => {
    const { service } = await givenLuisSpeaks();
    await time.advance(4 * 60_000);
    await service.handle(SESSION_ID, { ...command('ExtendSpeakingTime', cast.secretary, { seconds: 120 }), now: time.now() });
    await settle();
    await time.advance(8 * 60_000);
    await settle();
    expect((await ranOut()).map((e) => (e.data as { at: string }).at)).toEqual([at(23)]);
    expect(await outcomes()).toEqual({ [at(21)]: 'TimeNotUp', [at(23)]: 'noted' });
  });

  it('given a motion asked at minute 13, when the clock passes minute 21, then nothing is noted while it waits', async () => {
    const { service } = await givenLuisSpeaks();
    await time.advance(2 * 60_000);
    await service.handle(SESSION_ID, { ...command('AskMotionToSpeaker', cast.sofia, { motionId: 'm1' }), now: time.now() });
    await settle();
    await time.advance(20 * 60_000);
    await settle();
    expect(await ranOut()).toEqual([]);
    expect(await outcomes()).toEqual({ [at(21)]: 'TimeNotUp' });
  });

  it('given the server stops before the time runs out, when another starts on the same store, then the pending task fires once there, and never again after', async () => {
    const { stop } = await givenLuisSpeaks();
    stop(); // the server stops: its timers do nothing any more
    await time.advance(5 * 60_000);
    const second = clockOn(new SessionService(temp.reopen(), new LiveBus()));
    expect(await second.resumeDue([])).toBe(1); // from the pending tasks alone
    await time.advance(5 * 60_000);
    await settle();
    expect((await ranOut()).map((e) => (e.data as { at: string }).at)).toEqual([at(21)]);

    const third = clockOn(new SessionService(temp.reopen(), new LiveBus()));
    expect(await third.resumeDue([SESSION_ID])).toBe(0); // done, and the time noted: nothing to wait for
    await time.advance(30 * 60_000);
    await settle();
    expect(await ranOut()).toHaveLength(1);
    expect(await outcomes()).toEqual({ [at(21)]: 'noted' });
  });

  it('given a floor whose task was never scheduled (the server died in between), when an instance starts at minute 30, then the time is noted at once', async () => {
    await temp.store.append(sessionStream(SESSION_ID), 0, luisSpeaks());
    await time.advance(19 * 60_000);
    const clock = clockOn(new SessionService(temp.store, new LiveBus()));
    expect(await clock.resumeDue([SESSION_ID])).toBe(1);
    await time.advance(0);
    await settle();
    expect((await ranOut()).map((e) => (e.data as { at: string }).at)).toEqual([at(30)]);
    expect(await outcomes()).toEqual({ [at(30)]: 'noted' });
  });

  it('given two instances waiting for the same task, when it is due, then only one notes the time ran out', async () => {
    await givenLuisSpeaks();
    const other = clockOn(new SessionService(temp.reopen(), new LiveBus()));
    await other.follow(SESSION_ID);
    await time.advance(10 * 60_000);
    await settle();
    expect(await ranOut()).toHaveLength(1);
    expect(await outcomes()).toEqual({ [at(21)]: 'noted' });
  });
});
