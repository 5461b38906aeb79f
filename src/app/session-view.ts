/**
 * The read model of a session: the JSON the tab and the cards render. A projection of the session's state.
 * It never shows the choices of an open económica vote (only who has voted).
 */
import { type DebateView, debateView, type PersonView } from './debate-view';
export type { DebateView, FloorView, InterventionView, MotionView, PersonView, RoundView } from './debate-view';
import {
  type AgendaChanges, type AgendaItem, type AttendanceChange, type BodyRules, type Agreement, type AttendanceHint, type BallotChoice, type FollowUp,
  type ItemKind, type ItemStatus, type QuorumCheck, type QuorumMoment, type QuorumSnapshot, type Recess, type ResultBasis, type SessionPhase, type SessionRole,
  type SessionState, type Tally, type Vote, type VoteMethod, type VoteOutcome, type VoteSubject, basisOf, type Capabilities, capabilitiesOf, openQuorumCheck, quorumOf, tallyOf,
  type AgendaChange, type MinutesApproval, type PreviousMinutes, type Reservation, type ReservationOutcome, type SeparateOpinion, type SeparateOpinionKind, type VoteStage,
} from '../domain';

export interface MemberView {
  id: string;
  name: string;
  role: SessionRole;
  present: boolean;
  arrivedAt: string | null;
  leftAt: string | null;
  /** Every arrival, departure and return, in order. */
  changes: AttendanceChange[];
  /** Whether their presence counts for quorum (the voting roles). */
  countsForQuorum: boolean;
  /** What the rules let them do now (the cards and the side panel show each person the controls they may use). */
  can: Capabilities;
}

export interface VoteView {
  id: string;
  subject: VoteSubject;
  /** The item voted; null for the order of the day and the reading waiver. */
  item: string | null;
  /** The item under way when a vote on the order of the day or the waiver opened. */
  during: string | null;
  /** For the order of the day: the changes proposed before its vote. */
  changes: AgendaChanges | null;
  /** The item voted as one, en lo general, or a reserved part en lo particular. */
  stage: VoteStage;
  /** The reserved part voted en lo particular. */
  reservation: ReservationView | null;
  /** The item whose withdrawal is voted. */
  target: string | null;
  /** Voting members excused from this item's vote. */
  excused: PersonView[];
  /** Votos particulares, concurrentes and razonados announced on this vote. */
  opinions: SeparateOpinionView[];
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
  /** Why the outcome is what it is (null while open). */
  basis: ResultBasis | null;
  /** Votes in favour an absolute or two-thirds majority required. */
  required: number | null;
  quorumAtOpen: QuorumSnapshot | null;
  quorumAtClose: QuorumSnapshot | null;
}

export interface QuorumCheckView {
  id: string;
  startedAt: string;
  closedAt: string | null;
  confirmed: { id: string; name: string }[];
  /** Recorded absent when the check closed. */
  absent: { id: string; name: string }[];
  quorum: QuorumSnapshot | null;
}


export interface ReservationView {
  id: string;
  item: string;
  by: PersonView;
  part: string;
  proposal: string | null;
  reservedAt: string;
  voteId: string | null;
  outcome: ReservationOutcome | null;
}

export interface SeparateOpinionView {
  id: string;
  voteId: string;
  item: string | null;
  member: PersonView;
  kind: SeparateOpinionKind;
  announcedAt: string;
  dueBy: string | null;
  url: string | null;
  filedAt: string | null;
}

export interface ExcusalView {
  member: PersonView;
  reason: string | null;
  at: string;
}

export interface AgendaProposalView {
  id: string;
  change: AgendaChange;
  by: PersonView;
  as: 'proposal' | 'request';
  at: string;
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
  /** The item's debate; null when nobody asked for the floor on it. */
  debate: DebateView | null;
  /** Parts reserved for a vote en lo particular (withdrawn ones left out), in order. */
  reservations: ReservationView[];
  /** Its votes en lo general and en lo particular (the last one is also `vote`), in order. */
  votes: VoteView[];
  excusals: ExcusalView[];
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
  agendaApprovedAt: string | null;
  readingWaived: boolean;
  /** Votes on the order of the day and on waiving the reading, in order. */
  procedureVotes: VoteView[];
  quorum: { present: number; required: number; total: number; reached: boolean };
  /** The quorum at the start, when lost or restored, at each check, on resuming and at the close. */
  quorumRecord: QuorumMoment[];
  /** Departures and returns Teams told of that wait for the secretary (rule `ask`). */
  presenceNotices: { id: string; name: string; change: 'left' | 'joined'; at: string }[];
  /** A quorum check under way: when it started and who has confirmed. */
  quorumCheck: QuorumCheckView | null;
  /** Every quorum check, the one under way last. */
  quorumChecks: QuorumCheckView[];
  members: MemberView[];
  agenda: ItemView[];
  currentItem: string | null;
  /** The debate of the item under way (also on its item); null when there is no item under way or no debate on it. */
  debate: DebateView | null;
  /** Seconds spoken in the whole session: interventions and motions, every item. */
  debateSeconds: number;
  openVote: VoteView | null;
  agreements: Agreement[];
  /** Agreements of earlier sessions taken up on `followUpItem`, and whether each was marked done here. */
  followUps: FollowUp[];
  followUpItem: string | null;
  recesses: Recess[];
  hints: AttendanceHint[];
  /** Changes to the order of the day proposed or requested and not withdrawn (made if it is approved). */
  agendaProposals: AgendaProposalView[];
  /** The item approving the minutes of an earlier session (its id, title and date), with the corrections noted. */
  previousMinutes: PreviousMinutes | null;
  /** Once closed: the later session that approved these minutes ("aprobada en la sesión … del …"). */
  minutesApproval: MinutesApproval | null;
  /** Votos particulares, concurrentes and razonados, in the order announced. */
  separateOpinions: SeparateOpinionView[];
  /** The body's rules: who votes, who conducts, majority and tie rules. */
  rules: BodyRules;
}

function checkView(c: QuorumCheck, name: (id: string) => string): QuorumCheckView {
  const people = (ids: string[]) => ids.map((id) => ({ id, name: name(id) }));
  return { id: c.id, startedAt: c.startedAt, closedAt: c.closedAt, confirmed: people(c.confirmed), absent: people(c.absent), quorum: c.quorum };
}

/** Names of the roster, looked up once per view instead of once per ballot. */
type Names = Map<string, string>;
const namesOf = (state: SessionState): Names => new Map(state.roster.map((m) => [m.id, m.name]));

function reservationView(r: Reservation, name: (id: string) => string): ReservationView {
  return { id: r.id, item: r.item, by: { id: r.by, name: name(r.by) }, part: r.part, proposal: r.proposal, reservedAt: r.reservedAt, voteId: r.voteId, outcome: r.outcome };
}

function opinionView(o: SeparateOpinion, name: (id: string) => string): SeparateOpinionView {
  return {
    id: o.id, voteId: o.voteId, item: o.item, member: { id: o.memberId, name: name(o.memberId) }, kind: o.kind, announcedAt: o.announcedAt,
    dueBy: o.dueBy, url: o.url, filedAt: o.filedAt,
  };
}

export function voteView(vote: Vote, state: SessionState, names: Names = namesOf(state)): VoteView {
  const name = (id: string) => names.get(id) ?? id;
  const reservation = vote.reservationId ? state.reservations.find((r) => r.id === vote.reservationId) : undefined;
  const showChoices = vote.method === 'nominal' || vote.status === 'closed';
  return {
    id: vote.id,
    subject: vote.subject,
    item: vote.item,
    during: vote.during,
    changes: vote.changes,
    stage: vote.stage,
    reservation: reservation ? reservationView(reservation, name) : null,
    target: vote.target,
    excused: vote.excused.map((id) => ({ id, name: name(id) })),
    opinions: state.separateOpinions.filter((o) => o.voteId === vote.id).map((o) => opinionView(o, name)),
    method: vote.method,
    status: vote.status,
    openedAt: vote.openedAt,
    closedAt: vote.closedAt,
    eligible: vote.eligible.map((id) => ({ id, name: name(id) })),
    ballots: vote.voted.map((id) => ({ id, name: name(id), choice: showChoices ? vote.ballots[id] ?? null : null })),
    tally: vote.result?.tally ?? (showChoices ? tallyOf(vote.ballots) : null),
    outcome: vote.result?.outcome ?? null,
    basis: vote.result ? basisOf(vote.result) : null,
    required: vote.result?.required ?? null,
    quorumAtOpen: vote.quorumAtOpen,
    quorumAtClose: vote.quorumAtClose,
  };
}

function itemView(item: AgendaItem, state: SessionState, votes: Map<string, VoteView[]>, debates: Map<string, DebateView>, name: (id: string) => string): ItemView {
  const itemVotes = votes.get(item.number) ?? [];
  return {
    number: item.number,
    title: item.title,
    kind: item.kind,
    status: item.status,
    current: state.currentItem === item.number,
    vote: itemVotes[itemVotes.length - 1] ?? null,
    agreements: state.agreements.filter((a) => a.item === item.number),
    debate: debates.get(item.number) ?? null,
    reservations: state.reservations.filter((r) => r.item === item.number && r.withdrawnAt === null).map((r) => reservationView(r, name)),
    votes: itemVotes,
    excusals: state.excusals.filter((e) => e.item === item.number).map((e) => ({ member: { id: e.memberId, name: name(e.memberId) }, reason: e.reason, at: e.at })),
    items: item.items.map((child) => itemView(child, state, votes, debates, name)),
  };
}

/**
 * A closed vote never changes, and state objects are immutable: its view is built once per roster (names) and
 * separate opinions (announced after it closed), and reused by every later version of the session.
 */
const closedVoteViews = new WeakMap<Vote, { roster: SessionState['roster']; opinions: SessionState['separateOpinions']; view: VoteView }>();

function cachedVoteView(vote: Vote, state: SessionState, names: () => Names): VoteView {
  if (vote.status !== 'closed') return voteView(vote, state, names());
  const cached = closedVoteViews.get(vote);
  if (cached && cached.roster === state.roster && cached.opinions === state.separateOpinions) return cached.view;
  const view = voteView(vote, state, names());
  closedVoteViews.set(vote, { roster: state.roster, opinions: state.separateOpinions, view });
  return view;
}

export function toSessionView(state: SessionState, version: number): SessionView {
  let names: Names | null = null;
  const lazyNames = () => (names ??= namesOf(state));
  const itemVotes = new Map<string, VoteView[]>();
  const procedureVotes: VoteView[] = [];
  let open: VoteView | null = null;
  for (const vote of state.votes) {
    const view = cachedVoteView(vote, state, lazyNames);
    if (vote.item) itemVotes.set(vote.item, [...(itemVotes.get(vote.item) ?? []), view]);
    else procedureVotes.push(view);
    if (vote.id === state.openVote) open = view;
  }
  const name = (id: string) => lazyNames().get(id) ?? id;
  const quorumChecks = state.quorumChecks.map((c) => checkView(c, name));
  const debates = new Map(state.debates.map((d) => [d.item as string, debateView(d, state, name)]));
  const debateSeconds = [...debates.values()].reduce((sum, d) => sum + d.spokenSeconds + d.motionSeconds, 0);
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
    agendaApprovedAt: state.agendaApprovedAt,
    readingWaived: state.readingWaived,
    procedureVotes,
    quorum: quorumOf(state.roster, state.attendance, state.rules),
    quorumRecord: state.quorumRecord,
    presenceNotices: Object.entries(state.presenceNotices).map(([id, n]) => ({ id, name: name(id), change: n!.change, at: n!.at })),
    quorumCheck: openQuorumCheck(state) ? quorumChecks[quorumChecks.length - 1]! : null,
    quorumChecks,
    members: state.roster.map((m) => {
      const a = state.attendance[m.id];
      return {
        id: m.id, name: m.name, role: m.role, present: a?.present ?? false, arrivedAt: a?.arrivedAt ?? null, leftAt: a?.leftAt ?? null,
        changes: a?.changes ?? [], countsForQuorum: state.rules.votingRoles.includes(m.role), can: capabilitiesOf(state, m.id),
      };
    }),
    agenda: state.agenda.map((item) => itemView(item, state, itemVotes, debates, name)),
    currentItem: state.currentItem,
    debate: state.currentItem ? debates.get(state.currentItem) ?? null : null,
    debateSeconds,
    openVote: open,
    agreements: state.agreements,
    followUps: state.followUps,
    followUpItem: state.followUpItem,
    recesses: state.recesses,
    hints: state.hints,
    agendaProposals: state.agendaProposals.filter((p) => p.withdrawnAt === null).map((p) => ({ id: p.id, change: p.change, by: { id: p.by, name: name(p.by) }, as: p.as, at: p.at })),
    separateOpinions: state.separateOpinions.map((o) => opinionView(o, name)),
    previousMinutes: state.previousMinutes,
    minutesApproval: state.minutesApproval,
    rules: state.rules,
  };
}
