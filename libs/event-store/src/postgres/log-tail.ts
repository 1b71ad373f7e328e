import { comparePositions, type LogPosition } from '#shared-kernel';
import type { EventFilter } from '../event-store.js';
import type { GlobalLog } from './global-log.js';
import type { Wakeups } from './wakeups.js';

/** An event's place in the log and what a filter looks at. */
export interface LogEntry {
  readonly position: LogPosition;
  readonly type: string;
  readonly streamId: string;
}

/** Entries read at a time, and held at least: a subscription further behind scans the log itself. */
const PAGE = 1_000;
const CAPACITY = 10_000;

/** One read of the log's new entries, and the wake-up it began after. */
interface Reading {
  readonly generation: number;
  /** Whether it reached the horizon (false when a full page left more to read). */
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
   * undefined when the tail cannot tell (`after` outside it) or holds something the filter wants.
   */
  async scannedPast(after: LogPosition, filter: EventFilter | undefined, seen: number): Promise<LogPosition | undefined> {
    await this.readSince(seen, after);
    const { start, end } = this;
    if (!start || !end || comparePositions(after, start) < 0 || comparePositions(after, end) > 0) return undefined;
    for (let i = this.entries.length - 1; i >= 0 && comparePositions(this.entries[i]!.position, after) > 0; i--) {
      if (passes(this.entries[i]!, filter)) return undefined;
    }
    return end;
  }

  /** Waits for a reading that began at wake-up `seen` or later and reached the horizon, starting one if none is under way. */
  private async readSince(seen: number, after: LogPosition): Promise<void> {
    const last = this.reading;
    if (last && last.generation >= seen && (await last.done.catch(() => false))) return;
    // Another caller started a newer reading while this one waited: that one is judged instead.
    if (last && this.reading !== last) return this.readSince(seen, after);
    const done = this.readAfter(last, after);
    this.reading = { generation: this.wakeups.generation, done };
    await done;
  }

  /** Readings follow one another, each from where the last ended; the first from the position of whoever asked. */
  private async readAfter(previous: Reading | undefined, after: LogPosition): Promise<boolean> {
    await previous?.done.catch(() => undefined);
    const from = this.end ?? after;
    const { entries, scannedTo } = await this.log.entries(from, PAGE);
    this.start ??= from;
    this.entries.push(...entries);
    if (comparePositions(scannedTo, from) > 0) this.end = scannedTo;
    else this.end ??= from;
    // Trimmed to the capacity once it holds twice as much: a copy per ten thousand entries, not one per reading.
    if (this.entries.length > 2 * CAPACITY) {
      const dropped = this.entries.splice(0, this.entries.length - CAPACITY);
      this.start = dropped.at(-1)!.position;
    }
    return entries.length < PAGE;
  }
}

/** The filter of the log's scan (`GlobalLog`), in memory. */
function passes(entry: LogEntry, filter: EventFilter | undefined): boolean {
  if (filter?.eventTypes?.length && !filter.eventTypes.includes(entry.type)) return false;
  if (filter?.streamPrefixes?.length && !filter.streamPrefixes.some((prefix) => entry.streamId.startsWith(prefix))) return false;
  return true;
}
