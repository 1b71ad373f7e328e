import { afterAll, beforeAll } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { postgresTestEnv } from './postgres-test-env.js';
import { standaloneTestApp } from './standalone-test-app.js';
import { tempDataDir } from './temp-data-dir.js';

/** A suite's app and data folder, once started. */
export interface SuiteApp {
  app(): INestApplication;
  dataDir(): string;
}

/**
 * One standalone app for the calling suite, started before its tests and closed after them with everything it
 * stored: on the embedded store, or on a real Postgres in schemas of its own when given the server's URL.
 */
export function suiteApp(postgresUrl?: string): SuiteApp {
  let app: INestApplication | undefined;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>> | undefined;
  const database = postgresUrl === undefined ? undefined : postgresTestEnv(postgresUrl);

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path, { env: database?.env ?? {} });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await database?.remove();
    await dataDir?.remove();
  });

  return { app: () => app!, dataDir: () => dataDir!.path };
}
