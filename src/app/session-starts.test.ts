import { type Actor, asSessionId } from '../domain';
import { AGENDA, cast, command } from '../domain/testing/session-spec';
import { createTempStore, type TempStore } from '../../tests/support/temp-store';
import { LiveBus } from '../store/live-bus';
import { MeetingBindings } from './meeting-bindings';
import { SessionService } from './session-service';
import { SessionStarts, type StartRequest } from './session-starts';

const MEETING = 'meeting-1';
const session = { body: 'Comisión', title: 'Sesión', kind: null, date: null, time: null, modality: null, agenda: AGENDA };

describe('starting a session in a meeting', () => {
  let temp: TempStore;
  let service: SessionService;
  let bindings: MeetingBindings;
  let starts: SessionStarts;
  beforeEach(() => {
    temp = createTempStore();
    service = new SessionService(temp.store, new LiveBus());
    bindings = new MeetingBindings(temp.store);
    starts = new SessionStarts(service, bindings, []);
  });
  afterEach(() => temp.cleanup());

  const request = (actor: Actor, id: string, organizer: boolean | null = true): StartRequest => ({
    meetingKey: MEETING, conversationId: '19:chat', actor, isMeetingOrganizer: async () => organizer, sessionId: asSessionId(id),
    session, language: 'es', now: '2024-06-24T18:30:00.000Z', idempotencyKey: `start-${id}`,
  });

  it('given the organizer, when she starts a session, then it is created and bound to the meeting', async () => {
    const started = await starts.start(request(cast.secretary, 's-1'));
    expect(started).toMatchObject({ ok: true, sessionId: 's-1' });
    expect(await bindings.sessionFor(MEETING)).toBe('s-1');
  });

  it('given a guest who did not organise the meeting, then nothing is created', async () => {
    expect(await starts.start(request(cast.guest, 's-1', false))).toMatchObject({ ok: false, rejection: { reason: 'MayNotStartSession' } });
    expect((await service.load('s-1')).state.exists).toBe(false);
    expect(await bindings.sessionFor(MEETING)).toBeNull();
  });

  it('given two people starting at once, then the meeting ends with one of them bound, never both half-bound', async () => {
    const [a, b] = await Promise.all([starts.start(request(cast.secretary, 's-a')), starts.start(request(cast.chair, 's-b'))]);
    expect(a.ok && b.ok).toBe(true);
    const bound = await bindings.sessionFor(MEETING);
    expect(['s-a', 's-b']).toContain(bound);
    const events = await temp.store.read(`meeting-${MEETING}`);
    expect(events.map((e) => (e.data as { sessionId: string }).sessionId).sort()).toEqual(['s-a', 's-b']);
  });

  it('given the session bound starts its roll call while another start is deciding, then the other is decided again and refused', async () => {
    await starts.start(request(cast.secretary, 's-1'));
    let moved = false;
    const racing: StartRequest = {
      ...request(cast.chair, 's-2'),
      // Teams answers slowly; meanwhile the secretary opens the roll call of the session bound now
      isMeetingOrganizer: async () => {
        if (!moved) {
          moved = true;
          await service.handle('s-1', command('StartRollCall', cast.secretary, {}, 1));
        }
        return true;
      },
    };
    expect(await starts.start(racing)).toMatchObject({ ok: false, rejection: { reason: 'SessionInProgress' } });
    expect(await bindings.sessionFor(MEETING)).toBe('s-1');
  });
});
