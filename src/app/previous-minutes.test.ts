import { asSessionId, fold, type SessionCommand, type SessionEvent } from '../domain';
import { AGENDA, at, ballot, cast, command, createSession, inSession, item, run, SESSION_ID, voteId } from '../domain/testing/session-spec';
import { LiveBus } from '../store/live-bus';
import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import { approvalCommand, itemApprovingMinutes, linkCommand, PreviousMinutes, SESIONA_MINUTES } from './previous-minutes';
import { SessionService, sessionStream } from './session-service';

const FIFTH = asSessionId('cpvoe-5a-ordinaria-2024');

/** Events of a session as another one of the same body (or of `body`): its id, title and date. */
function asSession(events: SessionEvent[], id: string, title: string, date: string, body?: string): SessionEvent[] {
  return events.map((e) => (e.type === 'SessionCreated' ? { ...e, data: { ...e.data, sessionId: asSessionId(id), title, date, ...(body ? { body } : {}) } } : e));
}

/** The fifth session of the body, held and closed. */
const fifthClosed = (body?: string) => asSession(run([command('CloseSession', cast.secretary, {}, 40)], inSession()), FIFTH, 'Quinta Sesión Ordinaria', '2024-05-27', body);

const link = (minute = 1) => command('LinkPreviousMinutes', cast.secretary, { number: item('1'), sessionId: FIFTH, title: 'Quinta Sesión Ordinaria', date: '2024-05-27' }, minute);

/** The sixth session in session, item 1 linked to the fifth's minutes, a correction noted, and its vote open with two ballots in favour. */
const sixthVoting = (second: 'in-favour' | 'against' = 'in-favour') => run([
  link(7),
  command('NoteMinutesCorrections', cast.secretary, { text: 'En la página 2 debe decir «Luisa».' }, 7),
  command('StartItem', cast.secretary, { number: item('1') }, 8),
  command('OpenVote', cast.secretary, { voteId: voteId('v-minutes'), method: 'economica' }, 8),
  ballot(cast.chair, 'in-favour', 9),
  ballot(cast.luis, second, 9),
], inSession());

/** The sixth session's vote on item 1 with Sofía's ballot, closed (by itself when everyone voted, or by the secretary). */
function sixthVoted(choice: 'in-favour' | 'against' = 'in-favour'): SessionEvent[] {
  const voted = run([ballot(cast.sofia, choice, 10)], sixthVoting(choice));
  return fold(voted).openVote ? run([command('CloseVote', cast.secretary, {}, 11)], voted) : voted;
}

describe('the item approving the previous minutes, told and linked', () => {
  it('given the order of the day, then the item put to the vote whose wording approves earlier minutes is item 1', () => {
    expect(itemApprovingMinutes(fold(run([createSession()])).agenda)?.number).toBe('1');
    const withoutIt = AGENDA.map((i) => (i.number === '1' ? { ...i, title: 'Proyecto de acuerdo por el que se aprueba el calendario de sesiones' } : i));
    expect(itemApprovingMinutes(fold(run([createSession(cast.secretary, undefined, withoutIt)])).agenda)).toBeNull();
  });

  it('given a new session and the fifth closed, then the link is made by whoever created the session, with the fifth\'s id, title and date', () => {
    const created = run([createSession()]);
    expect(linkCommand(fold(created), fold(fifthClosed()), at(1))).toEqual({
      type: 'LinkPreviousMinutes', actor: { id: cast.secretary.id, name: cast.secretary.name }, now: at(1),
      data: { number: '1', sessionId: FIFTH, title: 'Quinta Sesión Ordinaria', date: '2024-05-27' },
    });
    expect(linkCommand(fold(run([link()], created)), fold(fifthClosed()), at(2))).toBeNull();
  });

  it('given the vote on item 1 closed approved, then the approval for the fifth carries this session, the item, the vote and the corrections', () => {
    const state = fold(sixthVoted());
    const vote = state.votes.find((v) => v.id === 'v-minutes')!;
    expect(approvalCommand(state)).toEqual({
      previousSessionId: FIFTH, voteId: 'v-minutes',
      command: {
        type: 'RecordMinutesApproval', actor: SESIONA_MINUTES, now: vote.closedAt,
        data: { bySessionId: SESSION_ID, byTitle: 'Sexta Sesión Ordinaria', byDate: '2024-06-24', number: '1', voteId: 'v-minutes', corrections: ['En la página 2 debe decir «Luisa».'] },
      },
    });
  });

  it('given the vote on item 1 still open, or closed not approved, then there is no approval to record', () => {
    expect(approvalCommand(fold(sixthVoting()))).toBeNull();
    const state = fold(sixthVoted('against'));
    expect(state.votes[state.votes.length - 1]!.result?.outcome).toBe('not-approved');
    expect(approvalCommand(state)).toBeNull();
  });
});

describe('the previous minutes, followed on a store', () => {
  let temp: TempStore;
  const running: Promise<void>[] = [];
  const settle = async () => { while (running.length) await running.shift(); };
  const logs: string[] = [];

  const processOn = (service: SessionService) => new PreviousMinutes({
    service, store: service.store, clock: () => at(1), run: (work) => void running.push(work), log: (line) => void logs.push(line),
  });
  const eventsOf = async (id: string, type: SessionEvent['type']) => (await temp.store.read(sessionStream(id))).filter((e) => e.type === type).map((e) => e.data);
  const started = () => {
    const bus = new LiveBus();
    const service = new SessionService(temp.store, bus);
    const process = processOn(service);
    const stop = process.start(bus);
    return { service, process, stop };
  };
  /** The last ballot and, unless the vote closed by itself, the close: through the service, so the bus hears them. */
  const finishVote = async (service: SessionService, choice: 'in-favour' | 'against' = 'in-favour') => {
    await service.handle(SESSION_ID, ballot(cast.sofia, choice, 10));
    if ((await service.load(SESSION_ID)).state.openVote) await service.handle(SESSION_ID, command('CloseVote', cast.secretary, {}, 11));
    await settle();
  };

  beforeEach(() => {
    temp = createTempStore();
    logs.length = 0;
  });
  afterEach(async () => {
    await settle();
    await temp.cleanup();
  });

  it('given the fifth session closed, when the sixth is created, then its item 1 is linked to the fifth, by its secretary', async () => {
    await temp.store.append(sessionStream(FIFTH), 0, fifthClosed());
    const { service } = started();
    await service.handle(SESSION_ID, createSession() as SessionCommand);
    await settle();
    expect(await eventsOf(SESSION_ID, 'PreviousMinutesLinked')).toEqual([
      { number: '1', sessionId: FIFTH, title: 'Quinta Sesión Ordinaria', date: '2024-05-27', by: cast.secretary.id, at: at(1) },
    ]);
  });

  it('given only a closed session of another body, when the sixth is created, then nothing is linked', async () => {
    await temp.store.append(sessionStream(FIFTH), 0, fifthClosed('Comisión de Organización Electoral'));
    const { service } = started();
    await service.handle(SESSION_ID, createSession() as SessionCommand);
    await settle();
    expect(await eventsOf(SESSION_ID, 'PreviousMinutesLinked')).toEqual([]);
  });

  it('given item 1 linked and voted, when the vote closes approved, then the fifth records the approval once', async () => {
    await temp.store.append(sessionStream(FIFTH), 0, fifthClosed());
    await temp.store.append(sessionStream(SESSION_ID), 0, sixthVoting());
    const { service, process } = started();
    await finishVote(service);
    const approved = await eventsOf(FIFTH, 'MinutesApproved');
    expect(approved).toEqual([{
      bySessionId: SESSION_ID, byTitle: 'Sexta Sesión Ordinaria', byDate: '2024-06-24', number: '1', voteId: 'v-minutes',
      corrections: ['En la página 2 debe decir «Luisa».'], at: expect.any(String),
    }]);
    expect((await service.load(FIFTH)).state.minutesApproval).toMatchObject({ bySessionId: SESSION_ID, voteId: 'v-minutes' });
    // heard again (another instance, a later vote of the session): the same key appends nothing
    await process.recordApproval(SESSION_ID);
    expect(await eventsOf(FIFTH, 'MinutesApproved')).toHaveLength(1);
    expect(logs).toEqual([]);
  });

  it('given the vote on item 1 rejected, when it closes, then the fifth\'s minutes stay unapproved', async () => {
    await temp.store.append(sessionStream(FIFTH), 0, fifthClosed());
    await temp.store.append(sessionStream(SESSION_ID), 0, sixthVoting('against'));
    const { service } = started();
    await finishVote(service, 'against');
    expect(await eventsOf(FIFTH, 'MinutesApproved')).toEqual([]);
  });

  it('given the fifth\'s minutes already approved elsewhere, when the sixth approves them, then the refusal is logged and nothing is recorded', async () => {
    const elsewhere = command('RecordMinutesApproval', SESIONA_MINUTES, {
      bySessionId: asSessionId('otra'), byTitle: 'Sesión Extraordinaria', byDate: '2024-06-01', number: item('1'), voteId: voteId('v-otra'), corrections: [],
    }, 50);
    await temp.store.append(sessionStream(FIFTH), 0, run([elsewhere], fifthClosed()));
    await temp.store.append(sessionStream(SESSION_ID), 0, sixthVoting());
    const { service } = started();
    await finishVote(service);
    expect(await eventsOf(FIFTH, 'MinutesApproved')).toHaveLength(1);
    expect(logs).toEqual([`[previous minutes] ${SESSION_ID}: the approval of the minutes of ${FIFTH} was not recorded: MinutesAlreadyApproved`]);
  });

  it('given item 1 approved while no instance followed, when an instance starts and catches up, then the fifth records it; again, nothing more', async () => {
    await temp.store.append(sessionStream(FIFTH), 0, fifthClosed());
    await temp.store.append(sessionStream(SESSION_ID), 0, sixthVoted());
    const { process } = started();
    expect(await process.catchUp()).toBe(1);
    expect(await eventsOf(FIFTH, 'MinutesApproved')).toHaveLength(1);
    expect(await processOn(new SessionService(temp.reopen(), new LiveBus())).catchUp()).toBe(0);
    expect(await eventsOf(FIFTH, 'MinutesApproved')).toHaveLength(1);
  });
});
