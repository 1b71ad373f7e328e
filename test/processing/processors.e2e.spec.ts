import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { LotConfiscatedV1, LotDeliveredV1, LotImmobilisedV1, LotReleasedV1 } from '#custody/integration';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { ProcessingIntegrationEvent } from '#processing/integration';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { unresolvedRefs } from '../standalone/unresolved-refs.js';
import { suiteApp } from '../standalone/suite-app.js';

const HOLDER = '20600012345';
const CEDRO = 'Cedrela odorata';
const TORNILLO = 'Cedrelinga cateniformis';
const DELIVERED_AT = '2026-05-02T10:00:00-05:00';
const SAWN_AT = '2026-05-10T09:00:00-05:00';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Who = readonly [role: string, organisation: string];

const SERFOR: Who = ['regulator', 'SERFOR'];
const OSINFOR: Who = ['regulator', 'OSINFOR'];
const UCAYALI: Who = ['regulator', 'ARFFS-UCAYALI'];
const LORETO: Who = ['regulator', 'ARFFS-LORETO'];
const HOLDS: Who = ['permit_holder', HOLDER];
const processorOf = (facilityId: string): Who => ['processor', facilityId];

const registrationBody = (facilityId: string, changes: Record<string, unknown> = {}) => ({
  facilityId,
  holderTaxId: HOLDER,
  kind: 'sawmill',
  resolution: 'RD-0143-2025-GRU-GGR-GERFFS',
  validity: { from: '2026-01-01', until: '2030-12-31' },
  position: { type: 'Point', coordinates: [-74.553889, -8.379167] },
  ...changes,
});

const m3 = (value: number) => ({ value, unit: 'm3' as const });

const sawing = (inputs: readonly [string, number][], outputs: readonly number[], changes: Record<string, unknown> = {}, species = CEDRO) => ({
  at: SAWN_AT,
  inputs: inputs.map(([lotId, volume]) => ({ lotId, volume: m3(volume) })),
  outputs: outputs.map((volume) => ({ productType: 'sawn_wood', species, volume: m3(volume) })),
  ...changes,
});

/** Custody's LotDelivered as its relay would put it on the bus. */
function lotDelivered(facilityId: string, lotId: string, volume: number, changes: Partial<LotDeliveredV1['data']> = {}): IntegrationMessage<LotDeliveredV1> {
  return {
    id: randomUUID(),
    streamId: `lot-${lotId}`,
    type: 'LotDelivered',
    version: 1,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'rosa', role: 'processor', organisation: facilityId }, occurredAt: DELIVERED_AT },
    data: { lotId, guideNumber: `GTF-${lotId}`, facilityId, species: CEDRO, productType: 'roundwood', volume: m3(volume), at: DELIVERED_AT, ...changes },
  };
}

type Hold = LotImmobilisedV1 | LotConfiscatedV1 | LotReleasedV1;

/** Custody's hold, release or confiscation of a lot as its relay would put it on the bus. */
function custodyHold(type: Hold['type'], lotId: string, caseRef: string): IntegrationMessage<Hold> {
  const at = '2026-05-06T08:00:00-05:00';
  const facts = { lotId, caseRef, authority: 'ARFFS-UCAYALI', at };
  const data =
    type === 'LotReleased' ? facts : type === 'LotImmobilised' ? { ...facts, reason: 'species differ from the guide', volume: m3(10) } : { ...facts, species: CEDRO, volume: m3(10) };
  return {
    id: randomUUID(),
    streamId: `lot-${lotId}`,
    type,
    version: 1,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'inspector', role: 'regulator', organisation: 'ARFFS-UCAYALI' }, occurredAt: at },
    data,
  } as IntegrationMessage<Hold>;
}

const fieldPaths = (body: { details: { fields: { path: string }[] } }) => body.details.fields.map((field) => field.path).sort();

/** One app's HTTP surface as each actor reaches it, with tokens signed for that app's data folder on first use. */
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
    /** Posts as `who` and asserts the status, so a failure shows the answer. */
    async post(path: string, who: Who, body: object, status: number, idempotencyKey?: string) {
      const call = http().post(path).auth(await bearer(who), { type: 'bearer' });
      return (idempotencyKey === undefined ? call : call.set('Idempotency-Key', idempotencyKey)).send(body).expect(status);
    },
    get: async (path: string, who: Who, status: number) => http().get(path).auth(await bearer(who), { type: 'bearer' }).expect(status),
  };
}

describe('processors through the standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const { http, post, get } = client(
    () => app,
    () => dataDir.path,
  );
  const published: IntegrationMessage<ProcessingIntegrationEvent>[] = [];
  const bus = (): MessageBus => app.get<MessageBus>(MESSAGE_BUS);
  const publishedFor = (facilityId: string) => published.filter((message) => message.data.facilityId === facilityId);

  /** A sawmill of ARFFS-UCAYALI, authorised 2026–2030. */
  async function sawmill(changes: Record<string, unknown> = {}): Promise<string> {
    const facilityId = `CTP-${randomUUID().slice(0, 8)}`;
    await post('/processors', UCAYALI, registrationBody(facilityId, changes), 201);
    return facilityId;
  }

  const inventoryOf = async (facilityId: string) => (await get(`/processors/${facilityId}`, UCAYALI, 200)).body.inventory as { lotId: string; remainingM3: number }[];

  /** Publishes the delivery as custody would and waits until the facility's inventory holds the lot. */
  async function deliver(facilityId: string, lotId: string, volume: number, changes: Partial<LotDeliveredV1['data']> = {}): Promise<IntegrationMessage<LotDeliveredV1>> {
    const message = lotDelivered(facilityId, lotId, volume, changes);
    await bus().publish([message]);
    await bus().caughtUp();
    await eventually(async () => expect(await inventoryOf(facilityId)).toContainEqual(expect.objectContaining({ lotId, remainingM3: volume })));
    return message;
  }

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path);
    bus().consume<ProcessingIntegrationEvent>({
      name: 'test.processing-observer',
      types: ['ProcessorStandingChanged', 'TransformationRecorded', 'TransformationFlagged'],
      handle: async (message) => void published.push(message),
    });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  describe('registering a processor', () => {
    it('lets a regulator authorise a processor for its own authority, and reads it back authorised with an empty inventory', async () => {
      const response = await post('/processors', UCAYALI, registrationBody('CTP-REG-1'), 201);
      expect(response.body).toEqual({ ...registrationBody('CTP-REG-1'), authority: 'ARFFS-UCAYALI' });
      const { body } = await get('/processors/CTP-REG-1', UCAYALI, 200);
      expect(body).toMatchObject({ facilityId: 'CTP-REG-1', authority: 'ARFFS-UCAYALI', standing: 'authorised', suspensions: [], inventory: [] });
      await eventually(async () =>
        expect(publishedFor('CTP-REG-1')).toEqual([
          expect.objectContaining({ type: 'ProcessorStandingChanged', version: 1, data: expect.objectContaining({ standing: 'authorised', kind: 'sawmill', at: '2026-01-01' }) }),
        ]),
      );
    });

    it('lets SERFOR register for another authority, but no other regulator', async () => {
      const serfor = await post('/processors', SERFOR, registrationBody('CTP-REG-2', { authority: 'ARFFS-LORETO' }), 201);
      expect(serfor.body.authority).toBe('ARFFS-LORETO');
      const loreto = await post('/processors', LORETO, registrationBody('CTP-REG-3', { authority: 'ARFFS-UCAYALI' }), 403);
      expect(loreto.body).toMatchObject({ error: 'not_acting_for', details: { actor: { role: 'regulator', organisation: 'ARFFS-LORETO' } } });
      const holder = await post('/processors', HOLDS, registrationBody('CTP-REG-3'), 403);
      expect(holder.body.error).toBe('role_not_allowed');
      await get('/processors/CTP-REG-3', SERFOR, 404);
    });

    it('registers a facility once', async () => {
      await post('/processors', UCAYALI, registrationBody('CTP-REG-4'), 201);
      const again = await post('/processors', SERFOR, registrationBody('CTP-REG-4'), 409);
      expect(again.body).toMatchObject({ error: 'processor_already_registered', details: { facilityId: 'CTP-REG-4' } });
    });

    it('answers a malformed registration with 400 and the path of every bad field', async () => {
      const body = registrationBody('CTP REG 5', {
        kind: 'lumberyard',
        holderTaxId: '2060',
        validity: { from: '2026-02-30', until: '2030-12-31' },
        position: { type: 'Point', coordinates: [-274.5, -8.3] },
        licence: 'x',
      });
      const response = await post('/processors', UCAYALI, body, 400);
      expect(response.body.error).toBe('validation_failed');
      expect(fieldPaths(response.body)).toEqual(['facilityId', 'holderTaxId', 'kind', 'licence', 'position.coordinates', 'validity.from']);
      const backwards = await post('/processors', UCAYALI, registrationBody('CTP-REG-5', { validity: { from: '2030-12-31', until: '2026-01-01' } }), 400);
      expect(backwards.body.error).toBe('invalid_validity');
      await get('/processors/CTP-REG-5', SERFOR, 404);
    });

    it('answers a retry with the same Idempotency-Key as the first time, registering once', async () => {
      const first = await post('/processors', UCAYALI, registrationBody('CTP-REG-6'), 201, 'register-6');
      const retry = await post('/processors', UCAYALI, registrationBody('CTP-REG-6'), 201, 'register-6');
      expect(retry.body).toEqual(first.body);
      await post('/processors', UCAYALI, registrationBody('CTP-REG-6'), 409, 'register-6-again');
    });
  });

  describe('receiving lots custody delivers', () => {
    it('takes a delivered lot into the inventory, once however often the delivery is redelivered', async () => {
      const facilityId = await sawmill();
      const message = await deliver(facilityId, `LOT-${facilityId}-1`, 10);
      await bus().publish([message]);
      await bus().publish([message]);
      await bus().caughtUp();
      const { body } = await get(`/processors/${facilityId}/balance`, processorOf(facilityId), 200);
      expect(body.species).toEqual([expect.objectContaining({ species: CEDRO, receivedM3: 10, inStockM3: 10 })]);
      expect(await inventoryOf(facilityId)).toEqual([
        { lotId: `LOT-${facilityId}-1`, species: CEDRO, productType: 'roundwood', remainingM3: 10, receivedUnder: `GTF-LOT-${facilityId}-1` },
      ]);
    });

    it('refuses, without failing the delivery, a lot delivered to an unknown facility or to a suspended one, and shows regulators why', async () => {
      await bus().publish([lotDelivered('CTP-NOWHERE', 'LOT-LOST-1', 5)]);
      await bus().caughtUp();
      await get('/processors/CTP-NOWHERE', SERFOR, 404);
      const facilityId = await sawmill();
      await post(`/processors/${facilityId}/suspension`, OSINFOR, { reason: 'PAU en curso', at: '2026-04-01' }, 200);
      await bus().publish([lotDelivered(facilityId, `LOT-${facilityId}-1`, 5)]);
      await bus().caughtUp();
      // Judged at the time it arrived: a delivery from before the suspension still enters.
      await deliver(facilityId, `LOT-${facilityId}-2`, 4, { at: '2026-03-15T10:00:00-05:00' });
      expect((await inventoryOf(facilityId)).map((lot) => lot.lotId)).toEqual([`LOT-${facilityId}-2`]);
      const { body } = await get(`/processors/${facilityId}`, SERFOR, 200);
      expect(body.lotsNotReceived).toEqual([
        expect.objectContaining({ lotId: `LOT-${facilityId}-1`, guideNumber: `GTF-LOT-${facilityId}-1`, refusal: expect.objectContaining({ error: 'processor_not_authorised' }) }),
      ]);
    });
  });

  describe('recording transformations', () => {
    it('turns inventory into product lots within yield, answers their generated ids and publishes the transformation', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      const response = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 8]], [2, 0.8], { transformationId: 'TR-1' }), 201);
      expect(response.body).toMatchObject({
        facilityId,
        transformationId: 'TR-1',
        at: SAWN_AT,
        inputs: [{ lotId, species: CEDRO, productType: 'roundwood', volume: m3(8) }],
        yields: [{ species: CEDRO, inputM3: 8, inputNeededM3: 8, lines: [{ outputProduct: 'sawn_wood', maxYield: 0.35, allowedM3: 2.8, requestedM3: 2.8 }] }],
      });
      expect(response.body).not.toHaveProperty('flagged');
      const outputs = response.body.outputs as { lotId: string; volume: { value: number }; parents: { lotId: string }[] }[];
      expect(outputs.map((output) => output.volume.value)).toEqual([2, 0.8]);
      expect(outputs.every((output) => UUID.test(output.lotId) && output.parents[0]?.lotId === lotId)).toBe(true);
      expect(new Set(outputs.map((output) => output.lotId)).size).toBe(2);

      expect(await inventoryOf(facilityId)).toEqual([
        expect.objectContaining({ lotId, remainingM3: 2 }),
        expect.objectContaining({ lotId: outputs[0]!.lotId, productType: 'sawn_wood', remainingM3: 2, producedBy: 'TR-1' }),
        expect.objectContaining({ lotId: outputs[1]!.lotId, remainingM3: 0.8, producedBy: 'TR-1' }),
      ]);
      const balance = await get(`/processors/${facilityId}/balance`, LORETO, 200);
      expect(balance.body.overall).toMatchObject({ receivedM3: 10, consumedM3: 8, producedM3: 2.8, inStockM3: 4.8, yield: 0.35, withinYield: true });
      await eventually(async () =>
        expect(publishedFor(facilityId).filter((message) => message.type === 'TransformationRecorded')).toEqual([
          expect.objectContaining({ version: 1, streamId: `processor-${facilityId}`, data: expect.objectContaining({ transformationId: 'TR-1', outputs: expect.arrayContaining([expect.objectContaining({ lotId: outputs[0]!.lotId })]) }) }),
        ]),
      );
    });

    it('refuses output over a confirmed yield and records nothing', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10, { species: TORNILLO });
      // SERFOR's referential 56 % of sawn wood from roundwood.
      const refused = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [6], {}, TORNILLO), 409);
      expect(refused.body).toMatchObject({ error: 'yield_exceeded', details: { overYield: [{ species: TORNILLO, inputM3: 10, inputNeededM3: 10.7143 }] } });
      const history = await get(`/processors/${facilityId}/transformations`, processorOf(facilityId), 200);
      expect(history.body).toEqual({ facilityId, transformations: [] });
      expect(await inventoryOf(facilityId)).toEqual([expect.objectContaining({ lotId, remainingM3: 10 })]);
    });

    it('lets output over yield stand as a declared exception, flagged and published as such', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10, { species: TORNILLO });
      const exception = { reason: 'High-grade logs; yield study attached' };
      const response = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [6], { transformationId: 'TR-X', exception }, TORNILLO), 201);
      expect(response.body.flagged).toMatchObject({ reason: exception.reason, overYield: [{ species: TORNILLO, inputNeededM3: 10.7143 }] });
      const balance = await get(`/processors/${facilityId}/balance`, UCAYALI, 200);
      expect(balance.body.overall).toMatchObject({ consumedM3: 10, producedM3: 6, withinYield: false });
      const history = await get(`/processors/${facilityId}/transformations`, UCAYALI, 200);
      expect(history.body.transformations).toEqual([response.body]);
      await eventually(async () =>
        expect(publishedFor(facilityId).map((message) => message.type)).toEqual(['ProcessorStandingChanged', 'TransformationRecorded', 'TransformationFlagged']),
      );
    });

    it('records output over a cap that awaits confirmation, unflagged, with the cap named for regulators', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      // Cedrela keeps Brazil's 35 %, borrowed until confirmed.
      const response = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [4], { transformationId: 'TR-U' }), 201);
      expect(response.body).not.toHaveProperty('flagged');
      expect(response.body.overUnconfirmedCaps).toEqual([
        expect.objectContaining({ species: CEDRO, inputM3: 10, inputNeededM3: 11.4286, inputNeededAtConfirmedCapsM3: 4, unconfirmedCaps: [{ inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 0.35 }] }),
      ]);
      const history = await get(`/processors/${facilityId}/transformations`, UCAYALI, 200);
      expect(history.body.transformations).toEqual([response.body]);
      await eventually(async () => expect(publishedFor(facilityId).map((message) => message.type)).toEqual(['ProcessorStandingChanged', 'TransformationRecorded']));
    });

    it('lets only the facility itself record a transformation or read its books', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      const other = await post(`/processors/${facilityId}/transformations`, processorOf('CTP-ELSEWHERE'), sawing([[lotId, 5]], [1]), 403);
      expect(other.body).toMatchObject({ error: 'not_acting_for', details: { actor: { role: 'processor', organisation: 'CTP-ELSEWHERE' } } });
      const regulator = await post(`/processors/${facilityId}/transformations`, UCAYALI, sawing([[lotId, 5]], [1]), 403);
      expect(regulator.body.error).toBe('role_not_allowed');
      for (const path of ['', '/balance', '/transformations']) await get(`/processors/${facilityId}${path}`, processorOf('CTP-ELSEWHERE'), 403);
      await get(`/processors/${facilityId}`, HOLDS, 403);
      expect(await inventoryOf(facilityId)).toEqual([expect.objectContaining({ lotId, remainingM3: 10 })]);
    });

    it('refuses a suspended processor until it is reinstated, and publishes both measures', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      await post(`/processors/${facilityId}/suspension`, LORETO, { reason: 'not ours' }, 403);
      const suspension = await post(`/processors/${facilityId}/suspension`, OSINFOR, { reason: 'Libro de operaciones no actualizado', at: '2026-05-05T08:00:00-05:00' }, 200);
      expect(suspension.body).toEqual({ facilityId, standing: 'suspended', authority: 'OSINFOR', reason: 'Libro de operaciones no actualizado', at: '2026-05-05T08:00:00-05:00' });
      const refused = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [3]), 409);
      expect(refused.body).toMatchObject({ error: 'processor_not_authorised', details: { reason: 'suspended' } });
      expect((await get(`/processors/${facilityId}`, processorOf(facilityId), 200)).body.standing).toBe('suspended');
      await post(`/processors/${facilityId}/reinstatement`, UCAYALI, { reason: 'Libro al día', at: '2026-05-08T08:00:00-05:00' }, 200);
      await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [3]), 201);
      await eventually(async () =>
        expect(publishedFor(facilityId).filter((message) => message.type === 'ProcessorStandingChanged').map((message) => [message.data.standing, message.data.authority])).toEqual([
          ['authorised', 'ARFFS-UCAYALI'],
          ['suspended', 'OSINFOR'],
          ['authorised', 'ARFFS-UCAYALI'],
        ]),
      );
    });

    it('refuses a lot never received here, and a species none of the inputs are', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      const unknown = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([['LOT-NEVER-SEEN', 5]], [1]), 404);
      expect(unknown.body).toMatchObject({ error: 'lot_not_in_inventory', details: { lotId: 'LOT-NEVER-SEEN' } });
      const body = sawing([[lotId, 5]], [1]);
      const tornillo = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), { ...body, outputs: [{ ...body.outputs[0], species: TORNILLO }] }, 409);
      expect(tornillo.body.error).toBe('output_species_not_in_inputs');
    });

    it('answers a malformed transformation with 400 and the path of every bad field', async () => {
      const facilityId = await sawmill();
      const body = {
        transformationId: 'TR 1',
        at: 'tomorrow',
        inputs: [{ lotId: 'LOT-1', volume: { value: -2, unit: 'm3' } }],
        outputs: [{ productType: 'plywood', species: CEDRO, volume: { value: 1, unit: 'litres' } }],
        exception: { reason: '' },
      };
      const response = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), body, 400);
      expect(response.body.error).toBe('validation_failed');
      expect(fieldPaths(response.body)).toEqual(['at', 'exception.reason', 'inputs.0.volume.value', 'outputs.0.productType', 'outputs.0.volume.unit', 'transformationId']);
      const empty = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), { inputs: [], outputs: [] }, 400);
      expect(fieldPaths(empty.body)).toEqual(['inputs', 'outputs']);
    });

    it('answers a retry with the same Idempotency-Key as the first time, with the same product lots, recording once', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      const first = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 5]], [1.5]), 201, 'saw-1');
      const retry = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 5]], [1.5]), 201, 'saw-1');
      expect(retry.body).toEqual(first.body);
      const other = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 5]], [2]), 409, 'saw-1');
      expect(other.body.error).toBe('idempotency_key_reused');
      const history = await get(`/processors/${facilityId}/transformations`, UCAYALI, 200);
      expect(history.body.transformations).toHaveLength(1);
      expect(await inventoryOf(facilityId)).toContainEqual(expect.objectContaining({ lotId, remainingM3: 5 }));
    });
  });

  describe('lots custody holds', () => {
    /** Refused with `lot_held` naming the lot and the case, and nothing recorded: no transformation, the lot untouched. */
    async function refusedAsHeld(facilityId: string, lotId: string, caseRef: string, kind: string) {
      const refused = await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [3]), 409);
      expect(refused.body).toMatchObject({ error: 'lot_held', details: { lotId, caseRef, kind, authority: 'ARFFS-UCAYALI' } });
      expect((await get(`/processors/${facilityId}/transformations`, UCAYALI, 200)).body.transformations).toEqual([]);
      expect(await inventoryOf(facilityId)).toEqual([expect.objectContaining({ lotId, remainingM3: 10 })]);
    }

    it('refuses to transform a delivered lot custody immobilised, recording nothing, until the case releases it', async () => {
      const facilityId = await sawmill();
      const lotId = `LOT-${facilityId}-1`;
      await deliver(facilityId, lotId, 10);
      const immobilised = custodyHold('LotImmobilised', lotId, 'INF-2026-0100');
      await bus().publish([immobilised]);
      await bus().publish([immobilised]);
      await bus().caughtUp();
      await refusedAsHeld(facilityId, lotId, 'INF-2026-0100', 'immobilised');
      await bus().publish([custodyHold('LotReleased', lotId, 'INF-2026-0999')]);
      await bus().caughtUp();
      await refusedAsHeld(facilityId, lotId, 'INF-2026-0100', 'immobilised');

      await bus().publish([custodyHold('LotReleased', lotId, 'INF-2026-0100')]);
      await bus().caughtUp();
      await post(`/processors/${facilityId}/transformations`, processorOf(facilityId), sawing([[lotId, 10]], [3]), 201);
      await eventually(async () => expect(publishedFor(facilityId).filter((message) => message.type === 'TransformationRecorded')).toHaveLength(1));
    });

    it('holds a lot immobilised before it arrived, and a confiscated lot for good', async () => {
      const facilityId = await sawmill();
      const early = `LOT-${facilityId}-1`;
      await bus().publish([custodyHold('LotImmobilised', early, 'SCAN/UC-CFB-K010/S-1')]);
      await bus().caughtUp();
      await deliver(facilityId, early, 10);
      await refusedAsHeld(facilityId, early, 'SCAN/UC-CFB-K010/S-1', 'immobilised');

      const other = await sawmill();
      const lost = `LOT-${other}-1`;
      await deliver(other, lost, 10);
      await bus().publish([custodyHold('LotImmobilised', lost, 'INF-2026-0200'), custodyHold('LotConfiscated', lost, 'INF-2026-0200'), custodyHold('LotReleased', lost, 'INF-2026-0200')]);
      await bus().caughtUp();
      await refusedAsHeld(other, lost, 'INF-2026-0200', 'confiscated');
    });
  });

  it('documents every processing endpoint in the OpenAPI document', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    expect(document.paths['/processors'].post['x-roles']).toEqual(['regulator']);
    expect(document.paths['/processors/{facilityId}/transformations'].post['x-roles']).toEqual(['processor']);
    for (const path of ['/processors/{facilityId}/suspension', '/processors/{facilityId}/reinstatement']) expect(document.paths[path].post['x-roles']).toEqual(['regulator']);
    for (const path of ['/processors/{facilityId}', '/processors/{facilityId}/balance', '/processors/{facilityId}/transformations']) {
      expect(document.paths[path].get['x-roles']).toEqual(['regulator', 'processor']);
    }
    expect(unresolvedRefs(document)).toEqual([]);
  });
});

describeWithServer(POSTGRES, 'processors on a real Postgres', (url) => {
  const suite = suiteApp(url);
  const { post, get } = client(suite.app, suite.dataDir);

  it('registers a processor, receives a delivered lot and records a transformation within yield', async () => {
    await post('/processors', UCAYALI, registrationBody('CTP-PG-1'), 201);
    await suite.app().get<MessageBus>(MESSAGE_BUS).publish([lotDelivered('CTP-PG-1', 'LOT-PG-1', 10)]);
    await suite.app().get<MessageBus>(MESSAGE_BUS).caughtUp();
    await eventually(async () => expect((await get('/processors/CTP-PG-1', UCAYALI, 200)).body.inventory).toEqual([expect.objectContaining({ lotId: 'LOT-PG-1', remainingM3: 10 })]));
    const sawn = await post('/processors/CTP-PG-1/transformations', processorOf('CTP-PG-1'), sawing([['LOT-PG-1', 10]], [3.5]), 201);
    expect(sawn.body.yields).toEqual([expect.objectContaining({ species: CEDRO, inputM3: 10, inputNeededM3: 10 })]);
    const balance = await get('/processors/CTP-PG-1/balance', processorOf('CTP-PG-1'), 200);
    expect(balance.body.overall).toMatchObject({ receivedM3: 10, consumedM3: 10, producedM3: 3.5, inStockM3: 3.5, withinYield: true });
  });

  it('records output over a cap that awaits confirmation and refuses it over a confirmed one', async () => {
    await post('/processors', UCAYALI, registrationBody('CTP-PG-2'), 201);
    await suite.app().get<MessageBus>(MESSAGE_BUS).publish([lotDelivered('CTP-PG-2', 'LOT-PG-2', 10), lotDelivered('CTP-PG-2', 'LOT-PG-3', 10, { species: TORNILLO })]);
    await suite.app().get<MessageBus>(MESSAGE_BUS).caughtUp();
    await eventually(async () => expect((await get('/processors/CTP-PG-2', UCAYALI, 200)).body.inventory).toHaveLength(2));
    const refused = await post('/processors/CTP-PG-2/transformations', processorOf('CTP-PG-2'), sawing([['LOT-PG-3', 10]], [6], {}, TORNILLO), 409);
    expect(refused.body.error).toBe('yield_exceeded');
    const recorded = await post('/processors/CTP-PG-2/transformations', processorOf('CTP-PG-2'), sawing([['LOT-PG-2', 10]], [4]), 201);
    expect(recorded.body.overUnconfirmedCaps).toEqual([expect.objectContaining({ species: CEDRO, unconfirmedCaps: [{ inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 0.35 }] })]);
  });
});
