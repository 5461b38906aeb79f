/**
 * Work the bot does after a turn has ended (a notice after a short delay, the attendance report minutes after the
 * meeting): tracked so that tests and a shutdown can wait for it, and timers that a shutdown ends.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private readonly alarms = new Set<NodeJS.Timeout>();

  /** Runs `work` now, tracked. */
  run(work: Promise<void>): void {
    const task = work.catch(() => undefined).finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Runs `work` after `ms` (unless the bot stops first), tracked from now on. */
  after(ms: number, work: () => Promise<void>): void {
    this.run(new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        work().finally(resolve);
      }, ms);
      timer.unref();
      this.timers.set(timer, resolve);
    }));
  }

  /**
   * Runs `work` after `ms`, tracked only once it runs: a long wait (a speaker's ten minutes) is an alarm, not work
   * in progress, so it does not hold up `settled`.
   */
  alarm(ms: number, work: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.alarms.delete(timer);
      this.run(work());
    }, ms);
    timer.unref();
    this.alarms.add(timer);
  }

  /** Resolves when nothing is running or waiting. */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Ends every wait (the server is stopping); what was started goes on. */
  stop(): void {
    for (const [timer, done] of this.timers) {
      clearTimeout(timer);
      done();
    }
    this.timers.clear();
    for (const timer of this.alarms) clearTimeout(timer);
    this.alarms.clear();
  }
}
