import { comparePositions, type LogPosition } from '#shared-kernel';
import type { EventFilter } from '../event-store.js';
import type { GlobalLog, LogEntry } from './global-log.js';
import type { Wakeups } from './wakeups.js';

/** Entries read per query; read per wake-up and held, at least: a subscription further behind scans the log itself. */
const PAGE = 1_000;
const CAPACITY = 10_000;

/** One read of the log's new entries, and the wake-up it began after. */
interface Reading {
  readonly generation: number;
  /** Whether it reached the horizon (false when it failed, or stopped with more to read). */
  readonly done: Promise<boolean>;
}

/**
 * The log's newest entries without their data, read once per wake-up for all the store's subscriptions: most
 * subscriptions want few of the store's events, and one whose filter matches nothing new moves on without a query.
 */
export class LogTail {
  private entries: LogEntry[] = [];
  /** `entries` holds every final event in (start, end]. */
  private start?: LogPosition;
  private end?: LogPosition;
  private reading?: Reading;

  constructor(
    private readonly log: Pick<GlobalLog, 'entries'>,
    private readonly wakeups: Pick<Wakeups, 'generation'>,
  ) {}

  /**
   * Where a scan after `after` would end having found nothing for `filter`, read no earlier than wake-up `seen`;
   * undefined when the tail cannot tell (`after` outside it, or the log further ahead than one reading goes) or holds
   * something the filter wants.
   */
  async scannedPast(after: LogPosition, filter: EventFilter | undefined, seen: number): Promise<LogPosition | undefined> {
    if (!(await this.readSince(seen, after))) return undefined;
    const { start, end } = this;
    if (!start || !end || comparePositions(after, start) < 0 || comparePositions(after, end) > 0) return undefined;
    for (let i = this.entries.length - 1; i >= 0 && comparePositions(this.entries[i]!.position, after) > 0; i--) {
      if (passes(this.entries[i]!, filter)) return undefined;
    }
    return end;
  }

  /** Whether the reading of wake-up `seen` (or a later one) reached the horizon; the first caller of a wake-up starts it. */
  private readSince(seen: number, after: LogPosition): Promise<boolean> {
    const last = this.reading;
    // A reading that failed or fell short answers no for the rest of its wake-up: callers scan themselves meanwhile,
    // so a failure costs only the queries the tail would have saved, and the scan's own failure is the one that counts.
    if (last && last.generation >= seen) return last.done.catch(() => false);
    const done = this.readAfter(last, after);
    this.reading = { generation: this.wakeups.generation, done };
    return done.catch(() => false);
  }

  /**
   * Reads on from where the last reading ended (the first from the position of whoever asked), page by page, until
   * the horizon or `CAPACITY` entries.
   */
  private async readAfter(previous: Reading | undefined, after: LogPosition): Promise<boolean> {
    await previous?.done.catch(() => undefined);
    for (let read = 0; read < CAPACITY; ) {
      const from = this.end ?? after;
      const { entries, scannedTo } = await this.log.entries(from, PAGE);
      this.start ??= from;
      this.entries.push(...entries);
      if (comparePositions(scannedTo, from) > 0) this.end = scannedTo;
      else this.end ??= from;
      this.trim();
      if (entries.length < PAGE) return true;
      read += entries.length;
    }
    return false;
  }

  /** Trimmed to the capacity once it holds twice as much: a copy per ten thousand entries, not one per reading. */
  private trim(): void {
    if (this.entries.length <= 2 * CAPACITY) return;
    const dropped = this.entries.splice(0, this.entries.length - CAPACITY);
    this.start = dropped.at(-1)!.position;
  }
}

/** The filter of the log's scan (`GlobalLog`), in memory. */
function passes(entry: LogEntry, filter: EventFilter | undefined): boolean {
  if (filter?.eventTypes?.length && !filter.eventTypes.includes(entry.type)) return false;
  if (filter?.streamPrefixes?.length && !filter.streamPrefixes.some((prefix) => entry.streamId.startsWith(prefix))) return false;
  return true;
}
