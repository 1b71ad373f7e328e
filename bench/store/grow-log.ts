import { runConcurrently } from '../shared/concurrent-load.js';
import { formatCount, progress } from '../shared/report.js';
import type { StoreBenchConfig } from './bench-config.js';
import type { StoreAppender } from './store-appender.js';

/** Grows the store's global log to at least `logEvents` with batch appends from several concurrent writers. */
export async function growLog(store: StoreAppender, config: StoreBenchConfig): Promise<void> {
  const missing = Math.max(0, config.logEvents - store.appended);
  const batches = Math.ceil(missing / config.batchSize);
  progress(`(c) growing the log from ${formatCount(store.appended)} by ${formatCount(batches * config.batchSize)} events, ${config.growWriters} writers`);
  const append = store.writer('log', config.batchSize, config.eventsPerBatchStream);
  const reportEvery = Math.max(1, Math.round(200_000 / config.batchSize));
  const result = await runConcurrently(config.growWriters, { operations: batches }, async (worker, call) => {
    const events = await append(worker);
    if (call > 0 && call % reportEvery === 0 && worker === 0) progress(`(c) log holds ${formatCount(store.appended)} events`);
    return events;
  });
  progress(`(c) log holds ${formatCount(store.appended)} events (grown in ${result.seconds.toFixed(1)} s)`);
}
