/**
 * What a person asked (typed or clicked) as the domain command it is: who acts and when come from the turn, new ids
 * from `newId`. Null for what is not a command of the session (help, the minutes, an agenda draft…).
 */
import {
  type AadObjectId, type Actor, asAadObjectId, asAgreementId, asItemNumber, asVoteId, type SessionCommand, type SessionCommandType,
} from '../../src/domain';
import type { BotCommand, DebateMember } from './bot-command';
import { agendaChangeOf } from './parse-agenda-change-command';

/** `{}` for the person acting, their id for someone else; null while a mention is still to be found. */
function memberData(member: DebateMember): { memberId?: AadObjectId } | null {
  if (member === 'mentioned') return null;
  return member === 'self' ? {} : { memberId: asAadObjectId(member.id) };
}

type Data<T extends SessionCommandType> = Extract<SessionCommand, { type: T }>['data'];

export function toSessionCommand(command: BotCommand, actor: Actor, now: string, newId: () => string): SessionCommand | null {
  const c = <T extends SessionCommandType>(type: T, data: Data<T>) => ({ type, data, actor, now }) as SessionCommand;
  const voteId = () => asVoteId(`v-${newId()}`);
  const motionId = () => `m-${newId()}`;
  switch (command.kind) {
    case 'roll-call': return c('StartRollCall', {});
    case 'present': return c('MarkAttendance', { memberId: actor.id, present: true });
    case 'mark-present': return c('MarkAttendance', { memberId: asAadObjectId(command.memberId), present: true });
    case 'leave': return c('MarkAttendance', { memberId: actor.id, present: false });
    case 'start-session': return c('StartSession', {});
    case 'approve-agenda': return c('OpenVote', { voteId: voteId(), method: 'economica', subject: 'agenda' });
    case 'waive-reading': return c('OpenVote', { voteId: voteId(), method: 'economica', subject: 'reading-waiver' });
    case 'quorum-check': return c('StartQuorumCheck', { checkId: `q-${newId()}` });
    case 'close-quorum-check': return c('CloseQuorumCheck', {});
    case 'next': return c('NextItem', {});
    case 'item': return c('StartItem', { number: asItemNumber(command.number) });
    case 'complete-item': return c('CompleteItem', {});
    case 'open-vote': return c('OpenVote', { voteId: voteId(), method: command.method });
    case 'close-vote': return c('CloseVote', {});
    case 'ballot': return c('CastBallot', { choice: command.choice, ...(command.voteId ? { voteId: asVoteId(command.voteId) } : {}) });
    case 'agreement': return c('RecordAgreement', {
      agreementId: asAgreementId(`a-${newId()}`), text: command.text, responsible: command.responsible ?? null, dueDate: command.dueDate ?? null,
    });
    case 'withdraw': return c('WithdrawItem', { number: asItemNumber(command.number) });
    case 'defer': return c('DeferItem', { number: asItemNumber(command.number) });
    case 'general-matter': return c('AddGeneralMatter', { title: command.title });
    case 'correct-kind': return c('CorrectItemKind', { number: asItemNumber(command.number), kind: command.itemKind });
    case 'recess': return c('Recess', { reason: command.reason });
    case 'resume': return c('Resume', {});
    case 'close-session': return c('CloseSession', {});
    case 'ask-floor': {
      const member = memberData(command.member);
      return member && c('AskForFloor', member);
    }
    case 'withdraw-floor': {
      const member = memberData(command.member);
      return member && c('WithdrawFloorRequest', member);
    }
    case 'give-floor':
      if (command.to === 'next') return c('GiveFloor', {});
      if (command.to === 'mentioned') return null;
      return c('GiveFloor', { memberId: asAadObjectId(command.to.id), ...(command.reason ? { reason: command.reason } : {}) });
    case 'end-intervention': return c('EndIntervention', {});
    case 'close-round': return c('CloseRound', {});
    case 'extend-time': return c('ExtendSpeakingTime', { seconds: command.seconds });
    case 'motion-to-speaker': return c('AskMotionToSpeaker', { motionId: motionId(), ...(command.text ? { text: command.text } : {}) });
    case 'answer-motion': return c('AnswerMotionToSpeaker', { accept: command.accept });
    case 'point-of-order': return c('RaisePointOfOrder', { motionId: motionId(), ...(command.text ? { text: command.text } : {}) });
    case 'decide-point-of-order': return c('DecidePointOfOrder', { accept: command.accept });
    case 'reserve-part': {
      const member = memberData(command.member);
      return member && c('ReservePart', { reservationId: `r-${newId()}`, part: command.part, ...(command.proposal ? { proposal: command.proposal } : {}), ...member });
    }
    case 'withdraw-reservation': return 'id' in command.reservation ? c('WithdrawReservation', { reservationId: command.reservation.id }) : null;
    case 'vote-reservation':
      return 'id' in command.reservation ? c('OpenVote', { voteId: voteId(), method: command.method, reservationId: command.reservation.id }) : null;
    case 'excuse': {
      const member = memberData(command.member);
      return member && c('RecordExcusal', { number: asItemNumber(command.number), ...member, ...(command.reason ? { reason: command.reason } : {}) });
    }
    case 'separate-opinion':
      return c('AnnounceSeparateOpinion', { opinionId: `o-${newId()}`, kind: command.opinion, ...(command.voteId ? { voteId: asVoteId(command.voteId) } : {}) });
    case 'opinion-document': return command.opinionId ? c('FileSeparateOpinion', { opinionId: command.opinionId, url: command.url }) : null;
    case 'propose-agenda-change': return c('ProposeAgendaChange', { changeId: `ch-${newId()}`, change: agendaChangeOf(command.change) });
    case 'withdraw-agenda-change': return command.changeId ? c('WithdrawAgendaChange', { changeId: command.changeId }) : null;
    case 'vote-withdrawal': return c('OpenVote', { voteId: voteId(), method: command.method, subject: 'item-withdrawal', target: asItemNumber(command.number) });
    case 'minutes-corrections': return c('NoteMinutesCorrections', { text: command.text });
    default: return null;
  }
}
