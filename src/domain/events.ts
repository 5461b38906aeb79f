/**
 * Events: what happened, in the past tense. The session's state is the fold of its events.
 */
import type { AgendaItem, ItemKind } from './agenda';
import type { AgendaChange } from './agenda-change';
import type { AttendanceHintKind } from './commands';
import type { FloorPart } from './debate';
import type { FollowUpEntry } from './follow-up';
import type { AadObjectId, AgreementId, ItemNumber, SessionId, VoteId } from './ids';
import type { Member } from './roster';
import type { BodyRules } from './rules';
import type { SessionHeader } from './session-header';
import type { QuorumSnapshot } from './quorum';
import type { AgendaChanges, BallotChoice, VoteMethod, VoteResult, VoteSubject } from './vote';
import type { SeparateOpinionKind, VoteStage } from './vote-parts';

type E<T extends string, D> = { type: T; data: D & { at: string } };

export type SessionEvent =
  | E<'SessionCreated', SessionHeader & {
      sessionId: SessionId;
      agenda: AgendaItem[];
      rules: BodyRules;
      createdBy: AadObjectId;
    }>
  | E<'MemberAssigned', { member: Member; by: AadObjectId }>
  | E<'MemberRemoved', { id: AadObjectId; by: AadObjectId }>
  | E<'ItemKindCorrected', { number: ItemNumber; kind: ItemKind }>
  | E<'RollCallStarted', Record<never, never>>
  | E<'AttendanceMarked', { memberId: AadObjectId; present: boolean; by: AadObjectId }>
  | E<'SessionStarted', { quorum: QuorumSnapshot }>
  /** Teams said a roster member left or joined; under the `ask` rule it waits for the secretary. */
  | E<'PresenceChangeNoticed', { memberId: AadObjectId; change: 'left' | 'joined' }>
  | E<'PresenceNoticeDismissed', { memberIds: AadObjectId[]; by: AadObjectId }>
  /** Quorum was lost (or came back) during the session. */
  | E<'QuorumLost', { quorum: QuorumSnapshot }>
  | E<'QuorumRestored', { quorum: QuorumSnapshot }>
  | E<'QuorumCheckStarted', { checkId: string; by: AadObjectId }>
  | E<'PresenceConfirmed', { checkId: string; memberId: AadObjectId }>
  | E<'QuorumCheckClosed', { checkId: string; absent: AadObjectId[]; quorum: QuorumSnapshot; by: AadObjectId }>
  /** The order of the day approved: by the vote `voteId` (absent in records from before it was voted). */
  | E<'AgendaApproved', { voteId?: VoteId }>
  | E<'ReadingWaived', { voteId: VoteId }>
  | E<'ItemStarted', { number: ItemNumber }>
  | E<'ItemCompleted', { number: ItemNumber }>
  | E<'ItemWithdrawn', { number: ItemNumber }>
  | E<'ItemDeferred', { number: ItemNumber }>
  | E<'ItemAdded', { parent: ItemNumber | null; number: ItemNumber; title: string; kind: ItemKind }>
  | E<'AgreementRecorded', {
      agreementId: AgreementId;
      number: ItemNumber;
      text: string;
      responsible: string | null;
      dueDate: string | null;
    }>
  | E<'FollowUpImported', { number: ItemNumber; entries: FollowUpEntry[] }>
  | E<'AgreementMarkedDone', { agreementId: AgreementId; note: string | null; by: AadObjectId }>
  | E<'VoteOpened', {
      voteId: VoteId;
      /** The item voted; null for the order of the day and the reading waiver. */
      number: ItemNumber | null;
      method: VoteMethod;
      eligible: AadObjectId[];
      /** Absent in records from before they were kept: an item vote, no quorum snapshot. */
      subject?: VoteSubject;
      during?: ItemNumber | null;
      changes?: AgendaChanges | null;
      quorum?: QuorumSnapshot;
      /** The item whose withdrawal is voted (subject `item-withdrawal`). */
      target?: ItemNumber;
      /** Absent in records from before reservations: `single`. */
      stage?: VoteStage;
      reservationId?: string | null;
      excused?: AadObjectId[];
    }>
  | E<'BallotCast', { voteId: VoteId; voter: AadObjectId; choice: BallotChoice }>
  | E<'BallotChanged', { voteId: VoteId; voter: AadObjectId; choice: BallotChoice }>
  | E<'VoteClosed', { voteId: VoteId; number: ItemNumber | null; result: VoteResult; closedBy: AadObjectId | null; quorum?: QuorumSnapshot }>
  | E<'RecessStarted', { reason: string | null }>
  | E<'SessionResumed', { quorum: QuorumSnapshot }>
  | E<'SessionClosed', { quorum?: QuorumSnapshot }>
  | E<'PreviousMinutesLinked', { number: ItemNumber; sessionId: SessionId; title: string; date: string | null; by: AadObjectId }>
  | E<'MinutesCorrectionsNoted', { number: ItemNumber; text: string; by: AadObjectId }>
  /** Recorded on the earlier session: approved in session `bySessionId`, on its item `number`, by vote `voteId`. */
  | E<'MinutesApproved', { bySessionId: SessionId; byTitle: string; byDate: string | null; number: ItemNumber; voteId: VoteId; corrections: string[] }>
  | E<'AgendaChangeProposed', { changeId: string; change: AgendaChange; as: 'proposal' | 'request'; by: AadObjectId }>
  | E<'AgendaChangeWithdrawn', { changeId: string; by: AadObjectId }>
  | E<'ItemMoved', { number: ItemNumber; after: ItemNumber | null }>
  | E<'PartReserved', { number: ItemNumber; reservationId: string; memberId: AadObjectId; part: string; proposal: string | null; by: AadObjectId }>
  | E<'ReservationWithdrawn', { number: ItemNumber; reservationId: string; by: AadObjectId }>
  | E<'MemberExcused', { number: ItemNumber; memberId: AadObjectId; reason: string | null; by: AadObjectId }>
  | E<'SeparateOpinionAnnounced', {
      opinionId: string; voteId: VoteId; number: ItemNumber | null; memberId: AadObjectId; kind: SeparateOpinionKind; dueBy: string | null; by: AadObjectId;
    }>
  | E<'SeparateOpinionFiled', { opinionId: string; url: string; by: AadObjectId }>
  /** The debate of item `number`. */
  | E<'RoundOpened', { number: ItemNumber; round: number; limitSeconds: number }>
  | E<'FloorRequested', { number: ItemNumber; round: number; memberId: AadObjectId; by: AadObjectId }>
  | E<'FloorRequestWithdrawn', { number: ItemNumber; round: number; memberId: AadObjectId; by: AadObjectId }>
  | E<'FloorGiven', { number: ItemNumber; round: number; memberId: AadObjectId; limitSeconds: number; outOfOrder: string | null; by: AadObjectId }>
  | E<'SpeakingTimeExtended', { number: ItemNumber; memberId: AadObjectId; seconds: number; by: AadObjectId }>
  | E<'InterventionEnded', { number: ItemNumber; round: number; memberId: AadObjectId; spokeSeconds: number; limitSeconds: number; by: AadObjectId }>
  | E<'RoundClosed', { number: ItemNumber; round: number; dropped: AadObjectId[]; by: AadObjectId }>
  | E<'MotionToSpeakerAsked', { number: ItemNumber; motionId: string; round: number; by: AadObjectId; speaker: AadObjectId; text: string | null }>
  /** Accepted: the question starts, with `limitSeconds`. */
  | E<'MotionToSpeakerAnswered', { number: ItemNumber; motionId: string; accepted: boolean; limitSeconds: number; by: AadObjectId }>
  /** The question is over; the speaker's answer starts, with `limitSeconds`. */
  | E<'MotionQuestionEnded', { number: ItemNumber; motionId: string; limitSeconds: number; by: AadObjectId }>
  | E<'MotionAnswerEnded', { number: ItemNumber; motionId: string; by: AadObjectId }>
  | E<'PointOfOrderRaised', { number: ItemNumber; motionId: string; round: number | null; by: AadObjectId; text: string | null }>
  | E<'PointOfOrderDecided', { number: ItemNumber; motionId: string; accepted: boolean; by: AadObjectId }>
  | E<'FloorTimeRanOut', { number: ItemNumber; memberId: AadObjectId; part: FloorPart; motionId: string | null }>
  | E<'AttendanceHintRecorded', { kind: AttendanceHintKind; participant: { id: AadObjectId | null; name: string } | null }>;

export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
