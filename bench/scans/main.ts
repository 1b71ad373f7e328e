import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchDatabase } from '../shared/bench-database.js';
import { ChildServer } from '../shared/child-server.js';
import { HttpClient } from '../shared/http-client.js';
import { type HttpLoadResult, measure } from '../shared/http-load.js';
import { openLoop } from '../shared/open-loop.js';
import { formatCount, printLine, printResult, progress, roundRate, runMain } from '../shared/report.js';
import { EVENT_SCHEMA, FLOOR_SCHEMA, READ_SCHEMA, scansBenchConfig } from './bench-config.js';
import { checkpointPositions, scanRequests } from './scan-requests.js';
import { mintTokens, setUpOpenGuides } from './setup-open-guides.js';

/** The app and the floor take turns this many times each, so the machine's drift weighs on both alike. */
const ROUNDS = 2;

runMain(async () => {
  const config = scansBenchConfig();
  const admin = BenchDatabase.open(config.databaseUrl);
  await admin.dropSchemas(EVENT_SCHEMA, READ_SCHEMA, FLOOR_SCHEMA);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-scans-'));
  progress(`starting the standalone app and the bare floor on Postgres ${await admin.serverVersion()}`);
  const app = await ChildServer.startApp({ DATABASE_URL: config.databaseUrl, EVENT_STORE_SCHEMA: EVENT_SCHEMA, READ_MODEL_SCHEMA: READ_SCHEMA, DATA_DIR: dataDir }, config.port);
  // A second server that fails to start would otherwise leave the first running, holding its port.
  const floor = await ChildServer.start('dist/bench/scans-floor/bare-server.js', { DATABASE_URL: config.databaseUrl, FLOOR_SCHEMA }, config.port + 1).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  const http = new HttpClient(app.url, config.concurrency);
  const bare = new HttpClient(floor.url, config.concurrency);
  try {
    const tokens = await mintTokens(dataDir);
    const issuedAt = new Date(Date.now() - 40 * 3_600_000);
    await setUpOpenGuides(http, tokens, config.guides, config.setupConcurrency, issuedAt);
    const positions = await checkpointPositions();
    // Both walk the same guides down the same road, each with its own scan counts.
    const appNext = scanRequests(positions, config.guides, config.concurrency, issuedAt);
    const floorNext = scanRequests(positions, config.guides, config.concurrency, issuedAt);
    const scan = (worker: number, call: number) => {
      const { code, body } = appNext(worker, call);
      return http.send('POST', `/checkpoints/${code}/scans`, { body, token: tokens.operators.get(code)! });
    };
    const floorScan = (worker: number, call: number) => {
      const { code, body } = floorNext(worker, call);
      return bare.send('POST', `/checkpoints/${code}/scans`, { body });
    };
    const noop = () => http.send('GET', '/health');

    progress(`warming up for ${config.warmupSeconds} s each`);
    await measure(config.concurrency, config.warmupSeconds, 201, scan);
    await measure(config.concurrency, config.warmupSeconds, 201, floorScan);
    await measure(config.concurrency, config.warmupSeconds, 200, noop);
    await admin.checkpoint();
    const scans: HttpLoadResult[] = [];
    const floors: HttpLoadResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      progress(`round ${round} of ${ROUNDS}: the app, then the floor, at concurrency ${config.concurrency} for ${config.seconds} s each`);
      scans.push(await measure(config.concurrency, config.seconds, 201, scan));
      floors.push(await measure(config.concurrency, config.seconds, 201, floorScan));
    }
    const app = combined(scans);
    const bareFloor = combined(floors);
    const rate = bareFloor.perSecond * config.openLoopShare;
    progress(`open loop: scans sent at ${formatCount(rate)}/s (${config.openLoopShare} × the floor) for ${config.seconds} s`);
    const open = await openLoop(rate, config.seconds, 201, (index) => scan(index % config.concurrency, Math.floor(index / config.concurrency)));
    progress(`baseline GET /health at concurrency ${config.concurrency} for ${config.seconds} s`);
    const baseline = await measure(config.concurrency, config.seconds, 200, noop);

    const ratio = app.perSecond / bareFloor.perSecond;
    const p99Ratio = app.p99 / bareFloor.p99;
    for (const [index, phase] of scans.entries()) printLine(`round ${index + 1}: app ${formatCount(phase.perSecond)}/s p99 ${phase.p99.toFixed(1)} ms; floor ${formatCount(floors[index]!.perSecond)}/s p99 ${floors[index]!.p99.toFixed(1)} ms`);
    printLine(`scans: ${formatCount(app.perSecond)}/s, p50 ${app.p50.toFixed(1)} ms, p99 ${app.p99.toFixed(1)} ms (worst round)`);
    printLine(`bare floor: ${formatCount(bareFloor.perSecond)}/s, p99 ${bareFloor.p99.toFixed(1)} ms (worst round); ratio ${ratio.toFixed(2)} (target ≥ 0.40), p99 ratio ${p99Ratio.toFixed(2)} (target ≤ 2.5)`);
    printLine(`open loop at ${formatCount(rate)}/s: ${formatCount(open.perSecond)}/s answered, p50 ${open.p50.toFixed(1)} ms, p99 ${open.p99.toFixed(1)} ms (target ≤ 50 ms)`);
    printLine(`no-op route: ${formatCount(baseline.perSecond)}/s, p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms`);
    printResult({
      bench: 'scans',
      scans_per_s: roundRate(app.perSecond),
      p50_ms: Number(app.p50.toFixed(1)),
      p99_ms: Number(app.p99.toFixed(1)),
      floor_per_s: roundRate(bareFloor.perSecond),
      floor_p99_ms: Number(bareFloor.p99.toFixed(1)),
      ratio: Number(ratio.toFixed(2)),
      p99_ratio: Number(p99Ratio.toFixed(2)),
      open_loop_per_s: roundRate(open.perSecond),
      open_loop_p99_ms: Number(open.p99.toFixed(1)),
    });
  } finally {
    http.close();
    bare.close();
    await floor.stop();
    await app.stop();
    await admin.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

/** Rounds together: every answer counted over the time of all rounds, and the worst round's percentiles. */
function combined(phases: readonly HttpLoadResult[]): HttpLoadResult {
  const count = phases.reduce((sum, phase) => sum + phase.count, 0);
  const seconds = phases.reduce((sum, phase) => sum + phase.count / phase.perSecond, 0);
  return { count, perSecond: count / seconds, p50: Math.max(...phases.map((phase) => phase.p50)), p99: Math.max(...phases.map((phase) => phase.p99)) };
}
