import { join, resolve } from 'node:path';
import { authConfig, type AuthConfig } from '#auth';
import { type CustodySettings, custodySettings } from '#custody';
import type { StorageConfig } from '#event-store';

export interface StandaloneConfig {
  readonly eventStore: StorageConfig;
  readonly auth: AuthConfig;
  readonly custody: CustodySettings;
  readonly port: number;
  readonly host: string;
}

/** Reads the environment once at start; a bad value stops the process before anything listens. */
export function standaloneConfig(env: NodeJS.ProcessEnv = process.env): StandaloneConfig {
  const dataDir = resolve(nonEmpty(env.DATA_DIR) ?? '.data/standalone');
  return {
    eventStore: {
      databaseUrl: nonEmpty(env.DATABASE_URL),
      databasePoolSize: poolSize(nonEmpty(env.DATABASE_POOL_SIZE) ?? String(DATABASE_POOL_SIZE)),
      eventStoreUrl: nonEmpty(env.EVENTSTORE_URL),
      // The database gets a folder of its own beside the signing keys.
      dataDir: join(dataDir, 'db'),
      // Schemas, so several deployments (or test runs) can share one Postgres server.
      schema: nonEmpty(env.EVENT_STORE_SCHEMA),
      readModelSchema: nonEmpty(env.READ_MODEL_SCHEMA),
    },
    auth: authConfig(env, dataDir),
    custody: custodySettings(env),
    port: port(nonEmpty(env.PORT) ?? '3000'),
    // Loopback unless asked: exposing the service is a decision, not a default.
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
  };
}

/**
 * A few connections serve best where Postgres has few cores: postgres.js sends the statements queued on a
 * busy connection in one write, and more backends than cores only take turns (bench:scans, 2 cores: 6
 * connections answered 545–624 scans/s, 20 answered 486–543).
 */
const DATABASE_POOL_SIZE = 6;

// `VAR=` in a shell or a compose file means unset, not an empty URL.
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

function poolSize(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 1000) throw new Error(`DATABASE_POOL_SIZE must be an integer from 1 to 1000, got "${text}"`);
  return value;
}

function port(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535) throw new Error(`PORT must be an integer from 0 to 65535, got "${text}"`);
  return value;
}
