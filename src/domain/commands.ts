/**
 * Commands: what someone asks the session to do. The caller supplies who asks (`actor`), when (`now`) and new ids.
 */
import type { AgendaItemDraft, ItemKind } from './agenda';
import type { AgendaChange } from './agenda-change';
import type { FollowUpEntry } from './follow-up';
import type { AadObjectId, AgreementId, ItemNumber, SessionId, VoteId } from './ids';
import type { SessionRole } from './roster';
import type { BodyRules } from './rules';
import type { SessionHeader } from './session-header';
import type { BallotChoice, VoteMethod, VoteSubject } from './vote';
import type { SeparateOpinionKind } from './vote-parts';

export interface Actor {
  id: AadObjectId;
  name: string;
  /** Teams says this user organised the meeting (used only to let the organizer set the roster). */
  isMeetingOrganizer?: boolean;
}

export type AttendanceHintKind = 'meeting-started' | 'meeting-ended' | 'joined' | 'left';

type C<T extends string, D> = { type: T; data: D; actor: Actor; now: string };

export type SessionCommand =
  | C<'CreateSession', SessionHeader & {
      sessionId: SessionId;
      agenda: AgendaItemDraft[];
      rules?: Partial<BodyRules>;
    }>
  | C<'AssignRoles', { members: { id: AadObjectId; name: string; role: SessionRole }[] }>
  | C<'RemoveMember', { id: AadObjectId }>
  | C<'CorrectItemKind', { number: ItemNumber; kind: ItemKind }>
  | C<'StartRollCall', Record<never, never>>
  | C<'MarkAttendance', { memberId: AadObjectId; present: boolean }>
  | C<'StartSession', Record<never, never>>
  /** Keeps as present the members Teams said left (or keeps absent those it said joined): the secretary certifies. */
  | C<'DismissPresenceNotice', { memberIds: AadObjectId[] }>
  /** Verificación de quórum: a new roll call in which each member confirms presence. */
  | C<'StartQuorumCheck', { checkId: string }>
  /** Whoever did not confirm presence is recorded absent. */
  | C<'CloseQuorumCheck', Record<never, never>>
  | C<'StartItem', { number: ItemNumber }>
  | C<'NextItem', Record<never, never>>
  | C<'CompleteItem', Record<never, never>>
  | C<'WithdrawItem', { number: ItemNumber }>
  | C<'DeferItem', { number: ItemNumber }>
  | C<'AddGeneralMatter', { title: string }>
  | C<'RecordAgreement', {
      agreementId: AgreementId;
      text: string;
      number?: ItemNumber;
      responsible?: string | null;
      dueDate?: string | null;
    }>
  /** Takes up the agreements a previous session left open, on the follow-up item (found by its title when not given). */
  | C<'ImportFollowUp', { number?: ItemNumber; entries: FollowUpEntry[] }>
  | C<'MarkAgreementDone', { agreementId: AgreementId; note?: string | null }>
  /** A vote on the current item (default), on the order of the day, or on waiving the reading of the documents. */
  /** `target`: the item whose withdrawal from the approved order of the day is voted (subject `item-withdrawal`). */
  | C<'OpenVote', { voteId: VoteId; method: VoteMethod; subject?: VoteSubject; reservationId?: string; target?: ItemNumber }>
  /** Before the order of the day is approved: a change proposed (voting member, whoever conducts) or requested (representative). */
  /** The item that approves the minutes of an earlier session of the same body, linked to that session. */
  | C<'LinkPreviousMinutes', { number: ItemNumber; sessionId: SessionId; title: string; date: string | null }>
  /** Corrections to those minutes (observaciones), noted as text before or at their approval. */
  | C<'NoteMinutesCorrections', { text: string }>
  /** On the earlier session (closed): its minutes were approved in a later session. */
  | C<'RecordMinutesApproval', { bySessionId: SessionId; byTitle: string; byDate: string | null; number: ItemNumber; voteId: VoteId; corrections: string[] }>
  | C<'ProposeAgendaChange', { changeId: string; change: AgendaChange }>
  | C<'WithdrawAgendaChange', { changeId: string }>
  /** A voting member reserves a part of the item's draft for a vote en lo particular (whoever conducts may record it for them). */
  | C<'ReservePart', { reservationId: string; part: string; proposal?: string; memberId?: AadObjectId }>
  | C<'WithdrawReservation', { reservationId: string }>
  /** A voting member is excused from an item's votes (by themselves, or recorded by whoever conducts). */
  | C<'RecordExcusal', { number: ItemNumber; memberId?: AadObjectId; reason?: string }>
  /** After a vote closes, a member who voted announces a voto particular, concurrente or razonado (the last closed vote by default). */
  | C<'AnnounceSeparateOpinion', { opinionId: string; kind: SeparateOpinionKind; voteId?: VoteId; memberId?: AadObjectId }>
  /** The filed document of an announced opinion: accepted also after the session closed. */
  | C<'FileSeparateOpinion', { opinionId: string; url: string }>
  | C<'CastBallot', { voteId?: VoteId; choice: BallotChoice }>
  | C<'CloseVote', Record<never, never>>
  | C<'Recess', { reason?: string }>
  | C<'Resume', Record<never, never>>
  | C<'CloseSession', Record<never, never>>
  /** Puts a member with voice on the current item's list of speakers: oneself, or someone else by whoever conducts. */
  | C<'AskForFloor', { memberId?: AadObjectId }>
  | C<'WithdrawFloorRequest', { memberId?: AadObjectId }>
  /** Gives the floor to the next on the list, or to a member (a reason is needed to pass over those waiting). */
  | C<'GiveFloor', { memberId?: AadObjectId; reason?: string }>
  | C<'ExtendSpeakingTime', { seconds: number }>
  /** Ends what is being heard: the question or the answer of a moción al orador, else the intervention. */
  | C<'EndIntervention', Record<never, never>>
  | C<'CloseRound', Record<never, never>>
  | C<'AskMotionToSpeaker', { motionId: string; text?: string }>
  /** The speaker accepts or declines the question (or whoever conducts records the speaker's answer). */
  | C<'AnswerMotionToSpeaker', { accept: boolean }>
  | C<'RaisePointOfOrder', { motionId: string; text?: string }>
  | C<'DecidePointOfOrder', { accept: boolean }>
  /** Sesiona's clock says the floor's time is used up; the domain checks it against the record. */
  | C<'NoteTimeRanOut', Record<never, never>>
  | C<'RecordAttendanceHint', { kind: AttendanceHintKind; participant: { id: AadObjectId | null; name: string } | null }>;

export type SessionCommandType = SessionCommand['type'];
export type CommandOf<T extends SessionCommandType> = Extract<SessionCommand, { type: T }>;
