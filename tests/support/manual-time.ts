/**
 * A clock the test moves: `now()` stands still until `advance(ms)`, which runs, in order of their moment, the work
 * that came due meanwhile (and waits for it). So a test sees ten minutes of a speaker's time pass at once.
 */
import type { Time } from '../../src/app/floor-clock';

export class ManualTime implements Time {
  private ms: number;
  private readonly waits: { at: number; seq: number; work: () => Promise<void> }[] = [];
  private seq = 0;

  constructor(start: string | number = Date.now()) {
    this.ms = typeof start === 'string' ? Date.parse(start) : start;
  }

  now = (): string => new Date(this.ms).toISOString();

  after = (ms: number, work: () => Promise<void>): void => {
    this.waits.push({ at: this.ms + Math.max(0, ms), seq: this.seq++, work });
  };

  /** Moves the clock forward by `ms`, running each wait that comes due at its moment. */
  async advance(ms: number): Promise<void> {
    const end = this.ms + ms;
    for (;;) {
      const due = this.waits.filter((w) => w.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.waits.splice(this.waits.indexOf(due), 1);
      this.ms = Math.max(this.ms, due.at);
      await due.work();
    }
    this.ms = end;
  }

  /** How many waits are still to come. */
  get waiting(): number {
    return this.waits.length;
  }
}
