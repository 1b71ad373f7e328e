import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { BenchDatabase } from '../shared/bench-database.js';
import { ChildServer } from '../shared/child-server.js';
import { runConcurrently } from '../shared/concurrent-load.js';
import { HttpClient } from '../shared/http-client.js';
import { Latencies } from '../shared/latencies.js';
import { formatCount, printLine, printResult, progress, roundRate, roundRatio, runMain } from '../shared/report.js';
import { appSettled } from './app-settled.js';
import { certificatesBenchConfig, EVENT_SCHEMA, FLOOR_SCHEMA, READ_SCHEMA } from './bench-config.js';
import { CertificateCalls } from './certificate-calls.js';
import { ANCESTORS, EXPORTER } from './lineage-forest.js';
import { lineagesWhole } from './lineage-whole.js';
import { publishForest } from './publish-forest.js';

runMain(async () => {
  const config = certificatesBenchConfig();
  const admin = BenchDatabase.open(config.databaseUrl);
  await admin.dropSchemas(EVENT_SCHEMA, READ_SCHEMA, FLOOR_SCHEMA);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-certificates-'));
  progress(`starting the standalone app on Postgres ${await admin.serverVersion()}`);
  const server = await ChildServer.startApp({ DATABASE_URL: config.databaseUrl, EVENT_STORE_SCHEMA: EVENT_SCHEMA, READ_MODEL_SCHEMA: READ_SCHEMA, DATA_DIR: dataDir }, config.port);
  const http = new HttpClient(server.url, config.verifyConcurrency);
  let floor: ChildServer | undefined;
  const setupMs = config.setupTimeoutSeconds * 1000;
  try {
    const mint = (role: string, org: string) => tokenCommand(['--role', role, '--org', org, '--sub', `bench-${org}`, '--ttl', '2h'], { DATA_DIR: dataDir });
    const tokens = { exporter: await mint('exporter', EXPORTER), regulator: await mint('regulator', 'SERFOR'), operator: await mint('operator', 'bench-operations') };
    const settled = () => appSettled(server.url, tokens.operator, admin, EVENT_SCHEMA, setupMs);

    const products = await publishForest(config.databaseUrl, EVENT_SCHEMA, config.products);
    progress(`waiting until GET /lots/{product}/lineage shows ${ANCESTORS} ancestors for each of the ${products.length} products`);
    await lineagesWhole(http, tokens.regulator, products, setupMs);
    progress('every lineage whole; waiting for the other contexts to finish with the facts');
    await settled();
    // Custody publishes the products' lineage too, as it takes in the transformations: checked again as it now stands.
    await lineagesWhole(http, tokens.regulator, products, 0);
    const parked = ((await http.expect(200, 'GET', '/operations/consumers', { token: tokens.operator })) as { name: string; parked: number }[]).filter((consumer) => consumer.parked > 0);
    if (parked.length > 0) progress(`parked by other contexts (the certificates' lineage is whole all the same): ${parked.map((consumer) => `${consumer.name} ${consumer.parked}`).join(', ')}`);

    // The floor reads the app's lineage read model, now whole, and keeps its documents in a schema of its own.
    floor = await ChildServer.start('dist/bench/certificates/floor-server.js', { DATABASE_URL: config.databaseUrl, READ_MODEL_SCHEMA: READ_SCHEMA, FLOOR_SCHEMA }, config.port + 1);
    const calls = new CertificateCalls(server.url, tokens.exporter, products, config.issueConcurrency, config.verifyConcurrency);
    const floorCalls = new CertificateCalls(floor.url, '', products, config.issueConcurrency, config.verifyConcurrency);
    try {
      progress(`warming up for ${config.warmupSeconds} s each`);
      await timedLoad(config.issueConcurrency, config.warmupSeconds, () => calls.issue());
      await settled();
      await timedLoad(config.issueConcurrency, config.warmupSeconds, () => floorCalls.issue());
      calls.reconnect();
      await timedLoad(config.verifyConcurrency, config.warmupSeconds, (worker, call) => calls.verify(worker, call));
      await timedLoad(config.verifyConcurrency, config.warmupSeconds, () => calls.noop());
      await admin.checkpoint();

      const issuance = { latencies: new Latencies(), seconds: 0 };
      const floorIssuance = { latencies: new Latencies(), seconds: 0 };
      const verification = { count: 0, seconds: 0 };
      const baseline = { count: 0, seconds: 0 };
      for (let round = 1; round <= config.rounds; round++) {
        progress(`round ${round} of ${config.rounds}: issuance (${config.issueConcurrency} in flight), the floor's, then verification and the no-op route (${config.verifyConcurrency}), ${config.roundSeconds} s each`);
        calls.reconnect();
        const issued = await timedLoad(config.issueConcurrency, config.roundSeconds, () => calls.issue(), issuance.latencies);
        issuance.seconds += issued.seconds;
        // Each certificate is then folded into the list and watched for revocation: that work belongs to issuance, not to the next phase.
        await settled();
        floorCalls.reconnect();
        const floorIssued = await timedLoad(config.issueConcurrency, config.roundSeconds, () => floorCalls.issue(), floorIssuance.latencies);
        floorIssuance.seconds += floorIssued.seconds;
        calls.reconnect();
        const verified = await timedLoad(config.verifyConcurrency, config.roundSeconds, (worker, call) => calls.verify(worker, call));
        verification.count += verified.operations;
        verification.seconds += verified.seconds;
        const idle = await timedLoad(config.verifyConcurrency, config.roundSeconds, () => calls.noop());
        baseline.count += idle.operations;
        baseline.seconds += idle.seconds;
        progress(`  issuance ${(issued.operations / issued.seconds).toFixed(1)}/s, the floor's ${(floorIssued.operations / floorIssued.seconds).toFixed(1)}/s, verification ${formatCount(verified.operations / verified.seconds)}/s, no-op ${formatCount(idle.operations / idle.seconds)}/s`);
      }

      const verifyPerSecond = verification.count / verification.seconds;
      const baselinePerSecond = baseline.count / baseline.seconds;
      const p50 = issuance.latencies.percentile(0.5);
      const p99 = issuance.latencies.percentile(0.99);
      const floorP50 = floorIssuance.latencies.percentile(0.5);
      const floorP99 = floorIssuance.latencies.percentile(0.99);
      printLine(
        `issuance over ${ANCESTORS} ancestors: ${formatCount(issuance.latencies.count)} certificates in ${issuance.seconds.toFixed(1)} s (${(issuance.latencies.count / issuance.seconds).toFixed(1)}/s), ` +
          `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (JWS ${formatCount(calls.jwsBytes)} bytes); ` +
          `the floor: ${(floorIssuance.latencies.count / floorIssuance.seconds).toFixed(1)}/s, p50 ${floorP50.toFixed(1)} ms, p99 ${floorP99.toFixed(1)} ms (JWS ${formatCount(floorCalls.jwsBytes)} bytes), p99 ratio ${(p99 / floorP99).toFixed(2)}; verification of ${formatCount(calls.issued.length)} certificates ${formatCount(verifyPerSecond)}/s; no-op route ${formatCount(baselinePerSecond)}/s`,
      );
      printResult({
        bench: 'certificates',
        issue_p50_ms: Number(p50.toFixed(1)),
        issue_p99_ms: Number(p99.toFixed(1)),
        verify_per_s: roundRate(verifyPerSecond),
        baseline_per_s: roundRate(baselinePerSecond),
        verify_ratio: roundRatio(verifyPerSecond / baselinePerSecond),
        issue_per_s: roundRate(issuance.latencies.count / issuance.seconds),
        floor_issue_per_s: roundRate(floorIssuance.latencies.count / floorIssuance.seconds),
        floor_issue_p50_ms: Number(floorP50.toFixed(1)),
        floor_issue_p99_ms: Number(floorP99.toFixed(1)),
        issue_p99_ratio: roundRatio(p99 / floorP99),
      });
    } finally {
      calls.close();
      floorCalls.close();
    }
  } finally {
    http.close();
    await floor?.stop();
    await server.stop();
    await admin.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

/** A timed load from `concurrency` loops, each call's latency kept when asked. */
function timedLoad(concurrency: number, seconds: number, operation: (worker: number, call: number) => Promise<void>, latencies?: Latencies) {
  return runConcurrently(concurrency, { seconds }, async (worker, call) => {
    const start = performance.now();
    await operation(worker, call);
    latencies?.add(performance.now() - start);
    return 1;
  });
}
