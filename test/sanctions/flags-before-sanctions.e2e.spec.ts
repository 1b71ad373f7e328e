import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { eventually, POSTGRES } from '#testing';
import { SanctionsModule } from '#sanctions';
import { readyApp } from '#http';
import { AppModule } from '../../apps/standalone/src/app.module.js';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { configureStandaloneApp, STANDALONE_APP_OPTIONS, standaloneHttpAdapter } from '../../apps/standalone/src/create-standalone-app.js';
import { type Body, Journey } from '../journeys/journey-app.js';
import { AUTHORITY, CEDRO, DRIVER, fresh, HOLDER, hoursAgo, m3, processorAt, REGULATOR, SAWMILL_HOLDER, TORNILLO } from '../journeys/road-to-pucallpa.js';
import { postgresTestEnv } from '../standalone/postgres-test-env.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';

/** The standalone app as it ran before the sanctions context was added: every other context, on the same store. */
async function appWithoutSanctions(dataDir: string, env: NodeJS.ProcessEnv): Promise<INestApplication> {
  const app = AppModule.forRoot(standaloneConfig({ DATA_DIR: dataDir, ...env }));
  const isSanctions = (imported: unknown) => imported === SanctionsModule || (imported as DynamicModule).module === SanctionsModule;
  const moduleRef = await Test.createTestingModule({ imports: [{ ...app, imports: app.imports!.filter((imported) => !isSanctions(imported)) }] }).compile();
  const nest = moduleRef.createNestApplication<NestFastifyApplication>(standaloneHttpAdapter(), { ...STANDALONE_APP_OPTIONS, logger: false });
  configureStandaloneApp(nest);
  return readyApp(nest);
}

// One run, on Postgres when its URL is given, else on the embedded store: the history is what matters, not the store.
describe('flags recorded before the sanctions context existed', () => {
  const database = process.env[POSTGRES.urlVariable] ? postgresTestEnv(process.env[POSTGRES.urlVariable]!) : undefined;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  let app: INestApplication | undefined;
  const journey = new Journey(
    () => app!,
    () => dataDir.path,
  );

  beforeAll(async () => {
    dataDir = await tempDataDir();
  });

  afterAll(async () => {
    await app?.close();
    await database?.remove();
    await dataDir?.remove();
  });

  it('open their cases once the context starts: a flagged scan before the checkpoint’s authority, a transformation over yield before the processor’s', async () => {
    app = await appWithoutSanctions(dataDir.path, database?.env ?? {});
    expect((await journey.get(REGULATOR, '/cases', 404)).status).toBe(404);

    const facilityId = await journey.sawmill();
    const permit = await journey.plannedPermit([[TORNILLO, 100]]);
    const stopped = await journey.extracted(permit, TORNILLO, 5, 3);
    const guide = await journey.guide(permit, facilityId, [stopped], hoursAgo(3));
    expect((await journey.scan(guide, 'UC-CFB-K160', { observed: [{ species: CEDRO, volumeM3: 5, pieces: 3 }] })).verdict).toBe('immobilise');

    // 20 m³ of roundwood yield at most 11.2 m³ of sawn wood (SERFOR's 56 %): 12 stand only as a declared exception.
    const sawn = await journey.extracted(permit, TORNILLO, 20, 10);
    await journey.deliver(await journey.guide(permit, facilityId, [sawn], hoursAgo(6)));
    const reason = 'Logs of exceptional grade; yield study attached';
    const sawing = { transformationId: fresh('TR'), inputs: [{ lotId: sawn.lotId, volume: m3(20) }], outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(12) }], exception: { reason } };
    const { body: transformed } = await journey.post(processorAt(facilityId), `/processors/${facilityId}/transformations`, sawing, 201);
    expect(transformed.flagged).toMatchObject({ reason });

    await app.close();
    app = await standaloneTestApp(dataDir.path, { env: database?.env ?? {} });

    const cases = await eventually(async () => {
      const { body } = await journey.get(REGULATOR, '/cases?status=detected&limit=500');
      expect((body.cases as Body[]).map((row) => row.sources)).toEqual(expect.arrayContaining([['scan'], ['transformation']]));
      return body.cases as Body[];
    });
    expect(cases.find((row) => row.guideNumber === guide.number)).toMatchObject({ authority: AUTHORITY, parties: [HOLDER, DRIVER.id], rules: expect.arrayContaining(['SPECIES_MATCH']) });

    const overYield = cases.find((row) => row.sources[0] === 'transformation')!;
    const { body: file } = await journey.get(REGULATOR, `/cases/${overYield.caseId}`);
    expect(file).toMatchObject({
      authority: AUTHORITY,
      subject: { holderTaxId: SAWMILL_HOLDER },
      sources: [{ kind: 'transformation', facilityId, transformationId: sawing.transformationId, reason }],
      lots: [transformed.outputs[0].lotId],
      findings: [{ rule: 'YIELD_EXCEEDED', expected: { species: TORNILLO, inputM3: 20 } }],
    });
    expect(file.suggestedConducts).toEqual([expect.objectContaining({ code: 'INF-2021-03', rules: ['YIELD_EXCEEDED'] })]);
  }, 180_000);
});
