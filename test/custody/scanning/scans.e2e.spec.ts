import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { ShipmentFlaggedV1, ShipmentScannedV1 } from '#custody/integration';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { HarvestPlanApprovedV1, PermitStandingChangedV1 } from '#harvest/integration';
import { type IntegrationEvent, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { ProcessorStandingChangedV1 } from '#processing/integration';
import { cubicMetres, type EventToAppend, loadCaseId, type Position, StreamNotFound } from '#shared-kernel';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { tokenCommand } from '../../../apps/standalone/src/token/token-command.js';
import type { IssuedGuide } from '../../../libs/custody/src/domain/guide.js';
import { type ListedPiece, listedPiece } from '../../../libs/custody/src/domain/piece-list.js';
import { standaloneTestApp } from '../../standalone/standalone-test-app.js';
import { tempDataDir } from '../../standalone/temp-data-dir.js';
import { unresolvedRefs } from '../../standalone/unresolved-refs.js';
import { suiteApp } from '../../standalone/suite-app.js';

// Guides to scan are appended straight to the app's store (lots extracted and dispatched, then the guide issued),
// and the origin's standing is published on the bus as harvest and processing would.

const TORNILLO = 'Cedrelinga cateniformis';
const CAPIRONA = 'Calycophyllum spruceanum';
const CEDRO = 'Cedrela odorata';
const HOLDER = '20123456789';
const CONSIGNEE = '20600000014';
const DRIVER = '44556677';

const K010 = 'UC-CFB-K010';
const K034 = 'UC-CFB-K034';
const K060 = 'UC-CFB-K060';
const INAPARI = 'MD-IOS-K000';
/** Positions as the checkpoints catalogue registers them. */
const AT: Record<string, Position> = {
  [K010]: [-74.611826, -8.393874],
  [K034]: [-74.804721, -8.476138],
  [K060]: [-74.963917, -8.637452],
  [INAPARI]: [-69.578903, -10.948617],
};

type Who = readonly [role: string, organisation: string];
const operatorAt = (checkpoint: string): Who => ['checkpoint_operator', checkpoint];
const UCAYALI: Who = ['regulator', 'ARFFS-UCAYALI'];
const LORETO: Who = ['regulator', 'ARFFS-LORETO'];
const SERFOR: Who = ['regulator', 'SERFOR'];

/** Guides leave eight hours before the suite starts, so every scan is observed in the past. */
const DEPARTURE = Date.now() - 8 * 3_600_000;
const minutesAfterDeparture = (minutes: number) => new Date(DEPARTURE + minutes * 60_000).toISOString();
const YEAR = new Date(DEPARTURE).getUTCFullYear();
const VALIDITY = { from: `${YEAR - 1}-01-01`, to: `${YEAR + 1}-12-31` };

const line = (scientificName: string, pieces: number, m3: number) => ({ scientificName, pieces, volume: { value: m3, unit: 'm3' } });
const DECLARED = [line(TORNILLO, 12, 20), line(CAPIRONA, 5, 8)];

const metadata = (occurredAt: string) => ({
  correlationId: randomUUID(),
  causationId: randomUUID(),
  actor: { id: 'clerk', role: 'permit_holder', organisation: HOLDER },
  occurredAt,
});
const event = (type: string, data: object, occurredAt = minutesAfterDeparture(0)): EventToAppend => ({ id: randomUUID(), type, data, metadata: metadata(occurredAt) });
const message = <E extends IntegrationEvent>(streamId: string, published: E): IntegrationMessage<E> => ({ ...published, id: randomUUID(), streamId, metadata: metadata(minutesAfterDeparture(0)) });

/** One guide's world: its permit and plan, its destination, its lots and the guide itself. */
interface Shipment {
  readonly id: string;
  readonly guideNumber: string;
  readonly permitId: string;
  readonly plate: string;
  readonly lots: readonly string[];
  readonly facilityId: string;
}

interface ShipmentOptions {
  readonly issuedAt?: string;
  readonly expiresAt?: string;
  readonly plate?: string;
  readonly origin?: Position;
  readonly destination?: Position;
  readonly trajectory?: IssuedGuide['trajectory'];
  /** Each line's logs, by code. */
  readonly pieceLists?: readonly (readonly ListedPiece[])[];
}

const UCAYALI_ROUTE: IssuedGuide['trajectory'] = {
  checkpoints: [
    { code: K010, position: AT[K010]!, mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 },
    { code: K034, position: AT[K034]!, mandatory: false, earliestArrivalMinutes: 30, latestArrivalMinutes: 240 },
    { code: K060, position: AT[K060]!, mandatory: true, earliestArrivalMinutes: 60, latestArrivalMinutes: 360 },
  ],
};

function client(app: () => INestApplication, dataDir: () => string) {
  const tokens = new Map<string, Promise<string>>();
  const bearer = ([role, org]: Who) => {
    const key = `${role}/${org}`;
    if (!tokens.has(key)) tokens.set(key, tokenCommand(['--role', role, '--org', org, '--sub', `${role}-of-${org}`], { DATA_DIR: dataDir() }));
    return tokens.get(key)!;
  };
  const http = () => request(app().getHttpServer());
  return {
    http,
    post: async (path: string, who: Who, body: object, status: number) => http().post(path).auth(await bearer(who), { type: 'bearer' }).send(body).expect(status),
    get: async (path: string, who: Who, status: number) => http().get(path).auth(await bearer(who), { type: 'bearer' }).expect(status),
  };
}

function world(app: () => INestApplication) {
  const store = () => app().get<EventStore>(EVENT_STORE);
  const bus = () => app().get<MessageBus>(MESSAGE_BUS);

  const streamOf = async (streamId: string) => {
    try {
      return await store().readStream(streamId);
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  };

  /** A permit active with a plan for tornillo and capirona, a sawmill authorised to receive, two dispatched lots and the guide. */
  async function shipment(options: ShipmentOptions = {}): Promise<Shipment> {
    const id = randomUUID().slice(0, 8).toUpperCase();
    const permitId = `25-UCA/C-${id}`;
    const guideNumber = `GTF-${id}`;
    const facilityId = `CTP-${id}`;
    const plate = options.plate ?? `P${id.slice(0, 5)}`;
    const lots = [`LOT-${id}-1`, `LOT-${id}-2`];
    const issuedAt = options.issuedAt ?? minutesAfterDeparture(0);
    await bus().publish([
      message<PermitStandingChangedV1>(`permit-${permitId}`, {
        type: 'PermitStandingChanged',
        version: 1,
        data: { permitId, status: 'active', reason: 'registered', authority: 'ARFFS-UCAYALI', at: VALIDITY.from },
      }),
      message<HarvestPlanApprovedV1>(`permit-${permitId}`, {
        type: 'HarvestPlanApproved',
        version: 1,
        data: { permitId, planId: 'POA-1', validity: VALIDITY, species: [{ species: TORNILLO, authorised: cubicMetres(500) }, { species: CAPIRONA, authorised: cubicMetres(200) }] },
      }),
      message<ProcessorStandingChangedV1>(`processor-${facilityId}`, {
        type: 'ProcessorStandingChanged',
        version: 1,
        data: { facilityId, holderTaxId: CONSIGNEE, kind: 'sawmill', standing: 'authorised', validity: { from: VALIDITY.from, until: VALIDITY.to }, authority: 'ARFFS-UCAYALI', at: VALIDITY.from },
      }),
    ]);
    await bus().caughtUp();
    const species = [TORNILLO, CAPIRONA];
    const volumes = [20, 8];
    for (const [index, lotId] of lots.entries()) {
      const volume = cubicMetres(volumes[index]!);
      await store().append(
        `lot-${lotId}`,
        [
          event('LotExtracted', {
            lotId,
            permitId,
            planId: 'POA-1',
            holderTaxId: HOLDER,
            species: species[index],
            productType: 'roundwood',
            volume,
            pieces: [12, 5][index],
            harvestDate: VALIDITY.from,
            geolocation: { type: 'Point', coordinates: [-74.553889, -8.379167] },
          }),
          event('LotDispatched', { lotId, guideNumber, species: species[index], productType: 'roundwood', volume, from: { kind: 'holder', holderTaxId: HOLDER }, at: issuedAt }),
        ],
        'no_stream',
      );
    }
    const guide: IssuedGuide = {
      number: guideNumber,
      registrationNumber: `REG-${id}`,
      authority: 'ARFFS-UCAYALI',
      issuerTaxId: HOLDER,
      holderTaxId: HOLDER,
      ownerTaxId: HOLDER,
      origin: { kind: 'permit', permitId, planId: 'POA-1', position: options.origin ?? [-74.553889, -8.379167] },
      consignee: { taxId: CONSIGNEE, kind: 'processor', facilityId },
      destination: { facilityId, position: options.destination ?? [-75.04, -8.81] },
      vehiclePlates: [plate],
      driver: { id: DRIVER, licence: `Q${DRIVER}` },
      lines: lots.map((lotId, index) => ({
        lotId,
        scientificName: species[index]!,
        commonName: ['tornillo', 'capirona'][index]!,
        productType: 'roundwood',
        volume: cubicMetres(volumes[index]!),
        pieces: [12, 5][index]!,
        ...(options.pieceLists ? { pieceList: options.pieceLists[index]! } : {}),
      })),
      issuedAt,
      expiresAt: options.expiresAt ?? new Date(DEPARTURE + 3 * 86_400_000).toISOString(),
      trajectory: options.trajectory ?? UCAYALI_ROUTE,
    };
    await store().append(`guide-${guideNumber}`, [event('GuideIssued', guide, issuedAt)], 'no_stream');
    return { id, guideNumber, permitId, plate, lots, facilityId };
  }

  const scansOn = async (guideNumber: string) => (await streamOf(`guide-${guideNumber}`)).filter((recorded) => recorded.type === 'ShipmentScanned');
  const lotEvents = async (lotId: string, type: string) => (await streamOf(`lot-${lotId}`)).filter((recorded) => recorded.type === type);

  return { store, bus, shipment, scansOn, lotEvents };
}

/** A scan at a checkpoint of the shipment carrying what its guide declares, an hour after departure at km 10. */
const scanOf = (shipment: Shipment, changes: Record<string, unknown> = {}) => {
  const checkpoint = (changes.checkpoint as string | undefined) ?? K010;
  const { checkpoint: _checkpoint, ...rest } = changes;
  return {
    scanId: randomUUID(),
    guideNumber: shipment.guideNumber,
    plate: shipment.plate,
    driverId: DRIVER,
    observedLines: DECLARED,
    observedAt: minutesAfterDeparture(60),
    position: AT[checkpoint],
    ...rest,
  };
};

const fieldPaths = (body: { details: { fields: { path: string }[] } }) => body.details.fields.map((field) => field.path).sort();

/** Twelve tornillo logs of 1.667 m³ and five capirona logs of 1.6 m³, coded by line: what the guide declares. */
const log = (diameter: number) => ({ shape: 'log' as const, largeEndDiameterM: diameter, smallEndDiameterM: diameter, lengthM: 5 });
const PIECE_LISTS = [Array.from({ length: 12 }, (_, index) => listedPiece(`T-${index + 1}`, log(0.6515))), Array.from({ length: 5 }, (_, index) => listedPiece(`C-${index + 1}`, log(0.6383)))];

type Client = ReturnType<typeof client>;
type World = ReturnType<typeof world>;

/**
 * A checkpoint checks pieces by code: one the guide's piece lists do not hold is an undeclared piece and immobilises the
 * load, and is seized by its code as a lot of the species identified, in the authority's custody under the load's case.
 */
async function undeclaredPiece({ post, get }: Pick<Client, 'post' | 'get'>, { shipment }: Pick<World, 'shipment'>): Promise<void> {
  const load = await shipment({ pieceLists: PIECE_LISTS });
  const checkedPieces = [{ code: 'T-1', scientificName: TORNILLO, dimensions: log(0.65) }, { code: 'C-3' }, { code: 'T-99', scientificName: TORNILLO, dimensions: log(0.7) }];
  const { body: answer } = await post(`/checkpoints/${K010}/scans`, operatorAt(K010), scanOf(load, { checkedPieces }), 201);
  expect(answer).toMatchObject({ verdict: 'immobilise', failed: ['PIECES_MATCH'] });
  expect(answer.failedChecks).toEqual([expect.objectContaining({ rule: 'PIECES_MATCH', observed: { checked: 3, undeclared: ['T-99'], otherSpecies: [], larger: [], smaller: [] } })]);
  // The load carries what its guide declares by species: only the piece not listed is seized, 0.7854 × 0.7² × 5 m³.
  const seized = { species: TORNILLO, pieces: 1, volume: { value: 1.924, unit: 'm3' }, basis: 'pieces_not_listed', seizedPieces: [{ code: 'T-99', dimensions: log(0.7) }] };
  expect(answer.seized).toEqual([{ lotId: expect.any(String), ...seized }]);
  const { lotId } = answer.seized[0];
  const { body: view } = await get(`/guides/${load.guideNumber}`, UCAYALI, 200);
  expect(view.scans[0].checkedPieces).toEqual(checkedPieces);
  expect(view.scans[0].seized).toEqual([{ lotId, ...seized }]);
  const caseRef = loadCaseId(load.guideNumber);
  await eventually(async () => {
    const { body: lot } = await get(`/lots/${lotId}`, UCAYALI, 200);
    expect(lot).toMatchObject({
      lotId,
      species: TORNILLO,
      productType: 'roundwood',
      volume: { value: 1.924, unit: 'm3' },
      status: 'immobilised',
      place: { kind: 'authority', authority: answer.authority, checkpoint: K010 },
      hold: { kind: 'immobilised', caseRef, authority: answer.authority },
      seizedPieces: [{ code: 'T-99', dimensions: log(0.7) }],
    });
    expect(lot.history.map((entry: { type: string }) => entry.type)).toEqual(['LotSeized', 'LotImmobilised']);
    expect(lot.history[0].data).toMatchObject({ caseRef, scanId: answer.scanId, pieces: 1, basis: 'pieces_not_listed' });
  });
}

/**
 * Km 60, then km 34, then km 10 upload their offline scans of one legal trip: each upload is judged on the places
 * seen before it and revises the verdicts after it; once km 10 arrives no verdict holds the load and the hold is lifted.
 */
async function lastCheckpointFirst({ post, get }: Pick<Client, 'post' | 'get'>, { shipment, lotEvents }: Pick<World, 'shipment' | 'lotEvents'>): Promise<void> {
  const load = await shipment();
  const offline = (checkpoint: string, minutes: number) => post(`/checkpoints/${checkpoint}/scans/batch`, operatorAt(checkpoint), { scans: [scanOf(load, { checkpoint, observedAt: minutesAfterDeparture(minutes) })] }, 200);
  const atKm60 = (await offline(K060, 180)).body.results[0].scan;
  expect(atKm60).toMatchObject({ verdict: 'immobilise', failed: ['SKIPPED_CHECKPOINT'] });
  // Km 34 is judged on the departure alone, so it is km 34 that passed km 10 unscanned, and km 60 is revised to cleared.
  const atKm34 = (await offline(K034, 100)).body.results[0].scan;
  expect(atKm34).toMatchObject({ verdict: 'immobilise', failed: ['SKIPPED_CHECKPOINT'] });
  await eventually(async () => expect(await lotEvents(load.lots[0]!, 'LotImmobilised')).toHaveLength(1));

  const atKm10 = (await offline(K010, 60)).body.results[0].scan;
  expect(atKm10).toMatchObject({ verdict: 'cleared', revised: [{ scanId: atKm34.scanId, checkpoint: K034, previous: 'immobilise', verdict: 'cleared' }] });
  const { body: view } = await get(`/guides/${load.guideNumber}`, UCAYALI, 200);
  expect(view.scans.map((seen: { checkpoint: string; verdict: { decision: string } }) => [seen.checkpoint, seen.verdict.decision])).toEqual([
    [K010, 'cleared'],
    [K034, 'cleared'],
    [K060, 'cleared'],
  ]);
  const revisionsOf = (scanId: string) => view.scans.find((seen: { scanId: string }) => seen.scanId === scanId).revisions;
  const clearedBy = (late: { scanId: string; checkpoint: string; observedAt: string }) =>
    expect.objectContaining({
      previous: { decision: 'immobilise', failed: ['SKIPPED_CHECKPOINT'], warnings: [] },
      verdict: { decision: 'cleared', failed: [], warnings: [] },
      reason: { scanId: late.scanId, checkpoint: late.checkpoint, observedAt: late.observedAt },
      by: expect.objectContaining({ organisation: late.checkpoint }),
    });
  expect(revisionsOf(atKm60.scanId)).toEqual([clearedBy(atKm34)]);
  expect(revisionsOf(atKm34.scanId)).toEqual([clearedBy(atKm10)]);
  expect(revisionsOf(atKm10.scanId)).toEqual([]);
  for (const lotId of load.lots) {
    await eventually(async () => expect((await lotEvents(lotId, 'LotReleased')).map((recorded) => recorded.data)).toEqual([expect.objectContaining({ caseRef: loadCaseId(load.guideNumber) })]));
  }
  // The case both flags opened keeps their findings, each marked withdrawn by the scan that cleared it.
  await eventually(async () => {
    const { body: file } = await get(`/cases/${loadCaseId(load.guideNumber)}`, UCAYALI, 200);
    expect(file.withdrawnScans).toEqual([
      expect.objectContaining({ scanId: atKm60.scanId, revisedBy: expect.objectContaining({ scanId: atKm34.scanId }), verdict: 'cleared' }),
      expect.objectContaining({ scanId: atKm34.scanId, revisedBy: expect.objectContaining({ scanId: atKm10.scanId }), verdict: 'cleared' }),
    ]);
    // Both scans' findings stay in the file, but neither suggests a conduct any more.
    expect(file.findings.map((finding: { rule: string }) => finding.rule)).toContain('SKIPPED_CHECKPOINT');
    expect(file.suggestedConducts).toEqual([]);
  });
}

/** An instant `minutes` ago as reference dates are written: Peru time, without an offset. */
const peruTimeAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000 - 5 * 3_600_000).toISOString().slice(0, 19);

/**
 * SERFOR publishes scan rules that make a skipped mandatory checkpoint an observation from twenty minutes ago: a load
 * that passed km 10 unscanned immobilises before, and after is only observed, its scan citing the version. A check no
 * version knows, an outcome other than failure or warning, and a guide made optional are refused with their paths.
 */
async function publishedObservation({ post, get }: Pick<Client, 'post' | 'get'>, { shipment }: Pick<World, 'shipment'>): Promise<void> {
  const { body: current } = await get('/reference/scan-rules', SERFOR, 200);
  const version = current.version + 1;
  const entries = (current.entries as { rule: string; value: unknown }[]).map(({ rule, value }) => ({ rule, value: rule === 'SKIPPED_CHECKPOINT' ? 'warning' : value }));
  const body = { version, effectiveFrom: peruTimeAgo(20), note: 'a skipped checkpoint is an observation', entries };
  const index = (rule: string) => entries.findIndex((entry) => entry.rule === rule);
  const setting = (changes: Record<string, unknown>) => entries.map((entry) => (entry.rule in changes ? { ...entry, value: changes[entry.rule] } : entry));

  const malformed = await post('/reference/scan-rules/versions', SERFOR, { ...body, entries: [...setting({ VEHICLE_MATCH: 'ignore' }), { rule: 'PLATE_COLOUR', value: 'failure' }] }, 400);
  expect(malformed.body.error).toBe('validation_failed');
  expect(fieldPaths(malformed.body)).toEqual([`entries.${entries.length}.rule`, `entries.${index('VEHICLE_MATCH')}.value`].sort());
  const refused = await post('/reference/scan-rules/versions', SERFOR, { ...body, entries: setting({ GUIDE_VALID: 'warning', CORRIDOR: 5 }) }, 400);
  expect(refused.body).toMatchObject({ error: 'invalid_reference_entries' });
  expect(fieldPaths(refused.body)).toEqual([`entries.${index('GUIDE_VALID')}.value`, `entries.${index('CORRIDOR')}.value`].sort());
  await post('/reference/scan-rules/versions', SERFOR, body, 201);

  const skippingKm10 = async (minutesAgo: number) => {
    const load = await shipment({ issuedAt: new Date(Date.now() - 200 * 60_000).toISOString() });
    const observedAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const { body: answer } = await post(`/checkpoints/${K060}/scans`, operatorAt(K060), scanOf(load, { checkpoint: K060, observedAt }), 201);
    const { body: view } = await get(`/guides/${load.guideNumber}`, UCAYALI, 200);
    return { answer, scanned: view.scans[0] };
  };
  const before = await skippingKm10(25);
  expect(before.answer).toMatchObject({ verdict: 'immobilise', failed: ['SKIPPED_CHECKPOINT'] });
  expect(before.scanned).toMatchObject({ rulesVersion: version - 1 });
  expect(before.scanned.thresholds.failingAsWarning).not.toContain('SKIPPED_CHECKPOINT');

  const after = await skippingKm10(5);
  expect(after.answer).toMatchObject({ verdict: 'observations', failed: [], warnings: ['SKIPPED_CHECKPOINT'], failedChecks: [] });
  const skipped = { rule: 'SKIPPED_CHECKPOINT', outcome: 'warning', observed: [K010], downgradedBy: { rulesVersion: version } };
  expect(after.answer.results).toContainEqual(expect.objectContaining(skipped));
  expect(after.scanned).toMatchObject({ rulesVersion: version, verdict: { decision: 'observations' }, thresholds: { failingAsWarning: expect.arrayContaining(['SKIPPED_CHECKPOINT']) } });
  expect(after.scanned.results).toContainEqual(expect.objectContaining(skipped));
}

describe('checkpoint scans through the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const { http, post, get } = client(
    () => app,
    () => dataDir.path,
  );
  const { store, bus, shipment, scansOn, lotEvents } = world(() => app);
  const published: IntegrationMessage<ShipmentScannedV1 | ShipmentFlaggedV1>[] = [];
  const publishedFor = (scanId: string) => published.filter((message) => message.data.scanId === scanId);

  const scan = (checkpoint: string, body: object, status = 201) => post(`/checkpoints/${checkpoint}/scans`, operatorAt(checkpoint), body, status);

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path);
    bus().consume<ShipmentScannedV1 | ShipmentFlaggedV1>({
      name: 'test.scan-observer',
      types: ['ShipmentScanned', 'ShipmentFlagged'],
      handle: async (received) => void published.push(received),
    });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  describe('judging a scan', () => {
    it('clears a load that matches its guide, on its route, in time, records it on the lots and publishes it', async () => {
      const load = await shipment();
      const body = scanOf(load);
      const { body: answer } = await scan(K010, body);
      expect(answer).toMatchObject({ scanId: body.scanId, guideNumber: load.guideNumber, checkpoint: K010, authority: 'ARFFS-UCAYALI', verdict: 'cleared', failed: [], warnings: [], failedChecks: [] });
      expect(answer.observedAt).toBe(body.observedAt);
      expect(Date.parse(answer.recordedAt)).toBeGreaterThan(Date.parse(body.observedAt));
      const rules = (answer.results as { rule: string; outcome: string }[]).map((result) => result.rule);
      expect(rules).toEqual(expect.arrayContaining(['GUIDE_VALID', 'TIME_WINDOW', 'TRAJECTORY_ORDER', 'CORRIDOR', 'SPECIES_MATCH', 'VOLUME_MATCH', 'ORIGIN_STANDING', 'ORIGIN_QUOTA', 'DESTINATION']));
      expect((answer.results as { outcome: string }[]).every((result) => result.outcome === 'pass')).toBe(true);
      for (const lotId of load.lots) {
        await eventually(async () => expect((await lotEvents(lotId, 'LotScanned')).map((recorded) => recorded.data)).toEqual([expect.objectContaining({ guideNumber: load.guideNumber, checkpoint: K010, verdict: 'pass' })]));
      }
      await eventually(async () => expect(publishedFor(body.scanId).map((received) => [received.type, received.version])).toEqual([['ShipmentScanned', 1]]));
      expect(publishedFor(body.scanId)[0]!.data).toMatchObject({ verdict: 'cleared', failedRules: [], warningRules: [] });
    });

    it('names the lots it saw on the recorded scan, and still carries to the lots a scan recorded before it named them', async () => {
      const load = await shipment();
      await scan(K010, scanOf(load));
      const [recorded] = await scansOn(load.guideNumber);
      expect(recorded!.data).toMatchObject({ lotIds: load.lots });
      // As scans were recorded before they named their lots: the lots' process finds them on the guide.
      const { lotIds: _lotIds, ...unnamed } = recorded!.data as Record<string, unknown>;
      await store().append(`guide-${load.guideNumber}`, [event('ShipmentScanned', { ...unnamed, scanId: randomUUID() }, minutesAfterDeparture(70))], recorded!.streamPosition);
      for (const lotId of load.lots) await eventually(async () => expect(await lotEvents(lotId, 'LotScanned')).toHaveLength(2));
    });

    it('fails cedro carried under a guide for cheaper species, immobilises the lots and flags the shipment', async () => {
      const load = await shipment();
      const body = scanOf(load, { observedLines: [line(CEDRO, 12, 20), line(CAPIRONA, 5, 8)] });
      const { body: answer } = await scan(K010, body);
      expect(answer.verdict).toBe('immobilise');
      expect(answer.failed).toEqual(['SPECIES_MATCH', 'ORIGIN_QUOTA', 'CITES_PERMIT']);
      const species = (answer.failedChecks as { rule: string; message: string }[]).find((check) => check.rule === 'SPECIES_MATCH');
      expect(species?.message).toContain('Cedrela odorata');
      const caseRef = loadCaseId(body.guideNumber);
      for (const lotId of load.lots) {
        await eventually(async () =>
          expect((await lotEvents(lotId, 'LotImmobilised')).map((recorded) => recorded.data)).toEqual([
            expect.objectContaining({ lotId, caseRef, authority: 'ARFFS-UCAYALI', checkpoint: K010, at: body.observedAt }),
          ]),
        );
        expect((await lotEvents(lotId, 'LotScanned')).map((recorded) => (recorded.data as { verdict: string }).verdict)).toEqual(['failure']);
      }
      await eventually(async () => expect(publishedFor(body.scanId).map((received) => received.type)).toEqual(['ShipmentScanned', 'ShipmentFlagged']));
      const flagged = publishedFor(body.scanId)[1] as IntegrationMessage<ShipmentFlaggedV1>;
      expect(flagged.data).toMatchObject({ guideNumber: load.guideNumber, lots: load.lots, holderTaxId: HOLDER, checkpoint: K010, authority: 'ARFFS-UCAYALI', plate: load.plate });
      expect(flagged.data.failedChecks.map((check) => check.rule)).toEqual(['SPECIES_MATCH', 'ORIGIN_QUOTA', 'CITES_PERMIT']);
    });

    it('fails pieces and volume beyond what the guide declares', async () => {
      const load = await shipment();
      const { body: answer } = await scan(K010, scanOf(load, { observedLines: [line(TORNILLO, 16, 25), line(CAPIRONA, 5, 8)] }));
      expect(answer.verdict).toBe('immobilise');
      expect(answer.failed).toEqual(['PIECES_MATCH', 'VOLUME_MATCH']);
    });

    it('records another driver as an observation, and the lots record it as a warning', async () => {
      const load = await shipment();
      const { body: answer } = await scan(K010, scanOf(load, { driverId: '99887766' }));
      expect(answer).toMatchObject({ verdict: 'observations', failed: [], warnings: ['DRIVER_MATCH'] });
      await eventually(async () => expect((await lotEvents(load.lots[0]!, 'LotScanned')).map((recorded) => (recorded.data as { verdict: string }).verdict)).toEqual(['warning']));
      expect(await lotEvents(load.lots[0]!, 'LotImmobilised')).toEqual([]);
    });

    it('judges each scan by the scan rules SERFOR published in force at its observation, and records their version', async () => {
      const { body: shipped } = await get('/reference/scan-rules', UCAYALI, 200);
      expect(shipped).toMatchObject({ version: 2, entries: expect.arrayContaining([expect.objectContaining({ rule: 'DRIVER_MATCH', value: 'warning' })]) });
      // From half an hour ago, another driver fails: every other scan of this suite was observed before.
      const entries = (shipped.entries as { rule: string; value: unknown }[]).map(({ rule, value }) => ({ rule, value: rule === 'DRIVER_MATCH' ? 'failure' : value }));
      await post('/reference/scan-rules/versions', SERFOR, { version: 3, effectiveFrom: peruTimeAgo(30), note: 'another driver immobilises', entries }, 201);

      const before = await shipment();
      const { body: earlier } = await scan(K010, scanOf(before, { driverId: '99887766' }));
      expect(earlier).toMatchObject({ verdict: 'observations', warnings: ['DRIVER_MATCH'] });
      const after = await shipment();
      const { body: later } = await scan(K010, scanOf(after, { driverId: '99887766', observedAt: new Date(Date.now() - 10 * 60_000).toISOString() }));
      expect(later).toMatchObject({ verdict: 'immobilise', failed: ['DRIVER_MATCH'] });
      const rulesOf = async (guideNumber: string) => (await get(`/guides/${guideNumber}`, UCAYALI, 200)).body.scans[0];
      expect(await rulesOf(before.guideNumber)).toMatchObject({ rulesVersion: 2, thresholds: { failingAsWarning: ['DRIVER_MATCH', 'ARRIVAL_WINDOW'] } });
      expect(await rulesOf(after.guideNumber)).toMatchObject({ rulesVersion: 3, thresholds: { failingAsWarning: ['ARRIVAL_WINDOW'] } });
    });

    it('records a failing check as an observation once SERFOR publishes it as a warning, citing that version', async () => {
      await publishedObservation({ post, get }, { shipment });
    });

    it('fails a plate seen minutes earlier at a checkpoint hundreds of km away: a cloned plate', async () => {
      const first = await shipment();
      const second = await shipment({
        plate: first.plate,
        origin: [-69.57, -10.94],
        destination: [-69.19, -12.59],
        trajectory: { checkpoints: [{ code: INAPARI, position: AT[INAPARI]!, mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 600 }] },
      });
      const atKm10 = scanOf(first);
      expect((await scan(K010, atKm10)).body.verdict).toBe('cleared');
      await eventually(async () => expect((await get(`/checkpoints/${K010}/scans?limit=200`, UCAYALI, 200)).body.scans).toContainEqual(expect.objectContaining({ scanId: atKm10.scanId })));
      const { body: answer } = await scan(INAPARI, scanOf(second, { checkpoint: INAPARI, observedAt: minutesAfterDeparture(75) }));
      expect(answer).toMatchObject({ verdict: 'immobilise', failed: ['CLONE_SIGHTING'] });
      expect(answer.failedChecks[0].observed).toMatchObject({ checkpoint: K010, guideNumber: first.guideNumber, plate: first.plate, hours: 0.25 });
    });

    it('fails a piece checked by a code the guide’s piece list does not hold', async () => {
      await undeclaredPiece({ post, get }, { shipment });
    });

    it('fails a load that passed a mandatory checkpoint unscanned', async () => {
      const load = await shipment();
      const { body: answer } = await scan(K060, scanOf(load, { checkpoint: K060, observedAt: minutesAfterDeparture(180) }));
      expect(answer).toMatchObject({ verdict: 'immobilise', failed: ['SKIPPED_CHECKPOINT'] });
      expect(answer.failedChecks[0].observed).toEqual([K010]);
    });

    it('fails a guide whose validity had run out when the load was scanned', async () => {
      const load = await shipment({ issuedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), expiresAt: new Date(Date.now() - 86_400_000).toISOString() });
      const { body: answer } = await scan(K010, scanOf(load, { observedAt: new Date(Date.now() - 600_000).toISOString() }));
      expect(answer.verdict).toBe('immobilise');
      expect(answer.failed).toContain('TIME_WINDOW');
    });

    it('records and fails a scan of a guide number never issued, flagging it without lots', async () => {
      const load = await shipment();
      const forged = `GTF-FORGED-${load.id}`;
      const body = scanOf(load, { guideNumber: forged });
      const { body: answer } = await scan(K010, body);
      expect(answer).toMatchObject({ guideNumber: forged, verdict: 'immobilise', failed: ['GUIDE_VALID'] });
      expect((answer.results as { rule: string }[]).map((result) => result.rule)).toEqual(['GUIDE_VALID', 'CLONE_SIGHTING', 'CITES_PERMIT']);
      expect(await scansOn(forged)).toHaveLength(1);
      await eventually(async () => expect(publishedFor(body.scanId).map((received) => received.type)).toEqual(['ShipmentScanned', 'ShipmentFlagged']));
      expect(publishedFor(body.scanId)[1]!.data).toMatchObject({ guideNumber: forged, lots: [] });
      expect(publishedFor(body.scanId)[1]!.data).not.toHaveProperty('holderTaxId');
    });

    it('judges the permit by its standing when the load was observed: cleared before a suspension, failed after it', async () => {
      const load = await shipment();
      await bus().publish([
        message<PermitStandingChangedV1>(`permit-${load.permitId}`, {
          type: 'PermitStandingChanged',
          version: 1,
          data: { permitId: load.permitId, status: 'suspended', reason: 'PAU en curso', authority: 'OSINFOR', at: minutesAfterDeparture(90) },
        }),
      ]);
      await bus().caughtUp();
      expect((await scan(K010, scanOf(load))).body.verdict).toBe('cleared');
      const { body: answer } = await scan(K060, scanOf(load, { checkpoint: K060, observedAt: minutesAfterDeparture(180) }));
      expect(answer).toMatchObject({ verdict: 'immobilise', failed: ['ORIGIN_STANDING'] });
      expect(answer.failedChecks[0].observed).toEqual({ permitActive: false, planValid: true });
    });

    it('answers a resent scan with the first verdict and records nothing new, whatever the order of its properties', async () => {
      const load = await shipment();
      const body = scanOf(load);
      const first = await scan(K010, body);
      const again = await scan(K010, body);
      expect(again.body).toEqual(first.body);
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      expect((await scan(K010, reordered)).body).toEqual(first.body);
      expect(await scansOn(load.guideNumber)).toHaveLength(1);
    });

    it('refuses the scan id resent with another observation with 409 scan_id_reused, and records nothing of it', async () => {
      const load = await shipment();
      const body = scanOf(load);
      await scan(K010, body);
      const altered = await scan(K010, { ...body, observedLines: [line(CEDRO, 12, 20)] }, 409);
      expect(altered.body).toEqual({
        error: 'scan_id_reused',
        message: `Scan ${body.scanId} was already recorded at checkpoint ${K010} with another observation; a new observation needs a new scan id`,
        details: { scanId: body.scanId, checkpoint: K010 },
      });
      expect(await scansOn(load.guideNumber)).toHaveLength(1);
      // The first observation still answers as it did.
      expect((await scan(K010, body)).body).toMatchObject({ scanId: body.scanId, verdict: 'cleared' });
    });

    it('answers a scan recorded before digests were kept with its verdict, whatever is resent under its id', async () => {
      const load = await shipment();
      const body = scanOf(load);
      const first = await scan(K010, body);
      const [recorded] = await scansOn(load.guideNumber);
      const { requestDigest, ...metadata } = recorded!.metadata;
      expect(requestDigest).toEqual(expect.any(String));
      // The same scan as an older version of the app recorded it, on a guide of its own: no digest in its metadata.
      const older = await shipment();
      const data = { ...(recorded!.data as object), guideNumber: older.guideNumber };
      await store().append(`guide-${older.guideNumber}`, [{ id: randomUUID(), type: 'ShipmentScanned', data, metadata }], 'any');
      const resent = await scan(K010, { ...body, guideNumber: older.guideNumber, observedLines: [line(CEDRO, 12, 20)] });
      expect(resent.body).toEqual({ ...first.body, guideNumber: older.guideNumber });
      expect(await scansOn(older.guideNumber)).toHaveLength(1);
    });
  });

  describe('uploading scans recorded offline', () => {
    it('judges a batch by observation time whatever order it arrives in, answers per scan and the same again on a resend', async () => {
      const load = await shipment();
      // Km 60 was online: without the km 10 scan it could only find the mandatory km 10 skipped.
      const atKm60 = await scan(K060, scanOf(load, { checkpoint: K060, observedAt: minutesAfterDeparture(180) }));
      expect(atKm60.body.failed).toEqual(['SKIPPED_CHECKPOINT']);
      const again = scanOf(load, { observedAt: minutesAfterDeparture(70) });
      const first = scanOf(load, { observedAt: minutesAfterDeparture(60) });
      const malformed = { ...scanOf(load), observedAt: 'yesterday', observedLines: [line(TORNILLO, -1, 20)] };
      const early = scanOf(load, { observedAt: new Date(Date.now() + 3_600_000).toISOString() });
      const batch = { scans: [again, first, malformed, early] };

      const { body } = await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K010), batch, 200);
      expect(body.checkpoint).toBe(K010);
      const [second, firstAnswer, bad, future] = body.results;
      // Sent second, observed first: judged first, on the departure alone, so it is the later one that was scanned again.
      expect(firstAnswer).toMatchObject({ index: 1, path: 'scans.1', outcome: 'judged', scan: { scanId: first.scanId, verdict: 'cleared' } });
      const order = (firstAnswer.scan.results as { rule: string; expected: unknown }[]).find((result) => result.rule === 'TRAJECTORY_ORDER');
      expect(order?.expected).toEqual({ after: load.permitId });
      expect(second).toMatchObject({ index: 0, path: 'scans.0', outcome: 'judged', scan: { scanId: again.scanId, verdict: 'observations', warnings: ['TRAJECTORY_ORDER'] } });
      expect(bad).toMatchObject({ index: 2, path: 'scans.2', outcome: 'refused', refusal: { error: 'validation_failed' } });
      expect(fieldPaths(bad.refusal)).toEqual(['scans.2.observedAt', 'scans.2.observedLines.0.pieces']);
      expect(future).toMatchObject({ index: 3, outcome: 'refused', refusal: { error: 'validation_failed' } });
      expect(fieldPaths(future.refusal)).toEqual(['scans.3.observedAt']);

      const recorded = await scansOn(load.guideNumber);
      expect(recorded.map((scanned) => (scanned.data as { scanId: string }).scanId)).toEqual([atKm60.body.scanId, first.scanId, again.scanId]);
      expect(recorded.every((scanned) => Date.parse((scanned.data as { recordedAt: string }).recordedAt) > Date.parse(minutesAfterDeparture(180)))).toBe(true);

      const resent = await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K010), batch, 200);
      expect(resent.body.results.slice(0, 3)).toEqual(body.results.slice(0, 3));
      expect(await scansOn(load.guideNumber)).toHaveLength(3);
    });

    it('ends a trip uploaded last checkpoint first as if it had arrived in observation order: the later verdicts are revised and the hold lifted', async () => {
      await lastCheckpointFirst({ post, get }, { shipment, lotEvents });
    });

    it('refuses, scan by scan, a scan id sent again with another observation, within the batch or after a scan sent alone', async () => {
      const load = await shipment();
      const alone = scanOf(load, { observedAt: minutesAfterDeparture(50) });
      await scan(K010, alone);
      const twice = scanOf(load, { observedAt: minutesAfterDeparture(60) });
      const batch = { scans: [twice, { ...twice, observedLines: [line(CEDRO, 12, 20)] }, { ...alone, plate: 'ZZZ-999' }, alone] };
      const { body } = await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K010), batch, 200);
      const outcomes = (body.results as { outcome: string; refusal?: { error: string } }[]).map((result) => result.refusal?.error ?? result.outcome);
      expect(outcomes).toEqual(['judged', 'scan_id_reused', 'scan_id_reused', 'judged']);
      expect((await scansOn(load.guideNumber)).map((scanned) => (scanned.data as { scanId: string }).scanId)).toEqual([alone.scanId, twice.scanId]);
    });

    it('refuses a batch that is empty, too long or not made of scans', async () => {
      const empty = await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K010), { scans: [] }, 400);
      expect(fieldPaths(empty.body)).toEqual(['scans']);
      const load = await shipment();
      // Full scans, so the body (about 200 kB) is over the body parser's default limit and reaches validation.
      const tooMany = await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K010), { scans: Array.from({ length: 501 }, () => scanOf(load)) }, 400);
      expect(fieldPaths(tooMany.body)).toEqual(['scans']);
      const numbers = await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K010), { scans: [scanOf(load), 7] }, 400);
      expect(fieldPaths(numbers.body)).toEqual(['scans.1']);
      expect(await scansOn(load.guideNumber)).toEqual([]);
    });
  });

  describe('recent scans at a checkpoint', () => {
    it('lists them newest observation first, to the checkpoint’s operator and its authority', async () => {
      const load = await shipment({ trajectory: { checkpoints: [{ code: K034, position: AT[K034]!, mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 600 }] } });
      // Observed after every other suite scan at km 34, so the latest one listed is this guide's.
      const later = scanOf(load, { checkpoint: K034, observedAt: minutesAfterDeparture(410) });
      const earlier = scanOf(load, { checkpoint: K034, observedAt: minutesAfterDeparture(380) });
      await scan(K034, later);
      await scan(K034, earlier);
      const listed = async (who: Who, query = '') => (await get(`/checkpoints/${K034}/scans${query}`, who, 200)).body;
      const ofThisGuide = (rows: { scanId: string; guideNumber: string }[]) => rows.filter((row) => row.guideNumber === load.guideNumber).map((row) => row.scanId);
      await eventually(async () => expect(ofThisGuide((await listed(operatorAt(K034))).scans)).toEqual([later.scanId, earlier.scanId]));
      const latest = await listed(UCAYALI, '?limit=1');
      expect(latest).toEqual({
        checkpoint: K034,
        authority: 'ARFFS-UCAYALI',
        scans: [{ scanId: later.scanId, guideNumber: load.guideNumber, plate: load.plate, driverId: DRIVER, observedAt: later.observedAt, recordedAt: expect.any(String), verdict: 'cleared', failed: [], warnings: [] }],
      });
      await listed(SERFOR);
      expect((await get(`/checkpoints/${K034}/scans`, LORETO, 403)).body.error).toBe('not_acting_for');
      expect((await get(`/checkpoints/${K034}/scans`, operatorAt(K010), 403)).body.error).toBe('not_acting_for');
      expect(fieldPaths((await get(`/checkpoints/${K034}/scans?limit=0`, UCAYALI, 400)).body)).toEqual(['limit']);
      expect((await get('/checkpoints/UC-NOWHERE-K1/scans', UCAYALI, 404)).body.error).toBe('checkpoint_not_found');
    });
  });

  describe('who may scan, and what is refused', () => {
    it('lets only the operator of the checkpoint scan there', async () => {
      const load = await shipment();
      const elsewhere = await post(`/checkpoints/${K010}/scans`, operatorAt(K060), scanOf(load), 403);
      expect(elsewhere.body).toMatchObject({ error: 'not_acting_for', details: { actor: { role: 'checkpoint_operator', organisation: K060 } } });
      await post(`/checkpoints/${K010}/scans/batch`, operatorAt(K060), { scans: [scanOf(load)] }, 403);
      expect((await post(`/checkpoints/${K010}/scans`, UCAYALI, scanOf(load), 403)).body.error).toBe('role_not_allowed');
      expect(await scansOn(load.guideNumber)).toEqual([]);
    });

    it('answers a malformed scan with 400 and the path of every bad field, recording nothing', async () => {
      const load = await shipment();
      const body = {
        ...scanOf(load),
        scanId: 'scan 1',
        plate: '',
        observedLines: [{ scientificName: 'cedro', pieces: 1.5, volume: { value: -1, unit: 'litres' } }],
        scaleWeightKg: 0,
        observedAt: '2026-02-30T07:00:00-05:00',
        position: [-200, -8.3],
        note: 'extra',
      };
      const response = await scan(K010, body, 400);
      expect(response.body.error).toBe('validation_failed');
      expect(fieldPaths(response.body)).toEqual([
        'note',
        'observedAt',
        'observedLines.0.pieces',
        'observedLines.0.scientificName',
        'observedLines.0.volume.unit',
        'observedLines.0.volume.value',
        'plate',
        'position',
        'scaleWeightKg',
        'scanId',
      ]);
      const missing = await scan(K010, {}, 400);
      expect(fieldPaths(missing.body)).toEqual(['driverId', 'guideNumber', 'observedAt', 'observedLines', 'plate', 'position', 'scanId']);
      const future = await scan(K010, scanOf(load, { observedAt: new Date(Date.now() + 3_600_000).toISOString() }), 400);
      expect(fieldPaths(future.body)).toEqual(['observedAt']);
      expect(await scansOn(load.guideNumber)).toEqual([]);
    });

    it('answers 404 at a checkpoint the catalogue does not have', async () => {
      const load = await shipment();
      const response = await post('/checkpoints/UC-NOWHERE-K1/scans', operatorAt('UC-NOWHERE-K1'), scanOf(load), 404);
      expect(response.body).toMatchObject({ error: 'checkpoint_not_found', details: { code: 'UC-NOWHERE-K1' } });
      expect(await scansOn(load.guideNumber)).toEqual([]);
    });
  });

  it('documents the scan endpoints in the OpenAPI document', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    expect(document.paths['/checkpoints/{code}/scans'].post['x-roles']).toEqual(['checkpoint_operator']);
    expect(document.paths['/checkpoints/{code}/scans/batch'].post['x-roles']).toEqual(['checkpoint_operator']);
    expect(document.paths['/checkpoints/{code}/scans'].get['x-roles']).toEqual(['checkpoint_operator', 'regulator']);
    expect(unresolvedRefs(document)).toEqual([]);
  });
});

describeWithServer(POSTGRES, 'checkpoint scans on a real Postgres', (url) => {
  const suite = suiteApp(url);
  const { post, get } = client(suite.app, suite.dataDir);
  const { shipment, lotEvents } = world(suite.app);

  it('clears a clean scan, records it on the lots and lists it at the checkpoint', async () => {
    const load = await shipment();
    const body = scanOf(load);
    const { body: answer } = await post(`/checkpoints/${K010}/scans`, operatorAt(K010), body, 201);
    expect(answer).toMatchObject({ verdict: 'cleared', failed: [], warnings: [] });
    await eventually(async () => expect((await get(`/checkpoints/${K010}/scans`, operatorAt(K010), 200)).body.scans).toContainEqual(expect.objectContaining({ scanId: body.scanId, verdict: 'cleared' })));
    await eventually(async () => expect(await lotEvents(load.lots[0]!, 'LotScanned')).toHaveLength(1));
  });

  it('fails a piece checked by a code the guide’s piece list does not hold', async () => {
    await undeclaredPiece({ post, get }, { shipment });
  });

  it('ends a trip uploaded last checkpoint first as if it had arrived in observation order', async () => {
    await lastCheckpointFirst({ post, get }, { shipment, lotEvents });
  });

  it('records a failing check as an observation once SERFOR publishes it as a warning, citing that version', async () => {
    await publishedObservation({ post, get }, { shipment });
  });
});
