import { performance } from 'node:perf_hooks';
import { runConcurrently } from './concurrent-load.js';
import type { HttpAnswer } from './http-client.js';
import { Latencies } from './latencies.js';

export interface HttpLoadResult {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly count: number;
}

/** A timed load from `concurrency` loops; every answer must have the expected status. */
export async function measure(
  concurrency: number,
  seconds: number,
  status: number,
  send: (worker: number, call: number) => Promise<HttpAnswer>,
): Promise<HttpLoadResult> {
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
