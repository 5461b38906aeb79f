/**
 * After events are recorded, the shared cards in the chat change: the order of the day, the roll call, the item
 * and vote cards. Each card has a key; the outbox posts it once and then updates it in place, coalescing.
 * Also renders the user-specific view of a card for one person (Universal Actions `refresh`).
 */
import type { Attachment, Activity } from 'botbuilder';
import type { SessionView } from '../src/app/session-view';
import { type SessionService, sessionStream } from '../src/app/session-service';
import type { BallotChoice, SessionEvent, SessionState } from '../src/domain';
import type { PeopleDirectory } from './bot-records';
import { agendaCard } from './cards/agenda-card';
import type { AdaptiveCardJson, CardName } from './cards/card-kit';
import { itemCard } from './cards/item-card';
import { type PresenceNotice, presenceCard } from './cards/presence-card';
import { quorumCard, quorumCheckCard } from './cards/quorum-card';
import { rollCallCard } from './cards/roll-call-card';
import { findView } from './cards/session-controls';
import { voteCard } from './cards/vote-card';
import { EVERYONE, type Viewer } from './cards/viewer';
import type { Language } from './i18n/language';
import type { ConversationTarget, Outbox } from './outbox';

export const cardAttachment = (card: AdaptiveCardJson): Attachment => ({ contentType: 'application/vnd.microsoft.card.adaptive', content: card });
export const cardActivity = (card: AdaptiveCardJson): Partial<Activity> => ({ type: 'message', attachments: [cardAttachment(card)] });

export const cardKey = {
  agenda: (sessionId: string) => `${sessionId}:agenda`,
  rollCall: (sessionId: string) => `${sessionId}:roll-call`,
  item: (sessionId: string, number: string) => `${sessionId}:item:${number}`,
  vote: (sessionId: string, voteId: string) => `${sessionId}:vote:${voteId}`,
  quorum: (sessionId: string, index: number) => `${sessionId}:quorum:${index}`,
  quorumCheck: (sessionId: string, checkId: string) => `${sessionId}:quorum-check:${checkId}`,
  presence: (sessionId: string, burst: string) => `${sessionId}:presence:${burst}`,
};

export interface CardRequest {
  card: CardName;
  number?: string;
  voteId?: string;
  /** The quorum card: which moment of the quorum record. */
  index?: number;
  /** The quorum check card: which check. */
  checkId?: string;
  /** The presence notice card: which burst of Teams events and whom it is about. */
  notice?: PresenceNotice;
}

/** Events that arrive within this window are rendered together: sixty ballots in a second are a few renders. */
const RENDER_WINDOW_MS = 20;

interface PendingRender {
  target: ConversationTarget;
  sessionId: string;
  events: SessionEvent[];
  lang: Language;
  done: Promise<void>;
}

export class CardPublisher {
  private readonly pending = new Map<string, PendingRender>();
  private readonly rendering = new Set<Promise<void>>();

  /** Presence notices posted per session (recent ones), so settling a departure updates its notice. */
  private readonly notices = new Map<string, PresenceNotice[]>();

  constructor(
    private readonly service: SessionService,
    private readonly outbox: Outbox,
    private readonly people: PeopleDirectory,
  ) {}

  /** Posts the notice of a burst of departures or returns for those who conduct. */
  async publishPresenceNotice(target: ConversationTarget, sessionId: string, notice: PresenceNotice, lang: Language): Promise<void> {
    const snapshot = await this.service.load(sessionId);
    const view = this.service.viewOf(sessionStream(sessionId), snapshot);
    if (!view) return;
    const list = [...(this.notices.get(sessionId) ?? []), notice].slice(-20);
    this.notices.set(sessionId, list);
    const conductors = view.members.filter((m) => view.rules.conductingRoles.includes(m.role)).map((m) => m.id);
    const card = this.cardFor(view, snapshot.state, { card: 'presence', notice }, EVERYONE, lang, await this.people.teamsIdsOf(target.conversationId, conductors));
    if (card) await this.outbox.upsert(target, cardKey.presence(sessionId, notice.burst), cardActivity(card)).catch(() => undefined);
  }

  /** Resolves when no render is waiting or running (the outbox may still be sending). */
  async settled(): Promise<void> {
    while (this.pending.size || this.rendering.size) await Promise.allSettled([...this.pending.values()].map((p) => p.done).concat([...this.rendering]));
  }

  /** One card as one person sees it; null when it does not apply (no such vote, item…). */
  cardFor(view: SessionView, state: SessionState, request: CardRequest, viewer: Viewer, lang: Language, refreshUserIds: string[] = []): AdaptiveCardJson | null {
    switch (request.card) {
      case 'agenda':
        return agendaCard(view, viewer, lang, refreshUserIds);
      case 'roll-call':
        return rollCallCard(view, viewer, lang, refreshUserIds);
      case 'item': {
        const item = request.number ? findView(view, request.number) : view.currentItem ? findView(view, view.currentItem) : null;
        return item ? itemCard(view, item, viewer, lang, refreshUserIds) : null;
      }
      case 'vote': {
        const lastVoteId = state.votes[state.votes.length - 1]?.id;
        const vote = request.voteId ? findVote(view, request.voteId) : view.openVote ?? (lastVoteId ? findVote(view, lastVoteId) : null);
        if (!vote) return null;
        const ownChoice: BallotChoice | null = viewer.id ? state.votes.find((v) => v.id === vote.id)?.ballots[viewer.id as never] ?? null : null;
        return voteCard(view, vote, viewer, lang, { ownChoice, refreshUserIds });
      }
      case 'quorum':
        return request.index !== undefined ? quorumCard(view, request.index, viewer, lang, refreshUserIds) : null;
      case 'quorum-check': {
        const checkId = request.checkId ?? view.quorumCheck?.id ?? view.quorumChecks[view.quorumChecks.length - 1]?.id;
        return checkId ? quorumCheckCard(view, checkId, viewer, lang, refreshUserIds) : null;
      }
      case 'presence':
        return request.notice ? presenceCard(view, request.notice, viewer, lang, refreshUserIds) : null;
      default:
        return null;
    }
  }

  /** Brings the chat's shared cards up to date after these events (soon: events close together render once). */
  publish(target: ConversationTarget, sessionId: string, events: SessionEvent[], lang: Language): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const key = `${sessionId}|${target.conversationId}`;
    const waiting = this.pending.get(key);
    if (waiting) {
      waiting.events.push(...events);
      return waiting.done;
    }
    const render: PendingRender = { target, sessionId, events: [...events], lang, done: Promise.resolve() };
    render.done = new Promise<void>((resolve) => setTimeout(resolve, RENDER_WINDOW_MS)).then(() => {
      this.pending.delete(key);
      const running = this.render(render.target, render.sessionId, render.events, render.lang);
      this.rendering.add(running);
      return running.finally(() => this.rendering.delete(running));
    });
    this.pending.set(key, render);
    return render.done;
  }

  private async render(target: ConversationTarget, sessionId: string, events: SessionEvent[], lang: Language): Promise<void> {
    const snapshot = await this.service.load(sessionId);
    const { state, version } = snapshot;
    const view = this.service.viewOf(sessionStream(sessionId), snapshot);
    if (!view) return;
    const ids = async (aad: string[]) => this.people.teamsIdsOf(target.conversationId, aad);
    const conductors = view.members.filter((m) => view.rules.conductingRoles.includes(m.role)).map((m) => m.id);
    const everyone = view.members.map((m) => m.id);
    const shared = (card: CardName, extra: Partial<CardRequest>, refresh: string[]) =>
      this.cardFor(view, state, { card, ...extra }, EVERYONE, lang, refresh);
    const jobs: Promise<void>[] = [];
    const upsert = (key: string, card: AdaptiveCardJson | null) => {
      if (card) jobs.push(this.outbox.upsert(target, key, cardActivity(card)).catch(() => undefined));
    };
    const types = new Set(events.map((e) => e.type));

    const rollCallKnown = (await this.outbox.activityIdFor(cardKey.rollCall(sessionId))) !== undefined;
    if (types.has('RollCallStarted') || (rollCallKnown && (types.has('AttendanceMarked') || types.has('MemberAssigned') || types.has('MemberRemoved') || types.has('SessionStarted')))) {
      upsert(cardKey.rollCall(sessionId), shared('roll-call', {}, await ids([...conductors, ...everyone])));
    }
    const agendaKnown = (await this.outbox.activityIdFor(cardKey.agenda(sessionId))) !== undefined;
    if (types.has('SessionStarted') || (agendaKnown && version > 0)) {
      upsert(cardKey.agenda(sessionId), shared('agenda', {}, await ids(conductors)));
    }
    for (const e of events) {
      if (e.type === 'ItemStarted') upsert(cardKey.item(sessionId, e.data.number), shared('item', { number: e.data.number }, await ids(conductors)));
    }
    const followUpChanged = types.has('FollowUpImported') || types.has('AgreementMarkedDone');
    const itemsChanged = new Set<string>(state.followUpItem && followUpChanged ? [state.followUpItem] : []);
    for (const e of events) {
      if (e.type === 'ItemCompleted' || e.type === 'ItemWithdrawn' || e.type === 'ItemDeferred' || e.type === 'AgreementRecorded') itemsChanged.add(e.data.number);
    }
    for (const number of itemsChanged) {
      const key = cardKey.item(sessionId, number);
      if ((await this.outbox.activityIdFor(key)) !== undefined) upsert(key, shared('item', { number }, await ids(conductors)));
    }
    // a quorum lost or restored: a card that says so (and offers those who conduct what to do next)
    for (const e of events) {
      if (e.type !== 'QuorumLost' && e.type !== 'QuorumRestored') continue;
      const when = e.type === 'QuorumLost' ? 'lost' : 'restored';
      const index = view.quorumRecord.findIndex((q) => q.when === when && q.at === e.data.at);
      if (index >= 0) upsert(cardKey.quorum(sessionId, index), shared('quorum', { index }, await ids(conductors)));
    }
    // a quorum check: its card while members confirm, and once it is closed
    const checkIds = new Set(events.flatMap((e) => ('checkId' in e.data ? [e.data.checkId as string] : [])));
    if (view.quorumCheck && (types.has('AttendanceMarked') || types.has('MemberAssigned'))) checkIds.add(view.quorumCheck.id);
    for (const checkId of checkIds) upsert(cardKey.quorumCheck(sessionId, checkId), shared('quorum-check', { checkId }, await ids(everyone)));
    // notices of departures settled by these events
    if (types.has('AttendanceMarked') || types.has('PresenceNoticeDismissed')) {
      for (const notice of this.notices.get(sessionId) ?? []) {
        const key = cardKey.presence(sessionId, notice.burst);
        if ((await this.outbox.activityIdFor(key)) !== undefined) upsert(key, shared('presence', { notice }, await ids(conductors)));
      }
    }
    const votes = new Set(events.flatMap((e) => ('voteId' in e.data ? [e.data.voteId as string] : [])));
    for (const voteId of votes) {
      const vote = state.votes.find((v) => v.id === voteId);
      if (vote) upsert(cardKey.vote(sessionId, voteId), shared('vote', { voteId }, await ids([...conductors, ...vote.eligible])));
    }
    await Promise.all(jobs);
  }
}

function findVote(view: SessionView, voteId: string) {
  if (view.openVote?.id === voteId) return view.openVote;
  const procedural = view.procedureVotes.find((v) => v.id === voteId);
  if (procedural) return procedural;
  const walk = (items: SessionView['agenda']): SessionView['openVote'] => {
    for (const item of items) {
      if (item.vote?.id === voteId) return item.vote;
      const inner = walk(item.items);
      if (inner) return inner;
    }
    return null;
  };
  return walk(view.agenda);
}
