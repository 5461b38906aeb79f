import type { AadObjectId } from './ids';
import { mayFinishDraft } from './agenda-draft';
import { maySessionStart, type SessionStartFacts } from './session-start';
import { fold } from './session-state';
import { cast, command, inSession, run, sessionWithRoster } from './testing/session-spec';

const closed = () => fold(run([command('CloseSession', cast.secretary, {}, 60)], inSession()));
const facts = (over: Partial<SessionStartFacts> = {}): SessionStartFacts => ({ isMeetingOrganizer: false, current: null, namedStarters: [], ...over });

describe('who may start a session in a meeting, or replace its session', () => {
  it('given a meeting without a session, when its organizer starts one, then it is allowed', () => {
    expect(maySessionStart(cast.guest.id, facts({ isMeetingOrganizer: true })).ok).toBe(true);
  });

  it('given a meeting without a session, when a guest who did not organise it tries, then it is refused', () => {
    const decision = maySessionStart(cast.guest.id, facts());
    expect(decision).toEqual({ ok: false, rejection: { reason: 'MayNotStartSession', details: { organizerKnown: true } } });
  });

  it('given a closed session, when a guest of the chat tries to start the next one, then it is refused and the closed one stays', () => {
    const decision = maySessionStart(cast.guest.id, facts({ current: closed() }));
    expect(decision).toMatchObject({ ok: false, rejection: { reason: 'MayNotStartSession', details: { allowedRoles: ['secretary', 'chair'] } } });
  });

  it('given a closed session, when its secretary or its chair starts the next one, then it is allowed', () => {
    expect(maySessionStart(cast.secretary.id, facts({ current: closed() })).ok).toBe(true);
    expect(maySessionStart(cast.chair.id, facts({ current: closed() })).ok).toBe(true);
  });

  it('given a session not started yet, when its secretary replaces it, then it is allowed; a voting member may not', () => {
    const notStarted = fold(sessionWithRoster());
    expect(maySessionStart(cast.secretary.id, facts({ current: notStarted })).ok).toBe(true);
    expect(maySessionStart(cast.luis.id, facts({ current: notStarted })).ok).toBe(false);
  });

  it('given a session under way, when even its organizer tries to replace it, then it is refused with its title', () => {
    expect(maySessionStart(cast.secretary.id, facts({ isMeetingOrganizer: true, current: fold(inSession()) })))
      .toMatchObject({ ok: false, rejection: { reason: 'SessionInProgress', details: { title: 'Sexta Sesión Ordinaria', phase: 'in-session' } } });
  });

  it('given a person the deployment names, then they may start a session in any meeting', () => {
    expect(maySessionStart('aad-zoe' as AadObjectId, facts({ namedStarters: ['aad-zoe' as AadObjectId] })).ok).toBe(true);
  });

  it('given Teams could not tell who organised the meeting, then the refusal says so', () => {
    expect(maySessionStart(cast.guest.id, facts({ isMeetingOrganizer: null }))).toMatchObject({ ok: false, rejection: { details: { organizerKnown: false } } });
  });
});

describe('who may confirm an order of the day read from a document', () => {
  const draft = { by: cast.secretary.id, meetingKey: 'meeting-1' };
  it('given the draft of the secretary, when she confirms it in that meeting, then she may', () => {
    expect(mayFinishDraft(draft, cast.secretary.id, 'meeting-1')).toBeNull();
  });
  it('given the draft of the secretary, when someone else confirms it, then it is not theirs', () => {
    expect(mayFinishDraft(draft, cast.guest.id, 'meeting-1')).toEqual({ reason: 'DraftNotYours' });
  });
  it('given the draft of the secretary, when she confirms it in another meeting, then it belongs elsewhere', () => {
    expect(mayFinishDraft(draft, cast.secretary.id, 'meeting-2')).toEqual({ reason: 'DraftElsewhere' });
  });
});
