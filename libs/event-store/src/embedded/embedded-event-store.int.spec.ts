import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { describeEventStoreContract } from '../contract/event-store.contract.js';
import { anEvent } from '../contract/contract-events.js';
import { embeddedEventStore } from './embedded-event-store.js';

// PGlite runs one transaction at a time, so out-of-order commits cannot happen here.
describeEventStoreContract(
  'embedded',
  async () => {
    const store = await embeddedEventStore({ pollIntervalMs: 50 });
    return { store, dispose: () => store.close() };
  },
  { concurrentTransactions: false },
);

describe('embedded event store on disk', () => {
  it('keeps its events in the folder across reopening', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'embedded-store-'));
    try {
      const event = anEvent('LotExtracted', { volume: 12.5 });
      const first = await embeddedEventStore({ dataDir });
      await first.append('lot-1', [event], 'no_stream');
      await first.close();

      const reopened = await embeddedEventStore({ dataDir });
      const [read] = await reopened.readStream('lot-1');
      await reopened.close();
      expect(read).toMatchObject({ id: event.id, type: 'LotExtracted', data: { volume: 12.5 }, streamPosition: 1 });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
