/**
 * After events are recorded, the shared cards in the chat change: the order of the day, the roll call, the item
 * and vote cards. Each card has a key; the outbox posts it once and then updates it in place, coalescing.
 * Also renders the user-specific view of a card for one person (Universal Actions `refresh`).
 */
import type { Attachment, Activity } from 'botbuilder';
import type { SessionView } from '../src/app/session-view';
import { type SessionService, sessionStream } from '../src/app/session-service';
import { type BallotChoice, flattenAgenda, parseItemNumber, type SessionEvent, type SessionState } from '../src/domain';
import type { PeopleDirectory } from './bot-records';
import { agendaCard } from './cards/agenda-card';
import type { AdaptiveCardJson, CardName } from './cards/card-kit';
import { itemCard } from './cards/item-card';
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
};

export interface CardRequest {
  card: CardName;
  number?: string;
  voteId?: string;
}

/** Which shared card of a session a card key names (the inverse of `cardKey`); null for other keys. */
export function cardOfKey(sessionId: string, key: string): CardRequest | null {
  if (!key.startsWith(`${sessionId}:`)) return null;
  const rest = key.slice(sessionId.length + 1);
  if (rest === 'agenda' || rest === 'roll-call') return { card: rest };
  const [, kind, id] = /^(item|vote):(.+)$/.exec(rest) ?? [];
  if (kind === 'item' && parseItemNumber(id!) === id) return { card: 'item', number: id };
  if (kind === 'vote' && !id!.includes(':')) return { card: 'vote', voteId: id };
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

  constructor(
    private readonly service: SessionService,
    private readonly outbox: Outbox,
    private readonly people: PeopleDirectory,
  ) {}

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
    const others = request.card === 'roll-call' ? view.members.map((m) => m.id)
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
    for (const vote of state.votes) {
      const key = cardKey.vote(sessionId, vote.id);
      if (votesNamed.has(vote.id) || (!onlyBallots && (await known(key)))) await upsert(key, { card: 'vote', voteId: vote.id });
    }
    await Promise.all(jobs);
  }
}

function findVote(view: SessionView, voteId: string) {
  if (view.openVote?.id === voteId) return view.openVote;
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
