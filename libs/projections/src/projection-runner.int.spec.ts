import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventStore, SqlEventStore } from '#event-store';
import { pgliteClient, postgresClient, type SqlClient } from '#sql';
import { type EventToAppend, type RecordedEvent } from '#shared-kernel';
import { describeWithServer, POSTGRES } from '#testing';
import type { Projection } from './projection.js';
import { type RebuildProgress, ProjectionRunner } from './projection-runner.js';
import { ProjectionRows } from './read-rows.js';

type LotVolume = { lot: string; volume: number; moves: number };

/** Per lot: total volume extracted and how many times it moved; a destroyed lot's row goes away. */
const lotVolumes = (failOn?: string): Projection<LotVolume> => ({
  name: 'lot_volumes',
  lifecycle: 'async',
  eventTypes: ['LotExtracted', 'LotMoved', 'LotDestroyed'],
  keys: (event) => [event.streamId],
  evolve(row, event: RecordedEvent) {
    if (event.id === failOn) throw new Error('evolve broke');
    const data = event.data as { volume?: number };
    switch (event.type) {
      case 'LotExtracted':
        return { lot: event.streamId, volume: (row?.volume ?? 0) + data.volume!, moves: row?.moves ?? 0 };
      case 'LotMoved':
        return row ? { ...row, moves: row.moves + 1 } : null;
      default:
        return null;
    }
  },
});

const event = (type: string, data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'test', role: 'system' }, occurredAt: '2026-05-01T00:00:00Z' },
});

function describeProjectionRunner(kind: string, connect: () => Promise<SqlClient>): void {
  describe(`projection runner on ${kind}`, () => {
    let db: SqlClient;
    let store: EventStore;
    const schema = `rm_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
    const lot = () => `lot-${randomUUID()}`;

    beforeAll(async () => {
      db = await connect();
      store = await SqlEventStore.open(db, { schema: `${schema}_events`, pollIntervalMs: 50, ownsClient: false });
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      await db?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_events CASCADE;`);
      await db?.close();
    });

    it('folds events into rows, keeps them live, and resumes after a restart without counting twice', async () => {
      const [a, b] = [lot(), lot()];
      await store.append(a, [event('LotExtracted', { volume: 10 }), event('LotMoved'), event('Ignored')], 'no_stream');
      await store.append(b, [event('LotExtracted', { volume: 4.5 })], 'no_stream');

      const runner = new ProjectionRunner(store, db, lotVolumes(), { schema, batchSize: 2 });
      const rows = new ProjectionRows<LotVolume>(db, runner.tables);
      await runner.start();
      await runner.caughtUp();
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 1 });
      expect(await rows.get(b)).toEqual({ lot: b, volume: 4.5, moves: 0 });

      await store.append(a, [event('LotMoved')], 3);
      await runner.caughtUp();
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 2 });
      await runner.stop();

      await store.append(b, [event('LotDestroyed')], 1);
      const restarted = new ProjectionRunner(store, db, lotVolumes(), { schema });
      await restarted.start();
      await restarted.caughtUp();
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 2 });
      expect(await rows.get(b)).toBeUndefined();
      expect(await rows.find({ volume: 10 })).toEqual([{ lot: a, volume: 10, moves: 2 }]);

      const progress: RebuildProgress[] = [];
      await restarted.rebuild((p) => progress.push(p));
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 2 });
      expect(await rows.get(b)).toBeUndefined();
      expect(progress.at(-1)?.events).toBe(5);
      expect(progress.map((p) => p.events)).toEqual([...progress.map((p) => p.events)].sort((x, y) => x - y));
      await restarted.stop();
    }, 30_000);

    it('indexes its lookup fields, so a query by them on `data->>` can use the index', async () => {
      const runner = new ProjectionRunner(store, db, { ...lotVolumes(), name: 'lot_volumes_by_lot', lookups: [['lot', 'moves']] }, { schema });
      await runner.start();
      try {
        const indexes = await db.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2', [schema, 'lot_volumes_by_lot']);
        expect(indexes.map((index) => index.indexname)).toContain('lot_volumes_by_lot_by_lot_moves');
        const plan = await db.transaction(async (tx) => {
          await tx.exec('SET LOCAL enable_seqscan = off');
          return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT data FROM ${runner.tables.table} WHERE data->>'lot' = 'lot-x' AND data->>'moves' > '1'`);
        });
        expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain('lot_volumes_by_lot_by_lot_moves');
      } finally {
        await runner.stop();
      }
      expect(() => new ProjectionRunner(store, db, { ...lotVolumes(), lookups: [["lot'; DROP TABLE x; --"]] }, { schema })).toThrow(/plain top-level field name/);
    }, 30_000);

    it('writes nothing of a batch whose fold fails: rows and checkpoint move together', async () => {
      const c = lot();
      const poisoned = event('LotMoved');
      await store.append(c, [event('LotExtracted', { volume: 2 }), poisoned], 'no_stream');
      const failing = new ProjectionRunner(store, db, { ...lotVolumes(poisoned.id), name: 'lot_volumes_failing' }, { schema, batchSize: 100 });
      const rows = new ProjectionRows<LotVolume>(db, failing.tables);
      const before = await failing.tables.checkpoint(db);
      await failing.start();
      await expect(failing.caughtUp(5_000)).rejects.toThrow('evolve broke');
      expect(await rows.get(c)).toBeUndefined();
      expect(await failing.tables.checkpoint(db)).toEqual(before);
    }, 30_000);
  });
}

describeProjectionRunner('the embedded database', () => pgliteClient());
describeWithServer(POSTGRES, 'projection runner', (url) => describeProjectionRunner('postgres', async () => postgresClient({ url })));
