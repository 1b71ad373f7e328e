import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { GuideIssuedV1 } from '#custody/integration';
import { embeddedEventStore, type EventStore, SqlEventStore } from '#event-store';
import { InProcessBus, type IntegrationMessage } from '#messaging';
import { postgresClient, type SqlClient } from '#sql';
import { describeWithServer, POSTGRES } from '#testing';
import { cubicMetres, fold, handleCommand, type Quantity, type StreamStore } from '#shared-kernel';
import { balance } from '../domain/permit.balance.js';
import type { PermitCommand } from '../domain/permit.commands.js';
import { permitDecider, permitStream } from '../domain/permit.decider.js';
import type { GuideNotCounted, PermitEvent } from '../domain/permit.events.js';
import { approve, CEDRO, extract, kg, mixedPlanApproved, PLAN, register, TARA, TORNILLO } from '../domain/permit.fixtures.spec.js';
import { GuideIssuedConsumer } from './guide-issued.consumer.js';

const custodyClerk = { id: 'rosa', role: 'permit_holder', organisation: '20123456789' };

function guideIssued(origin: GuideIssuedV1['data']['origin'], guideNumber: string, species: readonly { species: string; volume: Quantity }[]): IntegrationMessage<GuideIssuedV1> {
  return {
    id: randomUUID(),
    streamId: `guide-${guideNumber}`,
    type: 'GuideIssued',
    version: 1,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: custodyClerk, occurredAt: '2026-05-03T07:30:00-05:00' },
    data: {
      guideNumber,
      registrationNumber: `R-${guideNumber}`,
      authority: 'ARFFS-UCAYALI',
      issuerTaxId: '20123456789',
      holderTaxId: '20123456789',
      origin,
      species,
      lots: ['LOT-1'],
      destination: { facilityId: 'CTP-PUCALLPA-7', consigneeTaxId: '20600000001', consigneeKind: 'processor' },
      trajectory: { checkpoints: [] },
      issuedAt: '2026-05-03T07:30:00-05:00',
      expiresAt: '2026-05-06T07:30:00-05:00',
    },
  };
}

function describeCounting(kind: string, open: () => Promise<{ store: EventStore; close(): Promise<void> }>): void {
  describe(`counting the guides custody issues against the permit they move timber from, on ${kind}`, () => {
    let store: EventStore;
    let close: () => Promise<void>;
    let bus: InProcessBus;
    let consumer: GuideIssuedConsumer;

    /** A permit with its plan approved and `m3` of cedro extracted. */
    async function permitWithCedro(m3 = 50): Promise<string> {
      return permitWith((permitId) => [approve({ permitId }), extract({ permitId, volume: cubicMetres(m3) })]);
    }

    /** A permit whose plan authorises 100 m³ of cedro and 5,000 kg of tara, with 50 m³ of cedro and 1,000 kg of tara extracted. */
    async function permitWithTara(): Promise<string> {
      return permitWith((permitId) => [
        approve({ permitId, species: mixedPlanApproved.data.species }),
        extract({ permitId, volume: cubicMetres(50) }),
        extract({ permitId, lotId: 'LOT-T', species: TARA, volume: kg(1000) }),
      ]);
    }

    async function permitWith(planned: (permitId: string) => PermitCommand[]): Promise<string> {
      const permitId = `P-${randomUUID().slice(0, 8)}`;
      const commands = [register({ permitId }), ...planned(permitId)];
      for (const command of commands) await handleCommand(store, permitDecider, permitStream.streamId(permitId), { id: randomUUID(), command, actor: custodyClerk, occurredAt: '2026-05-01T08:00:00-05:00' });
      return permitId;
    }

    const history = async (permitId: string) => (await store.readStream(permitStream.streamId(permitId))) as unknown as readonly (PermitEvent & { metadata: { actor: unknown } })[];
    const moves = async (permitId: string) => (await history(permitId)).filter((event) => event.type === 'VolumeMoved');
    const notCounted = async (permitId: string) => (await history(permitId)).filter((event): event is GuideNotCounted & { metadata: { actor: unknown } } => event.type === 'GuideNotCounted');
    const speciesBalance = async (permitId: string, species: string) => balance(fold(permitDecider, await history(permitId))).find((b) => b.species === species);
    const cedroBalance = (permitId: string) => speciesBalance(permitId, CEDRO);
    const delivered = async (...messages: IntegrationMessage<GuideIssuedV1>[]) => {
      await bus.publish(messages);
      await bus.caughtUp(30_000);
    };

    beforeAll(async () => {
      ({ store, close } = await open());
      bus = new InProcessBus(store);
      consumer = new GuideIssuedConsumer(store, bus);
      consumer.onModuleInit();
      bus.start();
    }, 60_000);
    afterAll(async () => {
      await bus?.stop();
      await close?.();
    });

    it('counts a guide against its plan once, however often the message is delivered', async () => {
      const permitId = await permitWithCedro();
      const message = guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-1', [{ species: CEDRO, volume: cubicMetres(20) }]);
      await delivered(message);
      await consumer.handle(message);
      expect(await moves(permitId)).toHaveLength(1);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 50, movedM3: 20, movableM3: 30 });
      expect((await moves(permitId))[0]).toMatchObject({ data: { guideNumber: 'GTF-1' }, metadata: { actor: custodyClerk } });
    }, 30_000);

    it('records nothing new when custody republishes the same guide under another message id', async () => {
      const permitId = await permitWithCedro();
      const lines = [{ species: CEDRO, volume: cubicMetres(10) }];
      await delivered(guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-2', lines), guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-2', lines));
      expect(await moves(permitId)).toHaveLength(1);
    }, 30_000);

    it('records a guide moving more than was extracted as not counted, with the refusal, on the permit, once', async () => {
      const permitId = await permitWithCedro();
      const message = guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-3', [{ species: CEDRO, volume: cubicMetres(50.5) }]);
      await delivered(message);
      await consumer.handle(message);
      expect(await moves(permitId)).toHaveLength(0);
      const [refused, ...more] = await notCounted(permitId);
      expect(more).toEqual([]);
      expect(refused).toMatchObject({ data: { guideNumber: 'GTF-3', planId: PLAN, lines: [{ species: CEDRO, volume: cubicMetres(50.5) }], refusal: { kind: 'conflict', error: 'moved_beyond_extracted' } }, metadata: { actor: custodyClerk } });
      expect(fold(permitDecider, await history(permitId))?.guidesNotCounted.map((guide) => guide.guideNumber)).toEqual(['GTF-3']);
    }, 30_000);

    it('records a guide number reused with another load as not counted, keeping the first count', async () => {
      const permitId = await permitWithCedro();
      await delivered(guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-4', [{ species: CEDRO, volume: cubicMetres(5) }]));
      await delivered(guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-4', [{ species: CEDRO, volume: cubicMetres(6) }]));
      expect((await notCounted(permitId)).map((event) => event.data.refusal.error)).toEqual(['guide_number_reused']);
      expect(await cedroBalance(permitId)).toMatchObject({ movedM3: 5 });
    }, 30_000);

    it('records a guide naming a permit, plan or species harvest does not know, each on the permit named', async () => {
      const permitId = await permitWithCedro();
      const nowhere = `P-NOWHERE-${randomUUID().slice(0, 8)}`;
      await delivered(
        guideIssued({ kind: 'permit', permitId: nowhere, planId: PLAN }, 'GTF-5', [{ species: CEDRO, volume: cubicMetres(1) }]),
        guideIssued({ kind: 'permit', permitId, planId: 'POA-99' }, 'GTF-6', [{ species: CEDRO, volume: cubicMetres(1) }]),
        guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-7', [{ species: TORNILLO, volume: cubicMetres(1) }]),
      );
      expect((await notCounted(nowhere)).map((event) => event.data.refusal.error)).toEqual(['permit_not_found']);
      // Guides of different streams are delivered in parallel, so their order on the permit is not theirs to keep.
      expect((await notCounted(permitId)).map((event) => event.data.refusal.error).sort()).toEqual(['harvest_plan_not_found', 'moved_beyond_extracted']);
    }, 30_000);

    it('counts kg of a product traded by weight against its quota in kg', async () => {
      const permitId = await permitWithTara();
      await delivered(guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-T1', [{ species: TARA, volume: kg(400) }]));
      expect(await notCounted(permitId)).toEqual([]);
      expect(await speciesBalance(permitId, TARA)).toEqual({ planId: PLAN, species: TARA, authorisedKg: 5000, extractedKg: 1000, movedKg: 400, remainingKg: 4000, movableKg: 600 });
    }, 30_000);

    it('records a guide line in another measure than its quota’s as not counted, never throwing: kg of cedro, m³ of tara', async () => {
      const permitId = await permitWithTara();
      await delivered(
        guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-T2', [{ species: CEDRO, volume: kg(20) }]),
        guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-T3', [{ species: TARA, volume: cubicMetres(2) }]),
      );
      const refusals = (await notCounted(permitId)).map((event) => [event.data.guideNumber, event.data.refusal.error, event.data.refusal.details]);
      expect(refusals.sort()).toEqual([
        ['GTF-T2', 'measure_mismatch', { field: 'lines[0].volume', expected: 'volume', unit: 'kg' }],
        ['GTF-T3', 'measure_mismatch', { field: 'lines[0].volume', expected: 'weight', unit: 'm3' }],
      ]);
      expect(await moves(permitId)).toEqual([]);
      expect(await cedroBalance(permitId)).toMatchObject({ movedM3: 0 });
      expect(await speciesBalance(permitId, TARA)).toMatchObject({ movedKg: 0 });
    }, 30_000);

    it('leaves guides from processors to others', async () => {
      const stream = jest.fn<StreamStore['readStream']>();
      await new GuideIssuedConsumer({ readStream: stream, findEvents: jest.fn<StreamStore['findEvents']>(), append: jest.fn<StreamStore['append']>() }, bus).handle(
        guideIssued({ kind: 'processor', processorId: 'CTP-PUCALLPA-7' }, 'GTF-8', [{ species: CEDRO, volume: cubicMetres(3) }]),
      );
      expect(stream).not.toHaveBeenCalled();
    });

    it('lets any other failure through, so the bus retries the message and parks it if it keeps failing', async () => {
      const down = { readStream: () => Promise.reject(new Error('database unavailable')), findEvents: jest.fn<StreamStore['findEvents']>(), append: jest.fn<StreamStore['append']>() };
      await expect(new GuideIssuedConsumer(down, bus).handle(guideIssued({ kind: 'permit', permitId: 'P-1', planId: PLAN }, 'GTF-9', [{ species: CEDRO, volume: cubicMetres(3) }]))).rejects.toThrow(
        'database unavailable',
      );
    });

    it('counts every one of 120 guides while 120 extractions hit the same permit: the balance is the sum of the guides', async () => {
      const permitId = await permitWithCedro(60);
      const guides = Array.from({ length: 120 }, (_, n) => guideIssued({ kind: 'permit', permitId, planId: PLAN }, `GTF-R-${permitId}-${n}`, [{ species: CEDRO, volume: cubicMetres(0.5) }]));
      // The extractions are the load: 240 writers on one stream can outlast the default 30 attempts of a bare command,
      // which an HTTP client would see as a 409 to retry; the guides under test are the bus's, retried and never dropped.
      const extractions = Array.from({ length: 120 }, (_, n) =>
        handleCommand(
          store,
          permitDecider,
          permitStream.streamId(permitId),
          { id: randomUUID(), command: extract({ permitId, lotId: `LOT-R-${n}`, volume: cubicMetres(0.25) }), actor: custodyClerk, occurredAt: '2026-05-01T08:00:00-05:00' },
          { maxAttempts: 200 },
        ),
      );
      await Promise.all([delivered(...guides), ...extractions]);
      expect(await notCounted(permitId)).toEqual([]);
      expect(await moves(permitId)).toHaveLength(120);
      expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 90, movedM3: 60, movableM3: 30 });
    }, 120_000);
  });
}

describeCounting('the embedded store', async () => {
  const store = await embeddedEventStore({ pollIntervalMs: 20 });
  return { store, close: () => store.close() };
});

describeWithServer(POSTGRES, 'counting guides on postgres', (url) =>
  describeCounting('postgres', async () => {
    const schema = `gi_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const client: SqlClient = postgresClient({ url, maxConnections: 8 });
    const store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
    return {
      store,
      async close() {
        await store.close();
        await client.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.close();
      },
    };
  }),
);
