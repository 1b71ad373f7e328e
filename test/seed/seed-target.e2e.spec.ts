import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { seedConfig } from '../../apps/standalone/src/config.js';
import { seedTarget } from '../../infra/seed/seed-target.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';

/** A port nothing listens on: taken from the system, then let go. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

describe('the seed finding the app', () => {
  let app: INestApplication;
  let port: number;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const steps: string[] = [];
  const progress = (step: string) => void steps.push(step);

  beforeAll(async () => {
    dataDir = await tempDataDir();
    // Embedded, so the app holds the data folder as `npm start` does.
    app = await standaloneTestApp(dataDir.path);
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('reaches the app listening on the PORT and HOST it was started with', async () => {
    const target = await seedTarget(seedConfig({ DATA_DIR: dataDir.path, PORT: String(port), HOST: '127.0.0.1' }), progress);
    await target.close();
    expect(target).toMatchObject({ url: `http://127.0.0.1:${port}`, started: false });
    expect(steps).toEqual([]);
  });

  it('stops, naming the folder and its holder, when nothing answers where it looks but an app holds the data', async () => {
    const elsewhere = await freePort();
    await expect(seedTarget(seedConfig({ DATA_DIR: dataDir.path, PORT: String(elsewhere) }), progress)).rejects.toThrow(
      `Nothing answered at http://127.0.0.1:${elsewhere}/health, and another process holds the data: The data folder ${join(dataDir.path, 'db')} is held by process ${process.pid} on `,
    );
  }, 60_000);
});
