import type { BenchDatabase } from '../shared/bench-database.js';
import type { StoreBenchConfig } from './bench-config.js';
import type { RawBaseline } from './raw-baseline.js';
import type { StoreAppender } from './store-appender.js';
import { measureVersusRaw, type VersusRaw } from './versus-raw.js';

/** (b) Batches of 1,000 events per append, against 1,000-row multi-row INSERTs; rates in events per second. */
export function measureBatchAppends(db: BenchDatabase, store: StoreAppender, raw: RawBaseline, config: StoreBenchConfig): Promise<VersusRaw> {
  return measureVersusRaw(db, {
    label: `(b) ${config.batchSize}-event batch appends`,
    writers: config.batchWriters,
    seconds: config.seconds,
    warmupSeconds: config.warmupSeconds,
    rounds: config.rounds,
    ours: (stage) => store.writer(`batch-${stage}`, config.batchSize, config.eventsPerBatchStream),
    raw: (stage) => raw.writer(`batch-${stage}`, config.batchSize, config.eventsPerBatchStream),
  });
}
