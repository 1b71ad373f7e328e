/** What the relay bench runs against and how much; every figure can be changed from the environment. */
export interface RelayBenchConfig {
  readonly databaseUrl: string;
  readonly brokers: readonly string[];
  /** Events the publishing service has stored before its relay starts, over `streams` streams. */
  readonly events: number;
  readonly streams: number;
  /** Messages per send, the relay's and the raw producer's alike. */
  readonly batch: number;
  /** Partitions of every topic the bench makes, as the services make theirs. */
  readonly partitions: number;
  /** Alternating rounds: the relay, then the raw producer, each over the same messages. */
  readonly rounds: number;
  /** The end-to-end phase: events appended per second, open loop, for so many seconds. */
  readonly lagRate: number;
  readonly lagSeconds: number;
}

export function relayBenchConfig(env: NodeJS.ProcessEnv = process.env): RelayBenchConfig {
  const positive = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    brokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((broker) => broker.trim()),
    events: positive('BENCH_EVENTS', 20_000),
    streams: positive('BENCH_STREAMS', 200),
    batch: positive('BENCH_BATCH', 500),
    partitions: positive('BENCH_PARTITIONS', 8),
    rounds: positive('BENCH_ROUNDS', 3),
    lagRate: positive('BENCH_LAG_RATE', 500),
    lagSeconds: positive('BENCH_LAG_SECONDS', 20),
  };
}
