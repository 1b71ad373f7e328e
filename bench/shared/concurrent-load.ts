import { performance } from 'node:perf_hooks';

/** When a load stops: after a wall-clock duration, or once a fixed number of operations have run. */
export type LoadLimit = { readonly seconds: number } | { readonly operations: number };

export interface LoadResult {
  /** Calls of `operation` that completed. */
  readonly operations: number;
  /** What the operations reported doing (e.g. events written); equals `operations` when they report 1. */
  readonly units: number;
  readonly seconds: number;
}

/**
 * Runs `operation` from `workers` concurrent loops until the limit, and times the whole run.
 * Each call gets its worker number and that worker's own call counter, so a worker can keep its
 * own streams; it resolves to how many units (events, rows) it handled. The first error stops
 * every worker and rejects.
 */
export async function runConcurrently(
  workers: number,
  limit: LoadLimit,
  operation: (worker: number, call: number) => Promise<number>,
): Promise<LoadResult> {
  let claimed = 0;
  let operations = 0;
  let units = 0;
  let failed = false;
  const start = performance.now();
  const deadline = 'seconds' in limit ? start + limit.seconds * 1000 : Infinity;
  const maxOperations = 'operations' in limit ? limit.operations : Infinity;

  const loop = async (worker: number) => {
    for (let call = 0; !failed && claimed < maxOperations && performance.now() < deadline; call++) {
      claimed++;
      try {
        const done = await operation(worker, call);
        units += done;
        operations++;
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, worker) => loop(worker)));
  return { operations, units, seconds: (performance.now() - start) / 1000 };
}

export function perSecond(units: number, seconds: number): number {
  return seconds > 0 ? units / seconds : 0;
}

/** Times one piece of async work. */
export async function timed<T>(work: () => Promise<T>): Promise<{ readonly value: T; readonly seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}
