import type { BenchDatabase } from '../shared/bench-database.js';
import type { StoreBenchConfig } from './bench-config.js';
import type { RawBaseline } from './raw-baseline.js';
import type { StoreAppender } from './store-appender.js';
import { measureVersusRaw, type VersusRaw } from './versus-raw.js';

/**
 * (a) One event per append from concurrent writers, each on streams of its own ('no_stream', then
 * exact versions), against as many one-row autocommit INSERTs from as many connections.
 */
export function measureSingleAppends(db: BenchDatabase, store: StoreAppender, raw: RawBaseline, config: StoreBenchConfig): Promise<VersusRaw> {
  return measureVersusRaw(db, {
    label: '(a) single-event appends',
    writers: config.singleWriters,
    seconds: config.seconds,
    warmupSeconds: config.warmupSeconds,
    rounds: config.rounds,
    ours: (stage) => store.writer(`single-${stage}`, 1, config.eventsPerSingleStream),
    raw: (stage) => raw.writer(`single-${stage}`, 1, config.eventsPerSingleStream),
  });
}
