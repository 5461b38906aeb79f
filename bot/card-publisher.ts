/**
 * Draws the chat's shared cards of a session after its events: the order of the day, the roll call, the items,
 * the votes, the quorum and quorum check cards, the notices of departures. Each card has a key; the outbox posts it
 * once and then updates it in place, coalescing, and sends only what changed. Called for the session's event
 * stream (session-cards.ts); card repair draws the same cards (`sharedCard`).
 */
import type { StableMinutesLinks } from './cards/previous-minutes-section';
import type { CardRecords, ConversationTarget } from '../src/app/card-records';
import type { PeopleDirectory } from '../src/app/meeting-people';
import { type SessionService, sessionStream } from '../src/app/session-service';
import type { SessionView } from '../src/app/session-view';
import { flattenAgenda, type SessionEvent, type SessionState } from '../src/domain';
import type { CardRef, PresenceNotice } from './card-action';
import { cardKey, cardOfKey } from './card-keys';
import { cardActivity } from './cards/card-activity';
import type { AdaptiveCardJson } from './cards/card-kit';
import { renderCard } from './cards/render-card';
import { EVERYONE } from './cards/viewer';
import type { Language } from './i18n/language';
import type { Outbox } from './outbox';

/** How many recent presence notices of a session are kept up to date as departures are settled. */
const NOTICES_KEPT = 20;

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

  /** Presence notices of each session (recent ones), so settling a departure updates its notice. */
  private readonly notices = new Map<string, PresenceNotice[]>();

  constructor(
    private readonly service: SessionService,
    private readonly outbox: Outbox,
    private readonly people: PeopleDirectory,
    /** The card records: the notices posted before this instance started (a restart, a take-over) are found there. */
    private readonly records: Pick<CardRecords, 'keys'> | null = null,
    /** The runtime's minutes links, for the item that approves earlier minutes. */
    private readonly minutesLinks: StableMinutesLinks | null = null,
  ) {}

  /** The session's recent notices: read once from the card records, then kept as this instance posts more. */
  private async noticesOf(sessionId: string): Promise<PresenceNotice[]> {
    const known = this.notices.get(sessionId);
    if (known) return known;
    const keys = this.records ? await this.records.keys(`${sessionId}:presence:`) : [];
    const recorded = keys.map((key) => cardOfKey(sessionId, key)).flatMap((ref) => (ref?.card === 'presence' ? [ref.notice] : []));
    const list = this.notices.get(sessionId) ?? recorded.slice(-NOTICES_KEPT);
    this.notices.set(sessionId, list);
    return list;
  }

  /** Posts the notice of a burst of departures or returns for those who conduct. */
  async publishPresenceNotice(target: ConversationTarget, sessionId: string, notice: PresenceNotice, lang: Language): Promise<void> {
    const snapshot = await this.service.load(sessionId);
    const view = this.service.viewOf(sessionStream(sessionId), snapshot);
    if (!view) return;
    this.notices.set(sessionId, [...(await this.noticesOf(sessionId)), notice].slice(-NOTICES_KEPT));
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

  /**
   * A shared card of the chat as everyone sees it, with the people who get their own view of it (`refresh`): the
   * conductors, plus everyone on the roll call card, the eligible voters on a vote card, and those with voice on an
   * item's card (their buttons of the debate).
   */
  async sharedCard(conversationId: string, view: SessionView, state: SessionState, ref: CardRef, lang: Language): Promise<AdaptiveCardJson | null> {
    const conductors = view.members.filter((m) => m.can.conducts).map((m) => m.id);
    const others = ref.card === 'roll-call' || ref.card === 'quorum-check' ? view.members.map((m) => m.id)
      : ref.card === 'vote' ? state.votes.find((v) => v.id === ref.voteId)?.eligible ?? []
      : ref.card === 'item' ? view.members.filter((m) => m.can.hasVoice).map((m) => m.id)
      : [];
    const refresh = await this.people.teamsIdsOf(conversationId, [...conductors, ...others]);
    return renderCard(view, state, ref, EVERYONE, lang, refresh, this.minutesLinks);
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
    const upsert = async (key: string, request: CardRef) => {
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
      for (const notice of await this.noticesOf(sessionId)) {
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
