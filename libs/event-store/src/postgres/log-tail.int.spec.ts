import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '#shared-kernel';
import { pgliteClient, type SqlClient } from '#sql';
import { anEvent } from '../contract/contract-events.js';
import { SqlEventStore } from './sql-event-store.js';

/** The client, counting the log's scans (which read events) and the tail's readings (which read entries only). */
function counting(client: SqlClient) {
  const counts = { scans: 0, tailReadings: 0 };
  const query: SqlClient['query'] = (text, params) => {
    if (text.includes('pg_snapshot_xmin') && text.includes('json_build_array')) counts.scans++;
    if (text.includes('pg_snapshot_xmin') && text.includes('e.event_type')) counts.tailReadings++;
    return client.query(text, params);
  };
  return { client: { ...client, query }, counts };
}

describe('the log tail of a store with many subscriptions', () => {
  it('reads the new entries once for ten caught-up subscriptions, and scans only for the one that wants the event', async () => {
    const { client, counts } = counting(await pgliteClient());
    // No poll during the test: only appends wake the subscriptions.
    const store = await SqlEventStore.open(client, { pollIntervalMs: 60_000 });
    try {
      const received = new Map<string, RecordedEvent[]>();
      const subscriptions = Array.from({ length: 10 }, (_, n) => {
        const type = `Happened${n}`;
        received.set(type, []);
        return store.subscribe({ name: `tail-${n}`, filter: { eventTypes: [type] }, handle: async (events) => void received.get(type)!.push(...events) });
      });
      const caughtUp = () => Promise.all(subscriptions.map((subscription) => subscription.caughtUp()));
      // Subscriptions start where they each last scanned; two appends nobody wants bring them all to one place.
      for (const stream of ['warm-1', 'warm-2']) {
        await store.append(stream, [anEvent('NobodyWants')], 'no_stream');
        await caughtUp();
      }
      Object.assign(counts, { scans: 0, tailReadings: 0 });

      const event = anEvent('Happened3');
      await store.append('lot-1', [event], 'no_stream');
      await caughtUp();

      expect(received.get('Happened3')!.map((e) => e.id)).toEqual([event.id]);
      expect([...received].filter(([type, events]) => type !== 'Happened3' && events.length > 0)).toEqual([]);
      expect(counts.scans).toBe(1);
      // The append's own wake-up, and at most the NOTIFY that follows it.
      expect(counts.tailReadings).toBeGreaterThanOrEqual(1);
      expect(counts.tailReadings).toBeLessThanOrEqual(2);
    } finally {
      await store.close();
    }
  }, 30_000);
});
