import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { GuideIssuedV1 } from '#custody/integration';
import { embeddedEventStore, type EventStore } from '#event-store';
import { InProcessBus, type IntegrationMessage } from '#messaging';
import { cubicMetres, fold, handleCommand, type StreamStore, type Volume } from '#shared-kernel';
import { balance } from '../domain/permit.balance.js';
import type { PermitCommand } from '../domain/permit.commands.js';
import { permitDecider } from '../domain/permit.decider.js';
import type { PermitEvent } from '../domain/permit.events.js';
import { approve, CEDRO, extract, PLAN, register, TORNILLO } from '../domain/permit.fixtures.spec.js';
import { permitStreamId } from '../permit-stream.js';
import { GuideIssuedConsumer } from './guide-issued.consumer.js';

const custodyClerk = { id: 'rosa', role: 'permit_holder', organisation: '20123456789' };

function guideIssued(origin: GuideIssuedV1['data']['origin'], guideNumber: string, species: readonly { species: string; volume: Volume }[]): IntegrationMessage<GuideIssuedV1> {
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

describe('counting the guides custody issues against the permit they move timber from', () => {
  let store: EventStore;
  const bus = new InProcessBus();
  const warnings = () => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);

  /** A permit with its plan approved and 50 m³ of cedro extracted. */
  async function permitWithCedro(): Promise<string> {
    const permitId = `P-${randomUUID().slice(0, 8)}`;
    const commands: PermitCommand[] = [register({ permitId }), approve({ permitId }), extract({ permitId, volume: cubicMetres(50) })];
    for (const command of commands) {
      await handleCommand(store, permitDecider, permitStreamId(permitId), { id: randomUUID(), command, actor: custodyClerk, occurredAt: '2026-05-01T08:00:00-05:00' });
    }
    return permitId;
  }

  const history = async (permitId: string) => (await store.readStream(permitStreamId(permitId))) as unknown as readonly (PermitEvent & { metadata: { actor: unknown } })[];
  const moves = async (permitId: string) => (await history(permitId)).filter((event) => event.type === 'VolumeMoved');
  const cedroBalance = async (permitId: string) => balance(fold(permitDecider, await history(permitId))).find((b) => b.species === CEDRO);

  beforeAll(async () => {
    store = await embeddedEventStore({ pollIntervalMs: 20 });
    new GuideIssuedConsumer(store, bus).onModuleInit();
  }, 60_000);

  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(() => store?.close());

  it('counts a guide against its plan once, however often the message is delivered', async () => {
    const permitId = await permitWithCedro();
    const message = guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-1', [{ species: CEDRO, volume: cubicMetres(20) }]);
    await bus.publish([message]);
    await bus.publish([message]);
    expect(await moves(permitId)).toHaveLength(1);
    expect(await cedroBalance(permitId)).toMatchObject({ extractedM3: 50, movedM3: 20, movableM3: 30 });
    expect((await moves(permitId))[0]).toMatchObject({ data: { guideNumber: 'GTF-1' }, metadata: { actor: custodyClerk } });
  }, 30_000);

  it('records nothing new when custody republishes the same guide under another message id', async () => {
    const permitId = await permitWithCedro();
    const lines = [{ species: CEDRO, volume: cubicMetres(10) }];
    await bus.publish([guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-2', lines)]);
    await bus.publish([guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-2', lines)]);
    expect(await moves(permitId)).toHaveLength(1);
  }, 30_000);

  it('logs a guide the permit refuses and carries on: moving more than was extracted', async () => {
    const permitId = await permitWithCedro();
    const warn = warnings();
    await expect(bus.publish([guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-3', [{ species: CEDRO, volume: cubicMetres(50.5) }])])).resolves.toBeUndefined();
    expect(await moves(permitId)).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('moved_beyond_extracted'));
  }, 30_000);

  it('logs a guide number reused with another load, keeping the first count', async () => {
    const permitId = await permitWithCedro();
    await bus.publish([guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-4', [{ species: CEDRO, volume: cubicMetres(5) }])]);
    const warn = warnings();
    await bus.publish([guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-4', [{ species: CEDRO, volume: cubicMetres(6) }])]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('guide_number_reused'));
    expect(await cedroBalance(permitId)).toMatchObject({ movedM3: 5 });
  }, 30_000);

  it('logs a guide naming a permit, plan or species harvest does not know', async () => {
    const permitId = await permitWithCedro();
    const warn = warnings();
    await bus.publish([
      guideIssued({ kind: 'permit', permitId: 'P-NOWHERE', planId: PLAN }, 'GTF-5', [{ species: CEDRO, volume: cubicMetres(1) }]),
      guideIssued({ kind: 'permit', permitId, planId: 'POA-99' }, 'GTF-6', [{ species: CEDRO, volume: cubicMetres(1) }]),
      guideIssued({ kind: 'permit', permitId, planId: PLAN }, 'GTF-7', [{ species: TORNILLO, volume: cubicMetres(1) }]),
    ]);
    expect(warn.mock.calls.map(([text]) => String(text).match(/: (\w+):/)?.[1])).toEqual(['permit_not_found', 'harvest_plan_not_found', 'moved_beyond_extracted']);
  }, 30_000);

  it('leaves guides from processors to others', async () => {
    const stream = jest.fn<StreamStore['readStream']>();
    const quiet = new InProcessBus();
    new GuideIssuedConsumer({ readStream: stream, append: jest.fn<StreamStore['append']>() }, quiet).onModuleInit();
    await quiet.publish([guideIssued({ kind: 'processor', processorId: 'CTP-PUCALLPA-7' }, 'GTF-8', [{ species: CEDRO, volume: cubicMetres(3) }])]);
    expect(stream).not.toHaveBeenCalled();
  });

  it('lets any other failure through, so the relay delivers the message again', async () => {
    const failing = new InProcessBus();
    const down = { readStream: () => Promise.reject(new Error('database unavailable')), append: jest.fn<StreamStore['append']>() };
    new GuideIssuedConsumer(down, failing).onModuleInit();
    await expect(failing.publish([guideIssued({ kind: 'permit', permitId: 'P-1', planId: PLAN }, 'GTF-9', [{ species: CEDRO, volume: cubicMetres(3) }])])).rejects.toThrow(
      'database unavailable',
    );
  });
});
