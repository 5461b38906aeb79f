/**
 * After events are recorded, the shared cards in the chat change: the order of the day, the roll call, the item
 * and vote cards. Each card has a key; the outbox posts it once and then updates it in place, coalescing.
 * Also renders the user-specific view of a card for one person (Universal Actions `refresh`).
 */
import type { Attachment, Activity } from 'botbuilder';
import type { SessionView } from '../src/app/session-view';
import { type SessionService, sessionStream } from '../src/app/session-service';
import { type BallotChoice, flattenAgenda, parseItemNumber, type SessionEvent, type SessionState } from '../src/domain';
import type { PeopleDirectory } from '../src/app/meeting-people';
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
  /** The notice's people are in its key, so it can be drawn again after a restart (a burst names at most 5). */
  presence: (sessionId: string, notice: PresenceNotice) => `${sessionId}:presence:${notice.burst}:${notice.change}:${notice.memberIds.join('+')}`,
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

/** Which shared card of a session a card key names (the inverse of `cardKey`); null for other keys. */
export function cardOfKey(sessionId: string, key: string): CardRequest | null {
  if (!key.startsWith(`${sessionId}:`)) return null;
  const rest = key.slice(sessionId.length + 1);
  if (rest === 'agenda' || rest === 'roll-call') return { card: rest };
  const [, kind, id] = /^(item|vote|quorum|quorum-check):(.+)$/.exec(rest) ?? [];
  if (kind === 'item' && parseItemNumber(id!) === id) return { card: 'item', number: id };
  if (kind === 'vote' && !id!.includes(':')) return { card: 'vote', voteId: id };
  if (kind === 'quorum' && /^\d+$/.test(id!)) return { card: 'quorum', index: Number(id) };
  if (kind === 'quorum-check' && !id!.includes(':')) return { card: 'quorum-check', checkId: id };
  const presence = /^presence:([^:]+):(left|joined):(.+)$/.exec(rest);
  if (presence) return { card: 'presence', notice: { burst: presence[1]!, change: presence[2] as 'left' | 'joined', memberIds: presence[3]!.split('+') } };
  return null;
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
  private takeOver: ((sessionId: string) => Promise<void>) | null = null;

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
    const card = await this.sharedCard(target.conversationId, view, snapshot.state, { card: 'presence', notice }, lang);
    if (card) await this.outbox.upsert(target, cardKey.presence(sessionId, notice), cardActivity(card), snapshot.version).catch(() => undefined);
  }

  /**
   * Called with the session on every publish, so that with several instances on one store a session's cards are
   * repaired when this instance takes it over (CardRepair.takeOver does it once per session).
   */
  takeOverWith(takeOver: (sessionId: string) => Promise<void>): void {
    this.takeOver = takeOver;
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

  /**
   * A shared card of the chat as everyone sees it, with the people who get their own view of it (`refresh`): the
   * conductors, plus everyone on the roll call card and the eligible voters on a vote card.
   */
  async sharedCard(conversationId: string, view: SessionView, state: SessionState, request: CardRequest, lang: Language): Promise<AdaptiveCardJson | null> {
    const conductors = view.members.filter((m) => view.rules.conductingRoles.includes(m.role)).map((m) => m.id);
    const others = request.card === 'roll-call' || request.card === 'quorum-check' ? view.members.map((m) => m.id)
      : request.card === 'vote' ? state.votes.find((v) => v.id === request.voteId)?.eligible ?? []
      : [];
    const refresh = await this.people.teamsIdsOf(conversationId, [...conductors, ...others]);
    return this.cardFor(view, state, request, EVERYONE, lang, refresh);
  }

  /** Brings the chat's shared cards up to date after these events (soon: events close together render once). */
  publish(target: ConversationTarget, sessionId: string, events: SessionEvent[], lang: Language): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    if (this.takeOver) void this.track(this.takeOver(sessionId));
    const key = `${sessionId}|${target.conversationId}`;
    const waiting = this.pending.get(key);
    if (waiting) {
      waiting.events.push(...events);
      return waiting.done;
    }
    const render: PendingRender = { target, sessionId, events: [...events], lang, done: Promise.resolve() };
    render.done = new Promise<void>((resolve) => setTimeout(resolve, RENDER_WINDOW_MS)).then(() => {
      this.pending.delete(key);
      return this.track(this.render(render.target, render.sessionId, render.events, render.lang));
    });
    this.pending.set(key, render);
    return render.done;
  }

  /** Work that `settled()` waits for. */
  track(running: Promise<void>): Promise<void> {
    this.rendering.add(running);
    return running.finally(() => this.rendering.delete(running));
  }

  private async render(target: ConversationTarget, sessionId: string, events: SessionEvent[], lang: Language): Promise<void> {
    const snapshot = await this.service.load(sessionId);
    const { state, version } = snapshot;
    const view = this.service.viewOf(sessionStream(sessionId), snapshot);
    if (!view) return;
    const jobs: Promise<void>[] = [];
    const upsert = async (key: string, request: CardRequest) => {
      const card = await this.sharedCard(target.conversationId, view, state, request, lang);
      if (card) jobs.push(this.outbox.upsert(target, key, cardActivity(card), version).catch(() => undefined));
    };
    const known = async (key: string) => (await this.outbox.activityIdFor(key)) !== undefined;
    const types = new Set(events.map((e) => e.type));
    const votesNamed = new Set(events.flatMap((e) => ('voteId' in e.data ? [e.data.voteId as string] : [])));
    // A ballot changes only its vote's card. Anything else may change any card (a phase, an item's status, a name):
    // every card the session has is rendered again, and the outbox sends only those whose content changed.
    const onlyBallots = events.every((e) => e.type === 'BallotCast' || e.type === 'BallotChanged');
    if (!onlyBallots) {
      if (types.has('RollCallStarted') || (await known(cardKey.rollCall(sessionId)))) await upsert(cardKey.rollCall(sessionId), { card: 'roll-call' });
      if (types.has('SessionStarted') || (await known(cardKey.agenda(sessionId)))) await upsert(cardKey.agenda(sessionId), { card: 'agenda' });
      const started = new Set(events.flatMap((e) => (e.type === 'ItemStarted' ? [e.data.number as string] : [])));
      for (const item of flattenAgenda(state.agenda)) {
        const key = cardKey.item(sessionId, item.number);
        if (started.has(item.number) || (item.status !== 'pending' && (await known(key)))) await upsert(key, { card: 'item', number: item.number });
      }
    }
    // a quorum lost or restored: a card that says so (and offers those who conduct what to do next)
    for (const [index, moment] of view.quorumRecord.entries()) {
      if (moment.when !== 'lost' && moment.when !== 'restored') continue;
      const key = cardKey.quorum(sessionId, index);
      const told = events.some((e) => (e.type === 'QuorumLost' || e.type === 'QuorumRestored') && e.data.at === moment.at);
      if (told || (!onlyBallots && (await known(key)))) await upsert(key, { card: 'quorum', index });
    }
    // a quorum check: its card while members confirm, and once it is closed
    for (const check of view.quorumChecks) {
      const key = cardKey.quorumCheck(sessionId, check.id);
      if (types.has('QuorumCheckStarted') || (!onlyBallots && (await known(key)))) await upsert(key, { card: 'quorum-check', checkId: check.id });
    }
    // notices of departures, settled by these events
    if (!onlyBallots) {
      for (const notice of this.notices.get(sessionId) ?? []) {
        const key = cardKey.presence(sessionId, notice);
        if (await known(key)) await upsert(key, { card: 'presence', notice });
      }
    }
    for (const vote of state.votes) {
      const key = cardKey.vote(sessionId, vote.id);
      if (votesNamed.has(vote.id) || (!onlyBallots && (await known(key)))) await upsert(key, { card: 'vote', voteId: vote.id });
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
