/**
 * Reads kept for a short while: a key read less than `freshForMs` ago answers what that read answered, and
 * concurrent callers share one read. A writer in this process forgets its key, so its own writes are seen at
 * once; another process's are seen within `freshForMs`. For facts a decision is judged on, never for a stream
 * about to be appended to (those need the exact version).
 */
export class RecentReads<V> {
  private readonly entries = new Map<string, { readonly value: Promise<V>; readonly readAt: number }>();

  constructor(
    private readonly freshForMs: number,
    private readonly now: () => number = Date.now,
    private readonly mostKeys = 10_000,
  ) {}

  read(key: string, load: () => Promise<V>): Promise<V> {
    const held = this.entries.get(key);
    if (held && this.now() - held.readAt < this.freshForMs) return held.value;
    // Freshness counts from when the read was asked: what it answers is at least that recent.
    const entry = { value: load(), readAt: this.now() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Maps keep insertion order: the first key is the one whose read is oldest.
    if (this.entries.size > this.mostKeys) this.entries.delete(this.entries.keys().next().value!);
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.value;
  }

  /** After a write to `key` in this process: the next read asks the store. */
  forget(key: string): void {
    this.entries.delete(key);
  }
}
