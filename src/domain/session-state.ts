/**
 * The session's state and `evolve`: how each event changes it. Pure; the state is a fold of the events.
 */
import { type AgendaItem, updateItem } from './agenda';
import type { Agreement } from './agreement';
import type { AttendanceHintKind } from './commands';
import type { Debate } from './debate';
import { evolveDebates, isDebateEvent } from './debate-record';
import type { AgendaChangeProposal } from './agenda-change';
import type { MinutesApproval, PreviousMinutes } from './previous-minutes';
import type { SessionEvent } from './events';
import type { FollowUp } from './follow-up';
import type { AadObjectId, ItemNumber, SessionId, VoteId } from './ids';
import type { QuorumSnapshot } from './quorum';
import type { Attendance, Member } from './roster';
import { type BodyRules, DEFAULT_RULES, withDefaults } from './rules';
import type { SessionHeader, SessionPhase } from './session-header';
import type { AgendaChanges, Vote } from './vote';
import { type Excusal, type Reservation, type SeparateOpinion, reservationOutcome } from './vote-parts';
import { evolveCouncilVotes, isCouncilVoteEvent } from './council-votes-record';

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

/**
 * The quorum at a moment of the record: declared at the start and on resuming, lost or restored as people leave and
 * come back, found by a quorum check, and at the close.
 */
export interface QuorumMoment extends QuorumSnapshot {
  at: string;
  when: 'start' | 'resume' | 'lost' | 'restored' | 'check' | 'close';
}

/** Teams said this member left (or joined) and the secretary has not certified it yet (rule `ask`). */
export interface PresenceNotice {
  change: 'left' | 'joined';
  at: string;
}

/** A quorum check: who confirmed their presence and, once closed, who was recorded absent and the quorum found. */
export interface QuorumCheck {
  id: string;
  startedAt: string;
  confirmed: AadObjectId[];
  closedAt: string | null;
  absent: AadObjectId[];
  quorum: QuorumSnapshot | null;
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
  /** Items withdrawn, deferred or added before the order of the day was approved: what its vote approves. */
  agendaChanges: AgendaChanges;
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
  /** Departures and returns Teams told of that wait for the secretary (rule `ask`). */
  presenceNotices: Partial<Record<AadObjectId, PresenceNotice>>;
  /** The quorum check under way, if any. */
  /** Every quorum check of the session, in order (the one under way last). */
  quorumChecks: QuorumCheck[];
  recesses: Recess[];
  /** The debate of each item that was debated: rounds, interventions, motions. */
  debates: Debate[];
  /** The item approving the minutes of an earlier session, and the corrections noted. */
  previousMinutes: PreviousMinutes | null;
  /** Once closed: the later session that approved these minutes. */
  minutesApproval: MinutesApproval | null;
  /** Changes to the order of the day proposed or requested before its approval. */
  agendaProposals: AgendaChangeProposal[];
  /** Parts of drafts reserved for a vote en lo particular, in order. */
  reservations: Reservation[];
  /** Members excused from an item's votes. */
  excusals: Excusal[];
  /** Votos particulares, concurrentes and razonados announced after votes. */
  separateOpinions: SeparateOpinion[];
  quorumRecord: QuorumMoment[];
  readingWaived: boolean;
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
  agendaChanges: { withdrawn: [], deferred: [], added: [] },
  roster: [],
  attendance: {},
  currentItem: null,
  votes: [],
  openVote: null,
  agreements: [],
  followUps: [],
  followUpItem: null,
  hints: [],
  presenceNotices: {},
  quorumChecks: [],
  recesses: [],
  debates: [],
  previousMinutes: null,
  minutesApproval: null,
  agendaProposals: [],
  reservations: [],
  excusals: [],
  separateOpinions: [],
  quorumRecord: [],
  readingWaived: false,
  rollCallStartedAt: null,
  startedAt: null,
  closedAt: null,
};

const setStatus = (state: SessionState, number: string, status: AgendaItem['status']): AgendaItem[] =>
  updateItem(state.agenda, number, (item) => ({ ...item, status }));

const updateVote = (state: SessionState, id: VoteId, change: (vote: Vote) => Vote): Vote[] =>
  state.votes.map((vote) => (vote.id === id ? change(vote) : vote));

/** The tree with this item taken up right after `after` among its siblings (first when null). */
function moveItem(items: AgendaItem[], number: ItemNumber, after: ItemNumber | null): AgendaItem[] {
  const moving = items.find((i) => i.number === number);
  if (!moving) return items.map((i) => ({ ...i, items: moveItem(i.items, number, after) }));
  const rest = items.filter((i) => i !== moving);
  const at = after === null ? 0 : rest.findIndex((i) => i.number === after) + 1;
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}

function addItem(items: AgendaItem[], parent: ItemNumber | null, item: AgendaItem): AgendaItem[] {
  if (parent === null) return [...items, item];
  return updateItem(items, parent, (p) => ({ ...p, items: [...p.items, item] }));
}

/** The quorum check under way (the last one, not closed yet), if any. */
export function openQuorumCheck(state: SessionState): QuorumCheck | null {
  const last = state.quorumChecks[state.quorumChecks.length - 1];
  return last && last.closedAt === null ? last : null;
}

/** The check under way, changed. */
function withCheck(state: SessionState, check: QuorumCheck): SessionState {
  return { ...state, quorumChecks: state.quorumChecks.map((c) => (c.id === check.id ? check : c)) };
}

export function evolve(state: SessionState, event: SessionEvent): SessionState {
  if (isDebateEvent(event)) return { ...state, debates: evolveDebates(state.debates, event) };
  if (isCouncilVoteEvent(event)) return evolveCouncilVotes(state, event);
  switch (event.type) {
    case 'SessionCreated': {
      const d = event.data;
      return {
        ...state,
        exists: true,
        id: d.sessionId,
        header: { body: d.body, title: d.title, kind: d.kind, date: d.date, time: d.time, modality: d.modality, meeting: d.meeting },
        rules: withDefaults(d.rules),
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
      const d = event.data;
      const before = state.attendance[d.memberId];
      const changes = [...(before?.changes ?? []), { present: d.present, at: d.at, by: d.by }];
      const next: Attendance = d.present
        ? { present: true, arrivedAt: before?.arrivedAt ?? d.at, leftAt: null, changes }
        : { present: false, arrivedAt: before?.arrivedAt ?? null, leftAt: before?.present ? d.at : before?.leftAt ?? null, changes };
      const { [d.memberId]: _settled, ...presenceNotices } = state.presenceNotices;
      return { ...state, attendance: { ...state.attendance, [d.memberId]: next }, presenceNotices };
    }
    case 'SessionStarted':
      return {
        ...state,
        phase: 'in-session',
        startedAt: event.data.at,
        quorumRecord: [...state.quorumRecord, { ...event.data.quorum, at: event.data.at, when: 'start' }],
      };
    case 'PresenceChangeNoticed':
      return { ...state, presenceNotices: { ...state.presenceNotices, [event.data.memberId]: { change: event.data.change, at: event.data.at } } };
    case 'PresenceNoticeDismissed': {
      const presenceNotices = { ...state.presenceNotices };
      for (const id of event.data.memberIds) delete presenceNotices[id];
      return { ...state, presenceNotices };
    }
    case 'QuorumLost':
    case 'QuorumRestored':
      return { ...state, quorumRecord: [...state.quorumRecord, { ...event.data.quorum, at: event.data.at, when: event.type === 'QuorumLost' ? 'lost' : 'restored' }] };
    case 'QuorumCheckStarted': {
      const check: QuorumCheck = { id: event.data.checkId, startedAt: event.data.at, confirmed: [], closedAt: null, absent: [], quorum: null };
      return { ...state, quorumChecks: [...state.quorumChecks, check] };
    }
    case 'PresenceConfirmed': {
      const check = openQuorumCheck(state);
      return check && !check.confirmed.includes(event.data.memberId) ? withCheck(state, { ...check, confirmed: [...check.confirmed, event.data.memberId] }) : state;
    }
    case 'QuorumCheckClosed': {
      const d = event.data;
      const check = openQuorumCheck(state);
      const closed = check ? withCheck(state, { ...check, closedAt: d.at, absent: d.absent, quorum: d.quorum }) : state;
      return { ...closed, quorumRecord: [...state.quorumRecord, { ...d.quorum, at: d.at, when: 'check' }] };
    }
    case 'ReadingWaived':
      return { ...state, readingWaived: true };
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
    case 'ItemDeferred': {
      const withdrawn = event.type === 'ItemWithdrawn';
      const changes = state.agendaChanges;
      return {
        ...state,
        currentItem: state.currentItem === event.data.number ? null : state.currentItem,
        agenda: setStatus(state, event.data.number, withdrawn ? 'withdrawn' : 'deferred'),
        agendaChanges: state.agendaApproved ? changes : withdrawn
          ? { ...changes, withdrawn: [...changes.withdrawn, event.data.number], deferred: changes.deferred.filter((n) => n !== event.data.number) }
          : { ...changes, deferred: [...changes.deferred, event.data.number] },
      };
    }
    case 'ItemAdded': {
      const d = event.data;
      const changes = state.agendaChanges;
      return {
        ...state,
        agenda: addItem(state.agenda, d.parent, { number: d.number, title: d.title, kind: d.kind, status: 'pending', items: [] }),
        agendaChanges: state.agendaApproved ? changes : { ...changes, added: [...changes.added, { number: d.number, title: d.title }] },
      };
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
      const stage = d.stage ?? 'single';
      const vote: Vote = {
        id: d.voteId, subject: d.subject ?? 'item', item: d.number, during: d.during ?? null, changes: d.changes ?? null,
        stage, reservationId: d.reservationId ?? null, excused: d.excused ?? [], target: d.target ?? null, method: d.method, eligible: d.eligible, ballots: {}, voted: [], openedAt: d.at, quorumAtOpen: d.quorum ?? null, quorumAtClose: null,
        status: 'open', closedAt: null, closedBy: null, result: null,
      };
      const reservations = d.reservationId ? state.reservations.map((r) => (r.id === d.reservationId ? { ...r, voteId: d.voteId } : r)) : state.reservations;
      // a part voted en lo particular leaves the item as its vote en lo general left it
      const agenda = d.number && stage !== 'particular' ? setStatus(state, d.number, 'voting') : state.agenda;
      return { ...state, votes: [...state.votes, vote], openVote: d.voteId, agenda, reservations };
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
      const vote = state.votes.find((v) => v.id === d.voteId);
      const particular = vote?.stage === 'particular';
      return {
        ...state,
        openVote: null,
        votes: updateVote(state, d.voteId, (v) => ({ ...v, status: 'closed', closedAt: d.at, closedBy: d.closedBy, result: d.result, quorumAtClose: d.quorum ?? null })),
        agenda: d.number && !particular ? setStatus(state, d.number, d.result.outcome === 'not-approved' ? 'rejected' : 'approved') : state.agenda,
        reservations: particular
          ? state.reservations.map((r) => (r.id === vote!.reservationId ? { ...r, outcome: reservationOutcome(r, d.result.outcome) } : r))
          : state.reservations,
      };
    }
    case 'ItemMoved': {
      const d = event.data;
      const changes = state.agendaChanges;
      return {
        ...state,
        agenda: moveItem(state.agenda, d.number, d.after),
        agendaChanges: state.agendaApproved ? changes : { ...changes, moved: [...(changes.moved ?? []), { number: d.number, after: d.after }] },
      };
    }
    case 'RecessStarted':
      return { ...state, phase: 'recess', recesses: [...state.recesses, { reason: event.data.reason, startedAt: event.data.at, endedAt: null }] };
    case 'SessionResumed':
      return {
        ...state,
        phase: 'in-session',
        recesses: state.recesses.map((r, i) => (i === state.recesses.length - 1 ? { ...r, endedAt: event.data.at } : r)),
        quorumRecord: [...state.quorumRecord, { ...event.data.quorum, at: event.data.at, when: 'resume' }],
      };
    case 'SessionClosed':
      return {
        ...state,
        phase: 'closed',
        closedAt: event.data.at,
        quorumChecks: state.quorumChecks.filter((c) => c.closedAt !== null),
        quorumRecord: event.data.quorum ? [...state.quorumRecord, { ...event.data.quorum, at: event.data.at, when: 'close' }] : state.quorumRecord,
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
