import type { ReadModel } from '#projections';
import type { LogPosition } from '#shared-kernel';
import type { Ancestor, CaseRecord, GuideRecord, LineageRecord, LineageView, LotRecord, PartyRecord, PermitRecord, PlanRecord, TransformationRecord } from '../domain/lineage.js';
import type { Descendant, Lineage } from './lineage.port.js';
import { lotKey } from './lineage-records.js';

// Deep enough for any real chain; a bound, so a malformed cycle cannot run the query for ever.
const MAX_DEPTH = 64;
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Ancestors by a recursive walk up the lots' parent edges, each path's share the product of each edge's volume over its
 * parent's, summed over paths; then every record the ancestors name (permits, plans, guides, cases, transformations,
 * parties, and the cases and parties the guides name), all in one statement. Records are fetched by key one by one:
 * joined, the planner hashed the whole table for a few hundred keys (45–55 ms instead of 28–31 for 500 ancestors).
 * The walk carries the m³ that flowed up each edge and divides by the lot's volume where it reads the lot anyway,
 * one step later: looking the parent up for its volume read each ancestor twice (22.5–23.4 ms instead of 19.3–19.9 for 500).
 */
export const LINEAGE_VIEW_SQL = (table: string) => `
  WITH RECURSIVE up(id, flowed, depth) AS (
    SELECT $1::text, NULL::float8, 0
    UNION ALL
    SELECT 'lot:' || (edge->>'lotId'), path.share * (edge->>'volume')::float8, up.depth + 1
      FROM up
      JOIN ${table} child ON child.id = up.id
      CROSS JOIN LATERAL (SELECT CASE WHEN up.depth = 0 THEN 1::float8 ELSE up.flowed / NULLIF((child.data->>'volume')::float8, 0) END AS share) path
      CROSS JOIN LATERAL jsonb_array_elements(child.data->'parents') edge
     WHERE up.depth < ${MAX_DEPTH}
  ),
  lots AS (
    SELECT paths.id, CASE WHEN paths.depth = 0 THEN 1::float8 WHEN paths.known THEN paths.flowed / NULLIF((found.data->>'volume')::float8, 0) END AS share, paths.depth, found.data
      FROM (SELECT id, bool_and(flowed IS NOT NULL) AS known, sum(flowed) AS flowed, min(depth) AS depth FROM up GROUP BY id) paths
      LEFT JOIN LATERAL (SELECT row.data FROM ${table} row WHERE row.id = paths.id) found ON true
  ),
  named_by_lots AS (
    SELECT 'permit:' || (data->'origin'->>'permitId') AS id FROM lots WHERE data ? 'origin'
    UNION SELECT 'plan:' || (data->'origin'->>'planId') FROM lots WHERE data ? 'origin'
    UNION SELECT 'party:' || (data->'origin'->>'holderTaxId') FROM lots WHERE data ? 'origin'
    UNION SELECT 'transformation:' || (data->>'transformationId') FROM lots WHERE data ? 'transformationId'
    UNION SELECT 'guide:' || guide FROM lots CROSS JOIN LATERAL jsonb_array_elements_text(data->'guides') guide
    UNION SELECT 'case:' || found FROM lots CROSS JOIN LATERAL jsonb_array_elements_text(data->'cases') found
    UNION SELECT 'party:' || $2::text WHERE $2::text IS NOT NULL
  ),
  guides AS (SELECT (SELECT row.data FROM ${table} row WHERE row.id = named.id) AS data FROM named_by_lots named WHERE named.id LIKE 'guide:%'),
  named AS (
    SELECT id FROM named_by_lots
    UNION SELECT 'case:' || (flag->>'caseId') FROM guides CROSS JOIN LATERAL jsonb_array_elements(data->'flags') flag WHERE flag ? 'caseId'
    UNION SELECT 'party:' || (data->>'issuerTaxId') FROM guides WHERE data ? 'issuerTaxId'
    UNION SELECT 'party:' || (data->>'holderTaxId') FROM guides WHERE data ? 'holderTaxId'
  )
  SELECT id, share, depth, data FROM lots
  UNION ALL
  SELECT id, NULL, NULL, data FROM (SELECT named.id, (SELECT row.data FROM ${table} row WHERE row.id = named.id) AS data FROM named) records WHERE data IS NOT NULL`;

const DESCENDANTS_SQL = (table: string) => `
  WITH RECURSIVE down(id, depth) AS (
    SELECT $1::text, 0
    UNION
    SELECT 'lot:' || (edge->>'lotId'), down.depth + 1
      FROM down JOIN ${table} parent ON parent.id = down.id CROSS JOIN LATERAL jsonb_array_elements(parent.data->'children') edge
     WHERE down.depth < ${MAX_DEPTH}
  )
  SELECT row.data, min(down.depth) AS depth FROM down JOIN ${table} row ON row.id = down.id WHERE down.depth > 0
   GROUP BY row.id, row.data ORDER BY min(down.depth), row.id`;

const TOUCHED_SQL = (table: string) => `
  WITH RECURSIVE down(id) AS (
    SELECT unnest($1::text[])
    UNION
    SELECT 'lot:' || (edge->>'lotId') FROM down JOIN ${table} parent ON parent.id = down.id CROSS JOIN LATERAL jsonb_array_elements(parent.data->'children') edge
  )
  SELECT substr(id, 5) AS "lotId" FROM down`;

type ViewRow = { id: string; share: number | null; depth: number | null; data: LineageRecord | null };

export class LineageReadModel implements Lineage {
  constructor(private readonly model: ReadModel<LineageRecord>) {}

  async view(lotId: string, exporterTaxId?: string): Promise<LineageView | undefined> {
    const rows = await this.model.query<ViewRow>(LINEAGE_VIEW_SQL, [lotKey(lotId), exporterTaxId ?? null]);
    const self = rows.find((row) => row.id === lotKey(lotId));
    if (!self?.data) return undefined;
    const of = <R extends LineageRecord>(kind: R['kind']) => rows.filter((row) => row.depth === null && row.data?.kind === kind).map((row) => row.data as R);
    const ancestors: Ancestor[] = rows
      .filter((row) => row.depth !== null && row.depth > 0)
      .map((row) => ({ lot: (row.data as LotRecord | null) ?? unknownLot(row.id), depth: Number(row.depth), ...(row.share === null ? {} : { share: Number(row.share) }) }))
      .sort((a, b) => a.depth - b.depth || a.lot.lotId.localeCompare(b.lot.lotId));
    return {
      lot: self.data as LotRecord,
      ancestors,
      permits: of<PermitRecord>('permit'),
      plans: of<PlanRecord>('plan'),
      guides: of<GuideRecord>('guide'),
      cases: of<CaseRecord>('case'),
      transformations: of<TransformationRecord>('transformation'),
      parties: of<PartyRecord>('party'),
    };
  }

  async descendants(lotId: string): Promise<Descendant[]> {
    const rows = await this.model.query<{ data: LotRecord; depth: number }>(DESCENDANTS_SQL, [lotKey(lotId)]);
    return rows.map((row) => ({ lot: row.data, depth: Number(row.depth) }));
  }

  async touched(lotIds: readonly string[]): Promise<string[]> {
    if (lotIds.length === 0) return [];
    const rows = await this.model.query<{ lotId: string }>(TOUCHED_SQL, [lotIds.map(lotKey)]);
    return rows.map((row) => row.lotId);
  }

  async lotsOfPermit(permitId: string): Promise<string[]> {
    const rows = await this.model.query<{ lotId: string }>((table) => `SELECT data->>'lotId' AS "lotId" FROM ${table} WHERE data @> $1::text::jsonb`, [JSON.stringify({ kind: 'lot', origin: { permitId } })]);
    return rows.map((row) => row.lotId);
  }

  async lotsNamedBy(key: string): Promise<string[]> {
    const record = await this.model.rows.get(key);
    if (!record) return [];
    if (record.kind === 'guide' || record.kind === 'case') return [...record.lots];
    if (record.kind === 'transformation') return [...record.outputs];
    return [];
  }

  heldUpTo(): Promise<LogPosition> {
    return this.model.position();
  }

  settled(): Promise<void> {
    return this.model.caughtUp(SETTLE_TIMEOUT_MS);
  }
}

/** An ancestor named by an edge whose own facts have not been noted: it has no origin, so it proves nothing. */
function unknownLot(id: string): LotRecord {
  return { kind: 'lot', lotId: id.slice('lot:'.length), madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [] };
}
