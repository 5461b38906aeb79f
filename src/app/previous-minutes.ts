/**
 * The minutes of the previous session, approved in this one: a process that follows every session's events.
 *
 * - When a session is created and an item of its order of the day approves earlier minutes (by its wording,
 *   `approvesPreviousMinutes`), the item is linked to the previous closed session of the same body
 *   (`previousSessionOf`), by whoever created the session (its technical secretary, who conducts).
 * - When a vote on the linked item closes approved, the approval is recorded on the previous session (its minutes
 *   then say "aprobada en la sesión … del …"), with the corrections noted. The domain records it once: a refusal
 *   (already approved, the session not closed) is logged and nothing else happens.
 * - On start, approvals that were due while no instance ran are recorded (`catchUp`).
 *
 * Every instance hears every event: the commands carry idempotency keys named after what they record, so the same
 * link or approval sent twice appends nothing.
 */
import {
  type Actor, type AgendaItem, approvesPreviousMinutes, asAadObjectId, flattenAgenda, type SessionCommand, type SessionState, type VoteId,
} from '../domain';
import type { EventStore } from '../store/event-store';
import type { LiveBus } from '../store/live-bus';
import { STREAM_PREFIX } from '../store/streams';
import { previousSessionOf } from './previous-session';
import type { SessionService } from './session-service';

/** Who records, on the earlier session, that its minutes were approved in a later one. */
export const SESIONA_MINUTES: Actor = { id: asAadObjectId('sesiona-minutes'), name: 'Sesiona' };

/** The first item put to the vote whose wording approves earlier minutes, or null. */
export function itemApprovingMinutes(agenda: readonly AgendaItem[]): AgendaItem | null {
  return flattenAgenda(agenda).find((i) => i.kind === 'vote' && approvesPreviousMinutes(i.title)) ?? null;
}

/** Linking the item that approves earlier minutes to `previous`, done by whoever created the session; null when none does. */
export function linkCommand(state: SessionState, previous: SessionState, now: string): SessionCommand | null {
  const item = itemApprovingMinutes(state.agenda);
  if (!item || !state.createdBy || state.previousMinutes || !previous.id) return null;
  const creator: Actor = { id: state.createdBy, name: state.roster.find((m) => m.id === state.createdBy)?.name ?? '' };
  return {
    type: 'LinkPreviousMinutes', actor: creator, now,
    data: { number: item.number, sessionId: previous.id, title: previous.header.title, date: previous.header.date },
  };
}

/**
 * The approval to record on the earlier session, once a vote on the linked item closed approved (the item as one,
 * or en lo general); null while there is none. Recorded at the moment the vote closed.
 */
export function approvalCommand(state: SessionState): { previousSessionId: string; voteId: VoteId; command: SessionCommand } | null {
  const linked = state.previousMinutes;
  if (!linked || !state.id) return null;
  const vote = state.votes.find((v) => v.item === linked.item && v.subject === 'item' && v.stage !== 'particular'
    && v.status === 'closed' && v.result !== null && v.result.outcome !== 'not-approved');
  if (!vote) return null;
  return {
    previousSessionId: linked.sessionId,
    voteId: vote.id,
    command: {
      type: 'RecordMinutesApproval', actor: SESIONA_MINUTES, now: vote.closedAt ?? state.closedAt ?? state.createdAt ?? '',
      data: {
        bySessionId: state.id, byTitle: state.header.title, byDate: state.header.date, number: linked.item, voteId: vote.id,
        corrections: linked.corrections,
      },
    },
  };
}

export interface PreviousMinutesDeps {
  service: SessionService;
  store: EventStore;
  clock: () => string;
  /** Runs work in the background, tracked (so a shutdown and the tests can wait for it). */
  run: (work: Promise<void>) => void;
  log: (line: string) => void;
}

export class PreviousMinutes {
  constructor(private readonly deps: PreviousMinutesDeps) {}

  /** Follows every session's appended events from now on; returns how to stop. */
  start(bus: LiveBus): () => void {
    return bus.subscribePrefix(STREAM_PREFIX.session, (stream, events) => {
      const sessionId = stream.slice(STREAM_PREFIX.session.length);
      if (events.some((e) => e.type === 'SessionCreated')) this.deps.run(this.link(sessionId));
      if (events.some((e) => e.type === 'VoteClosed')) this.deps.run(this.recordApproval(sessionId));
    });
  }

  /** A session just created: its item approving earlier minutes linked to the previous session of its body. */
  async link(sessionId: string): Promise<void> {
    const { service, store, clock, log } = this.deps;
    const { state } = await service.load(sessionId);
    if (!state.exists || !itemApprovingMinutes(state.agenda) || state.previousMinutes) return;
    const previous = await previousSessionOf(service, store, state);
    const command = previous && linkCommand(state, previous, clock());
    if (!command) return;
    const result = await service.handle(sessionId, command, `previous-minutes:${sessionId}`);
    if (!result.ok) log(`[previous minutes] ${sessionId}: the link to ${previous!.id} was refused: ${result.rejection.reason}`);
  }

  /** A vote closed: if it approved the linked item, the approval recorded on the previous session. */
  async recordApproval(sessionId: string): Promise<void> {
    const { state } = await this.deps.service.load(sessionId);
    const approval = approvalCommand(state);
    if (!approval) return;
    const key = `minutes-approved:${approval.previousSessionId}:${sessionId}:${approval.voteId}`;
    const result = await this.deps.service.handle(approval.previousSessionId, approval.command, key);
    if (!result.ok) this.deps.log(`[previous minutes] ${sessionId}: the approval of the minutes of ${approval.previousSessionId} was not recorded: ${result.rejection.reason}`);
  }

  /**
   * On start: every session whose linked item was approved while the approval is missing from the previous session
   * (no instance ran, or it failed) records it now. Returns how many were recorded.
   */
  async catchUp(): Promise<number> {
    const { service, store } = this.deps;
    let recorded = 0;
    for (const stream of await store.streams(STREAM_PREFIX.session)) {
      const sessionId = stream.slice(STREAM_PREFIX.session.length);
      const approval = approvalCommand((await service.load(sessionId)).state);
      if (!approval) continue;
      const previous = (await service.load(approval.previousSessionId)).state;
      if (!previous.exists || previous.minutesApproval) continue;
      await this.recordApproval(sessionId);
      if ((await service.load(approval.previousSessionId)).state.minutesApproval) recorded += 1;
    }
    return recorded;
  }
}
