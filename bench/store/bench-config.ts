/** What the store bench runs against and how long; every figure can be changed from the environment. */
export interface StoreBenchConfig {
  readonly databaseUrl: string;
  /** The project's event store lives here; dropped and recreated at start. */
  readonly storeSchema: string;
  /** The raw postgres.js baseline table lives here; dropped and recreated at start. */
  readonly rawSchema: string;
  /** Timed seconds of each of our append phases (the raw baseline then runs the same number of statements). */
  readonly seconds: number;
  /** Untimed seconds before each timed phase, for each side. */
  readonly warmupSeconds: number;
  /** Timed runs are split into rounds (ours, then raw with the same count) to even out drift such as checkpoints. */
  readonly rounds: number;
  readonly singleWriters: number;
  readonly batchWriters: number;
  readonly batchSize: number;
  /** Single-event appends start a new stream after this many events. */
  readonly eventsPerSingleStream: number;
  /** Batch appends start a new stream after this many events. */
  readonly eventsPerBatchStream: number;
  /** The global log is grown to at least this many events before it is read. */
  readonly logEvents: number;
  readonly growWriters: number;
  readonly readPageSize: number;
  /** The read rate is also shown over this many events at the start and at the end of the log. */
  readonly readWindow: number;
}

export function storeBenchConfig(env: NodeJS.ProcessEnv = process.env): StoreBenchConfig {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    storeSchema: 'bench_store',
    rawSchema: 'bench_raw',
    seconds: int('BENCH_SECONDS', 10),
    warmupSeconds: int('BENCH_WARMUP_SECONDS', 2),
    rounds: int('BENCH_ROUNDS', 4),
    singleWriters: int('BENCH_SINGLE_WRITERS', 16),
    batchWriters: int('BENCH_BATCH_WRITERS', 4),
    batchSize: int('BENCH_BATCH_SIZE', 1000),
    eventsPerSingleStream: 10,
    eventsPerBatchStream: 10_000,
    logEvents: int('BENCH_LOG_EVENTS', 1_000_000),
    growWriters: int('BENCH_GROW_WRITERS', 4),
    readPageSize: int('BENCH_READ_PAGE', 5000),
    readWindow: 100_000,
  };
}
