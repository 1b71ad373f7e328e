import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type AuthConfig, AuthModule, localKeysDir, tokenCommand } from '#auth';
import { EventStoreModule } from '#event-store';
import { applyHttpEdge, httpAdapter, readyApp } from '#http';
import { HolidayCalendarNotCovered, type InfractionEntry, REFERENCE_DATA, type ReferenceData } from '../integration/index.js';
import { ReferenceDataModule } from '../reference-data.module.js';

const INFRACTION: InfractionEntry = {
  code: 'INF-2021-05',
  conduct: 'Diverting a transport from its registered trajectory',
  legalReference: 'DS 007-2021-MIDAGRI, Anexo 1, numeral 5',
  class: 'grave',
  fineUit: { min: '3', max: '10' },
  measures: ['confiscation'],
  ruleCodes: ['TRAJECTORY_ORDER', 'SKIPPED_CHECKPOINT', 'CORRIDOR'],
  source: 'DS 007-2021-MIDAGRI',
};
const INFRACTIONS_V2 = { version: 2, effectiveFrom: '2026-03-01', note: 'Diversion confirmed as grave', entries: [INFRACTION] };

describe('the infraction catalogue published through the reference-data endpoints', () => {
  let app: NestFastifyApplication;
  let dataDir: string;
  let auth: AuthConfig;
  const http = () => request(app.getHttpServer());
  const reference = () => app.get<ReferenceData>(REFERENCE_DATA);
  const asSerfor = async () => `Bearer ${await tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'ana', '--ttl', '1h'], auth)}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reference-data-int-'));
    auth = {
      issuer: 'timber-trace',
      audience: 'timber-trace-api',
      key: { kind: 'local', dir: localKeysDir(dataDir) },
      maxTokenLifetimeSeconds: 3600,
      failedAuthentications: { limit: 20, windowSeconds: 60 },
    };
    // The context alone, behind the store, auth and HTTP edge the app puts it behind: a lib may not import the app.
    @Module({
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot({ dataDir: join(dataDir, 'db'), schema: 'event_store', readModelSchema: 'read_models', databasePoolSize: 1 }),
        AuthModule.forRoot(auth),
        ReferenceDataModule,
      ],
    })
    class ReferenceDataApp {}
    app = await NestFactory.create<NestFastifyApplication>(ReferenceDataApp, httpAdapter({ bodyLimit: 1024 * 1024 }), { logger: false });
    applyHttpEdge(app);
    await readyApp(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the shipped version 1 of each new catalogue from start', async () => {
    for (const catalogue of ['infractions', 'holidays', 'species-values', 'certified-identifiers']) {
      const { body } = await http().get(`/reference/${catalogue}`).expect(200);
      expect(body).toMatchObject({ catalogue, version: 1, publishedBy: { id: 'reference-data-files', role: 'system' } });
    }
  });

  it('answers a malformed infraction with 400 and the paths at fault: fines as numbers, unknown properties, unknown classes', async () => {
    const response = await http()
      .post('/reference/infractions/versions')
      .set('Authorization', await asSerfor())
      .send({ ...INFRACTIONS_V2, entries: [{ ...INFRACTION, class: 'serious', fineUit: { min: 3, max: '10', currency: 'PEN' }, measures: ['fine'], severity: 2 }] })
      .expect(400);
    expect(response.body).toMatchObject({ error: 'validation_failed' });
    expect(response.body.details.fields).toEqual([
      { path: 'entries.0.severity', messages: ['property severity should not exist'] },
      { path: 'entries.0.class', messages: ['class must be one of the following values: leve, grave, muy_grave'] },
      { path: 'entries.0.fineUit.currency', messages: ['property currency should not exist'] },
      { path: 'entries.0.fineUit.min', messages: expect.arrayContaining(['min must be a string']) },
      { path: 'entries.0.measures', messages: [expect.stringContaining('each value in measures must be one of the following values: confiscation,')] },
    ]);
  });

  it('answers entries the decider refuses with 400 and their paths', async () => {
    const response = await http()
      .post('/reference/infractions/versions')
      .set('Authorization', await asSerfor())
      .send({ ...INFRACTIONS_V2, entries: [INFRACTION, { ...INFRACTION, code: 'INF-2021-06', fineUit: { min: '10', max: '3' }, ruleCodes: ['CORRIDOR'] }] })
      .expect(400);
    expect(response.body).toMatchObject({
      error: 'invalid_reference_entries',
      details: {
        catalogue: 'infractions',
        fields: [
          { path: 'entries.1.fineUit.max', messages: ['fineUit.max must not be below fineUit.min'] },
          { path: 'entries.1.ruleCodes.0', messages: ['rule code CORRIDOR already maps to entries.0: a rule code maps to one conduct'] },
        ],
      },
    });
  });

  it('publishes a new version as SERFOR, and judges each instant by the version in force then', async () => {
    const published = await http().post('/reference/infractions/versions').set('Authorization', await asSerfor()).send(INFRACTIONS_V2).expect(201);
    expect(published.body).toMatchObject({ catalogue: 'infractions', version: 2, effectiveFrom: '2026-03-01', entryCount: 1, publishedBy: { organisation: 'SERFOR' } });
    const before = new Date('2026-02-28T12:00:00-05:00');
    const after = new Date('2026-03-01T00:00:00-05:00');
    expect(await reference().infractionForRule('CORRIDOR', before)).toMatchObject({ code: 'INF-2021-05', class: 'muy_grave', status: 'confirm' });
    expect(await reference().infractionForRule('CORRIDOR', after)).toEqual(INFRACTION);
    expect(await reference().infractionForRule('GUIDE_VALID', before)).toMatchObject({ code: 'INF-2021-01' });
    expect(await reference().infractionForRule('GUIDE_VALID', after)).toBeUndefined();
    expect(await reference().infraction('INF-2021-05', after)).toEqual(INFRACTION);
    expect(await reference().infraction('INF-2021-05', new Date('2021-04-12T12:00:00-05:00'))).toBeUndefined();
  });

  it('answers holidays from the calendar in force now, and species values by name', async () => {
    const december = await reference().holidaysBetween('2025-12-01', '2025-12-31');
    expect(december.map((holiday) => [holiday.date, holiday.name])).toEqual([
      ['2025-12-08', 'Inmaculada Concepción'],
      ['2025-12-09', 'Batalla de Ayacucho'],
      ['2025-12-25', 'Navidad del Señor'],
    ]);
    await expect(reference().holidaysBetween('2027-12-01', '2028-01-31')).rejects.toThrow(HolidayCalendarNotCovered);
    expect(await reference().speciesValue('cedrela ODORATA', new Date())).toMatchObject({ scientificName: 'Cedrela odorata', solesPerM3: expect.any(String), status: 'confirm' });
    expect(await reference().speciesValue('Pinus radiata', new Date())).toBeUndefined();
  });

  it("publishes SERFOR's register of certified identifiers, and answers a certificate as the register in force at the instant had it", async () => {
    const identifier = { certificateNumber: 'IDM-2026-0001', name: 'Ejemplo Identificadora Cuatro', certifyingBody: 'Ejemplo Entidad Certificadora', validFrom: '2026-01-01', validUntil: '2027-12-31' };
    const refused = await http()
      .post('/reference/certified-identifiers/versions')
      .set('Authorization', await asSerfor())
      .send({ version: 2, effectiveFrom: '2026-04-01', entries: [{ ...identifier, validUntil: '2025-12-31', certificate: 'x' }] })
      .expect(400);
    expect(refused.body.details.fields).toEqual([{ path: 'entries.0.certificate', messages: ['property certificate should not exist'] }]);
    const backwards = { version: 2, effectiveFrom: '2026-04-01', entries: [{ ...identifier, validUntil: '2025-12-31' }] };
    const refusedByDecider = await http().post('/reference/certified-identifiers/versions').set('Authorization', await asSerfor()).send(backwards).expect(400);
    expect(refusedByDecider.body).toMatchObject({ error: 'invalid_reference_entries', details: { fields: [{ path: 'entries.0.validUntil', messages: ['validUntil must not be before validFrom'] }] } });
    await http().post('/reference/certified-identifiers/versions').set('Authorization', await asSerfor()).send({ version: 2, effectiveFrom: '2026-04-01', entries: [identifier] }).expect(201);
    expect(await reference().certifiedIdentifier(' idm-2026-0001', new Date('2026-04-01T00:00:00-05:00'))).toEqual(identifier);
    expect(await reference().certifiedIdentifier('IDM-2026-0001', new Date('2026-03-31T23:59:00-05:00'))).toBeUndefined();
    expect(await reference().certifiedIdentifier('EJEMPLO-IDM-0001', new Date('2026-03-31T23:59:00-05:00'))).toMatchObject({ name: 'Ejemplo Identificadora Uno', status: 'confirm' });
    expect(await reference().certifiedIdentifier('EJEMPLO-IDM-0001', new Date('2026-04-01T00:00:00-05:00'))).toBeUndefined();
  });

  it('documents the publication of each new catalogue, its entries named in the OpenAPI document', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/reference/infractions/versions', '/reference/holidays/versions', '/reference/species-values/versions', '/reference/certified-identifiers/versions']));
    const schemas = document.components?.schemas ?? {};
    expect(schemas.InfractionEntryDto).toMatchObject({ properties: { class: { enum: ['leve', 'grave', 'muy_grave'] }, fineUit: { allOf: [{ $ref: '#/components/schemas/UitRangeDto' }] } } });
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.filter((name) => !(name in schemas))).toEqual([]);
  });
});
