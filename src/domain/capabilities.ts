/**
 * What a person may do in a session, as the rules say: asked by the read model (so cards and the side panel show
 * each person the controls they may use) and by the application before acts that are not session commands
 * (publishing the minutes, reconciling the Teams attendance report).
 */
import { floorRequestRefusal } from './decide-debate';
import { lastClosedVote, opinionRefusal, recordExcusal, reservePart } from './decide-vote-parts';
import { ballotRefusal } from './decide-votes';
import { mayConduct, roleOf } from './decision';
import type { AadObjectId, VoteId } from './ids';
import { type Rejection, reject } from './rejection';
import type { SessionState } from './session-state';
import { SEPARATE_OPINION_KINDS, type SeparateOpinionKind } from './vote-parts';

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
  /** May reserve a part of the item under way for a vote en lo particular now, as `reservePart` decides. */
  mayReservePart: boolean;
  /** May excuse themselves from the item under way now, as `recordExcusal` decides. */
  mayExcuseFromItem: boolean;
  /** The separate opinions they may announce now on the last closed vote, as `announceSeparateOpinion` decides. */
  separateOpinionsNow: SeparateOpinionKind[];
}

export const NO_CAPABILITIES: Capabilities = {
  conducts: false, votes: false, mayVoteNow: false, mayPublishRecord: false, hasVoice: false, mayAskForFloor: false,
  mayReservePart: false, mayExcuseFromItem: false, separateOpinionsNow: [],
};

export function capabilitiesOf(state: SessionState, id: AadObjectId): Capabilities {
  const role = roleOf(state, id);
  if (!role) return NO_CAPABILITIES;
  const conducts = mayConduct(state, id);
  return {
    conducts, votes: state.rules.votingRoles.includes(role), mayVoteNow: ballotRefusal(state, id) === null, mayPublishRecord: conducts,
    hasVoice: state.rules.debate.voiceRoles.includes(role), mayAskForFloor: floorRequestRefusal(state, id) === null,
    mayReservePart: mayReservePartNow(state, id), mayExcuseFromItem: mayExcuseFromCurrentItem(state, id), separateOpinionsNow: separateOpinionsNow(state, id),
  };
}

/** The acts below are asked of their deciders as this person would ask them (an id no record uses, a text that is not empty). */
const PROBE = '\u0000capability-probe';
const probe = (id: AadObjectId) => ({ actor: { id, name: '' }, now: '' });

/**
 * Whether a vote was opened on the item under way: asked once per state (the read model asks the capabilities of
 * every member of the roster, and a vote of sixty must not scan every vote sixty times).
 */
const currentItemVoted = new WeakMap<SessionState, boolean>();
function itemUnderWayVoted(state: SessionState): boolean {
  let voted = currentItemVoted.get(state);
  if (voted === undefined) currentItemVoted.set(state, (voted = state.votes.some((v) => v.item === state.currentItem)));
  return voted;
}

/** Whether this person may reserve a part of the item under way now (the session in session, as `decide` guards it). */
function mayReservePartNow(state: SessionState, id: AadObjectId): boolean {
  if (state.phase !== 'in-session' || !state.currentItem || itemUnderWayVoted(state)) return false;
  return reservePart({ type: 'ReservePart', data: { reservationId: PROBE, part: PROBE }, ...probe(id) }, state).ok;
}

/** Whether this person may excuse themselves from the item under way now. */
function mayExcuseFromCurrentItem(state: SessionState, id: AadObjectId): boolean {
  if (state.phase === 'closed' || !state.currentItem || itemUnderWayVoted(state)) return false;
  return recordExcusal({ type: 'RecordExcusal', data: { number: state.currentItem }, ...probe(id) }, state).ok;
}

/**
 * The kinds of separate opinion (particular, concurrente, razonado) this person may announce now on a closed vote
 * (the last closed one when no vote is named): they voted, and their ballot fits the opinion, and they have not
 * announced it yet.
 */
export function separateOpinionsNow(state: SessionState, id: AadObjectId, voteId?: VoteId): SeparateOpinionKind[] {
  if (state.phase === 'closed') return [];
  const role = roleOf(state, id);
  if (!role || !state.rules.votingRoles.includes(role)) return [];
  const vote = voteId ? state.votes.find((v) => v.id === voteId) : lastClosedVote(state);
  return SEPARATE_OPINION_KINDS.filter((kind) => opinionRefusal(state, id, vote, kind) === null);
}

/** Why this person may not publish the minutes or reconcile the attendance report (who may), or null when they may. */
export function refusalToPublishRecord(state: SessionState, id: AadObjectId): Rejection | null {
  return mayConduct(state, id) ? null : reject('MayNotPublishRecord', { allowedRoles: state.rules.conductingRoles }).rejection;
}
