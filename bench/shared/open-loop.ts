import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpAnswer } from './http-client.js';
import { Latencies } from './latencies.js';

export interface OpenLoopResult {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly count: number;
}

/**
 * Requests sent at a fixed arrival rate whatever the answers' timing (an open loop), each timed from when it was
 * due, not from when it went out: a server that falls behind shows it in the latencies instead of slowing the load.
 */
export async function openLoop(ratePerSecond: number, seconds: number, status: number, send: (index: number) => Promise<HttpAnswer>): Promise<OpenLoopResult> {
  const latencies = new Latencies();
  const total = Math.floor(ratePerSecond * seconds);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  let failure: unknown;
  for (let index = 0; index < total && failure === undefined; ) {
    const now = performance.now();
    // Every request due by now goes out now: timers are coarser than the arrival interval.
    for (; index < total && start + (index * 1000) / ratePerSecond <= now; index++) {
      const due = start + (index * 1000) / ratePerSecond;
      pending.push(
        send(index).then(
          (answer) => {
            latencies.add(performance.now() - due);
            if (answer.status !== status) failure ??= new Error(`answered ${answer.status}, expected ${status}: ${answer.body.slice(0, 300)}`);
          },
          (error: unknown) => void (failure ??= error),
        ),
      );
    }
    await sleep(1);
  }
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
  const elapsed = (performance.now() - start) / 1000;
  return { perSecond: latencies.count / elapsed, p50: latencies.percentile(0.5), p99: latencies.percentile(0.99), count: latencies.count };
}
