/**
 * How the events of votes as councils take them change the session: reservations, excusals, separate opinions,
 * changes to the order of the day proposed before its approval, and the previous minutes. Pure.
 */
import type { EventOf } from './events';
import type { SessionState } from './session-state';
import type { Reservation, SeparateOpinion } from './vote-parts';

export type CouncilVoteEvent = EventOf<
  | 'PreviousMinutesLinked' | 'MinutesCorrectionsNoted' | 'MinutesApproved' | 'AgendaChangeProposed' | 'AgendaChangeWithdrawn'
  | 'PartReserved' | 'ReservationWithdrawn' | 'MemberExcused' | 'SeparateOpinionAnnounced' | 'SeparateOpinionFiled'
>;

const COUNCIL_VOTE_EVENTS = new Set<string>([
  'PreviousMinutesLinked', 'MinutesCorrectionsNoted', 'MinutesApproved', 'AgendaChangeProposed', 'AgendaChangeWithdrawn',
  'PartReserved', 'ReservationWithdrawn', 'MemberExcused', 'SeparateOpinionAnnounced', 'SeparateOpinionFiled',
]);

export const isCouncilVoteEvent = (event: { type: string }): event is CouncilVoteEvent => COUNCIL_VOTE_EVENTS.has(event.type);

export function evolveCouncilVotes(state: SessionState, event: CouncilVoteEvent): SessionState {
  switch (event.type) {
    case 'PreviousMinutesLinked': {
      const d = event.data;
      return { ...state, previousMinutes: { item: d.number, sessionId: d.sessionId, title: d.title, date: d.date, corrections: [] } };
    }
    case 'MinutesCorrectionsNoted':
      return state.previousMinutes ? { ...state, previousMinutes: { ...state.previousMinutes, corrections: [...state.previousMinutes.corrections, event.data.text] } } : state;
    case 'MinutesApproved': {
      const d = event.data;
      return { ...state, minutesApproval: { bySessionId: d.bySessionId, byTitle: d.byTitle, byDate: d.byDate, item: d.number, voteId: d.voteId, corrections: d.corrections, at: d.at } };
    }
    case 'AgendaChangeProposed': {
      const d = event.data;
      return { ...state, agendaProposals: [...state.agendaProposals, { id: d.changeId, change: d.change, by: d.by, as: d.as, at: d.at, withdrawnAt: null }] };
    }
    case 'AgendaChangeWithdrawn':
      return { ...state, agendaProposals: state.agendaProposals.map((p) => (p.id === event.data.changeId ? { ...p, withdrawnAt: event.data.at } : p)) };
    case 'PartReserved': {
      const d = event.data;
      const reservation: Reservation = {
        id: d.reservationId, item: d.number, by: d.memberId, part: d.part, proposal: d.proposal, reservedAt: d.at, withdrawnAt: null, voteId: null, outcome: null,
      };
      return { ...state, reservations: [...state.reservations, reservation] };
    }
    case 'ReservationWithdrawn':
      return { ...state, reservations: state.reservations.map((r) => (r.id === event.data.reservationId ? { ...r, withdrawnAt: event.data.at } : r)) };
    case 'MemberExcused': {
      const d = event.data;
      return { ...state, excusals: [...state.excusals, { item: d.number, memberId: d.memberId, reason: d.reason, by: d.by, at: d.at }] };
    }
    case 'SeparateOpinionAnnounced': {
      const d = event.data;
      const opinion: SeparateOpinion = {
        id: d.opinionId, voteId: d.voteId, item: d.number, memberId: d.memberId, kind: d.kind, announcedAt: d.at, dueBy: d.dueBy, url: null, filedAt: null,
      };
      return { ...state, separateOpinions: [...state.separateOpinions, opinion] };
    }
    case 'SeparateOpinionFiled':
      return {
        ...state,
        separateOpinions: state.separateOpinions.map((o) => (o.id === event.data.opinionId ? { ...o, url: event.data.url, filedAt: event.data.at } : o)),
      };
  }
}
