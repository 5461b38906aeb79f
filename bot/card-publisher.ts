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

  constructor(
    private readonly service: SessionService,
    private readonly outbox: Outbox,
    private readonly people: PeopleDirectory,
  ) {}

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
