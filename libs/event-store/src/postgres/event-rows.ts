import type { LogPosition, RecordedEvent } from '#shared-kernel';

/**
 * What every event read selects: the whole event as one JSON array, so the client makes one parse
 * and one small row per event instead of a column each (reads spend most of their time decoding).
 * Log positions travel as text, exact whatever their size; stream positions and the recording time
 * (whole milliseconds, as a Date holds them) as numbers.
 */
export const EVENT_COLUMN = `json_build_array(transaction_id::text, global_position::text, stream_id, stream_position, event_id, event_type,
  data, metadata, floor(extract(epoch FROM recorded_at) * 1000)) AS event`;

/** The array `EVENT_COLUMN` selects. */
export type EncodedEvent = readonly [
  commit: string,
  prepare: string,
  streamId: string,
  streamPosition: number,
  id: string,
  type: string,
  data: unknown,
  metadata: RecordedEvent['metadata'],
  recordedAtMs: number,
];

export interface EventRow {
  readonly [column: string]: unknown;
  readonly event: EncodedEvent;
}

/** Turns rows of `EVENT_COLUMN` into events; the events of one transaction share their commit position. */
export function toRecordedEvents(rows: readonly EventRow[]): RecordedEvent[] {
  const events = new Array<RecordedEvent>(rows.length);
  let commitText = '';
  let commit = 0n;
  for (let i = 0; i < rows.length; i++) {
    const [commitPosition, prepare, streamId, streamPosition, id, type, data, metadata, recordedAtMs] = rows[i]!.event;
    if (commitPosition !== commitText) {
      commitText = commitPosition;
      commit = BigInt(commitPosition);
    }
    events[i] = { id, type, data, metadata, streamId, streamPosition, position: { commit, prepare: BigInt(prepare) }, recordedAt: new Date(recordedAtMs) };
  }
  return events;
}

export function toPosition(commit: string, prepare: string): LogPosition {
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
}
