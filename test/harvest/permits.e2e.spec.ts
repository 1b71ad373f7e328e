import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { GuideIssuedV1 } from '#custody/integration';
import type { HarvestIntegrationEvent } from '#harvest/integration';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import { rectangle } from '#shared-kernel';
import { eventually } from '#testing';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { unresolvedRefs } from '../standalone/unresolved-refs.js';
import {
  CEDRO,
  client,
  extractionBody,
  fieldPaths,
  HARVEST_AREA,
  HOLDER,
  HOLDS,
  LORETO,
  OPERATOR,
  OSINFOR,
  OTHER_HOLDER,
  OTHER_HOLDS,
  PERMIT_AREA,
  pathOf,
  permitBody,
  planBody,
  PLOT,
  PROCESSOR,
  SERFOR,
  TARA,
  TORNILLO,
  UCAYALI,
} from './harvest-requests.js';

/** Custody's GuideIssued for `m3` of cedro from the permit's plan POA-6, as custody would publish it. */
function guideIssued(permitId: string, guideNumber: string, m3: number): IntegrationMessage<GuideIssuedV1> {
  return {
    id: randomUUID(),
    streamId: `guide-${guideNumber}`,
    type: 'GuideIssued',
    version: 1,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'rosa', role: 'permit_holder', organisation: HOLDER }, occurredAt: new Date().toISOString() },
    data: {
      guideNumber,
      registrationNumber: `R-${guideNumber}`,
      authority: 'ARFFS-UCAYALI',
      issuerTaxId: HOLDER,
      holderTaxId: HOLDER,
      origin: { kind: 'permit', permitId, planId: 'POA-6' },
      species: [{ species: CEDRO, volume: { value: m3, unit: 'm3' } }],
      lots: ['LOT-1'],
      destination: { facilityId: 'CTP-PUCALLPA-7', consigneeTaxId: '20600000001', consigneeKind: 'processor' },
      trajectory: { checkpoints: [] },
      issuedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  };
}

describe('permits, harvest plans and extractions through the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const { http, post, postText, get, signTokens } = client(() => app);
  const published: IntegrationMessage<HarvestIntegrationEvent>[] = [];
  const bus = (): MessageBus => app.get<MessageBus>(MESSAGE_BUS);

  /** A permit of ARFFS-UCAYALI held by HOLDER, with plan POA-6 (100 m³ cedro, 400 m³ tornillo). */
  async function plannedPermit(): Promise<string> {
    const permitId = `UCA-${randomUUID().slice(0, 8)}`;
    await post('/permits', UCAYALI, permitBody(permitId)).expect(201);
    await post(`${pathOf(permitId)}/plans`, UCAYALI, planBody()).expect(201);
    return permitId;
  }

  const cedroBalance = async (permitId: string) => {
    const { body } = await get(`${pathOf(permitId)}/balance`, UCAYALI).expect(200);
    return (body.balances as { planId: string; species: string }[]).find((line) => line.planId === 'POA-6' && line.species === CEDRO);
  };

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path);
    await signTokens(dataDir.path);
    bus().consume<HarvestIntegrationEvent>({
      name: 'test.harvest-observer',
      types: ['LotExtracted', 'PermitStandingChanged', 'HarvestPlanApproved', 'SpeciesBalanceChanged', 'GuideNotCounted'],
      handle: async (message) => void published.push(message),
    });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  describe('registering a permit', () => {
    it('lets a regulator register a permit its authority grants, answering the summary', async () => {
      const response = await post('/permits', UCAYALI, permitBody('UCA-REG-1')).expect(201);
      expect(response.body).toEqual({ ...permitBody('UCA-REG-1'), status: 'active' });
      const { body } = await get(pathOf('UCA-REG-1'), UCAYALI).expect(200);
      expect(body).toMatchObject({ permitId: 'UCA-REG-1', status: 'active', holderTaxId: HOLDER, authority: 'ARFFS-UCAYALI', plans: [] });
    });

    it('lets SERFOR register for any authority', async () => {
      const response = await post('/permits', SERFOR, permitBody('LOR-REG-1', { authority: 'ARFFS-LORETO' })).expect(201);
      expect(response.body).toMatchObject({ permitId: 'LOR-REG-1', authority: 'ARFFS-LORETO' });
    });

    it('keeps slashes in permit ids, read back with %2F', async () => {
      await post('/permits', UCAYALI, permitBody('25-UCA/C-J-001-02')).expect(201);
      const { body } = await get('/permits/25-UCA%2FC-J-001-02', HOLDS).expect(200);
      expect(body.permitId).toBe('25-UCA/C-J-001-02');
    });

    it('refuses another authority, other roles and callers without a token', async () => {
      const loreto = await post('/permits', LORETO, permitBody('UCA-REG-2')).expect(403);
      expect(loreto.body).toMatchObject({ error: 'not_acting_for', details: { actor: { role: 'regulator', organisation: 'ARFFS-LORETO' } } });
      await post('/permits', OSINFOR, permitBody('UCA-REG-2')).expect(403);
      const holder = await post('/permits', HOLDS, permitBody('UCA-REG-2')).expect(403);
      expect(holder.body.error).toBe('role_not_allowed');
      const anonymous = await http().post('/permits').send(permitBody('UCA-REG-2')).expect(401);
      expect(anonymous.body.error).toBe('token_missing');
      await get(pathOf('UCA-REG-2'), SERFOR).expect(404);
    });

    it('answers a malformed request with 400 and the path of every bad field', async () => {
      const openRing = { type: 'Polygon', coordinates: [PERMIT_AREA.coordinates[0]!.slice(0, 4)] };
      const body = permitBody('UCA-REG-3', { kind: 'lease', holderTaxId: '2012345', area: openRing, validity: { from: '2022-02-30', to: '2062-02-28' } });
      const response = await post('/permits', UCAYALI, { ...body, priority: 'high' }).expect(400);
      expect(response.body.error).toBe('validation_failed');
      expect(fieldPaths(response.body).sort()).toEqual(['area.coordinates', 'holderTaxId', 'kind', 'priority', 'validity.from']);
      expect(response.body.details.fields).toContainEqual({
        path: 'area.coordinates',
        messages: ['coordinates must be closed rings of four [longitude, latitude] positions or more: ring not closed (ring 0)'],
      });
      const offEarth = await post('/permits', UCAYALI, permitBody('UCA-REG-3', { area: rectangle(-74.7, -98.5, -74.4, -8.3) })).expect(400);
      expect(fieldPaths(offEarth.body)).toEqual(['area.coordinates']);
      await get(pathOf('UCA-REG-3'), SERFOR).expect(404);
    });

    it('refuses a validity that does not start before it ends', async () => {
      const response = await post('/permits', UCAYALI, permitBody('UCA-REG-4', { validity: { from: '2062-02-28', to: '2022-03-01' } })).expect(400);
      expect(response.body).toMatchObject({ error: 'invalid_validity', details: { field: 'validity' } });
    });

    it('refuses a permit id registered before with 409', async () => {
      await post('/permits', UCAYALI, permitBody('UCA-REG-5')).expect(201);
      const again = await post('/permits', SERFOR, permitBody('UCA-REG-5')).expect(409);
      expect(again.body).toMatchObject({ error: 'permit_already_registered', details: { permitId: 'UCA-REG-5' } });
    });

    it('answers a retry with the same Idempotency-Key as the first time, registering once', async () => {
      const first = await post('/permits', UCAYALI, permitBody('UCA-REG-6'), 'register-6').expect(201);
      const retry = await post('/permits', UCAYALI, permitBody('UCA-REG-6'), 'register-6').expect(201);
      expect(retry.body).toEqual(first.body);
    });

    it('refuses the same Idempotency-Key with another body with 409, whatever the order of its properties', async () => {
      const body = permitBody('UCA-REG-7');
      await post('/permits', UCAYALI, body, 'register-7').expect(201);
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      await post('/permits', UCAYALI, reordered, 'register-7').expect(201);
      const other = await post('/permits', UCAYALI, { ...body, resolutionNumber: 'RD-0124-2022-GRU-GGR-GERFOR' }, 'register-7').expect(409);
      expect(other.body).toMatchObject({ error: 'idempotency_key_reused' });
    });
  });

  describe('approving a harvest plan', () => {
    it("lets the permit's authority approve a plan, answering it in m³", async () => {
      await post('/permits', UCAYALI, permitBody('UCA-PLAN-1')).expect(201);
      const response = await post(`${pathOf('UCA-PLAN-1')}/plans`, UCAYALI, planBody()).expect(201);
      expect(response.body).toEqual({ permitId: 'UCA-PLAN-1', ...planBody() });
      const { body } = await get(pathOf('UCA-PLAN-1'), HOLDS).expect(200);
      expect(body.plans).toEqual([
        {
          planId: 'POA-6',
          validity: { from: '2026-01-01', to: '2026-12-31' },
          harvestAreas: [HARVEST_AREA],
          species: [
            { species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0, minimumCuttingDiameterCm: 65 },
            { species: TORNILLO, authorisedM3: 400, extractedM3: 0, movedM3: 0, remainingM3: 400, movableM3: 0 },
          ],
        },
      ]);
    });

    it('keeps authorised volumes in m³, converting board feet, and takes SERFOR for any permit', async () => {
      const permitId = await plannedPermit();
      const plan = planBody('POA-7', { species: [{ species: 'cedrela  ODORATA', authorised: { value: 1000, unit: 'board_feet' } }] });
      const response = await post(`${pathOf(permitId)}/plans`, SERFOR, plan).expect(201);
      expect(response.body.species).toEqual([{ species: 'cedrela ODORATA', authorised: { value: 2.3597, unit: 'm3' } }]);
    });

    it('refuses another regional authority and other roles', async () => {
      const permitId = await plannedPermit();
      const loreto = await post(`${pathOf(permitId)}/plans`, LORETO, planBody('POA-7')).expect(403);
      expect(loreto.body.error).toBe('not_acting_for');
      await post(`${pathOf(permitId)}/plans`, OSINFOR, planBody('POA-7')).expect(403);
      expect((await post(`${pathOf(permitId)}/plans`, HOLDS, planBody('POA-7')).expect(403)).body.error).toBe('role_not_allowed');
    });

    it('refuses species the catalogue in force does not know, naming each by its path', async () => {
      const permitId = await plannedPermit();
      const species = [
        { species: CEDRO, authorised: { value: 10, unit: 'm3' } },
        { species: 'Pinus radiata', authorised: { value: 10, unit: 'm3' } },
      ];
      const response = await post(`${pathOf(permitId)}/plans`, UCAYALI, planBody('POA-7', { species })).expect(400);
      expect(response.body).toEqual({
        error: 'validation_failed',
        message: 'The request failed validation',
        details: { fields: [{ path: 'species.1.species', messages: ['Pinus radiata is not in the species catalogue in force'] }] },
      });
    });

    it('answers bad polygons, volumes and units with their paths', async () => {
      const permitId = await plannedPermit();
      const plan = planBody('POA-7', {
        harvestAreas: [HARVEST_AREA, { type: 'Polygon', coordinates: [[[-74.56, -8.4]]] }],
        species: [{ species: CEDRO, authorised: { value: -5, unit: 'litres' } }],
      });
      const response = await post(`${pathOf(permitId)}/plans`, UCAYALI, plan).expect(400);
      expect(fieldPaths(response.body).sort()).toEqual(['harvestAreas.1.coordinates', 'species.0.authorised.unit', 'species.0.authorised.value']);
    });

    it('answers 404 for a permit never registered', async () => {
      const response = await post(`${pathOf('UCA-NOWHERE')}/plans`, SERFOR, planBody()).expect(404);
      expect(response.body).toMatchObject({ error: 'permit_not_found', details: { permitId: 'UCA-NOWHERE' } });
    });

    it('answers 409 for a plan id taken and a harvest area outside the permit', async () => {
      const permitId = await plannedPermit();
      expect((await post(`${pathOf(permitId)}/plans`, UCAYALI, planBody()).expect(409)).body.error).toBe('harvest_plan_already_approved');
      const outside = planBody('POA-7', { harvestAreas: [rectangle(-75.58, -8.42, -75.52, -8.36)] });
      expect((await post(`${pathOf(permitId)}/plans`, UCAYALI, outside).expect(409)).body.error).toBe('harvest_area_outside_permit');
    });
  });

  describe('recording an extraction', () => {
    it('accepts 50 concurrent extractions against a plan with room for all of them: the server retries its own conflicts', async () => {
      const permitId = await plannedPermit();
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, n) => post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ lotId: `LOT-C50-${permitId}-${n}`, volume: { value: 2, unit: 'm3' } }))),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 50 }, () => 201));
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 100, remainingM3: 0 });
    }, 60_000);

    it('records a lot for the holder, making its id when none is given, and draws on the balance', async () => {
      const permitId = await plannedPermit();
      const response = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody()).expect(201);
      expect(response.body).toEqual({
        lotId: expect.stringMatching(/^LOT-[0-9a-f-]{36}$/),
        permitId,
        planId: 'POA-6',
        holderTaxId: HOLDER,
        species: CEDRO,
        volume: { value: 12.5, unit: 'm3' },
        pieces: 8,
        harvestDate: '2026-04-20',
        geolocation: PLOT,
        balance: { planId: 'POA-6', species: CEDRO, authorisedM3: 100, extractedM3: 12.5, movedM3: 0, remainingM3: 87.5, movableM3: 12.5 },
      });
      expect(await cedroBalance(permitId)).toEqual({ planId: 'POA-6', species: CEDRO, authorisedM3: 100, extractedM3: 12.5, movedM3: 0, remainingM3: 87.5, movableM3: 12.5 });
    });

    it('keeps the lot id the holder gives, takes board feet and a polygon plot', async () => {
      const permitId = await plannedPermit();
      const plot = rectangle(-74.56, -8.4, -74.55, -8.39);
      const body = extractionBody({ lotId: 'LOT-0042', volume: { value: 1000, unit: 'board_feet' }, geolocation: plot });
      const response = await post(`${pathOf(permitId)}/extractions`, HOLDS, body).expect(201);
      expect(response.body).toMatchObject({ lotId: 'LOT-0042', volume: { value: 2.3597, unit: 'm3' }, geolocation: plot });
      expect((await post(`${pathOf(permitId)}/extractions`, HOLDS, body).expect(409)).body.error).toBe('lot_already_recorded');
    });

    it('counts a plot point’s decimals as the holder wrote them: -8.379170 has six, -8.37917 five', async () => {
      const permitId = await plannedPermit();
      const written = (coordinates: string) => JSON.stringify(extractionBody()).replace(JSON.stringify(PLOT.coordinates), coordinates);
      const zeros = await postText(`${pathOf(permitId)}/extractions`, HOLDS, written('[-74.553880, -8.379170]')).expect(201);
      expect(zeros.body.geolocation).toEqual({ type: 'Point', coordinates: [-74.55388, -8.37917] });
      const coarse = await postText(`${pathOf(permitId)}/extractions`, HOLDS, written('[-74.553880, -8.37917]')).expect(400);
      expect(coarse.body.details.fields).toEqual([{ path: 'geolocation.coordinates', messages: ['coordinates of a plot point need 6 decimal digits of longitude and latitude (EUDR), got 6 and 5'] }]);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: extractionBody().volume.value });
    });

    it('answers bad plots, units, volumes and unknown properties with their paths', async () => {
      const permitId = await plannedPermit();
      const coarse = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ geolocation: { type: 'Point', coordinates: [-74.55389, -8.379167] } })).expect(400);
      expect(coarse.body.details.fields).toEqual([
        {
          path: 'geolocation.coordinates',
          messages: ['coordinates of a plot point need 6 decimal digits of longitude and latitude (EUDR), got 5 and 6'],
        },
      ]);
      const unit = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 3, unit: 'litres' } })).expect(400);
      expect(fieldPaths(unit.body)).toEqual(['volume.unit']);
      const negative = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: -3, unit: 'm3' } })).expect(400);
      expect(fieldPaths(negative.body)).toEqual(['volume.value']);
      const unknown = await post(`${pathOf(permitId)}/extractions`, HOLDS, { ...extractionBody({ pieces: 0 }), grade: 'A', geolocation: { ...PLOT, crs: 'EPSG:4326' } }).expect(400);
      expect(fieldPaths(unknown.body).sort()).toEqual(['geolocation.crs', 'grade', 'pieces']);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 0 });
    });

    it('refuses another holder and other roles', async () => {
      const permitId = await plannedPermit();
      const other = await post(`${pathOf(permitId)}/extractions`, OTHER_HOLDS, extractionBody()).expect(403);
      expect(other.body).toMatchObject({ error: 'not_acting_for', message: `The permit holder of ${OTHER_HOLDER} may record extractions under permits held by ${OTHER_HOLDER} only, not ${HOLDER}` });
      expect((await post(`${pathOf(permitId)}/extractions`, UCAYALI, extractionBody()).expect(403)).body.error).toBe('role_not_allowed');
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 0 });
    });

    it('answers 404 for an unknown permit or plan', async () => {
      const permitId = await plannedPermit();
      expect((await post(`${pathOf('UCA-NOWHERE')}/extractions`, HOLDS, extractionBody()).expect(404)).body.error).toBe('permit_not_found');
      expect((await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ planId: 'POA-99' })).expect(404)).body.error).toBe('harvest_plan_not_found');
    });

    it('refuses volume beyond what the plan has left, recording nothing', async () => {
      const permitId = await plannedPermit();
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 90, unit: 'm3' } })).expect(201);
      const beyond = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 10.5, unit: 'm3' } })).expect(409);
      expect(beyond.body).toEqual({
        error: 'authorised_volume_exceeded',
        message: `Plan POA-6 has 10 m³ of ${CEDRO} left to extract, 10.5 m³ were asked for`,
        details: { planId: 'POA-6', species: CEDRO, authorisedM3: 100, extractedM3: 90, movedM3: 0, remainingM3: 10, movableM3: 90, requestedM3: 10.5 },
      });
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 90, remainingM3: 10 });
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 10, unit: 'm3' } })).expect(201);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 100, remainingM3: 0 });
    });

    it('answers a retry with the same Idempotency-Key as the first time, with the same lot, extracting once', async () => {
      const permitId = await plannedPermit();
      const first = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody(), 'felling-book-17').expect(201);
      const retry = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody(), 'felling-book-17').expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 12.5 });
      const next = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody(), 'felling-book-18').expect(201);
      expect(next.body.lotId).not.toBe(first.body.lotId);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 25 });
      const other = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ pieces: 9 }), 'felling-book-17').expect(409);
      expect(other.body.error).toBe('idempotency_key_reused');
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 25 });
    });

    it('refuses an Idempotency-Key that is not visible ASCII', async () => {
      const permitId = await plannedPermit();
      const response = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody(), 'clé').expect(400);
      expect(fieldPaths(response.body)).toEqual(['Idempotency-Key']);
    });
  });

  describe('a product traded by weight', () => {
    const taraPlan = (planId = 'POA-T') =>
      planBody(planId, { species: [{ species: CEDRO, authorised: { value: 40, unit: 'm3' } }, { species: TARA, authorised: { value: 5000, unit: 'kg' } }] });
    const taraBalance = async (permitId: string) => {
      const { body } = await get(`${pathOf(permitId)}/balance`, UCAYALI).expect(200);
      return (body.balances as { planId: string; species: string }[]).find((line) => line.planId === 'POA-T' && line.species === TARA);
    };

    it('authorises tara in kg, extracts it in kg and keeps its balance in kg, beside timber in m³', async () => {
      const permitId = await plannedPermit();
      const plan = await post(`${pathOf(permitId)}/plans`, UCAYALI, taraPlan()).expect(201);
      expect(plan.body.species).toEqual([
        { species: CEDRO, authorised: { value: 40, unit: 'm3' } },
        { species: TARA, authorised: { value: 5000, unit: 'kg' } },
      ]);
      const lot = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ planId: 'POA-T', lotId: 'LOT-TARA-1', species: TARA, volume: { value: 1250.5, unit: 'kg' }, pieces: 50 })).expect(201);
      expect(lot.body).toMatchObject({
        lotId: 'LOT-TARA-1',
        species: TARA,
        volume: { value: 1250.5, unit: 'kg' },
        balance: { planId: 'POA-T', species: TARA, authorisedKg: 5000, extractedKg: 1250.5, movedKg: 0, remainingKg: 3749.5, movableKg: 1250.5 },
      });
      expect(await taraBalance(permitId)).toEqual({ planId: 'POA-T', species: TARA, authorisedKg: 5000, extractedKg: 1250.5, movedKg: 0, remainingKg: 3749.5, movableKg: 1250.5 });
      const { body: view } = await get(pathOf(permitId), HOLDS).expect(200);
      expect(view.plans[1].species).toEqual([
        { species: CEDRO, authorisedM3: 40, extractedM3: 0, movedM3: 0, remainingM3: 40, movableM3: 0 },
        { species: TARA, authorisedKg: 5000, extractedKg: 1250.5, movedKg: 0, remainingKg: 3749.5, movableKg: 1250.5 },
      ]);
      const beyond = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ planId: 'POA-T', species: TARA, volume: { value: 3750, unit: 'kg' } })).expect(409);
      expect(beyond.body).toMatchObject({ error: 'authorised_volume_exceeded', message: `Plan POA-T has 3749.5 kg of ${TARA} left to extract, 3750 kg were asked for`, details: { remainingKg: 3749.5, requestedKg: 3750 } });
    });

    it('refuses a quota in kg of a timber species and in m³ of tara, naming each unit by its path', async () => {
      const permitId = await plannedPermit();
      const species = [
        { species: CEDRO, authorised: { value: 500, unit: 'kg' } },
        { species: TARA, authorised: { value: 5, unit: 'm3' } },
        { species: TORNILLO, authorised: { value: 100, unit: 'board_feet' } },
      ];
      const response = await post(`${pathOf(permitId)}/plans`, UCAYALI, planBody('POA-T', { species })).expect(400);
      expect(response.body).toEqual({
        error: 'validation_failed',
        message: 'The request failed validation',
        details: {
          fields: [
            { path: 'species.0.authorised.unit', messages: [`${CEDRO} is traded by volume: its quota must be in m3 or board_feet, not kg`] },
            { path: 'species.1.authorised.unit', messages: [`${TARA} is traded by weight: its quota must be in kg, not m3`] },
          ],
        },
      });
      expect((await get(pathOf(permitId), UCAYALI).expect(200)).body.plans.map((plan: { planId: string }) => plan.planId)).toEqual(['POA-6']);
    });

    it('refuses an extraction in another measure than the quota’s, recording nothing', async () => {
      const permitId = await plannedPermit();
      await post(`${pathOf(permitId)}/plans`, UCAYALI, taraPlan()).expect(201);
      const m3OfTara = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ planId: 'POA-T', species: TARA, volume: { value: 2, unit: 'm3' } })).expect(400);
      expect(m3OfTara.body).toMatchObject({ error: 'measure_mismatch', details: { field: 'volume', expected: 'weight', unit: 'm3' } });
      const kgOfCedro = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 300, unit: 'kg' } })).expect(400);
      expect(kgOfCedro.body).toMatchObject({ error: 'measure_mismatch', details: { field: 'volume', expected: 'volume', unit: 'kg' } });
      expect(await taraBalance(permitId)).toMatchObject({ extractedKg: 0 });
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 0 });
    });

    it('publishes the lot and the balance in kg', async () => {
      const permitId = await plannedPermit();
      await post(`${pathOf(permitId)}/plans`, UCAYALI, taraPlan()).expect(201);
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ planId: 'POA-T', lotId: 'LOT-TARA-PUB', species: TARA, volume: { value: 800, unit: 'kg' } })).expect(201);
      const ofPermit = () => published.filter((message) => message.data.permitId === permitId && (message.type === 'LotExtracted' || message.type === 'SpeciesBalanceChanged'));
      await eventually(async () => expect(ofPermit().map((message) => message.type)).toEqual(['LotExtracted', 'SpeciesBalanceChanged']));
      const [lot, balance] = ofPermit();
      expect(lot).toMatchObject({ data: { lotId: 'LOT-TARA-PUB', species: TARA, volume: { value: 800, unit: 'kg' } } });
      expect(balance).toMatchObject({ data: { planId: 'POA-T', species: TARA, authorised: { value: 5000, unit: 'kg' }, extracted: { value: 800, unit: 'kg' }, moved: { value: 0, unit: 'kg' } } });
    });
  });

  describe("changing a permit's standing", () => {
    it('suspends, reinstates and cancels, each measure by a regulator entitled to it', async () => {
      const permitId = await plannedPermit();
      const before = Date.now();
      const suspended = await post(`${pathOf(permitId)}/suspension`, OSINFOR, { reason: 'PAU 045-2026-OSINFOR en curso' }).expect(200);
      expect(suspended.body).toEqual({ permitId, status: 'suspended', authority: 'OSINFOR', reason: 'PAU 045-2026-OSINFOR en curso', at: expect.any(String) });
      // Without `at`, the measure holds from when the request arrived.
      expect(Date.parse(suspended.body.at)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(suspended.body.at)).toBeLessThanOrEqual(Date.now());
      const refused = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody()).expect(409);
      expect(refused.body).toMatchObject({ error: 'permit_not_active', details: { status: 'suspended' } });

      const at = '2026-06-01T09:00:00-05:00';
      const reinstated = await post(`${pathOf(permitId)}/reinstatement`, UCAYALI, { reason: 'PAU archivado', at }).expect(200);
      expect(reinstated.body).toEqual({ permitId, status: 'active', authority: 'ARFFS-UCAYALI', reason: 'PAU archivado', at });
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody()).expect(201);

      await post(`${pathOf(permitId)}/cancellation`, SERFOR, { reason: 'caducidad' }).expect(200);
      const { body } = await get(pathOf(permitId), HOLDS).expect(200);
      expect(body).toMatchObject({ status: 'cancelled', lastMeasure: { authority: 'SERFOR', reason: 'caducidad' } });
      expect((await post(`${pathOf(permitId)}/reinstatement`, SERFOR, { reason: 'error' }).expect(409)).body.error).toBe('permit_cancelled');
    });

    it('answers 409 for a measure the standing does not allow', async () => {
      const permitId = await plannedPermit();
      expect((await post(`${pathOf(permitId)}/reinstatement`, UCAYALI, { reason: 'nothing to lift' }).expect(409)).body.error).toBe('permit_not_suspended');
    });

    it('refuses another regional authority and other roles, and answers 404 for an unknown permit', async () => {
      const permitId = await plannedPermit();
      expect((await post(`${pathOf(permitId)}/suspension`, LORETO, { reason: 'x' }).expect(403)).body.error).toBe('not_acting_for');
      expect((await post(`${pathOf(permitId)}/suspension`, HOLDS, { reason: 'x' }).expect(403)).body.error).toBe('role_not_allowed');
      expect((await post(`${pathOf('UCA-NOWHERE')}/suspension`, SERFOR, { reason: 'x' }).expect(404)).body.error).toBe('permit_not_found');
      expect((await get(pathOf(permitId), HOLDS).expect(200)).body.status).toBe('active');
    });

    it('answers a missing reason and an instant without offset with their paths', async () => {
      const permitId = await plannedPermit();
      const response = await post(`${pathOf(permitId)}/suspension`, OSINFOR, { at: '2026-06-01T09:00:00' }).expect(400);
      expect(fieldPaths(response.body).sort()).toEqual(['at', 'reason']);
    });

    it('answers a retried suspension as the first, suspending once', async () => {
      const permitId = await plannedPermit();
      const first = await post(`${pathOf(permitId)}/suspension`, OSINFOR, { reason: 'PAU' }, 'pau-1').expect(200);
      const retry = await post(`${pathOf(permitId)}/suspension`, OSINFOR, { reason: 'PAU' }, 'pau-1').expect(200);
      expect(retry.body).toEqual(first.body);
      expect((await post(`${pathOf(permitId)}/suspension`, OSINFOR, { reason: 'PAU' }, 'pau-2').expect(409)).body.error).toBe('permit_already_suspended');
    });
  });

  describe('reading permits', () => {
    it('lets every regulator and the holder read a permit and its balance', async () => {
      const permitId = await plannedPermit();
      for (const reader of [SERFOR, OSINFOR, UCAYALI, LORETO, HOLDS]) {
        expect((await get(pathOf(permitId), reader).expect(200)).body.permitId).toBe(permitId);
      }
      const { body } = await get(`${pathOf(permitId)}/balance`, HOLDS).expect(200);
      expect(body).toEqual({
        permitId,
        balances: [
          { planId: 'POA-6', species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0 },
          { planId: 'POA-6', species: TORNILLO, authorisedM3: 400, extractedM3: 0, movedM3: 0, remainingM3: 400, movableM3: 0 },
        ],
      });
    });

    it('refuses another holder, processors and checkpoint operators; 404 for an unknown permit', async () => {
      const permitId = await plannedPermit();
      const other = await get(pathOf(permitId), OTHER_HOLDS).expect(403);
      expect(other.body.error).toBe('not_acting_for');
      await get(`${pathOf(permitId)}/balance`, OTHER_HOLDS).expect(403);
      expect((await get(pathOf(permitId), PROCESSOR).expect(403)).body.error).toBe('role_not_allowed');
      await get(`${pathOf(permitId)}/balance`, OPERATOR).expect(403);
      expect((await get(pathOf('UCA-NOWHERE'), SERFOR).expect(404)).body.error).toBe('permit_not_found');
    });

    it('lists permits by holder: regulators any holder, a holder its own', async () => {
      const permitId = await plannedPermit();
      await post('/permits', UCAYALI, permitBody(`UCA-OTHER-${randomUUID().slice(0, 8)}`, { holderTaxId: OTHER_HOLDER })).expect(201);
      const listed = await eventually(async () => {
        const { body } = await get(`/permits?holderTaxId=${HOLDER}`, LORETO).expect(200);
        const mine = (body.permits as { permitId: string }[]).find((permit) => permit.permitId === permitId);
        expect(mine).toBeDefined();
        return body.permits as { holderTaxId: string }[];
      });
      expect(listed.every((permit) => permit.holderTaxId === HOLDER)).toBe(true);
      const own = await get('/permits', HOLDS).expect(200);
      expect((own.body.permits as { holderTaxId: string }[]).every((permit) => permit.holderTaxId === HOLDER)).toBe(true);
      expect((own.body.permits as { permitId: string }[]).map((permit) => permit.permitId)).toContain(permitId);
      expect((await get(`/permits?holderTaxId=${OTHER_HOLDER}`, HOLDS).expect(403)).body.error).toBe('not_acting_for');
      expect(fieldPaths((await get('/permits?holderTaxId=123&status=dormant', SERFOR).expect(400)).body).sort()).toEqual(['holderTaxId', 'status']);
    });

    it('lists a permit with its figures once the read model has it', async () => {
      const permitId = await plannedPermit();
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody()).expect(201);
      await post(`${pathOf(permitId)}/suspension`, OSINFOR, { reason: 'PAU' }).expect(200);
      const live = (await get(pathOf(permitId), UCAYALI).expect(200)).body;
      await eventually(async () => {
        const { body } = await get('/permits?authority=ARFFS-UCAYALI&status=suspended', UCAYALI).expect(200);
        expect((body.permits as { permitId: string }[]).find((permit) => permit.permitId === permitId)).toEqual(live);
      });
    });

    it('documents every harvest endpoint in the OpenAPI document', async () => {
      const { body: document } = await http().get('/docs-json').expect(200);
      expect(document.paths['/permits'].post['x-roles']).toEqual(['regulator']);
      expect(document.paths['/permits'].get['x-roles']).toEqual(['regulator', 'permit_holder']);
      expect(document.paths['/permits/{permitId}/extractions'].post['x-roles']).toEqual(['permit_holder']);
      for (const path of ['/permits/{permitId}/plans', '/permits/{permitId}/suspension', '/permits/{permitId}/reinstatement', '/permits/{permitId}/cancellation']) {
        expect(document.paths[path].post['x-roles']).toEqual(['regulator']);
      }
      expect(Object.keys(document.paths['/permits/{permitId}'].get.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404']));
      expect(document.paths['/permits/{permitId}/balance'].get).toBeDefined();
      expect(unresolvedRefs(document)).toEqual([]);
    });
  });

  describe('between contexts', () => {
    it('publishes the lot, the plan, the standing and the balance for other contexts', async () => {
      const permitId = await plannedPermit();
      const lot = await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ lotId: 'LOT-PUB-1' })).expect(201);
      const ofPermit = () => published.filter((message) => message.data.permitId === permitId);
      await eventually(async () => expect(ofPermit().map((message) => message.type)).toEqual(['PermitStandingChanged', 'HarvestPlanApproved', 'LotExtracted', 'SpeciesBalanceChanged']));
      const [registered, plan, extracted, balance] = ofPermit();
      expect(registered).toMatchObject({ version: 1, streamId: `permit-${permitId}`, data: { status: 'active', reason: 'registered', authority: 'ARFFS-UCAYALI', at: '2022-03-01' } });
      expect(plan).toMatchObject({ data: { planId: 'POA-6', species: [{ species: CEDRO }, { species: TORNILLO }] } });
      expect(extracted).toMatchObject({
        data: { lotId: 'LOT-PUB-1', holderTaxId: HOLDER, volume: { value: 12.5, unit: 'm3' }, geolocation: PLOT },
        metadata: { actor: { role: 'permit_holder', organisation: HOLDER } },
      });
      expect(lot.body.lotId).toBe('LOT-PUB-1');
      expect(balance).toMatchObject({ data: { species: CEDRO, authorised: { value: 100, unit: 'm3' }, extracted: { value: 12.5, unit: 'm3' }, moved: { value: 0, unit: 'm3' } } });
    });

    it('shows regulators a guide that could not be counted, and publishes it for the sanctions context', async () => {
      const permitId = await plannedPermit();
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 10, unit: 'm3' } })).expect(201);
      const guide = guideIssued(permitId, 'GTF-2026-000777', 25);
      await bus().publish([guide]);
      await bus().caughtUp();
      const { body: view } = await get(pathOf(permitId), UCAYALI).expect(200);
      expect(view.guidesNotCounted).toEqual([
        { planId: 'POA-6', guideNumber: 'GTF-2026-000777', lines: [{ species: CEDRO, volume: { value: 25, unit: 'm3' } }], refusal: expect.objectContaining({ kind: 'conflict', error: 'moved_beyond_extracted' }) },
      ]);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 10, movedM3: 0 });
      await eventually(async () =>
        expect(published.filter((m) => m.type === 'GuideNotCounted' && m.data.permitId === permitId).map((m) => m.data)).toEqual([
          expect.objectContaining({ guideNumber: 'GTF-2026-000777', refusal: expect.objectContaining({ error: 'moved_beyond_extracted' }) }),
        ]),
      );      // The sanctions context opens a case against the permit, for OSINFOR, supervisor of permits in the field.
      await eventually(async () => {
        const { body } = await get('/cases?limit=500', OSINFOR).expect(200);
        expect(body.cases.filter((row: { permitId: string }) => row.permitId === permitId)).toEqual([
          expect.objectContaining({ authority: 'OSINFOR', status: 'detected', sources: ['guide_count'], guideNumber: 'GTF-2026-000777', rules: ['moved_beyond_extracted'] }),
        ]);
      });
      await get('/cases?limit=500', UCAYALI).expect(200).then(({ body }) => expect(body.cases.map((row: { permitId: string }) => row.permitId)).not.toContain(permitId));
    });

    it("counts a guide custody issued against the plan's balance, once however often it is delivered", async () => {
      const permitId = await plannedPermit();
      await post(`${pathOf(permitId)}/extractions`, HOLDS, extractionBody({ volume: { value: 30, unit: 'm3' } })).expect(201);
      const guide = guideIssued(permitId, 'GTF-2026-000123', 20);
      await bus().publish([guide]);
      await bus().publish([guide]);
      await bus().caughtUp();
      expect(await cedroBalance(permitId)).toEqual({ planId: 'POA-6', species: CEDRO, authorisedM3: 100, extractedM3: 30, movedM3: 20, remainingM3: 70, movableM3: 10 });
      await eventually(async () =>
        expect(published.filter((m) => m.type === 'SpeciesBalanceChanged' && m.data.permitId === permitId).map((m) => m.data)).toContainEqual(
          expect.objectContaining({ moved: { value: 20, unit: 'm3' } }),
        ),
      );
    });
  });
});
