import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore } from '#event-store';
import { comparePositions, type LogPosition, type RecordedEvent } from '#shared-kernel';
import { perSecond } from '../shared/concurrent-load.js';
import { formatCount, progress } from '../shared/report.js';
import type { StoreBenchConfig } from './bench-config.js';

export interface LogRead {
  readonly events: number;
  readonly perSecond: number;
  /** The rate over the first `readWindow` events of the log. */
  readonly firstWindowPerSecond: number;
  /** The rate over the last `readWindow` events of the log. */
  readonly lastWindowPerSecond: number;
}

/** How long the reader waits for the log to show more when a page comes back empty before the end. */
const EMPTY_PAGE_PATIENCE_MS = 10_000;

/**
 * (c) Reads the whole global log through `readAll` in pages, each page after the last position,
 * and fails unless positions strictly increase, every stream comes back as 1, 2, 3, … in log
 * order, and the count is exactly what was appended (no skip, no repeat).
 */
export async function readWholeLog(store: EventStore, appended: number, config: StoreBenchConfig): Promise<LogRead> {
  const { readPageSize: maxCount, readWindow } = config;
  progress(`(c) read warm-up: 2 pages of ${formatCount(maxCount)}`);
  const warm = await store.readAll({ maxCount });
  await store.readAll({ after: warm.at(-1)?.position, maxCount });

  progress(`(c) reading ${formatCount(appended)} events in pages of ${formatCount(maxCount)}`);
  const check = new LogCheck();
  const marks: { events: number; at: number }[] = [];
  const start = performance.now();
  let emptySince: number | undefined;
  while (check.events < appended) {
    const page = await store.readAll({ after: check.last, maxCount });
    if (page.length === 0) {
      emptySince ??= performance.now();
      if (performance.now() - emptySince > EMPTY_PAGE_PATIENCE_MS) {
        throw new Error(`readAll stopped after ${check.events} of ${appended} events (skipped events, or a transaction that never ends)`);
      }
      await sleep(50);
      continue;
    }
    emptySince = undefined;
    check.page(page);
    if (check.events > appended) throw new Error(`readAll returned ${check.events} events, more than the ${appended} appended`);
    marks.push({ events: check.events, at: performance.now() });
    if (marks.length % 40 === 0) progress(`(c) read ${formatCount(check.events)} events`);
  }
  const end = performance.now();
  const beyond = await store.readAll({ after: check.last, maxCount: 1 });
  if (beyond.length > 0) throw new Error(`readAll returned events beyond the ${appended} appended`);

  const seconds = (end - start) / 1000;
  const firstMark = marks.find((m) => m.events >= readWindow) ?? marks.at(-1)!;
  const lastFrom = marks.filter((m) => m.events <= appended - readWindow).at(-1) ?? { events: 0, at: start };
  const result: LogRead = {
    events: check.events,
    perSecond: perSecond(check.events, seconds),
    firstWindowPerSecond: perSecond(firstMark.events, (firstMark.at - start) / 1000),
    lastWindowPerSecond: perSecond(appended - lastFrom.events, (end - lastFrom.at) / 1000),
  };
  progress(`(c) read ${formatCount(result.events)} events in ${seconds.toFixed(2)} s = ${formatCount(result.perSecond)}/s; every check passed`);
  return result;
}

/** Checks the log as it streams past: strictly increasing positions, gapless streams, a count. */
class LogCheck {
  events = 0;
  last: LogPosition | undefined;
  private readonly streamVersions = new Map<string, number>();

  page(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      if (this.last && comparePositions(event.position, this.last) <= 0) {
        throw new Error(`Log position ${show(event.position)} after ${show(this.last)}: positions must strictly increase`);
      }
      const previous = this.streamVersions.get(event.streamId) ?? 0;
      if (event.streamPosition !== previous + 1) {
        throw new Error(`Stream ${event.streamId}: position ${event.streamPosition} follows ${previous} in the log (skip or repeat)`);
      }
      this.streamVersions.set(event.streamId, event.streamPosition);
      this.last = event.position;
      this.events++;
    }
  }
}

const show = (p: LogPosition) => `(${p.commit}, ${p.prepare})`;
