/**
 * `decide(command, state)`: the session's rules. Returns the events that happen, or a rejection; never throws for
 * an expected failure, never does IO.
 */
import { type AgendaItem, type ItemKind, findItem, flattenAgenda } from './agenda';
import { agendaFromDrafts } from './agenda-draft';
import type { Actor, CommandOf, SessionCommand } from './commands';
import type { QuorumSnapshot, SessionEvent } from './events';
import { followUpItemOf } from './follow-up';
import type { AadObjectId, ItemNumber } from './ids';
import { quorumOf } from './quorum';
import { type Rejection, reject } from './rejection';
import { SESSION_ROLES, type SessionRole } from './roster';
import { withDefaults } from './rules';
import { MODALITIES, SESSION_KINDS } from './session-header';
import type { SessionState } from './session-state';
import { BALLOT_CHOICES, type Vote, resultOf } from './vote';

export type Decision = { ok: true; events: SessionEvent[] } | { ok: false; rejection: Rejection };

const accept = (...events: SessionEvent[]): Decision => ({ ok: true, events });

export function roleOf(state: SessionState, id: AadObjectId): SessionRole | null {
  return state.roster.find((m) => m.id === id)?.role ?? null;
}

/** Whether this person conducts the session under the body's rules (secretary or chair by default). */
export function mayConduct(state: SessionState, id: AadObjectId): boolean {
  const role = roleOf(state, id);
  return role !== null && state.rules.conductingRoles.includes(role);
}

function isConducting(state: SessionState, actor: Actor): boolean {
  const role = roleOf(state, actor.id);
  return role !== null && state.rules.conductingRoles.includes(role);
}

const notAuthorized = (allowedRoles: SessionRole[]) => reject('NotAuthorized', { allowedRoles });

function quorumSnapshot(state: SessionState): QuorumSnapshot & { reached: boolean } {
  return quorumOf(state.roster, state.attendance, state.rules);
}

/** The quorum to declare when the session starts or resumes; no quorum is a rejection with the numbers. */
function declarableQuorum(state: SessionState): { ok: true; quorum: QuorumSnapshot } | { ok: false; rejection: Rejection } {
  const { reached, ...quorum } = quorumSnapshot(state);
  return reached ? { ok: true, quorum } : reject('NoQuorum', { present: quorum.present, required: quorum.required });
}

/** Items a secretary may still take up: pending ones (and deferred ones, when asked for by number). */
const isOpenForWork = (item: AgendaItem) => item.status === 'pending' || item.status === 'deferred';

const WORDS = /^[\s\S]{1,2000}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function validateCreate(data: CommandOf<'CreateSession'>['data']): Rejection | null {
  const invalid = (field: string, problem: string): Rejection => ({ reason: 'InvalidInput', details: { field, problem } });
  if (!data.title?.trim() || !WORDS.test(data.title)) return invalid('title', 'empty');
  if (typeof data.body !== 'string' || data.body.length > 2000) return invalid('body', 'too-long');
  if (data.kind !== null && !SESSION_KINDS.includes(data.kind)) return invalid('kind', 'invalid-kind');
  if (data.modality !== null && !MODALITIES.includes(data.modality)) return invalid('modality', 'invalid-modality');
  if (data.date !== null && !DATE.test(data.date)) return invalid('date', 'invalid-date');
  if (data.time !== null && !TIME.test(data.time)) return invalid('time', 'invalid-time');
  return null;
}

/** The item that follows the current one, depth-first, skipping what is done, withdrawn or deferred. */
function nextPendingItem(state: SessionState): AgendaItem | undefined {
  const flat = flattenAgenda(state.agenda);
  const from = state.currentItem ? flat.findIndex((i) => i.number === state.currentItem) + 1 : 0;
  return flat.slice(from).find((i) => i.status === 'pending') ?? flat.find((i) => i.status === 'pending');
}

/** Leaving the current item: presented items complete; an item put to a vote must be voted, withdrawn or deferred. */
function leaveCurrentItem(state: SessionState, at: string): SessionEvent[] | Rejection {
  if (!state.currentItem) return [];
  const current = findItem(state.agenda, state.currentItem);
  if (!current) return [];
  if (current.status === 'voting') return { reason: 'VoteOpen', details: { item: current.number } };
  if (current.status === 'in-progress' && current.kind === 'vote') return { reason: 'ItemNeedsVote', details: { item: current.number } };
  return [{ type: 'ItemCompleted', data: { number: current.number, at } }];
}

function startItem(state: SessionState, item: AgendaItem, at: string): Decision {
  const leaving = leaveCurrentItem(state, at);
  if (!Array.isArray(leaving)) return { ok: false, rejection: leaving };
  return accept(...leaving, { type: 'ItemStarted', data: { number: item.number, at } });
}

function nextLetterNumber(parent: AgendaItem): ItemNumber {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const used = new Set(parent.items.map((i) => i.number));
  for (let n = 0; ; n++) {
    const suffix = n < 26 ? letters[n] : letters[Math.floor(n / 26) - 1] + letters[n % 26];
    const candidate = `${parent.number}.${suffix}` as ItemNumber;
    if (!used.has(candidate)) return candidate;
  }
}

function closeVoteEvent(state: SessionState, vote: Vote, closedBy: AadObjectId | null, at: string): SessionEvent {
  return { type: 'VoteClosed', data: { voteId: vote.id, number: vote.item, result: resultOf(vote, state.roster, state.rules), closedBy, at } };
}

export function decide(command: SessionCommand, state: SessionState): Decision {
  const { actor, now: at } = command;

  if (command.type === 'CreateSession') {
    if (state.exists) return reject('SessionAlreadyExists');
    const invalid = validateCreate(command.data);
    if (invalid) return { ok: false, rejection: invalid };
    const agenda = agendaFromDrafts(command.data.agenda);
    if (!agenda.ok) return agenda;
    const d = command.data;
    return accept(
      {
        type: 'SessionCreated',
        data: {
          sessionId: d.sessionId, body: d.body.trim(), title: d.title.trim(), kind: d.kind, date: d.date, time: d.time,
          modality: d.modality, meeting: d.meeting, agenda: agenda.agenda, rules: withDefaults(d.rules), createdBy: actor.id, at,
        },
      },
      { type: 'MemberAssigned', data: { member: { id: actor.id, name: actor.name, role: 'secretary' }, by: actor.id, at } },
    );
  }

  if (!state.exists) return reject('SessionNotFound');

  if (command.type === 'RecordAttendanceHint') {
    return accept({ type: 'AttendanceHintRecorded', data: { kind: command.data.kind, participant: command.data.participant, at } });
  }

  if (state.phase === 'closed') return reject('SessionClosed');
  const conducting = isConducting(state, actor);
  const conductors = state.rules.conductingRoles;

  switch (command.type) {
    case 'AssignRoles': {
      if (!actor.isMeetingOrganizer && roleOf(state, actor.id) !== 'secretary') return notAuthorized(['secretary']);
      const events: SessionEvent[] = [];
      for (const [i, m] of command.data.members.entries()) {
        if (!SESSION_ROLES.includes(m.role)) return reject('InvalidInput', { field: `members[${i}].role`, problem: 'invalid-role' });
        if (!m.name?.trim()) return reject('InvalidInput', { field: `members[${i}].name`, problem: 'empty' });
        const before = state.roster.find((r) => r.id === m.id);
        if (before && before.role === m.role && before.name === m.name.trim()) continue;
        events.push({ type: 'MemberAssigned', data: { member: { id: m.id, name: m.name.trim(), role: m.role }, by: actor.id, at } });
      }
      return accept(...events);
    }
    case 'RemoveMember': {
      if (!actor.isMeetingOrganizer && roleOf(state, actor.id) !== 'secretary') return notAuthorized(['secretary']);
      if (!roleOf(state, command.data.id)) return reject('NotInRoster');
      return accept({ type: 'MemberRemoved', data: { id: command.data.id, by: actor.id, at } });
    }
    case 'CorrectItemKind': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'not-started' && state.phase !== 'roll-call') return reject('AgendaLocked');
      const item = findItem(state.agenda, command.data.number);
      if (!item) return reject('ItemNotFound', { item: command.data.number });
      if (!(['vote', 'report', 'procedural', 'general'] as ItemKind[]).includes(command.data.kind)) {
        return reject('InvalidInput', { field: 'kind', problem: 'invalid-kind' });
      }
      if (item.kind === command.data.kind) return accept();
      return accept({ type: 'ItemKindCorrected', data: { number: item.number, kind: command.data.kind, at } });
    }
    case 'StartRollCall': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'not-started') return reject('RollCallAlreadyStarted', { phase: state.phase });
      return accept({ type: 'RollCallStarted', data: { at } });
    }
    case 'MarkAttendance': {
      const self = command.data.memberId === actor.id;
      if (!self && !conducting) return notAuthorized(conductors);
      if (!roleOf(state, command.data.memberId)) return reject('NotInRoster');
      if (state.phase === 'not-started') return reject('RollCallNotOpen');
      const present = state.attendance[command.data.memberId]?.present ?? false;
      if (present === command.data.present) return reject(present ? 'AlreadyPresent' : 'AlreadyAbsent');
      return accept({ type: 'AttendanceMarked', data: { memberId: command.data.memberId, present: command.data.present, by: actor.id, at } });
    }
    case 'StartSession': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase === 'not-started') return reject('RollCallNotOpen');
      if (state.phase !== 'roll-call') return reject('SessionAlreadyStarted');
      const declared = declarableQuorum(state);
      return declared.ok ? accept({ type: 'SessionStarted', data: { quorum: declared.quorum, at } }) : declared;
    }
    case 'ApproveAgenda': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'in-session') return reject(state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted');
      if (state.agendaApproved) return reject('AgendaAlreadyApproved');
      return accept({ type: 'AgendaApproved', data: { at } });
    }
    case 'StartItem':
    case 'NextItem': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'in-session') return reject(state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted');
      if (command.type === 'NextItem') {
        const next = nextPendingItem(state);
        if (!next) {
          const leaving = leaveCurrentItem(state, at);
          if (!Array.isArray(leaving)) return { ok: false, rejection: leaving };
          return leaving.length > 0 ? accept(...leaving) : reject('NoMoreItems');
        }
        return startItem(state, next, at);
      }
      const item = findItem(state.agenda, command.data.number);
      if (!item) return reject('ItemNotFound', { item: command.data.number });
      if (!isOpenForWork(item)) return reject('ItemNotPending', { item: item.number, phase: item.status });
      return startItem(state, item, at);
    }
    case 'CompleteItem': {
      if (!conducting) return notAuthorized(conductors);
      if (!state.currentItem) return reject('NoCurrentItem');
      const leaving = leaveCurrentItem(state, at);
      return Array.isArray(leaving) ? accept(...leaving) : { ok: false, rejection: leaving };
    }
    case 'WithdrawItem':
    case 'DeferItem': {
      if (!conducting) return notAuthorized(conductors);
      const item = findItem(state.agenda, command.data.number);
      if (!item) return reject('ItemNotFound', { item: command.data.number });
      if (item.status === 'voting') return reject('VoteOpen', { item: item.number });
      if (item.status !== 'pending' && item.status !== 'in-progress' && !(command.type === 'WithdrawItem' && item.status === 'deferred')) {
        return reject('ItemNotPending', { item: item.number, phase: item.status });
      }
      const type = command.type === 'WithdrawItem' ? 'ItemWithdrawn' : 'ItemDeferred';
      return accept({ type, data: { number: item.number, at } });
    }
    case 'AddGeneralMatter': {
      if (!conducting) return notAuthorized(conductors);
      const title = command.data.title?.trim() ?? '';
      if (!title) return reject('InvalidInput', { field: 'title', problem: 'empty' });
      if (title.length > 2000) return reject('InvalidInput', { field: 'title', problem: 'too-long' });
      const general = [...state.agenda].reverse().find((i) => i.kind === 'general');
      if (general && general.status !== 'pending' && general.status !== 'in-progress') return reject('GeneralMattersOver', { item: general.number });
      const events: SessionEvent[] = [];
      let parent = general;
      if (!parent) {
        const last = Math.max(0, ...state.agenda.map((i) => parseInt(i.number, 10)).filter(Number.isFinite));
        parent = { number: String(last + 1) as ItemNumber, title: 'Asuntos generales', kind: 'general', status: 'pending', items: [] };
        events.push({ type: 'ItemAdded', data: { parent: null, number: parent.number, title: parent.title, kind: 'general', at } });
      }
      events.push({ type: 'ItemAdded', data: { parent: parent.number, number: nextLetterNumber(parent), title, kind: 'general', at } });
      return accept(...events);
    }
    case 'RecordAgreement': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'in-session') return reject(state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted');
      const number = command.data.number ?? state.currentItem;
      if (!number) return reject('NoCurrentItem');
      if (!findItem(state.agenda, number)) return reject('ItemNotFound', { item: number });
      const text = command.data.text?.trim() ?? '';
      if (!text) return reject('InvalidInput', { field: 'text', problem: 'empty' });
      if (text.length > 4000) return reject('InvalidInput', { field: 'text', problem: 'too-long' });
      const dueDate = command.data.dueDate ?? null;
      if (dueDate !== null && !DATE.test(dueDate)) return reject('InvalidInput', { field: 'dueDate', problem: 'invalid-date' });
      return accept({
        type: 'AgreementRecorded',
        data: { agreementId: command.data.agreementId, number, text, responsible: command.data.responsible?.trim() || null, dueDate, at },
      });
    }
    case 'ImportFollowUp': {
      if (!conducting) return notAuthorized(conductors);
      if (state.followUpItem) return reject('FollowUpAlreadyImported', { item: state.followUpItem });
      const item = command.data.number ? findItem(state.agenda, command.data.number) : followUpItemOf(state.agenda);
      if (!item) return command.data.number ? reject('ItemNotFound', { item: command.data.number }) : reject('NoFollowUpItem');
      const entries = command.data.entries ?? [];
      if (entries.length === 0) return reject('NothingToFollowUp');
      for (const [i, e] of entries.entries()) {
        if (!e.agreementId || !e.text?.trim()) return reject('InvalidInput', { field: `entries[${i}].text`, problem: 'empty' });
        if (e.sourceSessionId === state.id) return reject('InvalidInput', { field: `entries[${i}].sourceSessionId`, problem: 'same-session' });
        if (e.dueDate !== null && !DATE.test(e.dueDate)) return reject('InvalidInput', { field: `entries[${i}].dueDate`, problem: 'invalid-date' });
      }
      if (new Set(entries.map((e) => e.agreementId)).size !== entries.length) return reject('InvalidInput', { field: 'entries', problem: 'duplicate' });
      return accept({ type: 'FollowUpImported', data: { number: item.number, entries, at } });
    }
    case 'MarkAgreementDone': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'in-session') return reject(state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted');
      const followUp = state.followUps.find((f) => f.agreementId === command.data.agreementId);
      if (!followUp) return reject('AgreementNotFound');
      if (followUp.doneAt) return reject('AgreementAlreadyDone');
      const note = command.data.note?.trim() || null;
      if (note && note.length > 4000) return reject('InvalidInput', { field: 'note', problem: 'too-long' });
      return accept({ type: 'AgreementMarkedDone', data: { agreementId: followUp.agreementId, note, by: actor.id, at } });
    }
    case 'OpenVote': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'in-session') return reject(state.phase === 'recess' ? 'SessionInRecess' : 'SessionNotStarted');
      if (state.openVote) return reject('VoteAlreadyOpen');
      if (!state.currentItem) return reject('NoCurrentItem');
      const item = findItem(state.agenda, state.currentItem);
      if (!item) return reject('NoCurrentItem');
      if (item.kind === 'report') return reject('ItemNotVotable', { item: item.number });
      if (item.status !== 'in-progress') return reject('ItemAlreadyVoted', { item: item.number });
      if (command.data.method !== 'economica' && command.data.method !== 'nominal') return reject('InvalidInput', { field: 'method', problem: 'invalid-method' });
      const quorum = quorumSnapshot(state);
      if (!quorum.reached) return reject('NoQuorum', { present: quorum.present, required: quorum.required });
      const eligible = state.roster
        .filter((m) => state.rules.votingRoles.includes(m.role) && state.attendance[m.id]?.present)
        .map((m) => m.id);
      return accept({ type: 'VoteOpened', data: { voteId: command.data.voteId, number: item.number, method: command.data.method, eligible, at } });
    }
    case 'CastBallot': {
      const vote = state.votes.find((v) => v.id === state.openVote);
      if (!vote || (command.data.voteId && command.data.voteId !== vote.id)) return reject('VoteNotOpen');
      const role = roleOf(state, actor.id);
      if (!role || !state.rules.votingRoles.includes(role)) return reject('NotAVotingMember', { allowedRoles: state.rules.votingRoles });
      if (!vote.eligible.includes(actor.id)) return reject('NotEligibleVoter');
      if (!BALLOT_CHOICES.includes(command.data.choice)) return reject('InvalidInput', { field: 'choice', problem: 'invalid-choice' });
      if (command.data.choice === 'abstain' && !state.rules.abstentionAllowed) return reject('AbstentionNotAllowed');
      const previous = vote.ballots[actor.id];
      if (previous !== undefined && (!state.rules.ballotChangeAllowed || previous === command.data.choice)) return reject('AlreadyVoted');
      const ballot: SessionEvent = previous === undefined
        ? { type: 'BallotCast', data: { voteId: vote.id, voter: actor.id, choice: command.data.choice, at } }
        : { type: 'BallotChanged', data: { voteId: vote.id, voter: actor.id, choice: command.data.choice, at } };
      const after: Vote = { ...vote, ballots: { ...vote.ballots, [actor.id]: command.data.choice } };
      const everyoneVoted = after.eligible.every((id) => after.ballots[id] !== undefined);
      if (state.rules.autoCloseWhenAllVoted && everyoneVoted) return accept(ballot, closeVoteEvent(state, after, null, at));
      return accept(ballot);
    }
    case 'CloseVote': {
      if (!conducting) return notAuthorized(conductors);
      const vote = state.votes.find((v) => v.id === state.openVote);
      if (!vote) return reject('VoteNotOpen');
      return accept(closeVoteEvent(state, vote, actor.id, at));
    }
    case 'Recess': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase === 'recess') return reject('SessionInRecess');
      if (state.phase !== 'in-session') return reject('SessionNotStarted');
      if (state.openVote) return reject('VoteOpen');
      return accept({ type: 'RecessStarted', data: { reason: command.data.reason?.trim() || null, at } });
    }
    case 'Resume': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase !== 'recess') return reject('NotInRecess');
      const declared = declarableQuorum(state);
      return declared.ok ? accept({ type: 'SessionResumed', data: { quorum: declared.quorum, at } }) : declared;
    }
    case 'CloseSession': {
      if (!conducting) return notAuthorized(conductors);
      if (state.phase === 'not-started') return reject('SessionNotStarted');
      if (state.openVote) return reject('VoteOpen');
      return accept({ type: 'SessionClosed', data: { at } });
    }
  }
}
