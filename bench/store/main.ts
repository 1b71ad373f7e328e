import { postgresEventStore } from '#event-store';
import { BenchDatabase } from '../shared/bench-database.js';
import { formatCount, printLine, printResult, progress, roundRate, roundRatio, runMain } from '../shared/report.js';
import { measureBatchAppends } from './batch-appends.js';
import { storeBenchConfig } from './bench-config.js';
import { readWholeLog } from './global-log-read.js';
import { growLog } from './grow-log.js';
import { RawBaseline } from './raw-baseline.js';
import { measureSingleAppends } from './single-appends.js';
import { StoreAppender } from './store-appender.js';

/** bench:store — the project's Postgres event store against raw postgres.js inserts, then a full global-log read. */
runMain(async () => {
  const config = storeBenchConfig();
  const db = BenchDatabase.open(config.databaseUrl);
  try {
    progress(`Postgres ${await db.serverVersion()}, Node ${process.version}; schemas ${config.storeSchema} (ours) and ${config.rawSchema} (raw), recreated`);
    await db.dropSchemas(config.storeSchema, config.rawSchema);
    const store = await postgresEventStore({
      url: config.databaseUrl,
      schema: config.storeSchema,
      maxConnections: Math.max(config.singleWriters, config.batchWriters, config.growWriters),
    });
    const appender = new StoreAppender(store);
    try {
      const raw = await RawBaseline.open(config.databaseUrl, config.rawSchema, Math.max(config.singleWriters, config.batchWriters));
      let single, batch;
      try {
        single = await measureSingleAppends(db, appender, raw, config);
        batch = await measureBatchAppends(db, appender, raw, config);
      } finally {
        await raw.close();
      }
      await growLog(appender, config);
      await db.checkpoint();
      const read = await readWholeLog(store, appender.appended, config);

      printLine(
        `appends, ours vs raw: single ${formatCount(single.oursPerSecond)}/s vs ${formatCount(single.rawPerSecond)}/s; ` +
          `batch ${formatCount(batch.oursPerSecond)} events/s vs ${formatCount(batch.rawPerSecond)} events/s`,
      );
      printLine(
        `global-log read of ${formatCount(read.events)} events: first ${formatCount(config.readWindow)} at ${formatCount(read.firstWindowPerSecond)} events/s, ` +
          `last ${formatCount(config.readWindow)} at ${formatCount(read.lastWindowPerSecond)} events/s, whole log at ${formatCount(read.perSecond)} events/s`,
      );
      printResult({
        bench: 'store',
        single_per_s: roundRate(single.oursPerSecond),
        single_ratio: roundRatio(single.ratio),
        batch_per_s: roundRate(batch.oursPerSecond),
        batch_ratio: roundRatio(batch.ratio),
        read_per_s: roundRate(read.perSecond),
      });
    } finally {
      await store.close();
    }
  } finally {
    await db.close();
  }
});
