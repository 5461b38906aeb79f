/**
 * The read model of a session: the JSON the tab and the cards render. A projection of the session's state.
 * It never shows the choices of an open económica vote (only who has voted).
 */
import {
  type AgendaItem, type BodyRules, type Agreement, type AttendanceHint, type BallotChoice, type ItemKind, type ItemStatus, type Recess,
  type SessionPhase, type SessionRole, type SessionState, type Tally, type Vote, type VoteMethod, type VoteOutcome,
  quorumOf, tallyOf,
} from '../domain';

export interface MemberView {
  id: string;
  name: string;
  role: SessionRole;
  present: boolean;
  arrivedAt: string | null;
  leftAt: string | null;
}

export interface VoteView {
  id: string;
  item: string;
  method: VoteMethod;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  eligible: { id: string; name: string }[];
  /** Who has voted, in order; `choice` only when the method shows it (nominal, or económica once closed). */
  ballots: { id: string; name: string; choice: BallotChoice | null }[];
  /** The count; null while an económica vote is open. */
  tally: Tally | null;
  outcome: VoteOutcome | null;
  decidedByCastingVote: boolean;
  tie: boolean;
}

export interface ItemView {
  number: string;
  title: string;
  kind: ItemKind;
  status: ItemStatus;
  current: boolean;
  /** The last vote on this item, if any. */
  vote: VoteView | null;
  agreements: Agreement[];
  items: ItemView[];
}

export interface SessionView {
  id: string;
  version: number;
  body: string;
  title: string;
  kind: string | null;
  date: string | null;
  time: string | null;
  modality: string | null;
  meetingId: string | null;
  phase: SessionPhase;
  createdAt: string | null;
  startedAt: string | null;
  closedAt: string | null;
  agendaApproved: boolean;
  quorum: { present: number; required: number; total: number; reached: boolean };
  members: MemberView[];
  agenda: ItemView[];
  currentItem: string | null;
  openVote: VoteView | null;
  agreements: Agreement[];
  recesses: Recess[];
  hints: AttendanceHint[];
  /** The body's rules: who votes, who conducts, majority and tie rules. */
  rules: BodyRules;
}

export function voteView(vote: Vote, state: SessionState): VoteView {
  const name = (id: string) => state.roster.find((m) => m.id === id)?.name ?? id;
  const showChoices = vote.method === 'nominal' || vote.status === 'closed';
  return {
    id: vote.id,
    item: vote.item,
    method: vote.method,
    status: vote.status,
    openedAt: vote.openedAt,
    closedAt: vote.closedAt,
    eligible: vote.eligible.map((id) => ({ id, name: name(id) })),
    ballots: vote.voted.map((id) => ({ id, name: name(id), choice: showChoices ? vote.ballots[id] ?? null : null })),
    tally: vote.result?.tally ?? (showChoices ? tallyOf(vote.ballots) : null),
    outcome: vote.result?.outcome ?? null,
    decidedByCastingVote: vote.result?.decidedByCastingVote ?? false,
    tie: vote.result?.tie ?? false,
  };
}

function itemView(item: AgendaItem, state: SessionState): ItemView {
  const votes = state.votes.filter((v) => v.item === item.number);
  const last = votes[votes.length - 1];
  return {
    number: item.number,
    title: item.title,
    kind: item.kind,
    status: item.status,
    current: state.currentItem === item.number,
    vote: last ? voteView(last, state) : null,
    agreements: state.agreements.filter((a) => a.item === item.number),
    items: item.items.map((child) => itemView(child, state)),
  };
}

export function toSessionView(state: SessionState, version: number): SessionView {
  const open = state.votes.find((v) => v.id === state.openVote);
  return {
    id: state.id ?? '',
    version,
    body: state.header.body,
    title: state.header.title,
    kind: state.header.kind,
    date: state.header.date,
    time: state.header.time,
    modality: state.header.modality,
    meetingId: state.header.meeting?.meetingId ?? null,
    phase: state.phase,
    createdAt: state.createdAt,
    startedAt: state.startedAt,
    closedAt: state.closedAt,
    agendaApproved: state.agendaApproved,
    quorum: quorumOf(state.roster, state.attendance, state.rules),
    members: state.roster.map((m) => {
      const a = state.attendance[m.id];
      return { id: m.id, name: m.name, role: m.role, present: a?.present ?? false, arrivedAt: a?.arrivedAt ?? null, leftAt: a?.leftAt ?? null };
    }),
    agenda: state.agenda.map((item) => itemView(item, state)),
    currentItem: state.currentItem,
    openVote: open ? voteView(open, state) : null,
    agreements: state.agreements,
    recesses: state.recesses,
    hints: state.hints,
    rules: state.rules,
  };
}
