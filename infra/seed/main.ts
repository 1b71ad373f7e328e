import { ConfigurationError, seedConfig } from '../../apps/standalone/src/config.js';
import { ApiClient, ApiError } from './api-client.js';
import { type DemoGuide, type DemoPermit, type DemoProcessor, EXPORTER, GUIDES, PERMITS, PROCESSORS } from './demo.js';
import { permitPath, type SeedReport, seedDemo } from './seed-demo.js';
import { type SeedTarget, seedTarget } from './seed-target.js';

// `npm run seed`: loads the demo through the HTTP API of the app where `npm start` listens (SEED_URL, else
// PORT and HOST) when one answers there, else of the app started here on the same store (DATA_DIR, or
// DATABASE_URL), closed when done.

const progress = (step: string) => process.stderr.write(`seeding ${step}…\n`);

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
    token('exporter', EXPORTER.taxId),
    ...curl('the exporter’s certificates, and the whole lineage of the certified boards back to the logs', '/certificates'),
    ...(product ? curl('', `/lots/${product}/lineage`).slice(1) : []),
    '  # anyone checks the certificate, no token: its signature and its standing now (the PDF’s QR code leads here)',
    `  curl -s ${report.certificate.verificationUrl}`,
    token('permit_holder', neshuya.holder.taxId),
    ...curl(`a holder’s own permits (its lot ${neshuya.lots[0]!.lotId} waits for a guide)`, '/permits'),
  ].join('\n');
}

let app: SeedTarget | undefined;
try {
  const config = seedConfig(process.env);
  app = await seedTarget(config, progress);
  const report = await seedDemo(new ApiClient(app.url, config.app.auth), progress);
  process.stdout.write(`${summary(report, app.started ? config.url : app.url, app.started)}\n`);
} catch (error) {
  process.stderr.write(`The seed stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof ConfigurationError) process.stderr.write('See the configuration table in README.md.\n');
  if (app && error instanceof ApiError && error.status === 401) {
    process.stderr.write(`The app at ${app.url} refused the seed's token: run the seed with the DATA_DIR (or AUTH_*) the app uses, so both read the same keys.\n`);
  }
  process.exitCode = 1;
} finally {
  await app?.close();
}
