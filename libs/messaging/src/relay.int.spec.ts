import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import type { EventToAppend, RecordedEvent } from '#shared-kernel';
import { InProcessBus } from './in-process-bus.js';
import type { IntegrationMessage } from './integration-message.js';
import { type Publication, Relay } from './relay.js';

type Extracted = { type: 'LotExtracted'; version: 1; data: { lotId: string } };

const harvest: Publication = {
  name: 'harvest_test',
  eventTypes: ['ExtractionRecorded'],
  publish: (event: RecordedEvent) => [{ type: 'LotExtracted', version: 1, data: { lotId: (event.data as { lotId: string }).lotId } }],
};

const extraction = (lotId: string): EventToAppend => ({
  id: randomUUID(),
  type: 'ExtractionRecorded',
  data: { lotId },
  metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'ana', role: 'permit_holder' }, occurredAt: '2026-05-01T00:00:00Z' },
});

describe('relay from the store to the in-process bus', () => {
  let store: EventStore;

  beforeAll(async () => {
    store = await embeddedEventStore({ pollIntervalMs: 20 });
  }, 60_000);
  afterAll(() => store.close());

  it('publishes each recorded event once, in order, with an id derived from the event and its actor', async () => {
    const bus = new InProcessBus();
    const received: IntegrationMessage<Extracted>[] = [];
    bus.consume<Extracted>({ name: 'custody', types: ['LotExtracted'], handle: async (m) => void received.push(m) });
    await store.append('permit-1', [extraction('L1'), extraction('L2')], 'no_stream');
    await store.append('permit-1', [{ ...extraction('ignored'), type: 'PermitSuspended' }], 2);

    const relay = new Relay(store, bus, harvest, { retryDelayMs: 20 });
    relay.start();
    await relay.caughtUp(10_000);
    await relay.stop();

    expect(received.map((m) => m.data.lotId)).toEqual(['L1', 'L2']);
    expect(received[0]).toMatchObject({ type: 'LotExtracted', version: 1, streamId: 'permit-1', metadata: { actor: { id: 'ana' } } });
    expect(new Set(received.map((m) => m.id)).size).toBe(2);
  }, 30_000);

  it('retries a batch a consumer failed, redelivering the same message ids, and does not republish after a restart', async () => {
    const bus = new InProcessBus();
    const deliveries: string[] = [];
    let failures = 1;
    bus.consume<Extracted>({
      name: 'flaky',
      types: ['LotExtracted'],
      handle: async (m) => {
        deliveries.push(m.id);
        if (failures-- > 0) throw new Error('database unavailable');
      },
    });
    const publication = { ...harvest, name: 'harvest_retry' };
    await store.append('permit-2', [extraction('L3')], 'no_stream');

    const errors: unknown[] = [];
    const relay = new Relay(store, bus, publication, { retryDelayMs: 20, onError: (e) => errors.push(e) });
    relay.start();
    await waitFor(() => deliveries.length >= 2);
    await relay.caughtUp(10_000);
    await relay.stop();
    expect(errors).toHaveLength(1);
    expect(deliveries[1]).toBe(deliveries[0]);
    const delivered = deliveries.length;

    const restarted = new Relay(store, bus, publication);
    restarted.start();
    await restarted.caughtUp(10_000);
    await restarted.stop();
    expect(deliveries).toHaveLength(delivered);
  }, 30_000);
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
