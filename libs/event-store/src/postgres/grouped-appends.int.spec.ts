import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { describeWithServer, POSTGRES } from '#testing';
import { pgliteClient, postgresClient, type SqlClient } from '#sql';
import { StreamDeleted, VersionConflict } from '#shared-kernel';
import { anEvent, events, uniqueStream } from '../contract/contract-events.js';
import { SqlEventStore } from './sql-event-store.js';

/** The client, counting the statements that insert events. */
function counting(db: SqlClient): { db: SqlClient; inserts: () => number } {
  let inserts = 0;
  const query: SqlClient['query'] = (text, params) => {
    if (/^\s*INSERT INTO \S+\.events/.test(text)) inserts++;
    return db.query(text, params);
  };
  return { db: { ...db, query, transaction: (work) => db.transaction(work), listen: (c, n) => db.listen(c, n), tryLease: (k) => db.tryLease(k), exec: (s) => db.exec(s), close: () => db.close() }, inserts: () => inserts };
}

function describeGroupedAppends(adapter: string, open: () => Promise<SqlClient>, dropSchema: (schema: string) => Promise<void>) {
  describe(`${adapter}: one-event appends that arrive together`, () => {
    const schema = `grouped_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    let store: SqlEventStore;
    let inserts: () => number;

    beforeAll(async () => {
      const client = counting(await open());
      inserts = client.inserts;
      store = await SqlEventStore.open(client.db, { schema });
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      await dropSchema(schema);
    });

    it('go in with one statement once four are in flight, each answered as if it went alone', async () => {
      const streams = Array.from({ length: 30 }, () => uniqueStream('grouped'));
      const before = inserts();
      const results = await Promise.all(streams.map((stream) => store.append(stream, events(1), 'no_stream')));

      // Four statements at once; the 26 that came meanwhile share the next one.
      expect(inserts() - before).toBe(5);
      expect(results.map((r) => r.nextExpectedVersion)).toEqual(streams.map(() => 1));
      expect(new Set(results.map((r) => r.position.prepare)).size).toBe(30);
      for (const [i, stream] of streams.entries()) {
        const [read] = await store.readStream(stream);
        expect(read!.position).toEqual(results[i]!.position);
        expect(read!.recordedAt).toEqual(results[i]!.recordedAt);
      }
    });

    it('answers each member of a group on its own: a winner, a stale version, a retry, a deleted stream, two at one position', async () => {
      const [stale, retried, deleted, contested] = [uniqueStream(), uniqueStream(), uniqueStream(), uniqueStream()];
      const stored = anEvent();
      await store.append(stale, events(2), 'no_stream');
      const first = await store.append(retried, [stored], 'no_stream');
      await store.append(deleted, events(1), 'no_stream');
      await store.deleteStream(deleted, 1);

      const before = inserts();
      const blockers = Array.from({ length: 4 }, () => store.append(uniqueStream(), events(1), 'no_stream'));
      const group = [
        store.append(uniqueStream(), events(1), 'no_stream'),
        store.append(stale, events(1), 1),
        store.append(retried, [stored], 'no_stream'),
        store.append(deleted, events(1), 1),
        store.append(contested, events(1), 'no_stream'),
        store.append(contested, events(1), 'no_stream'),
      ];
      const [won, staleOutcome, retry, deletedOutcome, ...contestedOutcomes] = await Promise.allSettled(group);
      await Promise.all(blockers);

      expect(inserts() - before).toBe(5);
      expect(won).toMatchObject({ status: 'fulfilled', value: { nextExpectedVersion: 1 } });
      expect(staleOutcome).toMatchObject({ status: 'rejected', reason: expect.any(VersionConflict) });
      expect(staleOutcome).toMatchObject({ reason: { expected: 1, actual: 2 } });
      expect(retry).toEqual({ status: 'fulfilled', value: { nextExpectedVersion: first.nextExpectedVersion, position: first.position, alreadyStored: true } });
      expect(deletedOutcome).toMatchObject({ status: 'rejected', reason: expect.any(StreamDeleted) });
      expect(contestedOutcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(await store.readStream(stale)).toHaveLength(2);
      expect(await store.readStream(retried)).toHaveLength(1);
      expect(await store.readStream(contested)).toHaveLength(1);
    });

    it('fails only the member the database refuses outright, the rest of its group going in', async () => {
      const blockers = Array.from({ length: 4 }, () => store.append(uniqueStream(), events(1), 'no_stream'));
      const fine = [uniqueStream(), uniqueStream()];
      const group = [
        store.append(fine[0]!, events(1), 'no_stream'),
        store.append(uniqueStream(), [{ ...anEvent(), id: 'not-a-uuid' }], 'no_stream'),
        store.append(fine[1]!, events(1), 'no_stream'),
      ];
      const [first, refused, last] = await Promise.allSettled(group);
      await Promise.all(blockers);

      expect(first).toMatchObject({ status: 'fulfilled', value: { nextExpectedVersion: 1 } });
      expect(refused).toMatchObject({ status: 'rejected' });
      expect(last).toMatchObject({ status: 'fulfilled', value: { nextExpectedVersion: 1 } });
      for (const stream of fine) expect(await store.readStream(stream)).toHaveLength(1);
    });
  });
}

describeWithServer(POSTGRES, 'grouped appends on a server', (url) => {
  describeGroupedAppends(
    'postgres',
    async () => postgresClient({ url }),
    async (schema) => {
      const admin = postgresClient({ url, maxConnections: 1 });
      await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    },
  );
});

describeGroupedAppends('embedded', () => pgliteClient(), async () => undefined);
