import { BenchDatabase } from '../shared/bench-database.js';
import { ChildServer } from '../shared/child-server.js';
import { HttpClient } from '../shared/http-client.js';
import { type HttpLoadResult, measure } from '../shared/http-load.js';
import { formatCount, printLine, printResult, progress, roundRate, runMain } from '../shared/report.js';
import { scansBenchConfig } from '../scans/bench-config.js';
import { checkpointPositions, scanRequests } from '../scans/scan-requests.js';

const SCHEMA = 'bench_floor';
const BARE_SCHEMA = 'bench_floor_bare';

/** The floor's routes: the bare node:http server, then the app's HTTP edge, cheapest first, each adding to the one before. */
const FLOORS = [
  { name: 'bare', path: '', does: 'bare node:http: parse, one prepared read and one prepared insert (postgres.js)' },
  { name: 'validate', path: '/validate', does: "the app's HTTP edge: validation and the answer" },
  { name: 'raw', path: '/raw', does: '+ one prepared read and one prepared insert (postgres.js)' },
  { name: 'store', path: '/store', does: '+ one read and an append through the event store' },
] as const;

runMain(async () => {
  const config = scansBenchConfig();
  const admin = BenchDatabase.open(config.databaseUrl);
  await admin.dropSchemas(SCHEMA, `${SCHEMA}_events`, BARE_SCHEMA);
  progress(`starting the floor servers on Postgres ${await admin.serverVersion()}`);
  const server = await ChildServer.start('dist/bench/scans-floor/floor-server.js', { DATABASE_URL: config.databaseUrl, FLOOR_SCHEMA: SCHEMA }, config.port);
  // A second server that fails to start would otherwise leave the first running, holding its port.
  const bareServer = await ChildServer.start('dist/bench/scans-floor/bare-server.js', { DATABASE_URL: config.databaseUrl, FLOOR_SCHEMA: BARE_SCHEMA }, config.port + 1).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const http = new HttpClient(server.url, config.concurrency);
  const bare = new HttpClient(bareServer.url, config.concurrency);
  try {
    const positions = await checkpointPositions();
    const figures = new Map<string, HttpLoadResult>();
    for (const { name, path } of FLOORS) {
      const next = scanRequests(positions, config.guides, config.concurrency, new Date(Date.now() - 40 * 3_600_000));
      const client = name === 'bare' ? bare : http;
      const scan = (worker: number, call: number) => {
        const { code, body } = next(worker, call);
        return client.send('POST', `${path}/checkpoints/${code}/scans`, { body });
      };
      progress(`${name}: warming up for ${config.warmupSeconds} s, then at concurrency ${config.concurrency} for ${config.seconds} s`);
      await measure(config.concurrency, config.warmupSeconds, 201, scan);
      await admin.checkpoint();
      figures.set(name, await measure(config.concurrency, config.seconds, 201, scan));
    }
    progress(`baseline GET /health at concurrency ${config.concurrency} for ${config.seconds} s`);
    const baseline = await measure(config.concurrency, config.seconds, 200, () => http.send('GET', '/health'));

    for (const { name, does } of FLOORS) {
      const f = figures.get(name)!;
      printLine(`${name} (${does}): ${formatCount(f.perSecond)}/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms`);
    }
    printLine(`no-op route: ${formatCount(baseline.perSecond)}/s, p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms`);
    const result: Record<string, number> = {};
    for (const { name } of FLOORS) {
      result[`${name}_per_s`] = roundRate(figures.get(name)!.perSecond);
      result[`${name}_p99_ms`] = Number(figures.get(name)!.p99.toFixed(1));
    }
    printResult({ bench: 'scans-floor', ...result, baseline_per_s: roundRate(baseline.perSecond) });
  } finally {
    http.close();
    bare.close();
    await bareServer.stop();
    await server.stop();
    await admin.close();
  }
});
