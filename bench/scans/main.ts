import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchDatabase } from '../shared/bench-database.js';
import { runConcurrently } from '../shared/concurrent-load.js';
import { formatCount, printLine, printResult, progress, roundRate, runMain } from '../shared/report.js';
import { EVENT_SCHEMA, READ_SCHEMA, scansBenchConfig } from './bench-config.js';
import { HttpClient } from './http-client.js';
import { Latencies } from './latencies.js';
import { guideNumber, LOT_M3, LOT_PIECES, plate, ROAD, SPECIES } from './road-scenario.js';
import { mintTokens, setUpOpenGuides, type Tokens } from './setup-open-guides.js';
import { StandaloneServer } from './standalone-server.js';

type Position = readonly [number, number];

/** Registered positions of the road's checkpoints, as the shipped catalogue gives them. */
async function checkpointPositions(): Promise<ReadonlyMap<string, Position>> {
  const catalogue = JSON.parse(await readFile('libs/reference-data/data/checkpoints.json', 'utf8')) as {
    entries: { code: string; longitude: number; latitude: number }[];
  };
  return new Map(catalogue.entries.map((e) => [e.code, [e.longitude, e.latitude] as const]));
}

/** A timed load from `concurrency` loops; every answer must have the expected status. */
async function measure(concurrency: number, seconds: number, status: number, send: (worker: number, call: number) => Promise<{ status: number; body: string }>) {
  const latencies = new Latencies();
  const result = await runConcurrently(concurrency, { seconds }, async (worker, call) => {
    const start = performance.now();
    const answer = await send(worker, call);
    latencies.add(performance.now() - start);
    if (answer.status !== status) throw new Error(`answered ${answer.status}, expected ${status}: ${answer.body.slice(0, 300)}`);
    return 1;
  });
  return { perSecond: result.operations / result.seconds, p50: latencies.percentile(0.5), p99: latencies.percentile(0.99), count: result.operations };
}

runMain(async () => {
  const config = scansBenchConfig();
  const admin = BenchDatabase.open(config.databaseUrl);
  await admin.dropSchemas(EVENT_SCHEMA, READ_SCHEMA);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-scans-'));
  progress(`starting the standalone app on Postgres ${await admin.serverVersion()}`);
  const server = await StandaloneServer.start(
    { DATABASE_URL: config.databaseUrl, EVENT_STORE_SCHEMA: EVENT_SCHEMA, READ_MODEL_SCHEMA: READ_SCHEMA, DATA_DIR: dataDir },
    config.port,
  );
  const http = new HttpClient(server.url, config.concurrency);
  try {
    const tokens = await mintTokens(dataDir);
    const issuedAt = new Date(Date.now() - 40 * 3_600_000);
    await setUpOpenGuides(http, tokens, config.guides, config.setupConcurrency, issuedAt);
    const scan = scanner(http, tokens, await checkpointPositions(), config.guides, config.concurrency, issuedAt);
    const noop = () => http.send('GET', '/health');

    progress(`warming up for ${config.warmupSeconds} s`);
    await measure(config.concurrency, config.warmupSeconds, 201, scan);
    await measure(config.concurrency, config.warmupSeconds, 200, noop);
    await admin.checkpoint();
    progress(`scans at concurrency ${config.concurrency} for ${config.seconds} s`);
    const scans = await measure(config.concurrency, config.seconds, 201, scan);
    progress(`baseline GET /health at concurrency ${config.concurrency} for ${config.seconds} s`);
    const baseline = await measure(config.concurrency, config.seconds, 200, noop);

    printLine(
      `scans: ${formatCount(scans.count)} in ${config.seconds} s = ${formatCount(scans.perSecond)}/s, p50 ${scans.p50.toFixed(1)} ms, p99 ${scans.p99.toFixed(1)} ms; ` +
        `no-op route: ${formatCount(baseline.perSecond)}/s, p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms`,
    );
    printResult({
      bench: 'scans',
      scans_per_s: roundRate(scans.perSecond),
      p50_ms: Number(scans.p50.toFixed(1)),
      p99_ms: Number(scans.p99.toFixed(1)),
      baseline_per_s: roundRate(baseline.perSecond),
    });
  } finally {
    http.close();
    await server.stop();
    await admin.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

/**
 * Scans the guides in turn, each moving down the road: its n-th scan is at the n-th checkpoint (the
 * last one again after that), 90 minutes after the previous, where the load is declared.
 */
function scanner(http: HttpClient, tokens: Tokens, positions: ReadonlyMap<string, Position>, guides: number, concurrency: number, issuedAt: Date) {
  const scansOf = new Array<number>(guides).fill(0);
  return (worker: number, call: number) => {
    const guide = (call * concurrency + worker) % guides;
    const n = scansOf[guide]!++;
    const code = ROAD[Math.min(n, ROAD.length - 1)]!;
    const body = {
      scanId: randomUUID(),
      guideNumber: guideNumber(guide),
      plate: plate(guide),
      driverId: `4${String(guide).padStart(7, '0')}`,
      observedLines: [{ scientificName: SPECIES, pieces: LOT_PIECES, volume: { value: LOT_M3, unit: 'm3' } }],
      observedAt: new Date(issuedAt.getTime() + (n + 1) * 90 * 60_000).toISOString(),
      position: positions.get(code),
    };
    return http.send('POST', `/checkpoints/${code}/scans`, { body, token: tokens.operators.get(code)! });
  };
}
