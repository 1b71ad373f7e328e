import type { SqlClient } from '#sql';

/** LISTEN/NOTIFY as a hint only: waiters also wake on a timer, so a lost notification costs latency, never events. */
export class Wakeups {
  private readonly waiters = new Set<() => void>();
  /** Counts wake-ups, so a reader can tell whether one came while it was reading. */
  private woken = 0;

  private constructor(private readonly unlisten: () => Promise<void>) {}

  static async listen(db: SqlClient, channel: string): Promise<Wakeups> {
    let wakeups: Wakeups | undefined;
    const unlisten = await db.listen(channel, () => wakeups?.wakeAll());
    wakeups = new Wakeups(unlisten);
    return wakeups;
  }

  get generation(): number {
    return this.woken;
  }

  /** Waits for the next wake-up or the timeout; at once when one came since `generation` was `since`. */
  wait(timeoutMs: number, since = this.woken): Promise<void> {
    if (since !== this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
  }

  wakeAll(): void {
    this.woken++;
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.wakeAll();
    await this.unlisten();
  }
}
