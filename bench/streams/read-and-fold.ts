import { performance } from 'node:perf_hooks';
import type { EventStore } from '#event-store';
import { formatCount, progress } from '../shared/report.js';
import type { AggregateScenario } from './aggregate-scenario.js';
import { formatMs, median } from './command-rounds.js';

export interface ReadAndFold {
  readonly events: number;
  /** Medians over the repeats. */
  readonly readMs: number;
  readonly foldMs: number;
}

/** What a command paid before snapshots, apart: the aged stream read whole, then folded; up to `repeats` times within `seconds`. */
export async function readAndFold(store: EventStore, scenario: AggregateScenario, expectedEvents: number, repeats: number, seconds: number): Promise<ReadAndFold> {
  const streamId = scenario.streamId(scenario.agedId);
  const reads: number[] = [];
  const folds: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; i < repeats && (i === 0 || performance.now() < deadline); i++) {
    const started = performance.now();
    const events = await store.readStream(streamId);
    const read = performance.now();
    scenario.fold(events);
    folds.push(performance.now() - read);
    reads.push(read - started);
    // Every event the bench wrote is there, once, in order.
    if (events.length !== expectedEvents || events.some((event, index) => event.streamPosition !== index + 1)) {
      throw new Error(`${streamId} read ${events.length} events, expected ${expectedEvents} at positions 1…${expectedEvents}`);
    }
  }
  const result = { events: expectedEvents, readMs: median(reads), foldMs: median(folds) };
  progress(`${streamId} alone: ${formatCount(result.events)} events read in ${formatMs(result.readMs)}, folded in ${formatMs(result.foldMs)} (medians of ${reads.length})`);
  return result;
}
