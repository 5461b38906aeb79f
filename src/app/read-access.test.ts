import { asAadObjectId, fold } from '../domain';
import { cast, command, run, sessionWithRoster } from '../domain/testing/session-spec';
import { mayFollowSession, mayReadMinutes, peopleOfMeeting } from './read-access';

const session = fold(sessionWithRoster());
const joined = (id: string, name: string) =>
  command('RecordAttendanceHint', { id: asAadObjectId('microsoft-teams'), name: 'Microsoft Teams' }, { kind: 'joined', participant: { id: asAadObjectId(id), name } });

describe('who may follow a session live', () => {
  it('given sign-in scoped to the meeting, when a roster member asks, then they may follow it', () => {
    expect(mayFollowSession(cast.luis.id, session, [], 'meeting')).toEqual({ ok: true });
    expect(mayFollowSession(cast.guest.id, session, [], 'meeting')).toEqual({ ok: true });
  });

  it('given sign-in scoped to the meeting, when the secretary who created the session asks, then they may follow it', () => {
    expect(mayFollowSession(cast.secretary.id, session, [], 'meeting')).toEqual({ ok: true });
  });

  it('given someone the bot has seen in the meeting chat, when they ask, then they may follow it', () => {
    expect(mayFollowSession('aad-observer', session, ['aad-observer'], 'meeting')).toEqual({ ok: true });
  });

  it('given a participant Teams reported joining the meeting, when they ask, then they may follow it', () => {
    const withJoin = fold(run([joined('aad-visitor', 'Visitante')], sessionWithRoster()));
    expect(mayFollowSession('aad-visitor', withJoin, [], 'meeting')).toEqual({ ok: true });
    expect(peopleOfMeeting(withJoin, [])).toContain('aad-visitor');
  });

  it('given sign-in scoped to the meeting, when someone else of the tenant asks, then they are refused as not in the meeting', () => {
    expect(mayFollowSession(cast.stranger.id, session, ['aad-observer'], 'meeting')).toEqual({ ok: false, refusal: 'not-in-meeting' });
  });

  it('given sign-in scoped to the meeting, when the token names nobody, then the reader is refused as unidentified', () => {
    expect(mayFollowSession(null, session, [], 'meeting')).toEqual({ ok: false, refusal: 'unidentified' });
  });

  it('given a public session (tenant-wide reading), when anyone of the tenant asks, then they may follow it', () => {
    expect(mayFollowSession(cast.stranger.id, session, [], 'tenant')).toEqual({ ok: true });
  });

  it('given no sign-in on the server, when anybody asks, then reading is open', () => {
    expect(mayFollowSession(null, session, [], 'open')).toEqual({ ok: true });
  });
});

describe('who may read the draft minutes', () => {
  it('given sign-in, when a roster member asks, then they may read them', () => {
    expect(mayReadMinutes(cast.representative.id, session, 'meeting')).toEqual({ ok: true });
    expect(mayReadMinutes(cast.chair.id, session, 'tenant')).toEqual({ ok: true });
  });

  it('given sign-in, when someone seen in the meeting but not on the roster asks, then they are refused, even with tenant-wide reading', () => {
    expect(mayReadMinutes(cast.stranger.id, session, 'meeting')).toEqual({ ok: false, refusal: 'not-on-roster' });
    expect(mayReadMinutes(cast.stranger.id, session, 'tenant')).toEqual({ ok: false, refusal: 'not-on-roster' });
  });

  it('given sign-in, when the token names nobody, then the reader is refused as unidentified', () => {
    expect(mayReadMinutes(null, session, 'tenant')).toEqual({ ok: false, refusal: 'unidentified' });
  });

  it('given no sign-in on the server, when anybody asks, then reading is open', () => {
    expect(mayReadMinutes(null, session, 'open')).toEqual({ ok: true });
  });
});
