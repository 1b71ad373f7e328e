import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ReadModel } from '#projections';
import { pgliteClient, postgresClient, type SqlClient } from '#sql';
import { describeWithServer, POSTGRES } from '#testing';
import type { LineageEdge, LineageRecord, LotRecord } from '../domain/lineage.js';
import { LineageReadModel } from './lineage.read-model.js';

// Logs L1 (10 m³) and L2 (8 m³) sawn into S (9 m³); X made of S and L2, and of U, a lot never noted; the product P made
// of S directly and through X, and of Z, a lot of no volume made of log L3.
const edge = (lotId: string, volume: number): LineageEdge => ({ lotId, volume });
const lot = (lotId: string, volume: number, parents: readonly LineageEdge[] = []): LotRecord => ({ kind: 'lot', lotId, madeVolume: volume, volume, parents, children: [], guides: [], cases: [], holds: [] });
const LOTS = [
  lot('L1', 10),
  lot('L2', 8),
  lot('L3', 3),
  lot('S', 9, [edge('L1', 10), edge('L2', 6)]),
  lot('X', 4, [edge('S', 2), edge('L2', 2), edge('U', 1)]),
  lot('Z', 0, [edge('L3', 1)]),
  lot('P', 5, [edge('S', 3), edge('X', 4), edge('Z', 1)]),
];

function describeLineageView(database: string, open: () => Promise<SqlClient>): void {
  describe(`a lineage's view, on ${database}`, () => {
    const table = `lineage_view_${randomUUID().slice(0, 8)}`;
    let db: SqlClient;
    let lineage: LineageReadModel;

    beforeAll(async () => {
      db = await open();
      await db.exec(`CREATE TABLE ${table} (id text PRIMARY KEY, data jsonb NOT NULL)`);
      for (const record of LOTS) await db.query(`INSERT INTO ${table} (id, data) VALUES ($1, $2::text::jsonb)`, [`lot:${record.lotId}`, JSON.stringify(record)]);
      // The view's statement alone, against a table of rows written here: the projection's folding is not what is tested.
      lineage = new LineageReadModel({ query: (text: (table: string) => string, params: readonly unknown[]) => db.query(text(table), params) } as unknown as ReadModel<LineageRecord>);
    }, 60_000);
    afterAll(async () => {
      await db?.exec(`DROP TABLE IF EXISTS ${table}`);
      await db?.close();
    });

    it("sums each ancestor's share over every path, at its nearest depth, and leaves it unknown where an amount on the way is", async () => {
      const view = await lineage.view('P');
      const shares = Object.fromEntries(view!.ancestors.map(({ lot: { lotId }, depth, share }) => [lotId, { depth, share }]));
      expect(Object.keys(shares).sort()).toEqual(['L1', 'L2', 'L3', 'S', 'U', 'X', 'Z']);
      // S: 3 of its 9 m³ directly, 2 more through X (all of X went in).
      expect(shares.S).toEqual({ depth: 1, share: expect.closeTo(5 / 9, 12) });
      expect(shares.X).toEqual({ depth: 1, share: 1 });
      expect(shares.L1).toEqual({ depth: 2, share: expect.closeTo(5 / 9, 12) });
      // L2: 6 of its 8 m³ into S, of which 5/9 flowed on; 2 more into X.
      expect(shares.L2).toEqual({ depth: 2, share: expect.closeTo((5 / 9) * (6 / 8) + 2 / 8, 12) });
      expect(shares.U).toEqual({ depth: 2, share: undefined });
      expect(shares.Z).toEqual({ depth: 1, share: undefined });
      expect(shares.L3).toEqual({ depth: 2, share: undefined });
      expect(view!.lot.lotId).toBe('P');
    });

    it('knows no lineage of a lot never noted', async () => {
      expect(await lineage.view('NEVER')).toBeUndefined();
    });
  });
}

describeLineageView('the embedded database', () => pgliteClient());
describeWithServer(POSTGRES, 'lineage view', (url) => describeLineageView('Postgres', async () => postgresClient({ url })));
