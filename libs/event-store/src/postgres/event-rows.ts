import type { LogPosition, RecordedEvent } from '#shared-kernel';

/** Columns every event read selects; positions travel as text because drivers disagree on int8 and xid8. */
export const EVENT_COLUMNS = `transaction_id::text AS commit_position, global_position::text AS prepare_position,
  stream_id, stream_position::text AS stream_position, event_id::text AS event_id, event_type, data, metadata, recorded_at`;

export interface EventRow {
  readonly [column: string]: unknown;
  readonly commit_position: string;
  readonly prepare_position: string;
  readonly stream_id: string;
  readonly stream_position: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly data: unknown;
  readonly metadata: RecordedEvent['metadata'];
  readonly recorded_at: Date | string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamPosition: Number(row.stream_position),
    position: toPosition(row.commit_position, row.prepare_position),
    recordedAt: new Date(row.recorded_at),
  };
}

export function toPosition(commit: string, prepare: string): LogPosition {
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
}
