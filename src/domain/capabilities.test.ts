import { capabilitiesOf, NO_CAPABILITIES, refusalToPublishRecord } from './capabilities';
import { fold } from './session-state';
import { ballot, cast, command, inSession, run, voteOpenOnItem1 } from './testing/session-spec';

describe('what each person may do', () => {
  it('given a session, then the secretary and the chair conduct and publish the record, the chair and the members vote', () => {
    const state = fold(inSession());
    expect(capabilitiesOf(state, cast.secretary.id)).toMatchObject({ conducts: true, votes: false, mayPublishRecord: true });
    expect(capabilitiesOf(state, cast.chair.id)).toMatchObject({ conducts: true, votes: true, mayPublishRecord: true });
    expect(capabilitiesOf(state, cast.luis.id)).toMatchObject({ conducts: false, votes: true, mayPublishRecord: false });
    expect(capabilitiesOf(state, cast.representative.id)).toMatchObject({ conducts: false, votes: false });
    expect(capabilitiesOf(state, cast.stranger.id)).toEqual(NO_CAPABILITIES);
  });

  it('given a vote open, then only eligible voters still present who have not voted may vote now', () => {
    const events = run([ballot(cast.chair, 'in-favour'), command('MarkAttendance', cast.secretary, { memberId: cast.sofia.id, present: false }, 10)], voteOpenOnItem1());
    const state = fold(events);
    expect(capabilitiesOf(state, cast.luis.id).mayVoteNow).toBe(true);
    expect(capabilitiesOf(state, cast.chair.id).mayVoteNow).toBe(false); // voted
    expect(capabilitiesOf(state, cast.sofia.id).mayVoteNow).toBe(false); // left
    expect(capabilitiesOf(state, cast.secretary.id).mayVoteNow).toBe(false); // no vote
  });

  it('given a commissioner asking to publish the record, then the refusal names who may; whoever conducts is not refused', () => {
    const state = fold(inSession());
    expect(refusalToPublishRecord(state, cast.luis.id)).toEqual({ reason: 'MayNotPublishRecord', details: { allowedRoles: state.rules.conductingRoles } });
    expect(refusalToPublishRecord(state, cast.secretary.id)).toBeNull();
  });
});
