/**
 * One outbox per bot: every message and card update for a conversation goes through it, so Teams' limits are
 * respected (per conversation: 7 per second, 8 per 2 s, 60 per 30 s, 1800 per hour), updates of the same card
 * coalesce (many ballots in a second become one update, the last state wins), and 429/412/502/504 are retried with
 * exponential backoff and jitter, honouring Retry-After. The final state of a card is never dropped.
 *
 * Posts (answers to a person, new cards) go before card updates, and card updates use only part of each rate
 * window: the rest is kept for posts, so an answer is never stuck behind a busy session's card updates. A card never
 * goes back to an older state (states carry the session version they show), and an update that would show what
 * the card already shows is not sent. After each delivery the key store records what the card shows, so cards left
 * behind by a crash can be found and repaired (bot/card-repair.ts).
 */
import type { Activity } from 'botbuilder';

import type { ConversationTarget, DeliveredCard } from '../src/app/card-records';
import { deliveryFailed } from '../src/ops/metrics';
import { outsideRequests } from '../src/ops/request-context';
import { type CardKeyStore, cardDigest, MemoryKeyStore } from './card-key-store';
import { LocalSendSlots, type RateLimit, type SendSlots, TEAMS_CONVERSATION_LIMITS } from './rate-windows';

export type { ConversationTarget, DeliveredCard };

export type DeliveryOp =
  | { kind: 'post'; activity: Partial<Activity> }
  | { kind: 'update'; activityId: string; activity: Partial<Activity> };

/** Sends one operation to the Bot Connector. Throws an error with `statusCode` (and `retryAfterMs`) on failure. */
export type Delivery = (target: ConversationTarget, op: DeliveryOp) => Promise<{ id: string }>;

export { type RateLimit, TEAMS_CONVERSATION_LIMITS } from './rate-windows';

export { type CardKeyStore, cardDigest } from './card-key-store';

export const RETRYABLE_STATUS = new Set([412, 429, 500, 502, 503, 504]);

export interface OutboxOptions {
  deliver: Delivery;
  limits?: RateLimit[];
  keyStore?: CardKeyStore;
  /** Attempts per operation before giving up (a post) or cooling down (an update, which is then tried again). */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Added to every rate window, so network jitter never makes Teams count one send too many (default 150 ms). */
  safetyMarginMs?: number;
  /** Where the sends are counted (default: in this process; several instances share them in the store). */
  slots?: (limits: RateLimit[], safetyMarginMs: number) => SendSlots;
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

interface PendingPost {
  kind: 'post';
  activity: Partial<Activity>;
  /** Set when this post creates a keyed card: later upserts for the key replace `activity` until it is sent. */
  key?: string;
  version?: number;
  waiters: { resolve: (id: string) => void; reject: (err: Error) => void }[];
}

interface PendingUpdate {
  activity: Partial<Activity>;
  version: number | undefined;
  waiters: (() => void)[];
}

interface Conversation {
  target: ConversationTarget;
  posts: PendingPost[];
  /** Latest state of each keyed card waiting to be sent as an update (coalesced). */
  updates: Map<string, PendingUpdate>;
  running: boolean;
  /** Wakes the drain when it is waiting for a card update's slot and a post arrives. */
  wake: (() => void) | null;
}

export class Outbox {
  private readonly conversations = new Map<string, Conversation>();
  private readonly ids = new Map<string, string>();
  /** The digest of what each card shows (as last delivered by this outbox). */
  private readonly shown = new Map<string, string>();
  /** The newest version each card was given: an older state that arrives late is not shown. */
  private readonly versions = new Map<string, number>();
  /** Card keys whose first post is on its way (an upsert meanwhile becomes an update). */
  private readonly posting = new Set<string>();
  private readonly slots: SendSlots;
  private readonly keyStore: CardKeyStore;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;
  private idleWaiters: (() => void)[] = [];
  private inFlight = 0;

  constructor(private readonly options: OutboxOptions) {
    this.keyStore = options.keyStore ?? new MemoryKeyStore();
    this.maxAttempts = options.maxAttempts ?? 6;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.log = options.log ?? ((line) => console.log(line));
    const limits = options.limits ?? TEAMS_CONVERSATION_LIMITS;
    const safetyMarginMs = options.safetyMarginMs ?? 150;
    this.slots = options.slots ? options.slots(limits, safetyMarginMs) : new LocalSendSlots(limits, safetyMarginMs, this.now);
  }

  /** A new message, in order with the conversation's other posts; resolves with the message id. */
  post(target: ConversationTarget, activity: Partial<Activity>): Promise<string> {
    return new Promise((resolve, reject) => {
      const conversation = this.conversation(target);
      conversation.posts.push({ kind: 'post', activity, waiters: [{ resolve, reject }] });
      conversation.wake?.();
      this.kick(target);
    });
  }

  /**
   * The card behind `key` shows `activity`: posted the first time, updated in place afterwards. Updates that pile
   * up for one key are sent once, with the last state. `version` (the session version the state shows) keeps a
   * late older state from replacing a newer one. Resolves when this state (or a later one) is delivered.
   */
  async upsert(target: ConversationTarget, key: string, activity: Partial<Activity>, version?: number): Promise<void> {
    await this.activityIdFor(key);
    // from here on, no await until the state is queued: concurrent upserts of one key see each other
    const conversation = this.conversation(target);
    const newest = this.versions.get(key);
    const pending = conversation.updates.get(key);
    const queuedPost = conversation.posts.find((p) => p.key === key);
    if (version !== undefined && newest !== undefined && version < newest) {
      // a newer state is queued or shown already: wait for it instead
      if (pending) await new Promise<void>((resolve) => pending.waiters.push(resolve));
      else if (queuedPost) await new Promise<string>((resolve, reject) => queuedPost.waiters.push({ resolve, reject }));
      return;
    }
    if (version !== undefined) this.versions.set(key, version);
    if (queuedPost) {
      queuedPost.activity = activity;
      queuedPost.version = version;
      await new Promise<string>((resolve, reject) => queuedPost.waiters.push({ resolve, reject }));
      return;
    }
    if (!this.ids.has(key) && !this.posting.has(key)) {
      await new Promise<string>((resolve, reject) => {
        conversation.posts.push({ kind: 'post', activity, key, version, waiters: [{ resolve, reject }] });
        this.kick(target);
      });
      return;
    }
    if (!pending && this.shown.get(key) === cardDigest(activity)) return; // the card shows this already
    await new Promise<void>((resolve) => {
      conversation.updates.set(key, { activity, version, waiters: [...(pending?.waiters ?? []), resolve] });
      this.kick(target);
    });
  }

  /** The message id behind a card key, if it was posted. */
  async activityIdFor(key: string): Promise<string | undefined> {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const stored = await this.keyStore.get(key);
    if (stored === undefined) return undefined;
    if (!this.ids.has(key)) {
      this.ids.set(key, stored.activityId);
      if (stored.digest !== null) this.shown.set(key, stored.digest);
    }
    return this.ids.get(key);
  }

  /** Messages and card updates queued or on their way (the metric sesiona_outbox_queue_depth). */
  depth(): number {
    return this.inFlight + [...this.conversations.values()].reduce((sum, c) => sum + c.posts.length + c.updates.size, 0);
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.inFlight === 0 && [...this.conversations.values()].every((c) => !c.running && c.posts.length === 0 && c.updates.size === 0);
  }

  private conversation(target: ConversationTarget): Conversation {
    let c = this.conversations.get(target.conversationId);
    if (!c) this.conversations.set(target.conversationId, (c = { target, posts: [], updates: new Map(), running: false, wake: null }));
    c.target = target;
    return c;
  }

  private kick(target: ConversationTarget): void {
    const c = this.conversation(target);
    if (c.running) return;
    c.running = true;
    // the queue outlives the request that started it: its log lines belong to no request
    outsideRequests(() => this.drain(c))
      .catch((err) => this.log(`[outbox] ${c.target.conversationId}: ${(err as Error).message}`))
      .finally(() => {
        c.running = false;
        if (c.posts.length || c.updates.size) this.kick(c.target);
        else if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
  }

  /** Posts first; a card update waits for a slot of its share of the rate windows, and a post cuts that wait short. */
  private async drain(c: Conversation): Promise<void> {
    while (c.posts.length || c.updates.size) {
      const post = c.posts.shift();
      if (post) {
        await this.sendPost(c, post);
        continue;
      }
      const wait = await this.slots.wait(c.target.conversationId, 'update', false);
      if (c.posts.length) continue; // a post came in meanwhile: it goes first
      if (wait > 0) {
        await new Promise<void>((resolve) => {
          c.wake = resolve;
          void this.sleep(wait).then(resolve);
        });
        c.wake = null;
        continue;
      }
      const [key, update] = c.updates.entries().next().value as [string, PendingUpdate];
      c.updates.delete(key);
      if (this.shown.get(key) === cardDigest(update.activity)) update.waiters.forEach((resolve) => resolve());
      else await this.sendUpdate(c, key, update);
    }
  }

  private async sendPost(c: Conversation, post: PendingPost): Promise<void> {
    this.inFlight++;
    if (post.key) this.posting.add(post.key);
    try {
      const { id } = await this.withRetries(c, 'post', () => ({ kind: 'post', activity: post.activity }));
      if (post.key) {
        this.ids.set(post.key, id);
        await this.remember(c, { key: post.key, activityId: id, posted: true, version: post.version, digest: cardDigest(post.activity) });
      }
      post.waiters.forEach((w) => w.resolve(id));
    } catch (err) {
      this.log(`[outbox] could not post to ${c.target.conversationId}: ${(err as Error).message}`);
      post.waiters.forEach((w) => w.reject(err as Error));
    } finally {
      if (post.key) this.posting.delete(post.key);
      this.inFlight--;
    }
  }

  private async sendUpdate(c: Conversation, key: string, update: PendingUpdate): Promise<void> {
    const activityId = this.ids.get(key);
    if (activityId === undefined) {
      // the card's first post failed: this state is posted instead
      c.posts.push({ kind: 'post', activity: update.activity, key, version: update.version, waiters: update.waiters.map((resolve) => ({ resolve: () => resolve(), reject: () => resolve() })) });
      return;
    }
    this.inFlight++;
    try {
      await this.withRetries(c, 'update', () => ({ kind: 'update', activityId, activity: update.activity }));
      await this.remember(c, { key, activityId, posted: false, version: update.version, digest: cardDigest(update.activity) });
      update.waiters.forEach((resolve) => resolve());
    } catch (err) {
      // Never lose the final state: unless a newer state is already waiting, try this one again after a pause.
      const newer = c.updates.get(key);
      this.log(`[outbox] update of ${key} failed (${(err as Error).message}); ${newer ? 'a newer state is queued' : 'trying again'}`);
      if (newer) newer.waiters.push(...update.waiters);
      else {
        await this.sleep(this.baseDelayMs * 2 ** this.maxAttempts);
        c.updates.set(key, update);
      }
    } finally {
      this.inFlight--;
    }
  }

  /** What the card shows now: kept here, and told to the key store (a failure to record is logged, not fatal). */
  private async remember(c: Conversation, card: Omit<DeliveredCard, 'target'>): Promise<void> {
    this.shown.set(card.key, card.digest);
    try {
      await this.keyStore.delivered({ ...card, target: c.target });
    } catch (err) {
      this.log(`[outbox] could not record what card ${card.key} shows: ${(err as Error).message}`);
    }
  }

  /** Waits for a rate-limit slot before every attempt; retries what Teams says to retry. */
  private async withRetries(c: Conversation, kind: DeliveryOp['kind'], op: () => DeliveryOp): Promise<{ id: string }> {
    for (let attempt = 1; ; attempt++) {
      await this.waitForSlot(c, kind);
      try {
        return await this.options.deliver(c.target, op());
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode ?? 0;
        const retry = RETRYABLE_STATUS.has(status) && attempt < this.maxAttempts;
        deliveryFailed(status, retry);
        if (!retry) throw err;
        const backoff = this.baseDelayMs * 2 ** (attempt - 1);
        const retryAfter = (err as { retryAfterMs?: number }).retryAfterMs ?? 0;
        const wait = Math.max(retryAfter, backoff) + Math.floor(this.random() * this.baseDelayMs);
        this.log(`[outbox] ${c.target.conversationId}: HTTP ${status}, attempt ${attempt}; retrying in ${wait} ms`);
        await this.sleep(wait);
      }
    }
  }

  private async waitForSlot(c: Conversation, kind: DeliveryOp['kind']): Promise<void> {
    for (;;) {
      const wait = await this.slots.wait(c.target.conversationId, kind, true);
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }
}
