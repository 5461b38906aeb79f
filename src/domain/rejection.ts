/**
 * Expected failures are values. Each reason is mapped once, by the adapters, to Spanish or English.
 */
import type { SessionRole } from './roster';

export type RejectionReason =
  | 'SessionNotFound'
  | 'SessionAlreadyExists'
  | 'SessionClosed'
  | 'InvalidInput'
  | 'NotAuthorized'
  | 'NotInRoster'
  | 'RollCallNotOpen'
  | 'RollCallAlreadyStarted'
  | 'AlreadyPresent'
  | 'AlreadyAbsent'
  | 'NoQuorum'
  | 'SessionNotStarted'
  | 'SessionAlreadyStarted'
  | 'SessionInRecess'
  | 'NotInRecess'
  | 'AgendaAlreadyApproved'
  | 'AgendaLocked'
  | 'ItemNotFound'
  | 'ItemNotPending'
  | 'NoCurrentItem'
  | 'ItemNeedsVote'
  | 'ItemNotVotable'
  | 'ItemAlreadyVoted'
  | 'NoMoreItems'
  | 'GeneralMattersOver'
  | 'VoteAlreadyOpen'
  | 'VoteOpen'
  | 'VoteNotOpen'
  | 'NotAVotingMember'
  | 'NotEligibleVoter'
  | 'AlreadyVoted'
  | 'AbstentionNotAllowed'
  | 'NoFollowUpItem'
  | 'FollowUpAlreadyImported'
  | 'NothingToFollowUp'
  | 'AgreementNotFound'
  | 'AgreementAlreadyDone'
  | 'AgendaNotApproved'
  | 'ReadingAlreadyWaived'
  | 'NotPresent'
  | 'QuorumCheckOpen'
  | 'NoQuorumCheck'
  | 'SessionInProgress'
  | 'MayNotStartSession'
  | 'DraftNotYours'
  | 'DraftElsewhere'
  | 'MayNotPublishRecord'
  | 'NoVoice'
  | 'AlreadyOnSpeakersList'
  | 'NotOnSpeakersList'
  | 'RoundLimitReached'
  | 'NoMoreRounds'
  | 'NobodyAskedForFloor'
  | 'FloorTaken'
  | 'NobodyHasTheFloor'
  | 'ReasonRequired'
  | 'NoOpenRound'
  | 'MotionPending'
  | 'NoPendingMotion'
  | 'MotionNotAllowedInRound'
  | 'MotionLimitReached'
  | 'TimeNotUp'
  | 'ReservationNotFound'
  | 'ReservationAlreadyVoted'
  | 'ReservationsPending'
  | 'GeneralVoteFirst'
  | 'GeneralVoteNotApproved'
  | 'AlreadyExcused'
  | 'ExcusedFromVote'
  | 'NoClosedVote'
  | 'DidNotVote'
  | 'OpinionDoesNotFitBallot'
  | 'AlreadyAnnounced'
  | 'OpinionNotFound'
  | 'AgendaChangeNotFound'
  | 'WithdrawalNeedsVote'
  | 'PreviousMinutesAlreadyLinked'
  | 'NoPreviousMinutes'
  | 'MinutesAlreadyApproved';

export interface Rejection {
  reason: RejectionReason;
  /** Facts for the message: the field that is wrong, the roles that may do it, the item, the numbers. */
  details?: {
    field?: string;
    problem?: string;
    allowedRoles?: SessionRole[];
    item?: string;
    present?: number;
    required?: number;
    /** All the voting members (with `present` and `required`, for a quorum). */
    total?: number;
    phase?: string;
    /** The session a refusal is about (its title). */
    title?: string;
    /** The person a refusal is about, by name (who has the floor, who waits first, who is absent). */
    member?: string;
    /** Whether Teams could tell who organised the meeting (false: its meeting API did not answer). */
    organizerKnown?: boolean;
  };
}

export function reject(reason: RejectionReason, details?: Rejection['details']): { ok: false; rejection: Rejection } {
  return details ? { ok: false, rejection: { reason, details } } : { ok: false, rejection: { reason } };
}
