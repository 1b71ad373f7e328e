import type { INestApplication } from '@nestjs/common';
import { storeKind } from '#event-store';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { createStandaloneApp } from '../../apps/standalone/src/create-standalone-app.js';
import { ApiClient, ApiError } from './api-client.js';
import { type DemoGuide, type DemoPermit, type DemoProcessor, GUIDES, PERMITS, PROCESSORS } from './demo.js';
import { permitPath, type SeedReport, seedDemo } from './seed-demo.js';

// `npm run seed`: loads the demo through the HTTP API of the app at SEED_URL when one answers there, else of
// the app started here on the same store `npm start` uses (DATA_DIR, or DATABASE_URL), closed when done.

const env = process.env;
const progress = (step: string) => process.stderr.write(`seeding ${step}…\n`);

/** The running app, or one started here on an ephemeral port; `close` stops only what was started here. */
async function target(): Promise<{ readonly url: string; readonly started: boolean; close(): Promise<void> }> {
  const seedUrl = env.SEED_URL || 'http://127.0.0.1:3000';
  if (await answers(seedUrl)) return { url: seedUrl, started: false, close: async () => undefined };
  const config = standaloneConfig(env);
  progress(`through an app started here on the ${storeKind(config.eventStore)} store, as nothing answered at ${seedUrl}/health`);
  const app: INestApplication = await createStandaloneApp(config, { logger: ['error'] });
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

function summary(report: SeedReport, url: string, started: boolean): string {
  const [aguaytia, neshuya, iberia] = PERMITS as [DemoPermit, DemoPermit, DemoPermit];
  const [cleared, stopped, underCites] = GUIDES as [DemoGuide, DemoGuide, DemoGuide];
  const [sawmill] = PROCESSORS as [DemoProcessor];
  const token = (role: string, org: string) => `  TOKEN=$(npm run --silent token -- --role ${role} --org ${org} --sub you)`;
  const curl = (comment: string, path: string) => [`  # ${comment}`, `  curl -s -H "Authorization: Bearer $TOKEN" ${url}${path}`];
  const [product] = report.productLots;
  return [
    started ? 'The demo is in the store `npm start` uses:' : `The demo is in the app at ${url}:`,
    ...report.lines.map((line) => `  ${line}`),
    '',
    `Try it${started ? ' once `npm start` runs' : ''}; the API is described at ${url}/docs.`,
    token('regulator', aguaytia.authority),
    ...curl('a plan’s balance per species: authorised, extracted, moved, remaining', `${permitPath(aguaytia.permitId)}/balance`),
    ...(product ? curl('a product lot of the sawmill and its parents', `/lots/${product}`) : []),
    ...curl('its parent: every step of the chain of custody and who took it', `/lots/${aguaytia.lots[0]!.lotId}`),
    ...curl('a guide with every check of every scan', `/guides/${cleared.number}`),
    ...curl('cedro under a CITES permit: the scan at Aguaytía counts it (CITES_PERMIT)', `/guides/${underCites.number}`),
    token('regulator', iberia.authority),
    ...curl('the load stopped at Planchón, its lot immobilised', `/checkpoints/${stopped.stops[1]!.code}/scans`),
    token('processor', sawmill.facilityId),
    ...curl('a sawmill’s books: received, consumed, produced, within yield', `/processors/${sawmill.facilityId}/balance`),
    token('permit_holder', neshuya.holder.taxId),
    ...curl(`a holder’s own permits (its lot ${neshuya.lots[0]!.lotId} waits for a guide)`, '/permits'),
  ].join('\n');
}

const app = await target();
try {
  const report = await seedDemo(new ApiClient(app.url, env), progress);
  process.stdout.write(`${summary(report, app.started ? `http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}` : app.url, app.started)}\n`);
} catch (error) {
  process.stderr.write(`The seed stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof ApiError && error.status === 401) {
    process.stderr.write(`The app at ${app.url} refused the seed's token: run the seed with the DATA_DIR (or AUTH_*) the app uses, so both read the same keys.\n`);
  }
  process.exitCode = 1;
} finally {
  await app.close();
}
