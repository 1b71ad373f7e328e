import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventStore, SqlEventStore, type SubscriptionOptions } from '#event-store';
import { pgliteClient, postgresClient, type SqlClient } from '#sql';
import { type EventToAppend, type RecordedEvent } from '#shared-kernel';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionRows } from './read-rows.js';

type LotVolume = { lot: string; volume: number; moves: number; version?: number };

/** Per lot: total volume extracted and how many times it moved; a destroyed lot's row goes away. */
const lotVolumes = (failOn?: string): Projection<LotVolume> => ({
  name: 'lot_volumes',
  lifecycle: 'async',
  version: 1,
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

/** The same rows, each marked with the version that folded it: what a change of the fold looks like. */
const markedVolumes = (name: string, version: number): Projection<LotVolume> => {
  const plain = lotVolumes();
  return { ...plain, name, version, evolve: (row, event) => {
    const next = plain.evolve(row, event);
    return next && { ...next, version };
  } };
};

const event = (type: string, data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'test', role: 'system' }, occurredAt: '2026-05-01T00:00:00Z' },
});

/**
 * The real store, whose subscriptions with a matching name hand over each batch only when the test lets one through:
 * a build that cannot finish before the test has looked at what answers meanwhile.
 */
function gatedStore(store: EventStore, held: RegExp) {
  let permits = 0;
  const waiting: (() => void)[] = [];
  const pass = () => (permits > 0 ? (permits--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
  const gated = new Proxy(store, {
    get(target, property) {
      if (property === 'subscribe') {
        return (options: SubscriptionOptions) =>
          target.subscribe(held.test(options.name) ? { ...options, handle: async (events: readonly RecordedEvent[]) => (await pass(), options.handle(events)) } : options);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    store: gated,
    allow(batches = Number.POSITIVE_INFINITY) {
      permits += batches;
      while (permits > 0 && waiting.length > 0) {
        permits--;
        waiting.shift()!();
      }
    },
  };
}

function describeProjectionRunner(kind: string, connect: () => Promise<SqlClient>): void {
  describe(`projection runner on ${kind}`, () => {
    let db: SqlClient;
    let store: EventStore;
    const schema = `rm_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
    const lot = () => `lot-${randomUUID()}`;
    const unique = (name: string) => `${name}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
    const exists = async (table: string) => (await db.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [table]))[0]!.found;
    const rowsOf = (runner: ProjectionRunner<LotVolume>) => new ProjectionRows<LotVolume>((text, params) => runner.query(text, params));

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
      const rows = rowsOf(runner);
      await runner.start();
      await runner.caughtUp();
      expect(runner.table).toBe(`${schema}.lot_volumes_v1`);
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 1 });
      expect(await rows.get(b)).toEqual({ lot: b, volume: 4.5, moves: 0 });

      await store.append(a, [event('LotMoved')], 3);
      await runner.caughtUp();
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 2 });
      await runner.stop();

      await store.append(b, [event('LotDestroyed')], 1);
      await store.append(a, [event('LotMoved'), event('Ignored'), event('LotMoved')], 4);
      // Stopped, it is three events it folds behind (the ignored one is not its), or two counted up to two.
      expect(await runner.lag()).toBe(3);
      expect(await runner.lag(2)).toBe(2);
      // Its rows hold every event up to the last it folded, a's fourth, and none of those appended since.
      expect(await runner.position()).toEqual((await store.readStream(a))[3]!.position);
      const restarted = new ProjectionRunner(store, db, lotVolumes(), { schema });
      await restarted.start();
      await restarted.caughtUp();
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 4 });
      expect(await rows.get(b)).toBeUndefined();
      expect(await rows.find({ volume: 10 })).toEqual([{ lot: a, volume: 10, moves: 4 }]);
      const status = await restarted.status();
      expect(status).toMatchObject({ name: 'lot_volumes', lifecycle: 'async', version: 1, activeVersion: 1, table: `${schema}.lot_volumes_v1`, lag: 0 });
      expect(status.headPosition).toEqual(status.position);
      expect(status.rebuilding).toBeUndefined();
      await restarted.stop();
    }, 30_000);

    it('rebuilds from the events when its version changes, the old rows answering until the new ones have caught up', async () => {
      const name = unique('marked');
      const [a, b] = [lot(), lot()];
      await store.append(a, [event('LotExtracted', { volume: 10 }), event('LotMoved')], 'no_stream');
      await store.append(b, [event('LotExtracted', { volume: 3 })], 'no_stream');
      const first = new ProjectionRunner(store, db, markedVolumes(name, 1), { schema });
      await first.start();
      await first.caughtUp();
      await first.stop();

      const gate = gatedStore(store, /_v2$/);
      const second = new ProjectionRunner(gate.store, db, markedVolumes(name, 2), { schema, batchSize: 2, buildCheckMs: 50 });
      const rows = rowsOf(second);
      await second.start();
      // Started: the version 1 rows answer while version 2 is folded beside them.
      expect(second.table).toBe(`${schema}.${name}_v1`);
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 1, version: 1 });
      const building = await second.status();
      expect(building).toMatchObject({ version: 2, activeVersion: 1, table: `${schema}.${name}_v1`, rebuilding: { version: 2, table: `${schema}.${name}_v2`, reason: 'version', events: 0 } });
      const total = building.rebuilding!.total;
      expect(total).toBeGreaterThanOrEqual(3);

      // Progress, batch by batch: the events folded so far, out of those the log holds for it.
      gate.allow(1);
      const progress = await eventually(async () => {
        const { rebuilding } = await second.status();
        expect(rebuilding?.events).toBe(2);
        return rebuilding!;
      });
      expect(progress.total).toBe(total);
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 1, version: 1 });

      gate.allow();
      await second.caughtUp();
      expect(second.table).toBe(`${schema}.${name}_v2`);
      expect(await rows.get(a)).toEqual({ lot: a, volume: 10, moves: 1, version: 2 });
      expect(await rows.get(b)).toEqual({ lot: b, volume: 3, moves: 0, version: 2 });
      expect(await exists(`${schema}.${name}_v1`)).toBe(false);
      expect(await second.status()).toMatchObject({ version: 2, activeVersion: 2, lag: 0 });

      // Keeps them current from there, and a restart of the same version builds nothing.
      await store.append(b, [event('LotMoved')], 1);
      await second.caughtUp();
      expect(await rows.get(b)).toEqual({ lot: b, volume: 3, moves: 1, version: 2 });
      await second.stop();
      const again = new ProjectionRunner(store, db, markedVolumes(name, 2), { schema });
      await again.start();
      expect((await again.status()).rebuilding).toBeUndefined();
      expect(await rowsOf(again).get(b)).toEqual({ lot: b, volume: 3, moves: 1, version: 2 });
      await again.stop();
    }, 60_000);

    it('rebuilds into a fresh table when asked, the current rows answering and kept up to date until the switch', async () => {
      const name = unique('asked');
      const a = lot();
      await store.append(a, [event('LotExtracted', { volume: 7 })], 'no_stream');
      const gate = gatedStore(store, new RegExp(`${name}_v1_1$`));
      const runner = new ProjectionRunner(gate.store, db, markedVolumes(name, 1), { schema, buildCheckMs: 50 });
      const rows = rowsOf(runner);
      await runner.start();
      await runner.caughtUp();

      await runner.rebuild();
      await runner.rebuild();
      const { rebuilding } = await runner.status();
      expect(rebuilding).toMatchObject({ version: 1, table: `${schema}.${name}_v1_1`, reason: 'requested', events: 0 });
      expect(runner.table).toBe(`${schema}.${name}_v1`);
      await store.append(a, [event('LotMoved')], 1);
      await eventually(async () => expect(await rows.get(a)).toEqual({ lot: a, volume: 7, moves: 1, version: 1 }));

      gate.allow();
      await runner.caughtUp();
      expect(runner.table).toBe(`${schema}.${name}_v1_1`);
      expect(await rows.get(a)).toEqual({ lot: a, volume: 7, moves: 1, version: 1 });
      expect(await exists(`${schema}.${name}_v1`)).toBe(false);
      const done = await runner.status();
      expect(done).toMatchObject({ activeVersion: 1, table: `${schema}.${name}_v1_1`, lag: 0 });
      expect(done.rebuilding).toBeUndefined();

      // The next one takes the plain name again.
      await runner.rebuild();
      await runner.caughtUp();
      expect(runner.table).toBe(`${schema}.${name}_v1`);
      await runner.stop();
    }, 60_000);

    it('follows a switch another process made: its queries and its feed move to the new table', async () => {
      const name = unique('shared');
      const a = lot();
      await store.append(a, [event('LotExtracted', { volume: 5 })], 'no_stream');
      const [one, other] = [0, 1].map(() => new ProjectionRunner(store, db, markedVolumes(name, 1), { schema, buildCheckMs: 50 }));
      await one!.start();
      await one!.caughtUp();
      await other!.start();

      await other!.rebuild();
      await other!.caughtUp();
      expect(other!.table).toBe(`${schema}.${name}_v1_1`);
      expect(one!.table).toBe(`${schema}.${name}_v1`);
      // The old table is gone under it: the query is asked again where the entry now points.
      expect(await rowsOf(one!).get(a)).toEqual({ lot: a, volume: 5, moves: 0, version: 1 });
      expect(one!.table).toBe(`${schema}.${name}_v1_1`);

      await other!.stop();
      await store.append(a, [event('LotMoved')], 1);
      await eventually(async () => expect(await rowsOf(one!).get(a)).toEqual({ lot: a, volume: 5, moves: 1, version: 1 }));
      await one!.stop();
    }, 60_000);

    it('takes over the table of a start before versions as version 1, rows, indexes and checkpoint kept', async () => {
      const name = unique('unversioned');
      const a = lot();
      // The append's own position: the log's visible head may lag behind it while another suite's transaction is open.
      const { position: last } = await store.append(a, [event('LotExtracted', { volume: 2 })], 'no_stream');
      // As the runner before versions left it: a table named after the projection, its checkpoint at its last event.
      await db.exec(`
        CREATE SCHEMA IF NOT EXISTS ${schema};
        CREATE TABLE IF NOT EXISTS ${schema}.projection_checkpoints (name text PRIMARY KEY, commit_position xid8 NOT NULL DEFAULT '0', prepare_position bigint NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE ${schema}.${name} (id text PRIMARY KEY, data jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX ${name}_data ON ${schema}.${name} USING gin (data jsonb_path_ops);
        CREATE INDEX ${name}_updated ON ${schema}.${name} (updated_at DESC, id);
        CREATE INDEX ${name}_by_lot ON ${schema}.${name} ((data->>'lot'));
        INSERT INTO ${schema}.${name} (id, data) VALUES ('kept', '{"lot": "kept", "volume": 1, "moves": 0}');
        INSERT INTO ${schema}.projection_checkpoints (name, commit_position, prepare_position) VALUES ('${name}', '${last.commit}', ${last.prepare});`);

      const runner = new ProjectionRunner(store, db, { ...lotVolumes(), name, lookups: [['lot']] }, { schema });
      await runner.start();
      await runner.caughtUp();
      expect(runner.table).toBe(`${schema}.${name}_v1`);
      // Not folded again: the row only the old table had is still there, and the event before its checkpoint is not.
      expect(await rowsOf(runner).get('kept')).toEqual({ lot: 'kept', volume: 1, moves: 0 });
      expect(await rowsOf(runner).get(a)).toBeUndefined();
      const indexes = await db.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname', [schema, `${name}_v1`]);
      expect(indexes.map((index) => index.indexname)).toEqual([`${name}_v1_by_lot`, `${name}_v1_data`, `${name}_v1_pkey`, `${name}_v1_updated`]);
      expect(await runner.status()).toMatchObject({ activeVersion: 1, position: last, lag: 0 });
      await runner.stop();
    }, 30_000);

    it('indexes its lookup fields, so a query by them on `data->>` can use the index', async () => {
      const runner = new ProjectionRunner(store, db, { ...lotVolumes(), name: 'lot_volumes_by_lot', lookups: [['lot', 'moves']] }, { schema });
      await runner.start();
      try {
        const indexes = await db.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2', [schema, 'lot_volumes_by_lot_v1']);
        expect(indexes.map((index) => index.indexname)).toContain('lot_volumes_by_lot_v1_by_lot_moves');
        const plan = await db.transaction(async (tx) => {
          await tx.exec('SET LOCAL enable_seqscan = off');
          return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT data FROM ${runner.table} WHERE data->>'lot' = 'lot-x' AND data->>'moves' > '1'`);
        });
        expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain('lot_volumes_by_lot_v1_by_lot_moves');
      } finally {
        await runner.stop();
      }
      expect(() => new ProjectionRunner(store, db, { ...lotVolumes(), lookups: [["lot'; DROP TABLE x; --"]] }, { schema })).toThrow(/plain top-level field name/);
      expect(() => new ProjectionRunner(store, db, { ...lotVolumes(), lifecycle: 'inline' }, { schema })).toThrow(/async projections only/);
    }, 30_000);

    it('writes nothing of a batch whose fold fails: rows and checkpoint move together', async () => {
      const c = lot();
      const poisoned = event('LotMoved');
      await store.append(c, [event('LotExtracted', { volume: 2 }), poisoned], 'no_stream');
      const failing = new ProjectionRunner(store, db, { ...lotVolumes(poisoned.id), name: 'lot_volumes_failing' }, { schema, batchSize: 100 });
      const rows = rowsOf(failing);
      await failing.start();
      const before = (await failing.status()).position;
      await expect(failing.caughtUp(5_000)).rejects.toThrow('evolve broke');
      expect(await rows.get(c)).toBeUndefined();
      expect((await failing.status()).position).toEqual(before);
    }, 30_000);
  });
}

describeProjectionRunner('the embedded database', () => pgliteClient());
describeWithServer(POSTGRES, 'projection runner', (url) => describeProjectionRunner('postgres', async () => postgresClient({ url })));
