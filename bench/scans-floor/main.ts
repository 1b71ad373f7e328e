import { BenchDatabase } from '../shared/bench-database.js';
import { ChildServer } from '../shared/child-server.js';
import { HttpClient } from '../shared/http-client.js';
import { type HttpLoadResult, measure } from '../shared/http-load.js';
import { formatCount, printLine, printResult, progress, roundRate, runMain } from '../shared/report.js';
import { scansBenchConfig } from '../scans/bench-config.js';
import { checkpointPositions, scanRequests } from '../scans/scan-requests.js';

const SCHEMA = 'bench_floor';

/** The floor's routes, cheapest first: what each adds to the one before. */
const FLOORS = [
  { name: 'validate', does: 'validation and the answer' },
  { name: 'raw', does: '+ one read and one insert (postgres.js)' },
  { name: 'store', does: '+ one read and an append through the event store' },
] as const;

runMain(async () => {
  const config = scansBenchConfig();
  const admin = BenchDatabase.open(config.databaseUrl);
  await admin.dropSchemas(SCHEMA, `${SCHEMA}_events`);
  progress(`starting the floor server on Postgres ${await admin.serverVersion()}`);
  const server = await ChildServer.start('dist/bench/scans-floor/floor-server.js', { DATABASE_URL: config.databaseUrl, FLOOR_SCHEMA: SCHEMA }, config.port);
  const http = new HttpClient(server.url, config.concurrency);
  try {
    const positions = await checkpointPositions();
    const figures = new Map<string, HttpLoadResult>();
    for (const { name } of FLOORS) {
      const next = scanRequests(positions, config.guides, config.concurrency, new Date(Date.now() - 40 * 3_600_000));
      const scan = (worker: number, call: number) => {
        const { code, body } = next(worker, call);
        return http.send('POST', `/${name}/checkpoints/${code}/scans`, { body });
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
    await server.stop();
    await admin.close();
  }
});
