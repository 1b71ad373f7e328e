import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { BenchDatabase } from '../shared/bench-database.js';
import type { Latencies } from '../shared/latencies.js';
import { formatCount, printLine, printResult, progress, roundRatio, runMain } from '../shared/report.js';
import type { AggregateScenario } from './aggregate-scenario.js';
import { BenchStores } from './app-store.js';
import { mostCommandsPerAggregate, streamsBenchConfig } from './bench-config.js';
import { agedSide, alternatingRounds, formatMs, freshSide, median, plainSide, roundMs, runRound, type Side } from './command-rounds.js';
import { appendInBatches } from './decided-history.js';
import { PermitScenario } from './permit-scenario.js';
import { ProcessorScenario } from './processor-scenario.js';
import { RawFloor } from './raw-floor.js';
import { readAndFold } from './read-and-fold.js';

/** bench:streams — a command on a fresh aggregate against one with a long history, through the app's write path and store. */
runMain(async () => {
  const config = streamsBenchConfig();
  const most = mostCommandsPerAggregate(config);
  const db = BenchDatabase.open(config.databaseUrl);
  try {
    progress(`Postgres ${await db.serverVersion()}, Node ${process.version}; schemas ${config.storeSchema} (store) and ${config.floorSchema} (floor), recreated`);
    await db.dropSchemas(config.storeSchema, config.floorSchema);
    const stores = await BenchStores.open(config);
    const permit = new PermitScenario(config.events, most);
    const processor = new ProcessorScenario(config.events, most);
    const floor = await RawFloor.open(config.databaseUrl, config.floorSchema, permit.floorEvent());
    try {
      const written = new Map<AggregateScenario, number>();
      for (const scenario of [permit, processor]) {
        const started = performance.now();
        const history = scenario.agedHistory();
        progress(`${scenario.streamId(scenario.agedId)}: ${formatCount(history.length)} events decided in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        await appendInBatches(stores.unwrapped, scenario.streamId(scenario.agedId), history, config.historyBatch);
        written.set(scenario, history.length);
      }
      await db.checkpoint();

      const app = () => stores.app;
      const warm: Side[] = [
        freshSide('permit fresh', permit, stores.app, app),
        agedSide('permit aged', permit, app),
        freshSide('processor fresh', processor, stores.app, app),
        agedSide('processor aged', processor, app),
        plainSide('floor', () => floor.append()),
      ];
      const warmAged = [warm[1]!, warm[3]!];
      for (const side of warm) {
        const samples = await runRound(side, config.warmupCommands, config.roundSeconds);
        progress(`warm-up ${side.name}: ${samples.length} × p50 ${formatMs(median(samples))}, the first ${formatMs(samples[0]!)}`);
      }
      const timed = await alternatingRounds('app store', warm, config.rounds, config.commandsPerRound, config.roundSeconds);

      const permitAged = written.get(permit)! + warmAged[0]!.runs;
      const processorAged = written.get(processor)! + warmAged[1]!.runs;
      const permitRead = await readAndFold(stores.unwrapped, permit, permitAged, config.foldRepeats, config.roundSeconds);
      const processorRead = await readAndFold(stores.unwrapped, processor, processorAged, config.foldRepeats, config.roundSeconds);

      const p = (figures: Map<string, Latencies>, name: string, q: number) => figures.get(name)!.percentile(q);
      const count = (figures: Map<string, Latencies>, name: string) => figures.get(name)!.count;
      const ratio = (aged: number, fresh: number) => (fresh > 0 ? aged / fresh : 0);
      const describe = (figures: Map<string, Latencies>, kind: string) =>
        `fresh p50 ${formatMs(p(figures, `${kind} fresh`, 0.5))}, p95 ${formatMs(p(figures, `${kind} fresh`, 0.95))} (${count(figures, `${kind} fresh`)}); ` +
        `aged p50 ${formatMs(p(figures, `${kind} aged`, 0.5))}, p95 ${formatMs(p(figures, `${kind} aged`, 0.95))} (${count(figures, `${kind} aged`)}); ` +
        `aged/fresh ${formatRatio(ratio(p(figures, `${kind} aged`, 0.5), p(figures, `${kind} fresh`, 0.5)))}`;

      printLine(`permit RecordExtraction, app's store (aged: ${formatCount(config.events)} guides, ${formatCount(permitAged)} events): ${describe(timed, 'permit')}`);
      printLine(`processor RecordTransformation, app's store (aged: ${formatCount(config.events)} transformations, ${formatCount(processorAged)} events): ${describe(timed, 'processor')}`);
      printLine(
        `floor: one-row insert p50 ${formatMs(p(timed, 'floor', 0.5))}, p95 ${formatMs(p(timed, 'floor', 0.95))}; ` +
          `the aged permit's whole stream, which a command no longer reads: read ${formatMs(permitRead.readMs)}, fold ${formatMs(permitRead.foldMs)}; ` +
          `the aged processor's: read ${formatMs(processorRead.readMs)}, fold ${formatMs(processorRead.foldMs)}`,
      );
      printResult({
        bench: 'streams',
        fresh_p50_ms: roundMs(p(timed, 'permit fresh', 0.5)),
        aged_p50_ms: roundMs(p(timed, 'permit aged', 0.5)),
        ratio: jsonRatio(ratio(p(timed, 'permit aged', 0.5), p(timed, 'permit fresh', 0.5))),
        processor_fresh_p50_ms: roundMs(p(timed, 'processor fresh', 0.5)),
        processor_aged_p50_ms: roundMs(p(timed, 'processor aged', 0.5)),
        processor_ratio: jsonRatio(ratio(p(timed, 'processor aged', 0.5), p(timed, 'processor fresh', 0.5))),
        fresh_p95_ms: roundMs(p(timed, 'permit fresh', 0.95)),
        aged_p95_ms: roundMs(p(timed, 'permit aged', 0.95)),
        processor_fresh_p95_ms: roundMs(p(timed, 'processor fresh', 0.95)),
        processor_aged_p95_ms: roundMs(p(timed, 'processor aged', 0.95)),
        floor_p50_ms: roundMs(p(timed, 'floor', 0.5)),
        floor_p95_ms: roundMs(p(timed, 'floor', 0.95)),
        read_ms: roundMs(permitRead.readMs),
        fold_ms: roundMs(permitRead.foldMs),
        processor_read_ms: roundMs(processorRead.readMs),
        processor_fold_ms: roundMs(processorRead.foldMs),
        events: config.events,
      });
    } finally {
      await floor.close();
      await stores.close();
    }
  } finally {
    await db.close();
  }
});

/** Two decimals where the target (1.5) is read; whole numbers once far above it. */
function jsonRatio(ratio: number): number {
  return ratio >= 100 ? Math.round(ratio) : roundRatio(ratio);
}

function formatRatio(ratio: number): string {
  return ratio >= 100 ? formatCount(ratio) : ratio.toFixed(2);
}
