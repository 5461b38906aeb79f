/**
 * One outbox per bot: every message and card update for a conversation goes through it, so Teams' limits are
 * respected (per conversation: 7 per second, 8 per 2 s, 60 per 30 s, 1800 per hour), updates of the same card
 * coalesce (many ballots in a second become one update, the last state wins), and 429/412/502/504 are retried with
 * exponential backoff and jitter, honouring Retry-After. The final state of a card is never dropped.
 */
import type { Activity } from 'botbuilder';

export interface ConversationTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
}

export type DeliveryOp =
  | { kind: 'post'; activity: Partial<Activity> }
  | { kind: 'update'; activityId: string; activity: Partial<Activity> };

/** Sends one operation to the Bot Connector. Throws an error with `statusCode` (and `retryAfterMs`) on failure. */
export type Delivery = (target: ConversationTarget, op: DeliveryOp) => Promise<{ id: string }>;

export interface RateLimit {
  max: number;
  perMs: number;
}

export const TEAMS_CONVERSATION_LIMITS: RateLimit[] = [
  { max: 7, perMs: 1_000 },
  { max: 8, perMs: 2_000 },
  { max: 60, perMs: 30_000 },
  { max: 1_800, perMs: 3_600_000 },
];

/** Where the message behind each card key is remembered, so a restart updates the same card. */
export interface CardKeyStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, activityId: string): Promise<void>;
}

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
  waiters: { resolve: (id: string) => void; reject: (err: Error) => void }[];
}

interface Conversation {
  target: ConversationTarget;
  posts: PendingPost[];
  /** Latest state of each keyed card waiting to be sent as an update (coalesced). */
  updates: Map<string, { activity: Partial<Activity>; waiters: (() => void)[] }>;
  sent: number[];
  running: boolean;
}

class MemoryKeyStore implements CardKeyStore {
  private readonly ids = new Map<string, string>();
  async get(key: string) { return this.ids.get(key); }
  async set(key: string, id: string) { this.ids.set(key, id); }
}

export class Outbox {
  private readonly conversations = new Map<string, Conversation>();
  private readonly ids = new Map<string, string>();
  /** Card keys whose first post is on its way (an upsert meanwhile becomes an update). */
  private readonly posting = new Set<string>();
  private readonly limits: RateLimit[];
  private readonly keyStore: CardKeyStore;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly safetyMarginMs: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;
  private idleWaiters: (() => void)[] = [];
  private inFlight = 0;

  constructor(private readonly options: OutboxOptions) {
    this.limits = options.limits ?? TEAMS_CONVERSATION_LIMITS;
    this.keyStore = options.keyStore ?? new MemoryKeyStore();
    this.maxAttempts = options.maxAttempts ?? 6;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.safetyMarginMs = options.safetyMarginMs ?? 150;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.log = options.log ?? ((line) => console.log(line));
  }

  /** A new message, in order with the conversation's other posts; resolves with the message id. */
  post(target: ConversationTarget, activity: Partial<Activity>): Promise<string> {
    return new Promise((resolve, reject) => {
      this.conversation(target).posts.push({ kind: 'post', activity, waiters: [{ resolve, reject }] });
      this.kick(target);
    });
  }

  /**
   * The card behind `key` shows `activity`: posted the first time, updated in place afterwards. Updates that pile
   * up for one key are sent once, with the last state. Resolves when this state (or a later one) is delivered.
   */
  async upsert(target: ConversationTarget, key: string, activity: Partial<Activity>): Promise<void> {
    await this.activityIdFor(key);
    // from here on, no await until the state is queued: concurrent upserts of one key see each other
    const conversation = this.conversation(target);
    const queuedPost = conversation.posts.find((p) => p.key === key);
    if (queuedPost) {
      queuedPost.activity = activity;
      await new Promise<string>((resolve, reject) => queuedPost.waiters.push({ resolve, reject }));
      return;
    }
    if (!this.ids.has(key) && !this.posting.has(key)) {
      await new Promise<string>((resolve, reject) => {
        conversation.posts.push({ kind: 'post', activity, key, waiters: [{ resolve, reject }] });
        this.kick(target);
      });
      return;
    }
    await new Promise<void>((resolve) => {
      const pending = conversation.updates.get(key);
      conversation.updates.set(key, { activity, waiters: [...(pending?.waiters ?? []), resolve] });
      this.kick(target);
    });
  }

  /** The message id behind a card key, if it was posted. */
  async activityIdFor(key: string): Promise<string | undefined> {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const stored = await this.keyStore.get(key);
    if (stored !== undefined) this.ids.set(key, stored);
    return stored;
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
    if (!c) this.conversations.set(target.conversationId, (c = { target, posts: [], updates: new Map(), sent: [], running: false }));
    c.target = target;
    return c;
  }

  private kick(target: ConversationTarget): void {
    const c = this.conversation(target);
    if (c.running) return;
    c.running = true;
    this.drain(c)
      .catch((err) => this.log(`[outbox] ${c.target.conversationId}: ${(err as Error).message}`))
      .finally(() => {
        c.running = false;
        if (c.posts.length || c.updates.size) this.kick(c.target);
        else if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
  }

  private async drain(c: Conversation): Promise<void> {
    while (c.posts.length || c.updates.size) {
      const post = c.posts.shift();
      if (post) {
        await this.sendPost(c, post);
        continue;
      }
      const [key, update] = c.updates.entries().next().value as [string, { activity: Partial<Activity>; waiters: (() => void)[] }];
      c.updates.delete(key);
      await this.sendUpdate(c, key, update);
    }
  }

  private async sendPost(c: Conversation, post: PendingPost): Promise<void> {
    this.inFlight++;
    if (post.key) this.posting.add(post.key);
    try {
      const { id } = await this.withRetries(c, () => ({ kind: 'post', activity: post.activity }));
      if (post.key) {
        this.ids.set(post.key, id);
        await this.keyStore.set(post.key, id);
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

  private async sendUpdate(c: Conversation, key: string, update: { activity: Partial<Activity>; waiters: (() => void)[] }): Promise<void> {
    const activityId = this.ids.get(key);
    if (activityId === undefined) {
      // the card's first post failed: this state is posted instead
      c.posts.push({ kind: 'post', activity: update.activity, key, waiters: update.waiters.map((resolve) => ({ resolve: () => resolve(), reject: () => resolve() })) });
      return;
    }
    this.inFlight++;
    try {
      await this.withRetries(c, () => ({ kind: 'update', activityId, activity: update.activity }));
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

  /** Waits for a rate-limit slot before every attempt; retries what Teams says to retry. */
  private async withRetries(c: Conversation, op: () => DeliveryOp): Promise<{ id: string }> {
    for (let attempt = 1; ; attempt++) {
      await this.waitForSlot(c);
      try {
        return await this.options.deliver(c.target, op());
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode ?? 0;
        if (!RETRYABLE_STATUS.has(status) || attempt >= this.maxAttempts) throw err;
        const backoff = this.baseDelayMs * 2 ** (attempt - 1);
        const retryAfter = (err as { retryAfterMs?: number }).retryAfterMs ?? 0;
        const wait = Math.max(retryAfter, backoff) + Math.floor(this.random() * this.baseDelayMs);
        this.log(`[outbox] ${c.target.conversationId}: HTTP ${status}, attempt ${attempt}; retrying in ${wait} ms`);
        await this.sleep(wait);
      }
    }
  }

  private async waitForSlot(c: Conversation): Promise<void> {
    for (;;) {
      const now = this.now();
      const horizon = Math.max(...this.limits.map((l) => l.perMs)) + this.safetyMarginMs;
      while (c.sent.length && c.sent[0]! <= now - horizon) c.sent.shift();
      let wait = 0;
      for (const limit of this.limits) {
        const window = limit.perMs + this.safetyMarginMs;
        const inWindow = c.sent.filter((t) => t > now - window);
        if (inWindow.length >= limit.max) wait = Math.max(wait, inWindow[inWindow.length - limit.max]! + window - now + 1);
      }
      if (wait <= 0) {
        c.sent.push(now);
        return;
      }
      await this.sleep(wait);
    }
  }
}
