import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DensityUnknown, NoVersionInForce, REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { readyApp } from '#http';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { createStandaloneApp } from '../../apps/standalone/src/create-standalone-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { unresolvedRefs } from '../standalone/unresolved-refs.js';

/** The species catalogue ships dated versions: the first catalogue, the baseline that replaces it, then one per listing that entered into force. */
const SHIPPED_SPECIES_VERSIONS = 10;

const UIT_V2 = {
  version: 2,
  effectiveFrom: '2024-01-01',
  note: 'UIT 2026 confirmed',
  entries: [
    { year: 2025, soles: 5350, source: 'DS 260-2024-EF' },
    { year: 2026, soles: 5500, source: 'confirmed decree' },
  ],
};

describe('reference data through the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const http = () => request(app.getHttpServer());
  const token = (role: string, org: string) => tokenCommand(['--role', role, '--org', org, '--sub', `${role}-of-${org}`], { DATA_DIR: dataDir.path });
  const asSerfor = async () => `Bearer ${await token('regulator', 'SERFOR')}`;
  const start = async () => {
    app = await createStandaloneApp(standaloneConfig({ DATA_DIR: dataDir.path }), { logger: false });
    await readyApp(app);
  };

  beforeAll(async () => {
    dataDir = await tempDataDir();
    await start();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  describe('reading, without a token', () => {
    it('answers the species catalogue in force, as shipped at start: its last dated version', async () => {
      const { body } = await http().get('/reference/species').expect(200);
      expect(body).toMatchObject({
        catalogue: 'species',
        version: SHIPPED_SPECIES_VERSIONS,
        effectiveFrom: '2025-01-01',
        publishedBy: { id: 'reference-data-files', role: 'system' },
        publishedAt: expect.any(String),
      });
      expect(body.entries.length).toBeGreaterThanOrEqual(150);
      expect(body.entryCount).toBe(body.entries.length);
      const { body: history } = await http().get('/reference/species/versions').expect(200);
      expect(history.versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual([
        '2000-01-01', '2000-01-01', '2003-11-15', '2006-07-13', '2010-06-23', '2017-01-02', '2020-08-28', '2023-02-23', '2024-11-25', '2025-01-01',
      ]);
    });

    it('answers each species as the listing in force on the date asked', async () => {
      const before = await http().get('/reference/species/Cedrela%20odorata?at=2020-08-27').expect(200);
      expect(before.body).toMatchObject({ version: 6, species: { citesAppendix: 'confirm', threatCategory: 'VU' } });
      const after = await http().get('/reference/species/Cedrela%20odorata?at=2020-08-28').expect(200);
      expect(after.body).toMatchObject({ version: 7, species: { citesAppendix: 'II' } });
      const baseline = await http().get('/reference/species/Swietenia%20macrophylla?at=2001-01-01').expect(200);
      expect(baseline.body).toMatchObject({ version: 2, species: { citesAppendix: 'confirm', threatCategory: null } });
    });

    it('answers every catalogue', async () => {
      for (const catalogue of ['uit', 'units']) {
        const { body } = await http().get(`/reference/${catalogue}`).expect(200);
        expect(body).toMatchObject({ catalogue, version: 1 });
      }
      // Version 2 of densities and version 3 of yields change only where each figure comes from.
      const { body: densities } = await http().get('/reference/densities').expect(200);
      expect(densities).toMatchObject({ catalogue: 'densities', version: 2 });
      expect(densities.entries).toContainEqual(expect.objectContaining({ scientificName: 'Cedrela odorata', greenKgPerM3: 800, source: expect.stringContaining('Global Wood Density Database') }));
      expect((await http().get('/reference/yield-coefficients').expect(200)).body).toMatchObject({ catalogue: 'yield-coefficients', version: 3 });
      // The corridors' posts replace the first two roads' as version 2, so a store holding version 1 takes them too; versions 3 to 5 name thirteen from sources.
      const { body: checkpoints } = await http().get('/reference/checkpoints').expect(200);
      expect(checkpoints).toMatchObject({ catalogue: 'checkpoints', version: 5 });
      expect(checkpoints.entries).toContainEqual(expect.objectContaining({ code: 'JU-CMS-K130', name: 'Puesto de control El Pedregal', source: expect.stringContaining('San Ramón') }));
      expect(checkpoints.entries).toContainEqual(expect.objectContaining({ code: 'MD-IOS-K060', name: 'Puesto de Control Forestal de Iberia' }));
      expect(checkpoints.entries).toContainEqual(expect.objectContaining({ code: 'LI-PNS-K057', name: 'Puesto de Control de Pucusana', source: expect.stringContaining('Pucusana') }));
      const { body: units } = await http().get('/reference/units').expect(200);
      expect(units.entries).toContainEqual(expect.objectContaining({ unit: 'board_feet', factor: 0.00235974 }));
    });

    it('answers one species by its scientific name, whatever its case', async () => {
      const { body } = await http().get('/reference/species/cedrela%20ODORATA').expect(200);
      expect(body).toMatchObject({ version: SHIPPED_SPECIES_VERSIONS, species: { scientificName: 'Cedrela odorata', citesAppendix: 'II', genusLevelAllowed: false } });
    });

    it('answers 404 for an unknown species or catalogue', async () => {
      const species = await http().get('/reference/species/Pinus%20radiata').expect(404);
      expect(species.body).toMatchObject({ error: 'species_not_found', details: { scientificName: 'Pinus radiata' } });
      for (const path of ['/reference/timber', '/reference/timber/versions']) {
        const catalogue = await http().get(path).expect(404);
        expect(catalogue.body).toMatchObject({ error: 'unknown_catalogue', details: { catalogue: 'timber' } });
      }
    });

    it('answers 404 before the first version takes effect, and 400 for an instant it cannot read', async () => {
      const early = await http().get('/reference/species?at=1999-12-31').expect(404);
      expect(early.body).toMatchObject({ error: 'no_reference_version_in_force', details: { catalogue: 'species', at: '1999-12-31T05:00:00.000Z' } });
      const bad = await http().get('/reference/species?at=yesterday').expect(400);
      expect(bad.body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'at', messages: [expect.stringContaining('ISO-8601')] }] } });
    });
  });

  describe('publishing', () => {
    it('refuses a request without a token with 401', async () => {
      const response = await http().post('/reference/uit/versions').send(UIT_V2).expect(401);
      expect(response.body.error).toBe('token_missing');
    });

    it('refuses other roles, and regulators of other authorities, with 403', async () => {
      const exporter = await http().post('/reference/uit/versions').set('Authorization', `Bearer ${await token('exporter', '20100047218')}`).send(UIT_V2).expect(403);
      expect(exporter.body.error).toBe('role_not_allowed');
      for (const authority of ['OSINFOR', 'ARFFS-UCAYALI']) {
        const regulator = await http().post('/reference/uit/versions').set('Authorization', `Bearer ${await token('regulator', authority)}`).send(UIT_V2).expect(403);
        expect(regulator.body).toMatchObject({ error: 'not_acting_for', details: { required: { role: 'regulator', organisation: 'SERFOR' } } });
      }
    });

    it('answers a malformed body with 400 and the paths at fault', async () => {
      const response = await http()
        .post('/reference/yield-coefficients/versions')
        .set('Authorization', await asSerfor())
        .send({ version: 2, effectiveFrom: '2024-13-01', urgent: true, entries: [{ species: '*', input: 'roundwood', output: 'sawn_wood', maxYield: '0.4', grade: 'A' }] })
        .expect(400);
      expect(response.body).toEqual({
        error: 'validation_failed',
        message: 'The request failed validation',
        details: {
          fields: [
            { path: 'urgent', messages: ['property urgent should not exist'] },
            { path: 'entries.0.grade', messages: ['property grade should not exist'] },
            { path: 'entries.0.maxYield', messages: [expect.stringContaining('must be a number')] },
            { path: 'effectiveFrom', messages: [expect.stringContaining('ISO-8601')] },
          ],
        },
      });
    });

    it('answers an Idempotency-Key it cannot use with 400', async () => {
      const response = await http().post('/reference/uit/versions').set('Authorization', await asSerfor()).set('Idempotency-Key', 'k'.repeat(201)).send(UIT_V2).expect(400);
      expect(response.body).toMatchObject({ error: 'validation_failed', details: { fields: [{ path: 'Idempotency-Key' }] } });
    });

    it('answers entries the decider refuses with 400 and their paths, and a skipped version with 400', async () => {
      const entries = await http()
        .post('/reference/yield-coefficients/versions')
        .set('Authorization', await asSerfor())
        .send({ version: 4, effectiveFrom: '2026-01-01', entries: [{ species: '*', input: 'roundwood', output: 'sawn_wood', maxYield: 1.5 }] })
        .expect(400);
      expect(entries.body).toMatchObject({
        error: 'invalid_reference_entries',
        details: { catalogue: 'yield-coefficients', fields: [{ path: 'entries.0.maxYield', messages: ['maxYield must lie in (0, 1]'] }] },
      });
      const skipped = await http().post('/reference/uit/versions').set('Authorization', await asSerfor()).send({ ...UIT_V2, version: 3 }).expect(400);
      expect(skipped.body).toMatchObject({ error: 'reference_version_not_consecutive', details: { version: 3, expectedVersion: 2 } });
    });

    it('publishes a version as SERFOR, recording who published it', async () => {
      const response = await http().post('/reference/uit/versions').set('Authorization', await asSerfor()).set('Idempotency-Key', 'uit-2026').send(UIT_V2).expect(201);
      expect(response.body).toEqual({
        catalogue: 'uit',
        version: 2,
        effectiveFrom: '2024-01-01',
        note: 'UIT 2026 confirmed',
        entryCount: 2,
        publishedAt: expect.any(String),
        publishedBy: { id: 'regulator-of-SERFOR', role: 'regulator', organisation: 'SERFOR' },
      });
    });

    it('answers a retry with the same Idempotency-Key as the first time, publishing nothing more', async () => {
      const { body: first } = await http().get('/reference/uit/versions').expect(200);
      const retry = await http().post('/reference/uit/versions').set('Authorization', await asSerfor()).set('Idempotency-Key', 'uit-2026').send(UIT_V2).expect(201);
      expect(retry.body).toEqual(first.versions[1]);
      const { body: after } = await http().get('/reference/uit/versions').expect(200);
      expect(after.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    });

    it('refuses the same Idempotency-Key with another body, and a version number already taken, with 409', async () => {
      const reused = await http()
        .post('/reference/uit/versions')
        .set('Authorization', await asSerfor())
        .set('Idempotency-Key', 'uit-2026')
        .send({ ...UIT_V2, note: 'another body' })
        .expect(409);
      expect(reused.body.error).toBe('idempotency_key_reused');
      const stale = await http().post('/reference/uit/versions').set('Authorization', await asSerfor()).send(UIT_V2).expect(409);
      expect(stale.body).toMatchObject({ error: 'stale_reference_version', details: { catalogue: 'uit', version: 2, currentVersion: 2 } });
    });

    it('refuses a version taking effect before the current one with 400', async () => {
      const response = await http().post('/reference/uit/versions').set('Authorization', await asSerfor()).send({ ...UIT_V2, version: 3, effectiveFrom: '2023-12-31' }).expect(400);
      expect(response.body).toMatchObject({ error: 'effective_date_before_current', details: { effectiveFrom: '2023-12-31', currentEffectiveFrom: '2024-01-01' } });
    });
  });

  describe('the version in force', () => {
    it('answers each instant with the version in force then, judged in Peru time', async () => {
      const before = await http().get('/reference/uit?at=2023-12-31T23:59:59').expect(200);
      expect(before.body).toMatchObject({ version: 1 });
      expect(before.body.entries).toHaveLength(6);
      const utcMidnight = await http().get(`/reference/uit?at=${encodeURIComponent('2024-01-01T04:59:59Z')}`).expect(200);
      expect(utcMidnight.body.version).toBe(1);
      const from = await http().get('/reference/uit?at=2024-01-01').expect(200);
      expect(from.body).toMatchObject({ version: 2, entries: UIT_V2.entries });
      const now = await http().get('/reference/uit').expect(200);
      expect(now.body.version).toBe(2);
    });

    it('answers a species as the catalogue in force at the instant had it', async () => {
      const { body: current } = await http().get('/reference/species').expect(200);
      const entries = current.entries.map((entry: { scientificName: string }) =>
        entry.scientificName === 'Amburana cearensis' ? { ...entry, threatCategory: 'VU', note: 'category confirmed' } : entry,
      );
      const next = SHIPPED_SPECIES_VERSIONS + 1;
      await http().post('/reference/species/versions').set('Authorization', await asSerfor()).send({ version: next, effectiveFrom: '2025-06-01', entries }).expect(201);
      const then = await http().get('/reference/species/Amburana%20cearensis?at=2025-05-31').expect(200);
      expect(then.body).toMatchObject({ version: SHIPPED_SPECIES_VERSIONS, species: { threatCategory: 'confirm' } });
      const later = await http().get('/reference/species/Amburana%20cearensis?at=2025-06-01T00:00:00-05:00').expect(200);
      expect(later.body).toMatchObject({ version: next, species: { threatCategory: 'VU', note: 'category confirmed' } });
    });
  });

  describe('in-process, as other contexts read it', () => {
    const reference = () => app.get<ReferenceData>(REFERENCE_DATA);
    const july2024 = new Date('2024-07-01T12:00:00-05:00');

    it('looks species up as the catalogue in force had them', async () => {
      expect((await reference().speciesAt(july2024)).length).toBeGreaterThanOrEqual(150);
      expect(await reference().species('swietenia MACROPHYLLA', july2024)).toMatchObject({ scientificName: 'Swietenia macrophylla', citesAppendix: 'II' });
      expect(await reference().species('Amburana cearensis', new Date('2024-01-01T12:00:00-05:00'))).toMatchObject({ threatCategory: 'confirm' });
      expect(await reference().species('Amburana cearensis', new Date('2025-07-01T12:00:00-05:00'))).toMatchObject({ threatCategory: 'VU' });
      expect(await reference().genusLevelAllowed('Virola', july2024)).toBe(true);
      expect(await reference().genusLevelAllowed('Cedrela', july2024)).toBe(false);
    });

    it('answers yield coefficients, checkpoints and the UIT', async () => {
      expect(await reference().yieldCoefficient('Cedrela odorata', 'roundwood', 'sawn_wood', july2024)).toMatchObject({ species: '*', maxYield: 0.35 });
      expect(await reference().checkpoint('MD-IOS-K060', july2024)).toMatchObject({ name: 'Puesto de Control Forestal de Iberia', region: 'Madre de Dios', source: expect.stringContaining('inforegion.pe') });
      expect(await reference().checkpoint('XX-NOWHERE', july2024)).toBeUndefined();
      expect(await reference().uitFor(2025)).toMatchObject({ soles: 5350 });
      expect(await reference().uitFor(2026, new Date('2023-06-01T00:00:00Z'))).toMatchObject({ soles: 5500, status: 'confirm' });
      expect(await reference().uitFor(2026)).toEqual({ year: 2026, soles: 5500, source: 'confirmed decree' });
    });

    it('converts quantities into m³ and back with the units and densities in force', async () => {
      const at = { at: july2024 };
      expect(await reference().toCubicMetres(1000, 'board_feet', at)).toBe(1000 * 0.00235974);
      expect(await reference().fromCubicMetres(0.00235974, 'board_feet', at)).toBe(1);
      expect(await reference().toCubicMetres(8000, 'kg', { ...at, species: 'Cedrela odorata' })).toBe(10);
      await expect(reference().toCubicMetres(8000, 'kg', at)).rejects.toThrow(DensityUnknown);
      await expect(reference().toCubicMetres(1, 'm3', { at: new Date('1999-06-01T00:00:00Z') })).rejects.toThrow(NoVersionInForce);
      expect(await reference().versionAt('units', new Date('1999-06-01T00:00:00Z'))).toBeUndefined();
    });
  });

  it('documents every reference endpoint in the OpenAPI document', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/reference/{catalogue}', '/reference/{catalogue}/versions', '/reference/species/{scientificName}', '/reference/uit/versions', '/reference/checkpoints/versions']),
    );
    expect(document.paths['/reference/uit/versions'].post.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    expect(document.paths['/reference/uit/versions'].post.security).toEqual([{ bearer: [] }]);
    expect(document.components.schemas.YieldCoefficientEntryDto.properties.input.enum).toEqual(['roundwood', 'sawn_wood', 'sliced_veneer', 'rotary_veneer']);
    expect(unresolvedRefs(document)).toEqual([]);
  });

  it('publishes the shipped versions once, however often the app restarts', async () => {
    await app.close();
    await start();
    for (const [catalogue, versions] of [['densities', [1, 2]], ['checkpoints', [1, 2, 3, 4, 5]], ['units', [1]]] as const) {
      const { body } = await http().get(`/reference/${catalogue}/versions`).expect(200);
      expect(body.versions.map((v: { version: number }) => v.version)).toEqual(versions);
    }
    const { body: uit } = await http().get('/reference/uit/versions').expect(200);
    expect(uit.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const { body: species } = await http().get('/reference/species/versions').expect(200);
    expect(species.versions).toHaveLength(SHIPPED_SPECIES_VERSIONS + 1);
  }, 60_000);
});
