/**
 * The simulation's clock: the real one, moved forward when the demo lets time pass (a speaker talking for minutes
 * takes no real time). What was due meanwhile — the floor's time running out — is run when the clock passes it, in
 * order; otherwise it runs on a real timer, like the server's.
 */
import type { Time } from '../app/floor-clock';

interface Wait {
  at: number;
  work: () => Promise<void>;
  timer: NodeJS.Timeout;
}

export class DemoTime implements Time {
  private skippedMs = 0;
  private readonly waits = new Set<Wait>();

  constructor(private readonly log: (line: string) => void) {}

  now = (): string => new Date(this.nowMs()).toISOString();

  after = (ms: number, work: () => Promise<void>): void => {
    const wait: Wait = { at: this.nowMs() + ms, work, timer: setTimeout(() => this.runLogged(wait), ms) };
    wait.timer.unref();
    this.waits.add(wait);
  };

  /** Lets `ms` pass at once, running (and waiting for) whatever came due meanwhile. */
  async pass(ms: number): Promise<void> {
    this.skippedMs += ms;
    const due = [...this.waits].filter((w) => w.at <= this.nowMs()).sort((a, b) => a.at - b.at);
    for (const wait of due) await this.run(wait);
  }

  /** Nothing more runs. */
  stop(): void {
    for (const wait of this.waits) clearTimeout(wait.timer);
    this.waits.clear();
  }

  private nowMs(): number {
    return Date.now() + this.skippedMs;
  }

  private runLogged(wait: Wait): void {
    this.run(wait).catch((err) => this.log(`[simulate] ${(err as Error).stack ?? err}`));
  }

  private async run(wait: Wait): Promise<void> {
    if (!this.waits.delete(wait)) return;
    clearTimeout(wait.timer);
    await wait.work();
  }
}
