import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import { DomainError, type StreamStore } from '#shared-kernel';
import type { Delivery } from '../integration-message.js';
import { parkingStream } from '../parking/parked-messages.js';
import { ConsumerDelivery } from './consumer-delivery.js';

class StepRefused extends DomainError {
  constructor() {
    super('conflict', 'step_refused', 'refused for good');
  }
}

const step = (streamId: string, name: string): Delivery => ({
  id: randomUUID(),
  streamId,
  type: 'StepTaken',
  data: { step: name },
  metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'test', role: 'system' }, occurredAt: new Date().toISOString() },
});

describe('a consumer delivering batches of several partitions side by side', () => {
  let store: EventStore;
  // A new embedded store runs initdb, which takes seconds on a loaded machine.
  beforeAll(async () => {
    store = await embeddedEventStore({ pollIntervalMs: 20 });
  }, 60_000);
  afterAll(() => store.close());

  it('parks a stream’s next message behind its parked one even when another batch read the parking before it was parked', async () => {
    const name = `race-${randomUUID()}`;
    // The second read of the consumer's parking (the other batch's) answers what it found, but only 150 ms later.
    let parkingReads = 0;
    const slowStore: StreamStore = {
      append: (streamId, events, expected) => store.append(streamId, events, expected),
      findEvents: (streamId, lookup) => store.findEvents(streamId, lookup),
      readStream: async (streamId, options) => {
        const read = store.readStream(streamId, options);
        if (streamId === parkingStream.streamId(name) && ++parkingReads === 2) await sleep(150);
        return read;
      },
    };
    const handled: string[] = [];
    let otherBatch: Promise<void> | undefined;
    const a1 = step('a', 'a.1');
    const delivery = new ConsumerDelivery(
      slowStore,
      name,
      async (message) => {
        const { step: name } = message.data as { step: string };
        if (name === 'a.1') {
          // Another partition's batch starts while this one is handled: its read of the parking is the slow one.
          otherBatch = delivery.deliver([step('b', 'b.0')]);
          throw new StepRefused();
        }
        handled.push(name);
      },
      { maxAttempts: 1 },
      // Copying a parked message elsewhere (a dead-letter topic) takes a while.
      async (message) => void (message.id === a1.id && (await sleep(300))),
    );
    await delivery.deliver([a1, step('a', 'a.2')]);
    await otherBatch;
    expect(handled).toEqual(['b.0']);
    expect((await delivery.parked()).map((parked) => (parked.message.data as { step: string }).step)).toEqual(['a.1', 'a.2']);
  });
});
