import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { readyApp } from '#http';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { createStandaloneApp } from '../../apps/standalone/src/create-standalone-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';

const PUCALLPA_LIMA = ['UC-CFB-K010', 'UC-CFB-K034', 'UC-CFB-K060', 'UC-CFB-K086', 'UC-CFB-K160', 'UC-CFB-K195', 'HU-CFB-K253', 'HU-CCN-K118', 'PA-CCN-K225', 'JU-CCN-K353', 'LI-C22-K050'];

describe('routes between two places through the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await createStandaloneApp(standaloneConfig({ DATA_DIR: dataDir.path }), { logger: false });
    await readyApp(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('answers the checkpoints from Pucallpa to Lima in road order, with km and windows, as a trajectory to paste into a guide', async () => {
    const { body } = await http().get('/routes').query({ from: 'Pucallpa', to: 'Lima' }).expect(200);
    expect(body).toMatchObject({ from: 'Pucallpa', to: 'Lima', roads: ['PUCALLPA-TINGO-MARIA', 'TINGO-MARIA-LA-OROYA', 'LA-OROYA-LIMA'], versions: { roads: 1, checkpoints: 5 } });
    expect(body.speeds.road).toEqual({ fastestKmPerHour: 60, slowestKmPerHour: 25 });
    const checkpoints = body.trajectory.checkpoints as { code: string; earliestArrivalMinutes: number; latestArrivalMinutes: number }[];
    expect(checkpoints.map((checkpoint) => checkpoint.code)).toEqual(PUCALLPA_LIMA);
    expect(checkpoints[0]).toEqual({ code: 'UC-CFB-K010', position: [-74.611826, -8.393874], mandatory: false, earliestArrivalMinutes: 10, latestArrivalMinutes: 144 });
    for (const checkpoint of checkpoints) expect(Object.keys(checkpoint).sort()).toEqual(['code', 'earliestArrivalMinutes', 'latestArrivalMinutes', 'mandatory', 'position']);
    for (const [before, after] of checkpoints.slice(1).map((checkpoint, index) => [checkpoints[index]!, checkpoint] as const)) {
      expect(after.earliestArrivalMinutes).toBeGreaterThan(before.earliestArrivalMinutes);
      expect(after.latestArrivalMinutes).toBeGreaterThan(before.latestArrivalMinutes);
    }
    const kms = (body.places as { km: number }[]).map((place) => place.km);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(body.places.find((place: { place: string }) => place.place === 'UC-CFB-K160')).toMatchObject({ kind: 'checkpoint', km: 160, name: 'Puesto de control Aguaytía' });
  });

  it('takes towns whatever their case and accents, and checkpoint codes, either way along the roads', async () => {
    const { body } = await http().get('/routes').query({ from: 'puerto maldonado', to: 'CUSCO' }).expect(200);
    expect(body.trajectory.checkpoints.map((checkpoint: { code: string }) => checkpoint.code)).toEqual(['MD-IOS-K406', 'CU-IOS-K070', 'CU-IOS-K250', 'CU-IOS-K287']);
    const back = await http().get('/routes').query({ from: 'LO-CTY-K126', to: 'tarapoto' }).expect(200);
    expect(back.body.trajectory.checkpoints.map((checkpoint: { code: string }) => checkpoint.code)).toEqual(['LO-CTY-K126', 'SM-CTY-K055', 'SM-CTY-K005']);
  });

  it('answers 400 with the paths at fault for a missing place or an unknown parameter', async () => {
    const { body } = await http().get('/routes').query({ from: 'Pucallpa', at: 'yesterday', via: 'Huánuco' }).expect(400);
    expect(body).toMatchObject({ error: 'validation_failed' });
    expect(body.details.fields.map((field: { path: string }) => field.path).sort()).toEqual(['at', 'to', 'via']);
  });

  it('answers 404 for a place no road names, and before any roads were in force', async () => {
    const unknown = await http().get('/routes').query({ from: 'Pucallpa', to: 'Atlantis' }).expect(404);
    expect(unknown.body).toMatchObject({ error: 'unknown_place', details: { field: 'to', place: 'Atlantis' } });
    const early = await http().get('/routes').query({ from: 'Pucallpa', to: 'Lima', at: '1999-12-31' }).expect(404);
    expect(early.body).toMatchObject({ error: 'no_reference_version_in_force', details: { catalogue: 'roads' } });
  });

  it('draws routes from the roads in force at the instant asked: a published version adds roads from its date', async () => {
    const token = await tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'serfor'], { DATA_DIR: dataDir.path });
    const { body: current } = await http().get('/reference/roads').expect(200);
    const island = { code: 'ATALAYA-SEPAHUA', name: 'Atalaya - Sepahua', mode: 'river', places: [{ town: 'Atalaya', kmFromPrevious: 0 }, { town: 'Sepahua', kmFromPrevious: 180 }] };
    const refused = await http()
      .post('/reference/roads/versions')
      .set('Authorization', `Bearer ${token}`)
      .send({ version: 2, effectiveFrom: '2026-01-01', entries: [...current.entries, { ...island, places: [{ town: 'Atalaya', kmFromPrevious: 0 }] }] })
      .expect(400);
    expect(refused.body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: `entries.${current.entries.length}.places` }] } });
    await http().post('/reference/roads/versions').set('Authorization', `Bearer ${token}`).send({ version: 2, effectiveFrom: '2026-01-01', entries: [...current.entries, island] }).expect(201);
    const before = await http().get('/routes').query({ from: 'Atalaya', to: 'Pucallpa', at: '2025-12-31' }).expect(404);
    expect(before.body.error).toBe('unknown_place');
    const after = await http().get('/routes').query({ from: 'Atalaya', to: 'Pucallpa', at: '2026-01-01' }).expect(404);
    expect(after.body).toMatchObject({ error: 'no_route', details: { from: 'Atalaya', to: 'Pucallpa' } });
  });

  it('documents the route endpoint in the OpenAPI document', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    expect(document.paths['/routes'].get.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(expect.arrayContaining(['from', 'to', 'at']));
  });
});
