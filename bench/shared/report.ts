import { performance } from 'node:perf_hooks';

const started = performance.now();

/** A human-readable progress line on stderr, stamped with seconds since the bench started. */
export function progress(message: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

/** A rate rounded to three significant figures (12,345.6 → 12,300), so runs compare at a glance. */
export function roundRate(rate: number): number {
  return Number.isFinite(rate) ? Number(rate.toPrecision(3)) : 0;
}

/** A ratio to two decimals (0.8734 → 0.87). */
export function roundRatio(ratio: number): number {
  return Math.round(ratio * 100) / 100;
}

/** 12345.6 → "12,346". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A line on stdout for people (e.g. a breakdown), printed before the result line. */
export function printLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The bench's one machine-readable result: a single JSON line, the last line of stdout. */
export function printResult(result: { readonly bench: string; readonly [figure: string]: string | number }): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs a bench's main, failing the process loudly (stderr, exit code 1) on any error. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      progress(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
