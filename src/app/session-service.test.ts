import { dropSchemas, TEST_DATABASE_URL } from '../store/testing/test-database';
import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import type { SessionCommand } from '../domain';
import { ballot, cast, command, createSession, item, ROLES, SESSION_ID, VOTERS, voteId } from '../domain/testing/session-spec';
import type { AppendCommandsResult, AppendResult, CommandEvents, EventStore, NewEvent, StoredEvent } from '../store/event-store';
import { LiveBus } from '../store/live-bus';
import { PostgresEventStore } from '../store/postgres-event-store';
import { SessionService, sessionStream } from './session-service';

/** A whole short session, as the bot would send it: roster, roll call, start, an item, an económica vote, closing. */
const script: SessionCommand[] = [
  createSession(),
  command('AssignRoles', cast.secretary, { members: ROLES.map(([a, role]) => ({ id: a.id, name: a.name, role })) }, 1),
  command('StartRollCall', cast.secretary, {}, 2),
  ...VOTERS.map((v, i) => command('MarkAttendance', v, { memberId: v.id, present: true }, 3 + i)),
  command('StartSession', cast.secretary, {}, 6),
  command('OpenVote', cast.secretary, { voteId: voteId('v0'), method: 'economica', subject: 'agenda' }, 7),
  ...VOTERS.map((v) => ballot(v, 'in-favour', 7)),
  command('CloseVote', cast.secretary, {}, 7),
  command('StartItem', cast.secretary, { number: item('1') }, 8),
  command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'economica' }, 9),
  ballot(cast.chair, 'in-favour', 10),
  ballot(cast.luis, 'against', 10),
];

async function play(service: SessionService, commands: SessionCommand[]) {
  for (const [i, c] of commands.entries()) {
    const result = await service.handle(SESSION_ID, c, `cmd-${i}`);
    if (!result.ok) throw new Error(`${c.type} rejected: ${result.rejection.reason}`);
  }
}

describe('SessionService on SQLite', () => {
  let temp: TempStore;
  let service: SessionService;
  let bus: LiveBus;
  beforeEach(() => {
    temp = createTempStore();
    bus = new LiveBus();
    service = new SessionService(temp.store, bus);
  });
  afterEach(() => temp.cleanup());

  it('given a session played through the service, when the store is closed and reopened by a new service, then the state is exactly the same', async () => {
    await play(service, script);
    const before = await service.load(SESSION_ID);
    const viewBefore = await service.view(SESSION_ID);
    await temp.store.close();

    const restarted = new SessionService(temp.reopen(), new LiveBus());
    const after = await restarted.load(SESSION_ID);
    expect(after.version).toBe(before.version);
    expect(after.state).toEqual(before.state);
    expect(await restarted.view(SESSION_ID)).toEqual(viewBefore);
    // and it goes on from there
    expect((await restarted.handle(SESSION_ID, ballot(cast.sofia, 'in-favour', 11))).ok).toBe(true);
  });

  it('given a command handled, when it is delivered again with the same key, then nothing changes and the original events are answered', async () => {
    await play(service, script.slice(0, 3));
    const first = await service.handle(SESSION_ID, command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 3), 'activity-42');
    const again = await service.handle(SESSION_ID, command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 4), 'activity-42');
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    if (first.ok && again.ok) {
      expect(again.events).toEqual(first.events);
      expect(again.version).toBe(first.version);
    }
    expect(await temp.store.version(sessionStream(SESSION_ID))).toBe(first.version);
  });

  it('given a double click without a key, when the second arrives, then the domain rejects it and nothing is recorded', async () => {
    await play(service, script);
    const before = await temp.store.version(sessionStream(SESSION_ID));
    const again = await service.handle(SESSION_ID, ballot(cast.luis, 'in-favour', 12));
    expect(again).toMatchObject({ ok: false, rejection: { reason: 'AlreadyVoted' } });
    expect(await temp.store.version(sessionStream(SESSION_ID))).toBe(before);
  });

  it('given a rejected command, when it arrives, then the store is untouched and the bus says nothing', async () => {
    await play(service, script.slice(0, 2));
    const heard: StoredEvent[] = [];
    bus.subscribe(sessionStream(SESSION_ID), (events) => heard.push(...events));
    const result = await service.handle(SESSION_ID, command('StartSession', cast.luis, {}, 3));
    expect(result).toMatchObject({ ok: false, rejection: { reason: 'NotAuthorized', details: { allowedRoles: ['secretary', 'chair'] } } });
    expect(heard).toEqual([]);
  });

  it('given a subscriber, when a command is accepted, then it hears the stored events with their versions', async () => {
    await play(service, script.slice(0, 2));
    const heard: StoredEvent[] = [];
    bus.subscribe(sessionStream(SESSION_ID), (events) => heard.push(...events));
    await service.handle(SESSION_ID, command('StartRollCall', cast.secretary, {}, 2));
    // 2 on creation, 5 roles; whoever opens the roll call is present
    expect(heard.map((e) => [e.type, e.version])).toEqual([['RollCallStarted', 8], ['AttendanceMarked', 9]]);
  });

  it('given many voters at once, when they all vote concurrently, then every ballot is recorded exactly once', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `aad-m${i}` as never, name: `Consejera ${i}`, role: 'voting-member' as const }));
    await play(service, [
      createSession(cast.secretary, { agendaApprovalRequired: false }),
      command('AssignRoles', cast.secretary, { members: many }, 1),
      command('StartRollCall', cast.secretary, {}, 2),
      ...many.map((m) => command('MarkAttendance', cast.secretary, { memberId: m.id, present: true }, 3)),
      command('StartSession', cast.secretary, {}, 4),
      command('StartItem', cast.secretary, { number: item('1') }, 5),
      command('OpenVote', cast.secretary, { voteId: voteId('v1'), method: 'nominal' }, 6),
    ]);
    const results = await Promise.all(many.map((m) => service.handle(SESSION_ID, ballot({ id: m.id, name: m.name }, 'in-favour', 7), `click-${m.id}`)));
    expect(results.every((r) => r.ok)).toBe(true);
    const view = await service.view(SESSION_ID);
    expect(view?.openVote?.ballots).toHaveLength(40);
    expect(view?.openVote?.tally).toEqual({ inFavour: 40, against: 0, abstain: 0 });
  });

  it('given commands arriving together, then they are written together (group commit), and one activity delivered twice at once counts once', async () => {
    await play(service, script.slice(0, 3));
    let writes = 0;
    const counting = new RacingStore(temp.store, async () => undefined);
    const original = counting.appendCommands.bind(counting);
    counting.appendCommands = (...args) => { writes++; return original(...args); };
    const grouped = new SessionService(counting, new LiveBus());
    const marks = VOTERS.map((v) => command('MarkAttendance', v, { memberId: v.id, present: true }, 3));
    const results = await Promise.all([
      ...marks.map((c, i) => grouped.handle(SESSION_ID, c, `present-${i}`)),
      grouped.handle(SESSION_ID, marks[0]!, 'present-0'),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(results[3]).toMatchObject({ ok: true, duplicate: true });
    expect(writes).toBeLessThanOrEqual(2);
    const view = await grouped.view(SESSION_ID);
    expect(view?.quorum.present).toBe(3);
  });

  it('given another instance wrote first, when the version conflicts, then the command is decided again on the new state and retried', async () => {
    await play(service, script.slice(0, 3));
    const other = new SessionService(temp.store, new LiveBus());
    const racing = new RacingStore(temp.store, () => other.handle(SESSION_ID, command('MarkAttendance', cast.sofia, { memberId: cast.sofia.id, present: true }, 3)));
    const racer = new SessionService(racing, new LiveBus());
    await racer.load(SESSION_ID);
    const result = await racer.handle(SESSION_ID, command('MarkAttendance', cast.luis, { memberId: cast.luis.id, present: true }, 3));
    expect(result.ok).toBe(true);
    expect(racing.conflicts).toBe(1);
    const view = await service.view(SESSION_ID);
    expect(view?.members.filter((m) => m.present).map((m) => m.name).sort()).toEqual(['Luis Consejero', 'Marta Secretaria', 'Sofía Consejera']);
  });

  it('given another instance closed the vote first, when a ballot conflicts, then deciding again rejects it and nothing is recorded', async () => {
    await play(service, script.slice(0, -2));
    const other = new SessionService(temp.store, new LiveBus());
    const racing = new RacingStore(temp.store, () => other.handle(SESSION_ID, command('CloseVote', cast.secretary, {}, 10)));
    const racer = new SessionService(racing, new LiveBus());
    const result = await racer.handle(SESSION_ID, ballot(cast.luis, 'in-favour', 10));
    expect(result).toMatchObject({ ok: false, rejection: { reason: 'VoteNotOpen' } });
    const view = await service.view(SESSION_ID);
    expect(view?.agenda[0]?.vote).toMatchObject({ status: 'closed', ballots: [] });
  });

  describe('the read model', () => {
    it('given an open económica vote, then it shows who voted but not their choices nor the count', async () => {
      await play(service, script);
      const view = await service.view(SESSION_ID);
      expect(view?.openVote).toMatchObject({ method: 'economica', status: 'open', tally: null });
      expect(view?.openVote?.ballots).toEqual([
        { id: cast.chair.id, name: cast.chair.name, choice: null },
        { id: cast.luis.id, name: cast.luis.name, choice: null },
      ]);
      expect(JSON.stringify([view?.openVote, view?.agenda])).not.toMatch(/against/);
    });

    it('given the económica vote closed, then the choices, the count and the outcome are shown', async () => {
      await play(service, [...script, ballot(cast.sofia, 'in-favour', 11), command('CloseVote', cast.secretary, {}, 12)]);
      const view = await service.view(SESSION_ID);
      expect(view?.openVote).toBeNull();
      expect(view?.agenda[0]).toMatchObject({ status: 'approved', current: true, vote: { status: 'closed', tally: { inFavour: 2, against: 1, abstain: 0 }, outcome: 'approved-by-majority' } });
    });

    it('given an open nominal vote, then each choice is shown as it is cast', async () => {
      const nominal = script.map((c) => (c.type === 'OpenVote' ? { ...c, data: { ...c.data, method: 'nominal' as const } } : c));
      await play(service, nominal);
      const view = await service.view(SESSION_ID);
      expect(view?.openVote?.ballots.map((b) => b.choice)).toEqual(['in-favour', 'against']);
      expect(view?.openVote?.tally).toEqual({ inFavour: 1, against: 1, abstain: 0 });
    });

    it('given an unknown session, then there is no view', async () => {
      expect(await service.view('nope')).toBeNull();
    });
  });
});

describe('SessionService on PostgreSQL', () => {
  const url = TEST_DATABASE_URL;
  const schema = `sesiona_app_${process.pid}`;
  afterAll(() => dropSchemas([schema]));

  it('given a session played through the service, when the store is closed and reopened, then the state is exactly the same', async () => {
    const store = await PostgresEventStore.open(url, schema);
    const service = new SessionService(store, new LiveBus());
    await play(service, script);
    const before = await service.load(SESSION_ID);
    await store.close();

    const reopened = await PostgresEventStore.open(url, schema);
    const after = await new SessionService(reopened, new LiveBus()).load(SESSION_ID);
    await reopened.close();
    expect(after).toEqual(before);
  });
});

/** A store where, just before the first append, another writer gets in first (two instances racing). */
class RacingStore implements EventStore {
  conflicts = 0;
  private raced = false;
  constructor(private readonly inner: EventStore, private readonly otherWriter: () => Promise<unknown>) {}
  read(stream: string, afterVersion?: number) { return this.inner.read(stream, afterVersion); }
  version(stream: string) { return this.inner.version(stream); }
  recall(key: string) { return this.inner.recall(key); }
  streams(prefix: string) { return this.inner.streams(prefix); }
  close() { return this.inner.close(); }
  append(stream: string, expectedVersion: number, events: NewEvent[], key?: string): Promise<AppendResult> {
    return this.inner.append(stream, expectedVersion, events, key);
  }
  async appendCommands(stream: string, expectedVersion: number, commands: CommandEvents[]): Promise<AppendCommandsResult> {
    if (!this.raced) {
      this.raced = true;
      await this.otherWriter();
    }
    const result = await this.inner.appendCommands(stream, expectedVersion, commands);
    if (!result.ok) this.conflicts++;
    return result;
  }
}
