/**
 * Teams' per-conversation rate limits as sliding windows: how long until one more send of a kind fits them all.
 * Card updates may use only part of each window, so answers to people and new cards always find room.
 */
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

export class RateWindows {
  private readonly sent: number[] = [];
  private readonly horizon: number;

  /** `safetyMarginMs` is added to every window, so network jitter never makes Teams count one send too many. */
  constructor(private readonly limits: RateLimit[], private readonly safetyMarginMs: number) {
    this.horizon = Math.max(...limits.map((l) => l.perMs)) + safetyMarginMs;
  }

  /** How long until a send of this kind fits every window (0: now). Updates count against their share only. */
  wait(kind: SendKind, now: number): number {
    while (this.sent.length && this.sent[0]! <= now - this.horizon) this.sent.shift();
    let wait = 0;
    for (const limit of this.limits) {
      const max = kind === 'update' ? limit.updates ?? limit.max : limit.max;
      const window = limit.perMs + this.safetyMarginMs;
      const inWindow = this.sent.filter((t) => t > now - window);
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max]! + window - now + 1);
    }
    return wait;
  }

  /** A send went out now. */
  record(now: number): void {
    this.sent.push(now);
  }
}
