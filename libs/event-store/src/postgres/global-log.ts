import type { SqlExecutor } from '#sql';
import type { LogPosition, RecordedEvent } from '#shared-kernel';
import { LOG_START } from '#shared-kernel';
import type { EventFilter } from '../event-store.js';
import { EVENT_COLUMN, type EventRow, toPosition, toRecordedEvents } from './event-rows.js';

/**
 * Gap-safe reads of the global log. Positions are handed out before commit, so a later position can
 * be visible while an earlier one is still in flight; only rows written by transactions older than
 * every transaction still running (the snapshot's xmin) are final, and they are read in
 * (transaction id, position) order, which is the order the checkpoint pair follows.
 */
export class GlobalLog {
  private readonly pageQuery: string;
  private readonly headQuery: string;

  constructor(
    private readonly db: SqlExecutor,
    schema: string,
  ) {
    this.pageQuery = `SELECT ${EVENT_COLUMN} FROM ${schema}.events
      WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
        AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        AND ($3::text::jsonb IS NULL OR jsonb_exists($3::text::jsonb, event_type))
        AND ($4::text::jsonb IS NULL OR EXISTS (SELECT FROM jsonb_array_elements_text($4::text::jsonb) p WHERE starts_with(stream_id, p)))
      ORDER BY transaction_id, global_position
      LIMIT $5`;
    this.headQuery = `SELECT transaction_id::text AS commit_position, global_position::text AS prepare_position
      FROM ${schema}.events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`;
  }

  async read(after: LogPosition = LOG_START, maxCount: number, filter?: EventFilter): Promise<RecordedEvent[]> {
    const rows = await this.db.query<EventRow>(this.pageQuery, [
      after.commit.toString(),
      after.prepare.toString(),
      filter?.eventTypes?.length ? JSON.stringify(filter.eventTypes) : null,
      filter?.streamPrefixes?.length ? JSON.stringify(filter.streamPrefixes) : null,
      maxCount,
    ]);
    return toRecordedEvents(rows);
  }

  /** The last committed event's position, in flight or final. */
  async head(): Promise<LogPosition> {
    const [row] = await this.db.query<{ commit_position: string; prepare_position: string }>(this.headQuery);
    return row ? toPosition(row.commit_position, row.prepare_position) : LOG_START;
  }
}

export function matches(event: RecordedEvent, filter: EventFilter | undefined): boolean {
  if (filter?.eventTypes?.length && !filter.eventTypes.includes(event.type)) return false;
  if (filter?.streamPrefixes?.length && !filter.streamPrefixes.some((p) => event.streamId.startsWith(p))) return false;
  return true;
}
