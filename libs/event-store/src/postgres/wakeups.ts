import type { SqlClient } from '#sql';

/**
 * LISTEN/NOTIFY as a hint only: every waiter also wakes at the poll interval, all at once, so a lost notification
 * costs latency, never events, and a poll is one wake-up for the whole store.
 */
export class Wakeups {
  private readonly waiters = new Set<() => void>();
  /** Counts wake-ups, so a reader can tell whether one came while it was reading. */
  private woken = 0;
  private readonly poll: NodeJS.Timeout;

  private constructor(
    private readonly unlisten: () => Promise<void>,
    pollIntervalMs: number,
  ) {
    this.poll = setInterval(() => this.wakeAll(), pollIntervalMs).unref();
  }

  static async listen(db: SqlClient, channel: string, pollIntervalMs: number): Promise<Wakeups> {
    let wakeups: Wakeups | undefined;
    const unlisten = await db.listen(channel, () => wakeups?.wakeAll());
    wakeups = new Wakeups(unlisten, pollIntervalMs);
    return wakeups;
  }

  get generation(): number {
    return this.woken;
  }

  /** Waits for the next wake-up (or the timeout, if given); at once when one came since `generation` was `since`. */
  wait(timeoutMs?: number, since = this.woken): Promise<void> {
    if (since !== this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = timeoutMs === undefined ? undefined : setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
  }

  wakeAll(): void {
    this.woken++;
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    this.wakeAll();
    await this.unlisten();
  }
}
