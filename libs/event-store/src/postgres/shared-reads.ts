/**
 * Identical reads arriving together share one query. A caller never gets the answer of a read that began
 * before its call (it could miss what the caller has just written): it joins the read queued behind the
 * one under way, or queues it. So per key at most one read runs and one waits, however many ask.
 */
export class SharedReads<T> {
  private readonly running = new Map<string, Promise<T>>();
  private readonly queued = new Map<string, Promise<T>>();

  read(key: string, query: () => Promise<T>): Promise<T> {
    const queued = this.queued.get(key);
    if (queued) return queued;
    const before = this.running.get(key);
    const next = (before ? before.then(ignore, ignore) : Promise.resolve()).then(() => this.start(key, query));
    this.queued.set(key, next);
    return next;
  }

  private start(key: string, query: () => Promise<T>): Promise<T> {
    this.queued.delete(key);
    const run = query();
    this.running.set(key, run);
    const done = () => void (this.running.get(key) === run && this.running.delete(key));
    run.then(done, done);
    return run;
  }
}

function ignore(): void {}
