import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import postgres from 'postgres';
import { describeWithServer, POSTGRES } from '#testing';
import { VersionConflict } from '#shared-kernel';
import { anEvent, events, ids, uniqueStream } from '../contract/contract-events.js';
import { postgresEventStore } from './postgres-event-store.js';
import type { SqlEventStore } from './sql-event-store.js';

// The append gate is the table's constraints: these are the cases where a constraint alone would not be enough.
describeWithServer(POSTGRES, 'postgres appends gated by constraints', (url) => {
  const schema = `append_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let store: SqlEventStore;

  beforeAll(async () => {
    store = await postgresEventStore({ url, schema });
  });
  afterAll(async () => {
    await store?.close();
    const admin = postgres(url, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  describe('a stream', () => {
    it('refuses an exact version it has not reached, so no gap opens', async () => {
      const stream = uniqueStream();
      await store.append(stream, events(2), 'no_stream');
      await expect(store.append(stream, events(1), 4)).rejects.toMatchObject({ expected: 4, actual: 2 });
      expect((await store.readStream(stream)).map((e) => e.streamPosition)).toEqual([1, 2]);
    });

    it('stores a batch once when it is retried at a later version', async () => {
      const stream = uniqueStream();
      const batch = events(2);
      const first = await store.append(stream, batch, 'no_stream');
      await store.append(stream, events(1), 2);
      await expect(store.append(stream, batch, 3)).resolves.toEqual({ ...first, alreadyStored: true });
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    it("refuses an 'any' batch that repeats a stored event among new ones, with the actual version", async () => {
      const stream = uniqueStream();
      const stored = anEvent();
      await store.append(stream, [stored], 'no_stream');
      const refused = store.append(stream, [anEvent(), stored], 'any');
      await expect(refused).rejects.toBeInstanceOf(VersionConflict);
      await expect(refused).rejects.toMatchObject({ actual: 1 });
      expect(ids(await store.readStream(stream))).toEqual([stored.id]);
    });

    it("takes every 'any' append racing exact-version appends, without a gap or a repeat", async () => {
      const stream = uniqueStream();
      await store.append(stream, events(1), 'no_stream');
      const anyVersion = Array.from({ length: 20 }, () => store.append(stream, events(1), 'any'));
      const exact = Array.from({ length: 5 }, (_, i) => store.append(stream, events(1), i + 1));
      const [anyOutcomes, exactOutcomes] = await Promise.all([Promise.allSettled(anyVersion), Promise.allSettled(exact)]);

      expect(anyOutcomes.every((o) => o.status === 'fulfilled')).toBe(true);
      const exactAppended = exactOutcomes.filter((o) => o.status === 'fulfilled').length;
      for (const o of exactOutcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(VersionConflict);
      const positions = (await store.readStream(stream)).map((e) => e.streamPosition);
      expect(positions).toEqual(Array.from({ length: 1 + 20 + exactAppended }, (_, i) => i + 1));
    });
  });
});
