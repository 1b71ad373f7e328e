import { storeKind } from '#event-store';
import { DataFolderHeld } from '#sql';
import type { SeedConfig } from '../../apps/standalone/src/config.js';
import { createStandaloneApp } from '../../apps/standalone/src/create-standalone-app.js';

export interface SeedTarget {
  readonly url: string;
  /** Whether the app was started here, on the store `npm start` uses. */
  readonly started: boolean;
  close(): Promise<void>;
}

/** The app answering where `npm start` listens, or one started here on an ephemeral port; `close` stops only what was started here. */
export async function seedTarget({ url, app: config }: SeedConfig, progress: (step: string) => void): Promise<SeedTarget> {
  if (await answers(url)) return { url, started: false, close: async () => undefined };
  progress(`through an app started here on the ${storeKind(config.eventStore)} store, as nothing answered at ${url}/health`);
  // Silent while starting: a failure to start is told once, by the seed, instead of also as a stack trace.
  const app = await createStandaloneApp(config, { logger: false, abortOnError: false }).catch((error: unknown) => {
    if (error instanceof DataFolderHeld) {
      throw new Error(`Nothing answered at ${url}/health, and another process holds the data: ${error.message} If it is the app, set SEED_URL, or PORT and HOST, to where it listens.`, { cause: error });
    }
    throw error;
  });
  app.useLogger(['error']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, started: true, close: () => app.close() };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}
