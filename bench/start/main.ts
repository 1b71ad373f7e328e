import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChildServer } from '../shared/child-server.js';
import { printLine, printResult, progress, runMain } from '../shared/report.js';

// Start time and memory of the standalone app on the embedded store: a first start on an empty data folder, then a
// restart on the folder it left; PGlite alone on a folder of its own is the floor, measured in the same run.

/** Memory is read once the server answers and again after it has had this long to finish what it started. */
const SETTLE_MS = 5_000;

interface Start {
  readonly seconds: number;
  /** The larger of the readings at health and after settling. */
  readonly rssMiB: number;
}

async function started(launch: typeof ChildServer.startApp, dataDir: string, port: number): Promise<Start> {
  const start = performance.now();
  // No DATABASE_URL: the app takes its embedded default.
  const server = await launch({ DATA_DIR: dataDir, DATABASE_URL: '', EVENTSTORE_URL: '' }, port);
  const seconds = (performance.now() - start) / 1000;
  try {
    const atHealth = await server.rssMiB();
    await sleep(SETTLE_MS);
    return { seconds, rssMiB: Math.max(atHealth, await server.rssMiB()) };
  } finally {
    await server.stop();
  }
}

runMain(async () => {
  const port = Number(process.env.BENCH_PORT ?? 3927);
  const appDir = await mkdtemp(join(tmpdir(), 'bench-start-app-'));
  const floorDir = await mkdtemp(join(tmpdir(), 'bench-start-floor-'));
  try {
    progress('PGlite alone: first start, then restart');
    const floor = (env: NodeJS.ProcessEnv, at: number) => ChildServer.start('dist/bench/start/pglite-floor.js', env, at);
    const floorFirst = await started(floor, floorDir, port);
    const floorRestart = await started(floor, floorDir, port);
    progress('the standalone app on the embedded store: first start, then restart');
    const first = await started(ChildServer.startApp, appDir, port);
    const restart = await started(ChildServer.startApp, appDir, port);
    const line = (name: string, f: Start) => printLine(`${name}: ${f.seconds.toFixed(1)} s to answer, ${Math.round(f.rssMiB)} MiB resident`);
    line('PGlite alone, first start', floorFirst);
    line('PGlite alone, restart', floorRestart);
    line('app, first start (target ≤ 500 MiB)', first);
    line('app, restart (target ≤ 3 s)', restart);
    printResult({
      bench: 'start',
      cold_start_s: Number(first.seconds.toFixed(1)),
      warm_start_s: Number(restart.seconds.toFixed(1)),
      rss_mib_first: Math.round(first.rssMiB),
      rss_mib_restart: Math.round(restart.rssMiB),
      floor_cold_start_s: Number(floorFirst.seconds.toFixed(1)),
      floor_warm_start_s: Number(floorRestart.seconds.toFixed(1)),
      floor_rss_mib_first: Math.round(floorFirst.rssMiB),
      floor_rss_mib_restart: Math.round(floorRestart.rssMiB),
    });
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(floorDir, { recursive: true, force: true });
  }
});
