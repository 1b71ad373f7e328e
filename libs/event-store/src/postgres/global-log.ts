import type { SqlExecutor } from '#sql';
import type { LogPosition, RecordedEvent } from '#shared-kernel';
import { comparePositions, LOG_START } from '#shared-kernel';
import type { Backlog, EventFilter } from '../event-store.js';
import { EVENT_COLUMN, type EventRow, toPosition, toRecordedEvents } from './event-rows.js';

/** An event's place in the log and what a filter looks at. */
export interface LogEntry {
  readonly position: LogPosition;
  readonly type: string;
  readonly streamId: string;
}

interface EntryRow {
  readonly [column: string]: unknown;
  readonly horizon: string;
  readonly commit_position: string | null;
  readonly prepare_position: string | null;
  readonly event_type: string | null;
  readonly stream_id: string | null;
}

/**
 * Gap-safe reads of the global log. Positions are handed out before commit, so a later position can
 * be visible while an earlier one is still in flight; only rows written by transactions older than
 * every transaction still running (the snapshot's xmin) are final, and they are read in
 * (transaction id, position) order, which is the order the checkpoint pair follows.
 */
export class GlobalLog {
  private readonly pageQuery: string;
  private readonly scanQuery: string;
  private readonly headQuery: string;
  private readonly backlogQuery: string;
  private readonly entriesQuery: string;

  constructor(
    private readonly db: SqlExecutor,
    schema: string,
  ) {
    const after = `(transaction_id, global_position) > ($1::xid8, $2::bigint)
        AND ($3::text::jsonb IS NULL OR jsonb_exists($3::text::jsonb, event_type))
        AND ($4::text::jsonb IS NULL OR EXISTS (SELECT FROM jsonb_array_elements_text($4::text::jsonb) p WHERE starts_with(stream_id, p)))`;
    const wanted = (horizon: string) => `${after}
        AND transaction_id < ${horizon}`;
    const page = (horizon: string, columns: string) => `SELECT ${columns} FROM ${schema}.events
      WHERE ${wanted(horizon)}
      ORDER BY transaction_id, global_position
      LIMIT $5`;
    this.pageQuery = page('pg_snapshot_xmin(pg_current_snapshot())', EVENT_COLUMN);
    // The same page, and the horizon it was read under: one row with a null event when nothing matched.
    const scan = (columns: string, selected: string) => `WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
      SELECT h.xmin::text AS horizon, ${selected} FROM h
      LEFT JOIN LATERAL (${page('h.xmin', `${columns}, transaction_id, global_position`)}) e ON true
      ORDER BY e.transaction_id, e.global_position`;
    this.scanQuery = scan(EVENT_COLUMN, 'e.event');
    // Where each event is and what a filter looks at, without its data: what the log tail holds.
    this.entriesQuery = scan('transaction_id::text AS commit_position, global_position::text AS prepare_position, event_type, stream_id', 'e.commit_position, e.prepare_position, e.event_type, e.stream_id');
    // Every committed row after the position, final or not: a transaction left open holds the readable log back, and lag must show it.
    this.backlogQuery = `WITH wanted AS (SELECT transaction_id, global_position FROM ${schema}.events WHERE ${after} ORDER BY transaction_id, global_position LIMIT $5)
      SELECT (SELECT count(*) FROM wanted)::text AS events, l.transaction_id::text AS commit_position, l.global_position::text AS prepare_position
      FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT * FROM wanted ORDER BY transaction_id DESC, global_position DESC LIMIT 1) l ON true`;
    this.headQuery = `SELECT transaction_id::text AS commit_position, global_position::text AS prepare_position
      FROM ${schema}.events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`;
  }

  async read(after: LogPosition = LOG_START, maxCount: number, filter?: EventFilter): Promise<RecordedEvent[]> {
    return toRecordedEvents(await this.db.query<EventRow>(this.pageQuery, pageParams(after, maxCount, filter)));
  }

  /**
   * The events after `after` that pass the filter, filtered by the server, and how far the log was
   * scanned for them: past the last event of a full page, else up to the horizon, since every
   * transaction below it had ended. A subscription moves on to `scannedTo` even when nothing matched.
   */
  async scan(after: LogPosition, maxCount: number, filter?: EventFilter): Promise<{ readonly events: RecordedEvent[]; readonly scannedTo: LogPosition }> {
    const rows = await this.db.query<{ readonly [column: string]: unknown; readonly horizon: string; readonly event: EventRow['event'] | null }>(
      this.scanQuery,
      pageParams(after, maxCount, filter),
    );
    const events = rows[0]?.event ? toRecordedEvents(rows as readonly EventRow[]) : [];
    return { events, scannedTo: scannedTo(events, maxCount, rows[0]!.horizon) };
  }

  /** The same scan with no filter, of every event's position, type and stream only. */
  async entries(after: LogPosition, maxCount: number): Promise<{ readonly entries: LogEntry[]; readonly scannedTo: LogPosition }> {
    const rows = await this.db.query<EntryRow>(this.entriesQuery, pageParams(after, maxCount, undefined));
    const entries = rows[0]?.commit_position == null ? [] : rows.map((row) => ({ position: toPosition(row.commit_position!, row.prepare_position!), type: row.event_type!, streamId: row.stream_id! }));
    return { entries, scannedTo: scannedTo(entries, maxCount, rows[0]!.horizon) };
  }

  async backlog(after: LogPosition = LOG_START, filter?: EventFilter, upTo?: number): Promise<Backlog> {
    const [row] = await this.db.query<{ events: string; commit_position: string | null; prepare_position: string | null }>(
      this.backlogQuery,
      // A null limit is none.
      pageParams(after, upTo ?? null, filter),
    );
    const events = Number(row?.events ?? 0);
    return row?.commit_position == null ? { events } : { events, last: toPosition(row.commit_position, row.prepare_position!) };
  }

  /** The last committed event's position, in flight or final. */
  async head(): Promise<LogPosition> {
    const [row] = await this.db.query<{ commit_position: string; prepare_position: string }>(this.headQuery);
    return row ? toPosition(row.commit_position, row.prepare_position) : LOG_START;
  }
}

/** Past the last of a full page, else up to the horizon the page was read under. */
function scannedTo(page: readonly { readonly position: LogPosition }[], maxCount: number, horizonXid: string): LogPosition {
  const last = page.at(-1);
  if (last && page.length >= maxCount) return last.position;
  const horizon: LogPosition = { commit: BigInt(horizonXid), prepare: 0n };
  // Every event of a transaction below the horizon precedes (horizon, 0); the horizon's own come after it.
  return last && comparePositions(last.position, horizon) > 0 ? last.position : horizon;
}

function pageParams(after: LogPosition, maxCount: number | null, filter: EventFilter | undefined): unknown[] {
  return [
    after.commit.toString(),
    after.prepare.toString(),
    filter?.eventTypes?.length ? JSON.stringify(filter.eventTypes) : null,
    filter?.streamPrefixes?.length ? JSON.stringify(filter.streamPrefixes) : null,
    maxCount,
  ];
}
