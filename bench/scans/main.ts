import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchDatabase } from '../shared/bench-database.js';
import { measure } from '../shared/http-load.js';
import { formatCount, printLine, printResult, progress, roundRate, runMain } from '../shared/report.js';
import { EVENT_SCHEMA, READ_SCHEMA, scansBenchConfig } from './bench-config.js';
import { HttpClient } from '../shared/http-client.js';
import { checkpointPositions, scanRequests } from './scan-requests.js';
import { mintTokens, setUpOpenGuides } from './setup-open-guides.js';
import { ChildServer } from '../shared/child-server.js';

runMain(async () => {
  const config = scansBenchConfig();
  const admin = BenchDatabase.open(config.databaseUrl);
  await admin.dropSchemas(EVENT_SCHEMA, READ_SCHEMA);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-scans-'));
  progress(`starting the standalone app on Postgres ${await admin.serverVersion()}`);
  const server = await ChildServer.start(
    'dist/apps/standalone/src/main.js',
    { DATABASE_URL: config.databaseUrl, EVENT_STORE_SCHEMA: EVENT_SCHEMA, READ_MODEL_SCHEMA: READ_SCHEMA, DATA_DIR: dataDir },
    config.port,
  );
  const http = new HttpClient(server.url, config.concurrency);
  try {
    const tokens = await mintTokens(dataDir);
    const issuedAt = new Date(Date.now() - 40 * 3_600_000);
    await setUpOpenGuides(http, tokens, config.guides, config.setupConcurrency, issuedAt);
    const next = scanRequests(await checkpointPositions(), config.guides, config.concurrency, issuedAt);
    const scan = (worker: number, call: number) => {
      const { code, body } = next(worker, call);
      return http.send('POST', `/checkpoints/${code}/scans`, { body, token: tokens.operators.get(code)! });
    };
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

