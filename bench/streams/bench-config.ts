/** What the streams bench runs against and how much; every figure can be changed from the environment. */
export interface StreamsBenchConfig {
  readonly databaseUrl: string;
  /** The project's event store lives here; dropped and recreated at start. */
  readonly storeSchema: string;
  /** The raw postgres.js floor table lives here; dropped and recreated at start. */
  readonly floorSchema: string;
  /** Guides counted on the aged permit, and transformations recorded on the aged processor. */
  readonly events: number;
  /** Events per append while the aged streams are written. */
  readonly historyBatch: number;
  /** Connections of the app's store, as the app's DATABASE_POOL_SIZE defaults. */
  readonly poolSize: number;
  /** Untimed commands per side before the rounds (the aged streams' first command reads them whole). */
  readonly warmupCommands: number;
  /** Alternating rounds: each side in turn runs its commands one at a time. */
  readonly rounds: number;
  readonly commandsPerRound: number;
  /** A side's round also ends once it has run this long (at least one command), so slow sides stay within the run's time. */
  readonly roundSeconds: number;
  /** Reads and folds of each aged stream alone (fewer once a round's seconds have passed). */
  readonly foldRepeats: number;
}

export function streamsBenchConfig(env: NodeJS.ProcessEnv = process.env): StreamsBenchConfig {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
    return value;
  };
  const seconds = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    storeSchema: 'bench_streams',
    floorSchema: 'bench_streams_raw',
    events: int('BENCH_EVENTS', 10_000),
    historyBatch: int('BENCH_HISTORY_BATCH', 1000),
    poolSize: int('BENCH_POOL_SIZE', 6),
    warmupCommands: int('BENCH_WARMUP_COMMANDS', 10),
    rounds: int('BENCH_ROUNDS', 6),
    commandsPerRound: int('BENCH_ROUND_COMMANDS', 50),
    roundSeconds: seconds('BENCH_ROUND_SECONDS', 4),
    foldRepeats: int('BENCH_FOLD_REPEATS', 5),
  };
}

/** The most commands one aggregate can be sent in a run: its quotas and stock are sized for it. */
export function mostCommandsPerAggregate(config: StreamsBenchConfig): number {
  return config.warmupCommands + config.rounds * config.commandsPerRound;
}
