/**
 * Events: what happened, in the past tense. The session's state is the fold of its events.
 */
import type { AgendaItem, ItemKind } from './agenda';
import type { AttendanceHintKind } from './commands';
import type { FollowUpEntry } from './follow-up';
import type { AadObjectId, AgreementId, ItemNumber, SessionId, VoteId } from './ids';
import type { Member } from './roster';
import type { BodyRules } from './rules';
import type { SessionHeader } from './session-header';
import type { BallotChoice, VoteMethod, VoteResult } from './vote';

type E<T extends string, D> = { type: T; data: D & { at: string } };

export interface QuorumSnapshot {
  present: number;
  required: number;
  total: number;
}

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
  | E<'AgendaApproved', Record<never, never>>
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
  | E<'VoteOpened', { voteId: VoteId; number: ItemNumber; method: VoteMethod; eligible: AadObjectId[] }>
  | E<'BallotCast', { voteId: VoteId; voter: AadObjectId; choice: BallotChoice }>
  | E<'BallotChanged', { voteId: VoteId; voter: AadObjectId; choice: BallotChoice }>
  | E<'VoteClosed', { voteId: VoteId; number: ItemNumber; result: VoteResult; closedBy: AadObjectId | null }>
  | E<'RecessStarted', { reason: string | null }>
  | E<'SessionResumed', { quorum: QuorumSnapshot }>
  | E<'SessionClosed', Record<never, never>>
  | E<'AttendanceHintRecorded', { kind: AttendanceHintKind; participant: { id: AadObjectId | null; name: string } | null }>;

export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
