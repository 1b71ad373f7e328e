/** One run per key at a time in this process: a second caller for a key gets the run already under way. */
export class InFlight<T> {
  private readonly runs = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.runs.get(key);
    if (running) return running;
    const run = work().finally(() => this.runs.delete(key));
    this.runs.set(key, run);
    return run;
  }
}
