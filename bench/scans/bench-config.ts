/** Every knob of bench:scans, from the environment. */
export interface ScansBenchConfig {
  readonly databaseUrl: string;
  readonly port: number;
  readonly guides: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** Concurrent requests while setting up permits, lots and guides. */
  readonly setupConcurrency: number;
  /** The open loop's arrival rate, as a share of the floor's closed-loop rate: the target is set at 0.25. */
  readonly openLoopShare: number;
}

export const EVENT_SCHEMA = 'bench_scans_events';
export const READ_SCHEMA = 'bench_scans_read';
export const FLOOR_SCHEMA = 'bench_scans_floor';

export function scansBenchConfig(env: NodeJS.ProcessEnv = process.env): ScansBenchConfig {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    port: number('BENCH_PORT', 3917),
    guides: number('BENCH_GUIDES', 2000),
    concurrency: number('BENCH_CONCURRENCY', 32),
    seconds: number('BENCH_SECONDS', 20),
    warmupSeconds: number('BENCH_WARMUP_SECONDS', 3),
    setupConcurrency: number('BENCH_SETUP_CONCURRENCY', 8),
    openLoopShare: number('BENCH_OPEN_LOOP_SHARE', 0.25),
  };
}
