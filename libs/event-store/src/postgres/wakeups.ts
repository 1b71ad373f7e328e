import type { SqlClient } from '#sql';

/** LISTEN/NOTIFY as a hint only: waiters also wake on a timer, so a lost notification costs latency, never events. */
export class Wakeups {
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly unlisten: () => Promise<void>) {}

  static async listen(db: SqlClient, channel: string): Promise<Wakeups> {
    let wakeups: Wakeups | undefined;
    const unlisten = await db.listen(channel, () => wakeups?.wakeAll());
    wakeups = new Wakeups(unlisten);
    return wakeups;
  }

  wait(timeoutMs: number): Promise<void> {
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
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.wakeAll();
    await this.unlisten();
  }
}
