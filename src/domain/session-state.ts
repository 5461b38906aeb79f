/**
 * The session's state and `evolve`: how each event changes it. Pure; the state is a fold of the events.
 */
import { type AgendaItem, updateItem } from './agenda';
import type { Agreement } from './agreement';
import type { AttendanceHintKind } from './commands';
import type { SessionEvent } from './events';
import type { FollowUp } from './follow-up';
import type { AadObjectId, ItemNumber, SessionId, VoteId } from './ids';
import type { Attendance, Member } from './roster';
import { type BodyRules, DEFAULT_RULES } from './rules';
import type { SessionHeader, SessionPhase } from './session-header';
import type { Vote } from './vote';

export interface AttendanceHint {
  kind: AttendanceHintKind;
  participant: { id: AadObjectId | null; name: string } | null;
  at: string;
}

export interface Recess {
  reason: string | null;
  startedAt: string;
  endedAt: string | null;
}

export interface QuorumDeclaration {
  at: string;
  present: number;
  required: number;
  total: number;
  /** 'start' when the session began, 'resume' after a recess. */
  when: 'start' | 'resume';
}

export interface SessionState {
  exists: boolean;
  id: SessionId | null;
  header: SessionHeader;
  rules: BodyRules;
  createdBy: AadObjectId | null;
  createdAt: string | null;
  phase: SessionPhase;
  agenda: AgendaItem[];
  agendaApproved: boolean;
  agendaApprovedAt: string | null;
  roster: Member[];
  attendance: Partial<Record<AadObjectId, Attendance>>;
  currentItem: ItemNumber | null;
  votes: Vote[];
  openVote: VoteId | null;
  agreements: Agreement[];
  /** Agreements of earlier sessions taken up here (seguimiento de acuerdos), on `followUpItem`. */
  followUps: FollowUp[];
  followUpItem: ItemNumber | null;
  hints: AttendanceHint[];
  recesses: Recess[];
  quorumDeclarations: QuorumDeclaration[];
  rollCallStartedAt: string | null;
  startedAt: string | null;
  closedAt: string | null;
}

export const INITIAL_STATE: SessionState = {
  exists: false,
  id: null,
  header: { body: '', title: '', kind: null, date: null, time: null, modality: null, meeting: null },
  rules: DEFAULT_RULES,
  createdBy: null,
  createdAt: null,
  phase: 'not-started',
  agenda: [],
  agendaApproved: false,
  agendaApprovedAt: null,
  roster: [],
  attendance: {},
  currentItem: null,
  votes: [],
  openVote: null,
  agreements: [],
  followUps: [],
  followUpItem: null,
  hints: [],
  recesses: [],
  quorumDeclarations: [],
  rollCallStartedAt: null,
  startedAt: null,
  closedAt: null,
};

const setStatus = (state: SessionState, number: string, status: AgendaItem['status']): AgendaItem[] =>
  updateItem(state.agenda, number, (item) => ({ ...item, status }));

const updateVote = (state: SessionState, id: VoteId, change: (vote: Vote) => Vote): Vote[] =>
  state.votes.map((vote) => (vote.id === id ? change(vote) : vote));

function addItem(items: AgendaItem[], parent: ItemNumber | null, item: AgendaItem): AgendaItem[] {
  if (parent === null) return [...items, item];
  return updateItem(items, parent, (p) => ({ ...p, items: [...p.items, item] }));
}

export function evolve(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'SessionCreated': {
      const d = event.data;
      return {
        ...state,
        exists: true,
        id: d.sessionId,
        header: { body: d.body, title: d.title, kind: d.kind, date: d.date, time: d.time, modality: d.modality, meeting: d.meeting },
        rules: d.rules,
        createdBy: d.createdBy,
        createdAt: d.at,
        agenda: d.agenda,
      };
    }
    case 'MemberAssigned': {
      const m = event.data.member;
      const exists = state.roster.some((r) => r.id === m.id);
      return { ...state, roster: exists ? state.roster.map((r) => (r.id === m.id ? m : r)) : [...state.roster, m] };
    }
    case 'MemberRemoved': {
      const { [event.data.id]: _removed, ...attendance } = state.attendance;
      return { ...state, roster: state.roster.filter((r) => r.id !== event.data.id), attendance };
    }
    case 'ItemKindCorrected':
      return { ...state, agenda: updateItem(state.agenda, event.data.number, (i) => ({ ...i, kind: event.data.kind })) };
    case 'RollCallStarted':
      return { ...state, phase: 'roll-call', rollCallStartedAt: event.data.at };
    case 'AttendanceMarked': {
      const before = state.attendance[event.data.memberId];
      const at = event.data.at;
      const next: Attendance = event.data.present
        ? { present: true, arrivedAt: before?.arrivedAt ?? at, leftAt: null }
        : { present: false, arrivedAt: before?.arrivedAt ?? null, leftAt: before?.present ? at : before?.leftAt ?? null };
      return { ...state, attendance: { ...state.attendance, [event.data.memberId]: next } };
    }
    case 'SessionStarted':
      return {
        ...state,
        phase: 'in-session',
        startedAt: event.data.at,
        quorumDeclarations: [...state.quorumDeclarations, { ...event.data.quorum, at: event.data.at, when: 'start' }],
      };
    case 'AgendaApproved':
      return { ...state, agendaApproved: true, agendaApprovedAt: event.data.at };
    case 'ItemStarted':
      return { ...state, currentItem: event.data.number, agenda: setStatus(state, event.data.number, 'in-progress') };
    case 'ItemCompleted':
      return {
        ...state,
        currentItem: state.currentItem === event.data.number ? null : state.currentItem,
        agenda: updateItem(state.agenda, event.data.number, (i) => ({
          ...i,
          status: i.status === 'in-progress' ? 'presented' : i.status,
        })),
      };
    case 'ItemWithdrawn':
    case 'ItemDeferred':
      return {
        ...state,
        currentItem: state.currentItem === event.data.number ? null : state.currentItem,
        agenda: setStatus(state, event.data.number, event.type === 'ItemWithdrawn' ? 'withdrawn' : 'deferred'),
      };
    case 'ItemAdded': {
      const d = event.data;
      return { ...state, agenda: addItem(state.agenda, d.parent, { number: d.number, title: d.title, kind: d.kind, status: 'pending', items: [] }) };
    }
    case 'AgreementRecorded': {
      const d = event.data;
      const agreement: Agreement = { id: d.agreementId, item: d.number, text: d.text, responsible: d.responsible, dueDate: d.dueDate, recordedAt: d.at };
      return { ...state, agreements: [...state.agreements, agreement] };
    }
    case 'FollowUpImported':
      return {
        ...state,
        followUpItem: event.data.number,
        followUps: event.data.entries.map((entry) => ({ ...entry, doneAt: null, note: null })),
      };
    case 'AgreementMarkedDone':
      return {
        ...state,
        followUps: state.followUps.map((f) => (f.agreementId === event.data.agreementId ? { ...f, doneAt: event.data.at, note: event.data.note } : f)),
      };
    case 'VoteOpened': {
      const d = event.data;
      const vote: Vote = {
        id: d.voteId, item: d.number, method: d.method, eligible: d.eligible, ballots: {}, voted: [],
        openedAt: d.at, status: 'open', closedAt: null, closedBy: null, result: null,
      };
      return { ...state, votes: [...state.votes, vote], openVote: d.voteId, agenda: setStatus(state, d.number, 'voting') };
    }
    case 'BallotCast':
    case 'BallotChanged': {
      const d = event.data;
      return {
        ...state,
        votes: updateVote(state, d.voteId, (v) => ({
          ...v,
          ballots: { ...v.ballots, [d.voter]: d.choice },
          voted: v.voted.includes(d.voter) ? v.voted : [...v.voted, d.voter],
        })),
      };
    }
    case 'VoteClosed': {
      const d = event.data;
      return {
        ...state,
        openVote: null,
        votes: updateVote(state, d.voteId, (v) => ({ ...v, status: 'closed', closedAt: d.at, closedBy: d.closedBy, result: d.result })),
        agenda: setStatus(state, d.number, d.result.outcome === 'not-approved' ? 'rejected' : 'approved'),
      };
    }
    case 'RecessStarted':
      return { ...state, phase: 'recess', recesses: [...state.recesses, { reason: event.data.reason, startedAt: event.data.at, endedAt: null }] };
    case 'SessionResumed':
      return {
        ...state,
        phase: 'in-session',
        recesses: state.recesses.map((r, i) => (i === state.recesses.length - 1 ? { ...r, endedAt: event.data.at } : r)),
        quorumDeclarations: [...state.quorumDeclarations, { ...event.data.quorum, at: event.data.at, when: 'resume' }],
      };
    case 'SessionClosed':
      return {
        ...state,
        phase: 'closed',
        closedAt: event.data.at,
        currentItem: null,
        agenda: state.currentItem ? updateItem(state.agenda, state.currentItem, (i) => ({ ...i, status: i.status === 'in-progress' ? 'presented' : i.status })) : state.agenda,
      };
    case 'AttendanceHintRecorded':
      return { ...state, hints: [...state.hints, { kind: event.data.kind, participant: event.data.participant, at: event.data.at }] };
  }
}

export function fold(events: readonly SessionEvent[], initial: SessionState = INITIAL_STATE): SessionState {
  return events.reduce(evolve, initial);
}
