import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { CustodyIntegrationEvent } from '#custody/integration';
import type { LotExtractedV1 } from '#harvest/integration';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { TransformationRecordedV1 } from '#processing/integration';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { GuideExpirySweep } from '../../libs/custody/src/guide-expiry/guide-expiry.sweep.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { suiteApp } from '../standalone/suite-app.js';

const HOLDER = '20123456789';
const OTHER_HOLDER = '20999999999';
const CONSIGNEE = '20600000014';
const EXPORTER_RUC = '20500000001';
const SAWMILL = 'CTP-UCA-014';
const EXPORT_YARD = 'EXP-CALLAO-1';
const CEDRO = 'Cedrela odorata';
const PERMIT = '25-UCA/C-J-001-02';
/** Km 10 of the Federico Basadre road, as the shipped checkpoints catalogue places it. */
const K010 = [-74.611826, -8.393874];

const HOLDS = ['permit_holder', HOLDER] as const;
const OTHER_HOLDS = ['permit_holder', OTHER_HOLDER] as const;
const AT_SAWMILL = ['processor', SAWMILL] as const;
const OTHER_SAWMILL = ['processor', 'CTP-LIM-001'] as const;
const AT_EXPORT_YARD = ['processor', EXPORT_YARD] as const;
const UCAYALI = ['regulator', 'ARFFS-UCAYALI'] as const;
const LORETO = ['regulator', 'ARFFS-LORETO'] as const;
const SERFOR = ['regulator', 'SERFOR'] as const;
const AT_K010 = ['checkpoint_operator', 'UC-CFB-K010'] as const;
const AT_K999 = ['checkpoint_operator', 'UC-CFB-K999'] as const;
const EXPORTS = ['exporter', EXPORTER_RUC] as const;
const OTHER_EXPORTS = ['exporter', '20500000002'] as const;
const ACTORS = [HOLDS, OTHER_HOLDS, AT_SAWMILL, OTHER_SAWMILL, AT_EXPORT_YARD, UCAYALI, LORETO, SERFOR, AT_K010, AT_K999, EXPORTS, OTHER_EXPORTS];

type Who = readonly [role: string, organisation: string];
type Body = Record<string, unknown>;
type Published = { [E in CustodyIntegrationEvent as E['type']]: E };

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const fresh = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
const fieldPaths = (body: { details: { fields: { path: string }[] } }) => body.details.fields.map((field) => field.path).sort();

/** A guide from HOLDER's permit to the sawmill, past km 10 and km 60, a line of 12.5 m³ of cedro per lot. */
function guideBody(number: string, lotIds: readonly string[], changes: Body = {}): Body {
  return {
    number,
    registrationNumber: `REG-${number}`,
    authority: 'ATFFS-UCAYALI',
    issuerTaxId: HOLDER,
    holderTaxId: HOLDER,
    ownerTaxId: HOLDER,
    origin: { kind: 'permit', permitId: PERMIT, planId: 'POA-6', position: [-74.553889, -8.379167] },
    consignee: { taxId: CONSIGNEE, kind: 'processor', facilityId: SAWMILL },
    destination: { facilityId: SAWMILL, position: [-75.04, -8.81] },
    vehiclePlates: ['ABC-123'],
    driver: { id: '44556677', licence: 'Q44556677' },
    lines: lotIds.map((lotId) => ({ lotId, scientificName: CEDRO, commonName: 'cedro', productType: 'roundwood', volume: { value: 12.5, unit: 'm3' }, pieces: 8 })),
    issuedAt: hoursFromNow(-1),
    expiresAt: hoursFromNow(47),
    trajectory: {
      checkpoints: [
        { code: 'UC-CFB-K010', earliestArrivalMinutes: 10, latestArrivalMinutes: 120 },
        { code: 'UC-CFB-K060', position: [-74.963917, -8.637452], mandatory: false, earliestArrivalMinutes: 60, latestArrivalMinutes: 360 },
      ],
      corridorWidthKm: 3,
    },
    ...changes,
  };
}

/** One app's HTTP surface and bus as each actor reaches them. */
function custodyClient(app: () => INestApplication) {
  const tokens = new Map<string, string>();
  const bearer = ([role, org]: Who) => tokens.get(`${role}/${org}`)!;
  const http = () => request(app().getHttpServer());
  const bus = () => app().get<MessageBus>(MESSAGE_BUS);
  const client = {
    async signTokens(dataDir: string): Promise<void> {
      for (const [role, org] of ACTORS) tokens.set(`${role}/${org}`, await tokenCommand(['--role', role, '--org', org, '--sub', `${role}-of-${org}`], { DATA_DIR: dataDir }));
    },
    post(path: string, who: Who, body: object = {}, idempotencyKey?: string) {
      const call = http().post(path).auth(bearer(who), { type: 'bearer' });
      return (idempotencyKey === undefined ? call : call.set('Idempotency-Key', idempotencyKey)).send(body);
    },
    get: (path: string, who: Who) => http().get(path).auth(bearer(who), { type: 'bearer' }),
    /** What harvest publishes when it records an extraction: 12.5 m³ of cedro held by HOLDER. */
    extraction(lotId: string, changes: Partial<LotExtractedV1['data']> = {}): IntegrationMessage<LotExtractedV1> {
      return {
        id: randomUUID(),
        type: 'LotExtracted',
        version: 1,
        streamId: `permit-${PERMIT}`,
        metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'ana', role: 'permit_holder', organisation: HOLDER }, occurredAt: hoursFromNow(-2) },
        data: {
          lotId,
          permitId: PERMIT,
          planId: 'POA-6',
          holderTaxId: HOLDER,
          species: CEDRO,
          volume: { value: 12.5, unit: 'm3' },
          pieces: 8,
          harvestDate: '2026-04-20',
          geolocation: { type: 'Point', coordinates: [-74.553889, -8.379167] },
          ...changes,
        },
      };
    },
    /** A lot extracted by HOLDER, as harvest's relay would deliver it. */
    async extractedLot(changes: Partial<LotExtractedV1['data']> = {}): Promise<string> {
      const message = client.extraction(fresh('LOT'), changes);
      await bus().publish([message]);
      await bus().caughtUp();
      return message.data.lotId;
    },
    async issuedGuide(lotIds: readonly string[], changes: Body = {}): Promise<string> {
      const number = fresh('GTF');
      await client.post('/guides', HOLDS, guideBody(number, lotIds, changes)).expect(201);
      return number;
    },
    /** Lots issued under a guide and delivered at the sawmill. */
    async deliveredLots(count: number): Promise<{ guideNumber: string; lotIds: string[] }> {
      const lotIds: string[] = [];
      for (let i = 0; i < count; i++) lotIds.push(await client.extractedLot());
      const guideNumber = await client.issuedGuide(lotIds);
      await client.post(`/guides/${guideNumber}/delivery`, AT_SAWMILL).expect(200);
      return { guideNumber, lotIds };
    },
    async lot(lotId: string, who: Who = UCAYALI) {
      return (await client.get(`/lots/${lotId}`, who).expect(200)).body;
    },
    async historyTypes(lotId: string): Promise<string[]> {
      return ((await client.lot(lotId)).history as { type: string }[]).map((entry) => entry.type);
    },
  };
  return client;
}

type CustodyClient = ReturnType<typeof custodyClient>;

/** Only the clock is faked: timers, ticks and the app's pollers run as they do. */
const CLOCK_ONLY = {
  doNotFake: [
    'hrtime',
    'nextTick',
    'performance',
    'queueMicrotask',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
    'setImmediate',
    'clearImmediate',
    'setInterval',
    'clearInterval',
    'setTimeout',
    'clearTimeout',
    'Temporal',
  ],
} satisfies Parameters<typeof jest.useFakeTimers>[0];

/** What `call` sends is recorded by the app at `instant` exactly: its clock stands still there until the answer. */
async function recordedAt<T>(instant: number, call: () => PromiseLike<T>): Promise<T> {
  jest.useFakeTimers({ ...CLOCK_ONLY, now: instant });
  try {
    return await call();
  } finally {
    jest.useRealTimers();
  }
}

/** A trip dated three days ago on a guide that expired two days ago: refused whole, its lot left in the yard. */
async function refusesAGuideExpiredBeforeItIsRecorded(custody: CustodyClient): Promise<void> {
  const lotId = await custody.extractedLot();
  const number = fresh('GTF');
  const refused = await custody.post('/guides', HOLDS, guideBody(number, [lotId], { issuedAt: hoursFromNow(-72), expiresAt: hoursFromNow(-48) })).expect(400);
  expect(refused.body).toMatchObject({ error: 'invalid_guide', details: { guideNumber: number } });
  expect(refused.body.details.problems).toEqual([{ path: 'expiresAt', code: 'expired_before_recording' }]);
  expect((await custody.get(`/guides/${number}`, HOLDS).expect(404)).body.error).toBe('guide_not_found');
  expect(await custody.lot(lotId, HOLDS)).toMatchObject({ status: 'resting', place: { kind: 'holder', holderTaxId: HOLDER } });
  expect(await custody.historyTypes(lotId)).toEqual(['LotExtracted']);
}

/** A guide is valid before its expiry, not at it: one expiring at the instant it is recorded is refused, one a millisecond later issued. */
async function refusesAGuideExpiringAsItIsRecorded(custody: CustodyClient): Promise<void> {
  const [expiringNow, expiringJustAfter] = [await custody.extractedLot(), await custody.extractedLot()];
  const now = Date.now();
  // Dated seven hours before, so the windows of its trajectory (six hours at most) fall before either expiry.
  const body = (number: string, lotId: string, expiresAt: number) =>
    guideBody(number, [lotId], { issuedAt: new Date(now - 7 * 3_600_000).toISOString(), expiresAt: new Date(expiresAt).toISOString() });

  const refusedNumber = fresh('GTF');
  const refused = await recordedAt(now, () => custody.post('/guides', HOLDS, body(refusedNumber, expiringNow, now)).expect(400));
  expect(refused.body).toMatchObject({ error: 'invalid_guide', details: { guideNumber: refusedNumber, problems: [{ path: 'expiresAt', code: 'expired_before_recording' }] } });
  expect(await custody.historyTypes(expiringNow)).toEqual(['LotExtracted']);

  const issuedNumber = fresh('GTF');
  const issued = await recordedAt(now, () => custody.post('/guides', HOLDS, body(issuedNumber, expiringJustAfter, now + 1)).expect(201));
  expect(issued.body).toMatchObject({ number: issuedNumber, expiresAt: new Date(now + 1).toISOString() });
  // Expired since, a sweep may already have sent the lot back: it was dispatched under the guide all the same.
  expect((await custody.historyTypes(expiringJustAfter)).slice(0, 2)).toEqual(['LotExtracted', 'LotDispatched']);
}

describe('lots and guides through the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const custody = custodyClient(() => app);
  const { post, get, extractedLot, issuedGuide, deliveredLots, lot, historyTypes } = custody;
  const published: IntegrationMessage<CustodyIntegrationEvent>[] = [];
  const bus = (): MessageBus => app.get<MessageBus>(MESSAGE_BUS);
  /** The messages of one type published so far that match, waiting for at least one. */
  function publishedOf<T extends keyof Published>(type: T, match: (data: Published[T]['data']) => boolean): Promise<IntegrationMessage<Published[T]>[]> {
    return eventually(async () => {
      const found = published.filter((message) => message.type === type && match(message.data as Published[T]['data']));
      if (found.length === 0) throw new Error(`no ${type} published yet`);
      return found as unknown as IntegrationMessage<Published[T]>[];
    });
  }

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path);
    await custody.signTokens(dataDir.path);
    bus().consume<CustodyIntegrationEvent>({
      name: 'test.custody-observer',
      types: ['GuideIssued', 'GuideDelivered', 'LotDelivered', 'LotImmobilised', 'LotConfiscated', 'LotLineageChanged', 'ShipmentScanned', 'ShipmentFlagged'],
      handle: async (message) => void published.push(message),
    });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  describe('lots extracted by harvest', () => {
    it('starts a lot at the holder’s yard from LotExtracted, once however often the message is delivered', async () => {
      const message = custody.extraction(fresh('LOT'));
      await bus().publish([message]);
      await bus().publish([message]);
      await bus().caughtUp();
      const view = await lot(message.data.lotId);
      expect(view).toMatchObject({
        lotId: message.data.lotId,
        species: CEDRO,
        productType: 'roundwood',
        volume: { value: 12.5, unit: 'm3' },
        status: 'resting',
        place: { kind: 'holder', holderTaxId: HOLDER },
        keeper: { role: 'permit_holder', organisation: HOLDER },
        hold: { kind: 'none' },
      });
      expect(view.history).toEqual([
        {
          position: 1,
          type: 'LotExtracted',
          data: expect.objectContaining({ permitId: PERMIT, planId: 'POA-6', pieces: 8 }),
          actor: { id: 'ana', role: 'permit_holder', organisation: HOLDER },
          occurredAt: message.metadata.occurredAt,
          recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ]);
    });

    it('answers 404 for a lot never extracted', async () => {
      expect((await get('/lots/LOT-NOWHERE', UCAYALI).expect(404)).body.error).toBe('lot_not_found');
    });
  });

  describe('issuing a guide', () => {
    it('dispatches the lots under the guide, registers the trajectory from the catalogue and publishes GuideIssued', async () => {
      const lotIds = [await extractedLot(), await extractedLot()];
      const number = fresh('GTF');
      const response = await post('/guides', HOLDS, guideBody(number, lotIds)).expect(201);
      expect(response.body).toMatchObject({
        number,
        holderTaxId: HOLDER,
        lines: [{ lotId: lotIds[0] }, { lotId: lotIds[1] }],
        trajectory: {
          checkpoints: [
            { code: 'UC-CFB-K010', position: K010, mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 },
            { code: 'UC-CFB-K060', position: [-74.963917, -8.637452], mandatory: false },
          ],
          corridorWidthKm: 3,
        },
      });
      for (const lotId of lotIds) expect(await lot(lotId, HOLDS)).toMatchObject({ status: 'on_guide', guideNumber: number, place: { kind: 'holder', holderTaxId: HOLDER } });

      const guide = (await get(`/guides/${number}`, HOLDS).expect(200)).body;
      expect(guide).toMatchObject({ number, status: 'open', guide: { number, registrationNumber: `REG-${number}` }, scans: [] });
      const [issued] = await publishedOf('GuideIssued', (data) => data.guideNumber === number);
      expect(issued?.data).toMatchObject({ lots: lotIds, species: [{ species: CEDRO, volume: { value: 25, unit: 'm3' } }], origin: { kind: 'permit', permitId: PERMIT, planId: 'POA-6' } });
    });

    it('counts a line that names only the genus against its lot’s species, in the guide and in GuideIssued', async () => {
      const lotId = await extractedLot({ species: 'Virola calophylla' });
      const number = fresh('GTF');
      const lines = [{ lotId, scientificName: 'Virola', commonName: 'cumala', productType: 'roundwood', volume: { value: 12.5, unit: 'm3' }, pieces: 8 }];
      const response = await post('/guides', HOLDS, guideBody(number, [lotId], { lines })).expect(201);
      expect(response.body.lines).toEqual([{ ...lines[0], lotSpecies: 'Virola calophylla' }]);
      const [issued] = await publishedOf('GuideIssued', (data) => data.guideNumber === number);
      expect(issued?.data.species).toEqual([{ species: 'Virola calophylla', volume: { value: 12.5, unit: 'm3' } }]);
    });

    it('keeps a line’s piece list with each log’s volume by Smalian, and refuses a list that misses a piece', async () => {
      const lotId = await extractedLot();
      const number = fresh('GTF');
      // Eight logs of 0.6308 m across and 5 m long: 0.7854 × 0.6308² × 5 = 1.563 m³ each, 12.5 m³ together within 1 %.
      const pieceList = Array.from({ length: 8 }, (_, index) => ({ code: `${number}-T${index + 1}`, dimensions: { shape: 'log', largeEndDiameterM: 0.6308, smallEndDiameterM: 0.6308, lengthM: 5 } }));
      const line = (pieces: object[]) => [{ lotId, scientificName: CEDRO, commonName: 'cedro', productType: 'roundwood', volume: { value: 12.5, unit: 'm3' }, pieces: 8, pieceList: pieces }];
      const short = await post('/guides', HOLDS, guideBody(number, [lotId], { lines: line(pieceList.slice(1)) })).expect(400);
      expect(short.body).toMatchObject({ error: 'invalid_guide', details: { problems: [{ path: 'lines[0].pieceList', code: 'piece_list_not_pieces' }] } });
      const response = await post('/guides', HOLDS, guideBody(number, [lotId], { lines: line(pieceList) })).expect(201);
      expect(response.body.lines[0].pieceList[0]).toEqual({ ...pieceList[0], volume: { value: 1.563, unit: 'm3' } });
      expect((await get(`/guides/${number}`, HOLDS).expect(200)).body.guide.lines[0].pieceList).toHaveLength(8);
    });

    it('answers a retry with the same Idempotency-Key with the same guide, dispatching nothing twice', async () => {
      const lotId = await extractedLot();
      const body = guideBody(fresh('GTF'), [lotId]);
      const first = await post('/guides', HOLDS, body, 'issue-1').expect(201);
      const again = await post('/guides', HOLDS, body, 'issue-1').expect(201);
      expect(again.body).toEqual(first.body);
      expect(await historyTypes(lotId)).toEqual(['LotExtracted', 'LotDispatched']);
      expect((await post('/guides', HOLDS, body).expect(409)).body.error).toBe('guide_already_issued');
      expect((await post('/guides', HOLDS, { ...body, vehiclePlates: ['XYZ-987'] }, 'issue-1').expect(409)).body.error).toBe('idempotency_key_reused');
    });

    it('refuses a lot already on an open guide with 409, records no guide and releases the lots it had dispatched', async () => {
      const [free, onGuide] = [await extractedLot(), await extractedLot()];
      const earlier = await issuedGuide([onGuide]);
      const number = fresh('GTF');
      const refused = await post('/guides', HOLDS, guideBody(number, [free, onGuide])).expect(409);
      expect(refused.body).toMatchObject({ error: 'lot_on_open_guide', details: { lotId: onGuide, guideNumber: earlier } });
      expect((await get(`/guides/${number}`, HOLDS).expect(404)).body.error).toBe('guide_not_found');
      const released = await lot(free);
      expect(released).toMatchObject({ status: 'resting', place: { kind: 'holder', holderTaxId: HOLDER } });
      expect(released.history.map((entry: { type: string }) => entry.type)).toEqual(['LotExtracted', 'LotDispatched', 'LotReleasedFromGuide']);
      expect(released.history[2].data).toMatchObject({ guideNumber: number, reason: 'issuance_refused' });
      expect(await lot(onGuide)).toMatchObject({ status: 'on_guide', guideNumber: earlier });
    });

    it('refuses an immobilised lot, recording the refusal on it, and leaves the other lots where they were', async () => {
      const [free, held] = [await extractedLot(), await extractedLot()];
      await post(`/lots/${held}/immobilisation`, UCAYALI, { caseRef: 'INF-2026-0001', reason: 'plan under review' }).expect(200);
      const number = fresh('GTF');
      expect((await post('/guides', HOLDS, guideBody(number, [free, held])).expect(409)).body.error).toBe('lot_immobilised');
      await get(`/guides/${number}`, SERFOR).expect(404);
      expect(await lot(free)).toMatchObject({ status: 'resting' });
      const { history } = await lot(held);
      expect(history.map((entry: { type: string }) => entry.type)).toEqual(['LotExtracted', 'LotImmobilised', 'LotStepRefused']);
      expect(history[2]).toMatchObject({ data: { step: 'DispatchLot', refusal: { error: 'lot_immobilised' } }, actor: { role: 'permit_holder' } });
    });

    it('answers a retry of a refused issuance with the same refusal, dispatching nothing', async () => {
      const [free, held] = [await extractedLot(), await extractedLot()];
      await post(`/lots/${held}/immobilisation`, UCAYALI, { caseRef: 'INF-2026-0002', reason: 'plan under review' }).expect(200);
      const body = guideBody(fresh('GTF'), [free, held]);
      expect((await post('/guides', HOLDS, body, 'refused-1').expect(409)).body.error).toBe('lot_immobilised');
      expect((await post('/guides', HOLDS, body, 'refused-1').expect(409)).body.error).toBe('lot_immobilised');
      expect(await historyTypes(free)).toEqual(['LotExtracted', 'LotDispatched', 'LotReleasedFromGuide']);
    });

    it('answers a retry with the refusal recorded, even once its cause is gone: the same key has one outcome', async () => {
      const [free, held] = [await extractedLot(), await extractedLot()];
      await post(`/lots/${held}/immobilisation`, UCAYALI, { caseRef: 'INF-2026-0004', reason: 'plan under review' }).expect(200);
      const body = guideBody(fresh('GTF'), [free, held]);
      expect((await post('/guides', HOLDS, body, 'refused-2').expect(409)).body.error).toBe('lot_immobilised');
      await post(`/lots/${held}/release`, UCAYALI, { caseRef: 'INF-2026-0004' }).expect(200);
      expect((await post('/guides', HOLDS, body, 'refused-2').expect(409)).body).toMatchObject({ error: 'lot_immobilised', details: { lotId: held } });
      await get(`/guides/${body.number as string}`, SERFOR).expect(404);
      expect(await lot(free)).toMatchObject({ status: 'resting' });
      expect(await lot(held)).toMatchObject({ status: 'resting' });
      await post('/guides', HOLDS, body, 'issued-after-all').expect(201);
      expect(await lot(held)).toMatchObject({ status: 'on_guide', guideNumber: body.number });
    });

    it('refuses another holder’s lots, and a guide for another holder, with 403 and nothing recorded', async () => {
      const lotId = await extractedLot();
      const foreign = guideBody(fresh('GTF'), [lotId], { holderTaxId: OTHER_HOLDER, issuerTaxId: OTHER_HOLDER, ownerTaxId: OTHER_HOLDER });
      expect((await post('/guides', OTHER_HOLDS, foreign).expect(403)).body.error).toBe('not_acting_for');
      expect((await post('/guides', HOLDS, foreign).expect(403)).body.error).toBe('not_acting_for');
      expect((await post('/guides', AT_SAWMILL, guideBody(fresh('GTF'), [lotId])).expect(403)).body.error).toBe('not_acting_for');
      expect((await post('/guides', UCAYALI, guideBody(fresh('GTF'), [lotId])).expect(403)).body.error).toBe('role_not_allowed');
      expect(await historyTypes(lotId)).toEqual(['LotExtracted']);
    });

    it('answers bad bodies with 400 and their field paths', async () => {
      const lotId = await extractedLot();
      const number = fresh('GTF');
      const malformed = guideBody(number, [lotId], {
        issuedAt: '2026-05-02 06:00',
        origin: { kind: 'permit', planId: 'POA-6', position: [-200, -8.4] },
        vehiclePlates: [],
        colour: 'red',
      });
      (malformed.lines as Body[])[0] = { ...(malformed.lines as Body[])[0], volume: { value: -1, unit: 'litres' }, pieces: 0 };
      const response = await post('/guides', HOLDS, malformed).expect(400);
      expect(response.body.error).toBe('validation_failed');
      expect(fieldPaths(response.body)).toEqual(
        ['colour', 'issuedAt', 'lines.0.pieces', 'lines.0.volume.unit', 'lines.0.volume.value', 'origin.permitId', 'origin.position', 'vehiclePlates'].sort(),
      );

      const inverted = await post('/guides', HOLDS, guideBody(number, [lotId], { expiresAt: hoursFromNow(-2) })).expect(400);
      expect(inverted.body).toMatchObject({ error: 'invalid_guide', details: { problems: expect.arrayContaining([{ path: 'expiresAt', code: 'expiry_not_after_issue' }]) } });
      expect(await historyTypes(lotId)).toEqual(['LotExtracted']);
    });

    it('refuses with 400 expired_before_recording a guide whose expiry had passed before it is recorded, dispatching nothing', async () => {
      await refusesAGuideExpiredBeforeItIsRecorded(custody);
    });

    it('refuses a guide expiring at the instant it is recorded, and issues one expiring a millisecond later', async () => {
      await refusesAGuideExpiringAsItIsRecorded(custody);
    });

    it('refuses a checkpoint code the catalogue in force does not hold, by its path', async () => {
      const lotId = await extractedLot();
      const trajectory = { checkpoints: [{ code: 'UC-CFB-K010', earliestArrivalMinutes: 10, latestArrivalMinutes: 120 }, { code: 'UC-NOWHERE-K1', earliestArrivalMinutes: 20, latestArrivalMinutes: 200 }] };
      const response = await post('/guides', HOLDS, guideBody(fresh('GTF'), [lotId], { trajectory })).expect(400);
      expect(response.body).toMatchObject({ error: 'unknown_checkpoint', details: { fields: [{ path: 'trajectory.checkpoints.1.code' }] } });
      expect(await historyTypes(lotId)).toEqual(['LotExtracted']);
    });

    it('refuses a line declaring another species or more than the lot holds', async () => {
      const lotId = await extractedLot();
      const body = guideBody(fresh('GTF'), [lotId]);
      (body.lines as Body[])[0] = { ...(body.lines as Body[])[0], volume: { value: 13, unit: 'm3' } };
      expect((await post('/guides', HOLDS, body).expect(409)).body).toMatchObject({ error: 'guide_line_mismatch', details: { path: 'lines.0.volume' } });
      (body.lines as Body[])[0] = { ...(body.lines as Body[])[0], scientificName: 'Swietenia macrophylla', volume: { value: 12.5, unit: 'm3' } };
      expect((await post('/guides', HOLDS, body).expect(409)).body).toMatchObject({ error: 'guide_line_mismatch', details: { path: 'lines.0.scientificName' } });
    });
  });

  describe('annulling a guide', () => {
    it('annuls for its issuer and sends its lots back to the yard, once', async () => {
      const lotId = await extractedLot();
      const number = await issuedGuide([lotId]);
      const response = await post(`/guides/${number}/annulment`, HOLDS, { reason: 'issued for the wrong truck' }, 'annul-1').expect(200);
      expect(response.body).toMatchObject({ number, status: 'annulled', lots: [lotId], refused: [] });
      expect((await post(`/guides/${number}/annulment`, HOLDS, { reason: 'issued for the wrong truck' }, 'annul-1').expect(200)).body).toEqual(response.body);
      expect(await lot(lotId)).toMatchObject({ status: 'resting', place: { kind: 'holder', holderTaxId: HOLDER } });
      expect(await historyTypes(lotId)).toEqual(['LotExtracted', 'LotDispatched', 'LotReleasedFromGuide']);
      expect((await get(`/guides/${number}`, HOLDS).expect(200)).body).toMatchObject({ status: 'annulled', closure: { reason: 'issued for the wrong truck', by: { organisation: HOLDER } } });
      expect((await post(`/guides/${number}/annulment`, HOLDS, { reason: 'again' }).expect(409)).body.error).toBe('guide_annulled');
    });

    it('lets a regulator of SERFOR annul, and refuses another holder or region', async () => {
      const number = await issuedGuide([await extractedLot()]);
      expect((await post(`/guides/${number}/annulment`, OTHER_HOLDS, { reason: 'x' }).expect(403)).body.error).toBe('not_acting_for');
      expect((await post(`/guides/${number}/annulment`, LORETO, { reason: 'x' }).expect(403)).body.error).toBe('not_acting_for');
      expect((await post(`/guides/${number}/annulment`, SERFOR, {}).expect(400)).body.error).toBe('validation_failed');
      await post(`/guides/${number}/annulment`, SERFOR, { reason: 'forged registration' }).expect(200);
      expect((await post('/guides/GTF-NOWHERE/annulment', SERFOR, { reason: 'x' }).expect(404)).body.error).toBe('guide_not_found');
    });
  });

  describe('delivering a guide', () => {
    it('delivers to the destination processor, lot by lot, and publishes LotDelivered and GuideDelivered', async () => {
      const lotIds = [await extractedLot(), await extractedLot()];
      const number = await issuedGuide(lotIds);
      expect((await post(`/guides/${number}/delivery`, OTHER_SAWMILL, {}).expect(403)).body.error).toBe('not_acting_for');
      const response = await post(`/guides/${number}/delivery`, AT_SAWMILL, {}, 'delivery-1').expect(200);
      expect(response.body).toMatchObject({ number, status: 'delivered', lots: lotIds, refused: [] });
      expect((await post(`/guides/${number}/delivery`, AT_SAWMILL, {}, 'delivery-1').expect(200)).body).toEqual(response.body);
      expect((await post(`/guides/${number}/delivery`, AT_SAWMILL, {}).expect(409)).body.error).toBe('guide_delivered');

      expect(await lot(lotIds[0]!, AT_SAWMILL)).toMatchObject({ status: 'resting', place: { kind: 'facility', facilityId: SAWMILL }, deliveredUnder: number, keeper: { role: 'processor', organisation: SAWMILL } });
      expect(await historyTypes(lotIds[0]!)).toEqual(['LotExtracted', 'LotDispatched', 'LotDelivered']);
      const delivered = await eventually(async () => {
        const messages = await publishedOf('LotDelivered', (data) => lotIds.includes(data.lotId));
        expect(messages.map((message) => message.data.lotId)).toEqual(lotIds);
        return messages;
      });
      expect(delivered[0]?.data).toMatchObject({ guideNumber: number, facilityId: SAWMILL, species: CEDRO, productType: 'roundwood', volume: { value: 12.5, unit: 'm3' } });
      const [guideDelivered] = await publishedOf('GuideDelivered', (data) => data.guideNumber === number);
      expect(guideDelivered?.data).toMatchObject({ facilityId: SAWMILL, lots: lotIds });
    });

    it('does not deliver a load held by a case', async () => {
      const lotId = await extractedLot();
      const number = await issuedGuide([lotId]);
      await post(`/lots/${lotId}/immobilisation`, UCAYALI, { caseRef: 'INF-2026-0003', reason: 'stopped at km 10', checkpoint: 'UC-CFB-K010' }).expect(200);
      expect((await post(`/guides/${number}/delivery`, AT_SAWMILL).expect(409)).body.error).toBe('lot_immobilised');
      expect((await get(`/guides/${number}`, AT_SAWMILL).expect(200)).body.status).toBe('open');
    });
  });

  describe('splitting and merging lots', () => {
    it('splits a lot at the yard into new lots, for its holder only, each knowing its parent', async () => {
      const lotId = await extractedLot();
      expect((await post(`/lots/${lotId}/split`, OTHER_HOLDS, { children: [{ volume: { value: 4, unit: 'm3' } }] }).expect(403)).body.error).toBe('not_acting_for');
      expect((await post(`/lots/${lotId}/split`, HOLDS, { children: [{ volume: { value: 13, unit: 'm3' } }] }).expect(409)).body.error).toBe('insufficient_lot_volume');
      expect(fieldPaths((await post(`/lots/${lotId}/split`, HOLDS, { children: [{ volume: { value: 0, unit: 'm3' } }] }).expect(400)).body)).toEqual(['children.0.volume.value']);

      const body = { children: [{ volume: { value: 4, unit: 'm3' } }, { volume: { value: 3, unit: 'm3' } }] };
      const response = await post(`/lots/${lotId}/split`, HOLDS, body, 'split-1').expect(201);
      expect(response.body).toEqual({
        lotId,
        remaining: { value: 5.5, unit: 'm3' },
        children: [
          { lotId: expect.stringMatching(/^LOT-/), volume: { value: 4, unit: 'm3' } },
          { lotId: expect.stringMatching(/^LOT-/), volume: { value: 3, unit: 'm3' } },
        ],
      });
      expect((await post(`/lots/${lotId}/split`, HOLDS, body, 'split-1').expect(201)).body).toEqual(response.body);
      const [first, second] = response.body.children as { lotId: string }[];
      expect(await lot(first!.lotId, HOLDS)).toMatchObject({ volume: { value: 4, unit: 'm3' }, status: 'resting', parents: [{ lotId, volume: { value: 4, unit: 'm3' } }], place: { kind: 'holder', holderTaxId: HOLDER } });
      expect(await lot(lotId)).toMatchObject({ volume: { value: 5.5, unit: 'm3' }, children: response.body.children });
      expect(await historyTypes(lotId)).toEqual(['LotExtracted', 'LotSplit']);
      expect(await historyTypes(second!.lotId)).toEqual(['ChildLotCreated']);
      const [lineage] = await publishedOf('LotLineageChanged', (data) => data.lotId === lotId);
      expect(lineage?.data).toMatchObject({ parents: [], children: response.body.children });
    });

    it('merges lots of the holder into a new lot, the parents giving what was asked', async () => {
      const [a, b] = [await extractedLot(), await extractedLot()];
      const body = { parents: [{ lotId: a, volume: { value: 12.5, unit: 'm3' } }, { lotId: b, volume: { value: 2.5, unit: 'm3' } }] };
      expect((await post('/lots/merge', OTHER_HOLDS, body).expect(403)).body.error).toBe('not_acting_for');
      const merged = await post('/lots/merge', HOLDS, body, 'merge-1').expect(201);
      expect(merged.body).toMatchObject({
        lotId: expect.stringMatching(/^LOT-/),
        volume: { value: 15, unit: 'm3' },
        species: CEDRO,
        status: 'resting',
        parents: [
          { lotId: a, volume: { value: 12.5, unit: 'm3' } },
          { lotId: b, volume: { value: 2.5, unit: 'm3' } },
        ],
      });
      expect((await post('/lots/merge', HOLDS, body, 'merge-1').expect(201)).body).toEqual(merged.body);
      expect(await lot(a)).toMatchObject({ status: 'merged', volume: { value: 0, unit: 'm3' } });
      expect(await lot(b)).toMatchObject({ status: 'resting', volume: { value: 10, unit: 'm3' }, children: [{ lotId: merged.body.lotId, volume: { value: 2.5, unit: 'm3' } }] });
    });

    it('refuses a merge a parent cannot make before anything is recorded', async () => {
      const [a, b] = [await extractedLot(), await extractedLot({ species: 'Swietenia macrophylla' })];
      const body = { parents: [{ lotId: a, volume: { value: 1, unit: 'm3' } }, { lotId: b, volume: { value: 1, unit: 'm3' } }] };
      expect((await post('/lots/merge', HOLDS, body).expect(409)).body.error).toBe('merge_mismatch');
      expect(await historyTypes(a)).toEqual(['LotExtracted']);
      const twice = { parents: [{ lotId: a, volume: { value: 1, unit: 'm3' } }, { lotId: a, volume: { value: 1, unit: 'm3' } }] };
      expect(fieldPaths((await post('/lots/merge', HOLDS, twice).expect(400)).body)).toEqual(['parents']);
    });

    it('lets the processor split lots delivered at its facility', async () => {
      const { lotIds } = await deliveredLots(1);
      expect((await post(`/lots/${lotIds[0]}/split`, HOLDS, { children: [{ volume: { value: 1, unit: 'm3' } }] }).expect(403)).body.error).toBe('not_acting_for');
      const response = await post(`/lots/${lotIds[0]}/split`, AT_SAWMILL, { children: [{ volume: { value: 1, unit: 'm3' } }] }).expect(201);
      expect(await lot(response.body.children[0].lotId, AT_SAWMILL)).toMatchObject({ place: { kind: 'facility', facilityId: SAWMILL } });
    });
  });

  describe('regulators holding lots', () => {
    it('immobilises, releases and confiscates, each event with its actor, published for the other contexts', async () => {
      const lotId = await extractedLot();
      expect((await post(`/lots/${lotId}/immobilisation`, HOLDS, { caseRef: 'INF-1', reason: 'x' }).expect(403)).body.error).toBe('role_not_allowed');
      expect(fieldPaths((await post(`/lots/${lotId}/immobilisation`, UCAYALI, { reason: '' }).expect(400)).body)).toEqual(['caseRef', 'reason']);

      const immobilise = { caseRef: 'INF-2026-0100', reason: 'species on the truck differs from the guide' };
      const held = await post(`/lots/${lotId}/immobilisation`, UCAYALI, immobilise, 'hold-1').expect(200);
      expect(held.body).toMatchObject({ status: 'immobilised', hold: { kind: 'immobilised', caseRef: 'INF-2026-0100', authority: 'ARFFS-UCAYALI' } });
      expect((await post(`/lots/${lotId}/immobilisation`, UCAYALI, immobilise, 'hold-1').expect(200)).body).toEqual(held.body);
      expect((await post(`/lots/${lotId}/immobilisation`, SERFOR, { caseRef: 'INF-2026-0999', reason: 'other' }).expect(409)).body.error).toBe('lot_already_immobilised');

      expect((await post(`/lots/${lotId}/release`, LORETO, { caseRef: 'INF-2026-0100' }).expect(403)).body.error).toBe('not_acting_for');
      expect((await post(`/lots/${lotId}/release`, UCAYALI, { caseRef: 'INF-2026-0999' }).expect(409)).body.error).toBe('immobilisation_case_mismatch');
      expect((await post(`/lots/${lotId}/release`, UCAYALI, { caseRef: 'INF-2026-0100' }).expect(200)).body).toMatchObject({ status: 'resting', hold: { kind: 'none' } });
      await post(`/lots/${lotId}/immobilisation`, UCAYALI, { caseRef: 'INF-2026-0101', reason: 'second stop' }).expect(200);
      expect((await post(`/lots/${lotId}/confiscation`, LORETO, { caseRef: 'INF-2026-0101' }).expect(403)).body.error).toBe('not_acting_for');
      expect((await post(`/lots/${lotId}/confiscation`, SERFOR, { caseRef: 'INF-2026-0101' }).expect(200)).body).toMatchObject({ status: 'confiscated' });
      expect((await post(`/lots/${lotId}/release`, SERFOR, { caseRef: 'INF-2026-0101' }).expect(409)).body.error).toBe('lot_confiscated');

      const { history } = await lot(lotId, HOLDS);
      expect(history.map((entry: { type: string; actor: { role: string; organisation: string } }) => [entry.type, entry.actor.role, entry.actor.organisation])).toEqual([
        ['LotExtracted', 'permit_holder', HOLDER],
        ['LotImmobilised', 'regulator', 'ARFFS-UCAYALI'],
        ['LotReleased', 'regulator', 'ARFFS-UCAYALI'],
        ['LotImmobilised', 'regulator', 'ARFFS-UCAYALI'],
        ['LotConfiscated', 'regulator', 'SERFOR'],
      ]);
      await eventually(async () => expect((await publishedOf('LotImmobilised', (data) => data.lotId === lotId)).map((m) => m.data.caseRef)).toEqual(['INF-2026-0100', 'INF-2026-0101']));
      const [confiscated] = await publishedOf('LotConfiscated', (data) => data.lotId === lotId);
      expect(confiscated?.data).toMatchObject({ caseRef: 'INF-2026-0101', authority: 'SERFOR', species: CEDRO, volume: { value: 12.5, unit: 'm3' } });
    });
  });

  describe('transformations recorded by processing', () => {
    it('consumes the inputs and creates the product lots, once however often the message is delivered', async () => {
      const { lotIds } = await deliveredLots(1);
      const input = lotIds[0]!;
      const product = fresh('LOT-P');
      const message: IntegrationMessage<TransformationRecordedV1> = {
        id: randomUUID(),
        type: 'TransformationRecorded',
        version: 1,
        streamId: `processor-${SAWMILL}`,
        metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'raul', role: 'processor', organisation: SAWMILL }, occurredAt: hoursFromNow(0) },
        data: {
          facilityId: SAWMILL,
          transformationId: fresh('TR'),
          at: hoursFromNow(0),
          inputs: [{ lotId: input, species: CEDRO, productType: 'roundwood', volume: { value: 10, unit: 'm3' } }],
          outputs: [{ lotId: product, species: CEDRO, productType: 'sawn_wood', volume: { value: 4, unit: 'm3' }, parents: [{ lotId: input, volume: { value: 10, unit: 'm3' } }] }],
          yields: [],
        },
      };
      await bus().publish([message]);
      await bus().publish([message]);
      await bus().caughtUp();
      expect(await historyTypes(input)).toEqual(['LotExtracted', 'LotDispatched', 'LotDelivered', 'LotConsumed']);
      expect(await lot(input, AT_SAWMILL)).toMatchObject({ volume: { value: 2.5, unit: 'm3' }, consumedBy: [message.data.transformationId] });
      const made = await lot(product, AT_SAWMILL);
      expect(made).toMatchObject({ productType: 'sawn_wood', volume: { value: 4, unit: 'm3' }, place: { kind: 'facility', facilityId: SAWMILL }, parents: [{ lotId: input, volume: { value: 10, unit: 'm3' } }] });
      expect(made.history.map((entry: { type: string }) => entry.type)).toEqual(['ProductLotCreated']);
      const [lineage] = await publishedOf('LotLineageChanged', (data) => data.lotId === product);
      expect(lineage?.data).toMatchObject({ transformationId: message.data.transformationId, parents: [{ lotId: input }], children: [] });
    });
  });

  describe('reading lots and guides', () => {
    it('shows a guide to the parties it names and to regulators only', async () => {
      const number = await issuedGuide([await extractedLot()]);
      for (const who of [HOLDS, AT_SAWMILL, AT_K010, SERFOR]) await get(`/guides/${number}`, who).expect(200);
      for (const who of [OTHER_HOLDS, OTHER_SAWMILL, AT_K999, EXPORTS]) expect((await get(`/guides/${number}`, who).expect(403)).body.error).toBe('not_acting_for');
    });

    it('lists open guides by holder, destination and checkpoint, each caller its own', async () => {
      const number = await issuedGuide([await extractedLot()]);
      const listed = async (who: Who, query: string) => ((await get(`/guides?${query}`, who).expect(200)).body.guides as { number: string }[]).map((guide) => guide.number);
      await eventually(async () => expect(await listed(HOLDS, 'status=open')).toContain(number));
      expect(await listed(SERFOR, `status=open&holderTaxId=${HOLDER}&destinationFacilityId=${SAWMILL}`)).toContain(number);
      expect(await listed(AT_K010, 'checkpoint=UC-CFB-K010')).toContain(number);
      expect(await listed(AT_SAWMILL, 'status=open')).toContain(number);
      expect(await listed(OTHER_HOLDS, 'status=open')).not.toContain(number);
      expect(await listed(EXPORTS, '')).not.toContain(number);
      expect(await listed(SERFOR, 'status=delivered')).not.toContain(number);
      const [guide] = (await get(`/guides?status=open&holderTaxId=${HOLDER}`, SERFOR).expect(200)).body.guides as Body[];
      expect(guide).not.toHaveProperty('parties');
      expect((await get(`/guides?holderTaxId=${HOLDER}`, OTHER_HOLDS).expect(403)).body.error).toBe('not_acting_for');
      expect(fieldPaths((await get('/guides?status=lost', SERFOR).expect(400)).body)).toEqual(['status']);
    });

    it('shows a lot to whoever kept it or had it delivered, and an exporter the lots consigned to it', async () => {
      const lotId = await extractedLot();
      const number = await issuedGuide([lotId], { consignee: { taxId: EXPORTER_RUC, kind: 'exporter', facilityId: EXPORT_YARD }, destination: { facilityId: EXPORT_YARD, position: [-77.13, -12.05] } });
      expect((await get(`/lots/${lotId}`, EXPORTS).expect(403)).body.error).toBe('not_acting_for');
      await post(`/guides/${number}/delivery`, AT_EXPORT_YARD).expect(200);
      for (const who of [HOLDS, AT_EXPORT_YARD, EXPORTS, LORETO]) await get(`/lots/${lotId}`, who).expect(200);
      for (const who of [OTHER_HOLDS, AT_SAWMILL, OTHER_EXPORTS]) expect((await get(`/lots/${lotId}`, who).expect(403)).body.error).toBe('not_acting_for');
      expect((await get(`/lots/${lotId}`, AT_K010).expect(403)).body.error).toBe('role_not_allowed');
    });
  });

  describe('guide expiry', () => {
    it('expires open guides past their expiry and sends their lots back, once however often it sweeps', async () => {
      const lotId = await extractedLot();
      const number = await issuedGuide([lotId], { issuedAt: hoursFromNow(-1), expiresAt: hoursFromNow(6) });
      await eventually(async () => expect(((await get(`/guides?status=open&holderTaxId=${HOLDER}`, SERFOR).expect(200)).body.guides as { number: string }[]).map((g) => g.number)).toContain(number));
      const sweep = app.get(GuideExpirySweep);
      expect(await sweep.sweep(new Date())).not.toContain(number);
      const later = new Date(Date.now() + 7 * 3_600_000);
      expect(await sweep.sweep(later)).toContain(number);
      await sweep.sweep(later);
      expect((await get(`/guides/${number}`, HOLDS).expect(200)).body).toMatchObject({ status: 'expired', closure: { status: 'expired', by: { role: 'system' } } });
      const { history } = await lot(lotId);
      expect(history.map((entry: { type: string }) => entry.type)).toEqual(['LotExtracted', 'LotDispatched', 'LotReleasedFromGuide']);
      expect(history[2].data).toMatchObject({ guideNumber: number, reason: 'guide_expired' });
    });
  });
});

describeWithServer(POSTGRES, 'lots and guides on Postgres', (url) => {
  const suite = suiteApp(url);
  const custody = custodyClient(suite.app);

  beforeAll(() => custody.signTokens(suite.dataDir()));

  it('takes a lot from extraction through a guide to the sawmill', async () => {
    const lotId = await custody.extractedLot();
    const number = await custody.issuedGuide([lotId]);
    await eventually(async () => expect(((await custody.get('/guides?status=open', HOLDS).expect(200)).body.guides as { number: string }[]).map((g) => g.number)).toContain(number));
    await custody.post(`/guides/${number}/delivery`, AT_SAWMILL).expect(200);
    expect(await custody.historyTypes(lotId)).toEqual(['LotExtracted', 'LotDispatched', 'LotDelivered']);
    expect((await custody.get(`/guides/${number}`, AT_SAWMILL).expect(200)).body.status).toBe('delivered');
  }, 30_000);

  it('refuses with 400 expired_before_recording a guide whose expiry had passed before it is recorded, dispatching nothing', async () => {
    await refusesAGuideExpiredBeforeItIsRecorded(custody);
  }, 30_000);

  it('refuses a guide expiring at the instant it is recorded, and issues one expiring a millisecond later', async () => {
    await refusesAGuideExpiringAsItIsRecorded(custody);
  }, 30_000);
});
