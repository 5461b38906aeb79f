/**
 * Teams' per-conversation rate limits as sliding windows: how long until one more send of a kind fits them all.
 * Card updates may use only part of each window, so answers to people and new cards always find room.
 *
 * The moments of the sends are kept by a `SendSlots`: in this process when one instance sends to a conversation
 * (`LocalSendSlots`), or in the store when several instances do (`SharedSendSlots`, PostgreSQL): Teams counts the
 * sends of the bot, not of each instance.
 */
import type { EventStore } from '../src/store/event-store';

export interface RateLimit {
  max: number;
  perMs: number;
  /** How many of the window's `max` sends card updates may use; the rest is kept for posts (default: all). */
  updates?: number;
}

/** Teams' per-conversation limits; card updates leave 2 sends per 2 s and 12 per 30 s to answers and new cards. */
export const TEAMS_CONVERSATION_LIMITS: RateLimit[] = [
  { max: 7, perMs: 1_000, updates: 6 },
  { max: 8, perMs: 2_000, updates: 6 },
  { max: 60, perMs: 30_000, updates: 48 },
  { max: 1_800, perMs: 3_600_000, updates: 1_500 },
];

export type SendKind = 'post' | 'update';

/** How long after `now` a send of this kind fits every window, given the moments of the recent sends (ascending). */
export function waitForSend(sent: readonly number[], kind: SendKind, now: number, limits: readonly RateLimit[], safetyMarginMs: number): number {
  let wait = 0;
  for (const limit of limits) {
    const max = kind === 'update' ? limit.updates ?? limit.max : limit.max;
    const window = limit.perMs + safetyMarginMs;
    const inWindow = sent.filter((t) => t > now - window);
    if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max]! + window - now + 1);
  }
  return wait;
}

/** The longest window, plus the margin: older sends no longer count. */
export const horizonOf = (limits: readonly RateLimit[], safetyMarginMs: number): number => Math.max(...limits.map((l) => l.perMs)) + safetyMarginMs;

export interface SendSlots {
  /** How long until a send of this kind to the conversation fits (0: now); with `take`, a send that fits is counted. */
  wait(conversationId: string, kind: SendKind, take: boolean): Promise<number>;
}

export class LocalSendSlots implements SendSlots {
  private readonly sent = new Map<string, number[]>();
  private readonly horizon: number;

  /** `safetyMarginMs` is added to every window, so network jitter never makes Teams count one send too many. */
  constructor(private readonly limits: RateLimit[], private readonly safetyMarginMs: number, private readonly now: () => number = Date.now) {
    this.horizon = horizonOf(limits, safetyMarginMs);
  }

  async wait(conversationId: string, kind: SendKind, take: boolean): Promise<number> {
    const now = this.now();
    let sent = this.sent.get(conversationId);
    if (!sent) this.sent.set(conversationId, (sent = []));
    while (sent.length && sent[0]! <= now - this.horizon) sent.shift();
    const wait = waitForSend(sent, kind, now, this.limits, this.safetyMarginMs);
    if (wait <= 0 && take) sent.push(now);
    return wait;
  }
}

/**
 * The sends of every instance to a conversation, counted in the store (on the database's clock). While the store
 * cannot be reached, this instance counts its own sends (and says so once), so an answer is never lost to it.
 */
export class SharedSendSlots implements SendSlots {
  private readonly horizon: number;
  private readonly fallback: LocalSendSlots;
  private unreachable = false;

  constructor(
    private readonly store: Required<Pick<EventStore, 'sharedMoments'>>,
    private readonly limits: RateLimit[],
    private readonly safetyMarginMs: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.horizon = horizonOf(limits, safetyMarginMs);
    this.fallback = new LocalSendSlots(limits, safetyMarginMs);
  }

  async wait(conversationId: string, kind: SendKind, take: boolean): Promise<number> {
    try {
      const wait = await this.store.sharedMoments(`sends:${conversationId}`, this.horizon, (recent, now) => waitForSend(recent, kind, now, this.limits, this.safetyMarginMs), take);
      this.unreachable = false;
      return wait;
    } catch (err) {
      if (!this.unreachable) this.log(`[outbox] the shared count of sends is unreachable (${(err as Error).message}); counting this instance's sends only`);
      this.unreachable = true;
      return this.fallback.wait(conversationId, kind, take);
    }
  }
}
