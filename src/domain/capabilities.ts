/**
 * What a person may do in a session, as the rules say: asked by the read model (so cards and the side panel show
 * each person the controls they may use) and by the application before acts that are not session commands
 * (publishing the minutes, reconciling the Teams attendance report).
 */
import { floorRequestRefusal } from './decide-debate';
import { ballotRefusal } from './decide-votes';
import { mayConduct, roleOf } from './decision';
import type { AadObjectId } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionState } from './session-state';

export interface Capabilities {
  /** Conducts the session (the secretary and the chair by default): roll call, items, votes, recess, closing. */
  conducts: boolean;
  /** Has a vote (the chair and the members with voice and vote by default). */
  votes: boolean;
  /** May cast a ballot in the vote open now, as `castBallot` decides: eligible, still recorded present, not voted yet. */
  mayVoteNow: boolean;
  /** Publishes the minutes and reconciles the Teams attendance report: whoever conducts. */
  mayPublishRecord: boolean;
  /** Has voice in the debate (voting members, representatives and the secretary by default). */
  hasVoice: boolean;
  /** May ask for the floor on the item under way now, as `askForFloor` decides. */
  mayAskForFloor: boolean;
}

export const NO_CAPABILITIES: Capabilities = { conducts: false, votes: false, mayVoteNow: false, mayPublishRecord: false, hasVoice: false, mayAskForFloor: false };

export function capabilitiesOf(state: SessionState, id: AadObjectId): Capabilities {
  const role = roleOf(state, id);
  if (!role) return NO_CAPABILITIES;
  const conducts = mayConduct(state, id);
  return {
    conducts, votes: state.rules.votingRoles.includes(role), mayVoteNow: ballotRefusal(state, id) === null, mayPublishRecord: conducts,
    hasVoice: state.rules.debate.voiceRoles.includes(role), mayAskForFloor: floorRequestRefusal(state, id) === null,
  };
}

/** Why this person may not publish the minutes or reconcile the attendance report (who may), or null when they may. */
export function refusalToPublishRecord(state: SessionState, id: AadObjectId): Rejection | null {
  return mayConduct(state, id) ? null : reject('MayNotPublishRecord', { allowedRoles: state.rules.conductingRoles }).rejection;
}
