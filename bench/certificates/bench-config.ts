/** Every knob of bench:certificates, from the environment. */
export interface CertificatesBenchConfig {
  readonly databaseUrl: string;
  readonly port: number;
  /** Product lots, each with 500 ancestor lots over 6 transformation levels. */
  readonly products: number;
  readonly issueConcurrency: number;
  readonly verifyConcurrency: number;
  /** Alternating rounds, each timing issuance, verification and the no-op route for `roundSeconds` apiece. */
  readonly rounds: number;
  readonly roundSeconds: number;
  readonly warmupSeconds: number;
  /** How long the app may take to note every lineage, then to settle. */
  readonly setupTimeoutSeconds: number;
}

export const EVENT_SCHEMA = 'bench_certificates_events';
export const READ_SCHEMA = 'bench_certificates_read';
export const FLOOR_SCHEMA = 'bench_certificates_floor';

export function certificatesBenchConfig(env: NodeJS.ProcessEnv = process.env): CertificatesBenchConfig {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    port: number('BENCH_PORT', 3918),
    products: number('BENCH_PRODUCTS', 20),
    // An exporter's back office asks for a few certificates at a time; each one keeps Postgres and the app busy, and
    // 4 in flight already fill both cores, so more would time queueing rather than issuance.
    issueConcurrency: number('BENCH_ISSUE_CONCURRENCY', 4),
    verifyConcurrency: number('BENCH_VERIFY_CONCURRENCY', 32),
    rounds: number('BENCH_ROUNDS', 4),
    roundSeconds: number('BENCH_ROUND_SECONDS', 5),
    warmupSeconds: number('BENCH_WARMUP_SECONDS', 2),
    setupTimeoutSeconds: number('BENCH_SETUP_TIMEOUT_SECONDS', 900),
  };
}
