import type { EventToAppend } from '#shared-kernel';

/** One append as one statement: its text and parameters. */
export interface AppendStatement {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * The append is a plain INSERT, not a function call (a PL/pgSQL call cost more than the insert it ran).
 * It goes in at positions version + 1…, only if the stream is not deleted and is at exactly `version`
 * (0: no stream yet), and returns the stream's new version and the last event's log position (and, for
 * one event, when it was recorded, as a read would answer it in ms); it
 * returns no row when the stream is deleted or elsewhere, and fails with unique_violation (23505)
 * when another writer took one of the positions or the stream already holds one of the event ids.
 * Payloads travel as JSON text (a batch's as one JSON array each), so no driver re-encodes or escapes them.
 */
export class AppendStatements {
  private readonly single: string;
  private readonly batch: string;

  constructor(schema: string) {
    // The stream holds position `version` exactly when a version is expected; written so that no parameter value folds it away.
    const gate = `NOT EXISTS (SELECT FROM ${schema}.deleted_streams d WHERE d.stream_id = $1)
      AND EXISTS (SELECT FROM ${schema}.events x WHERE x.stream_id = $1 AND x.stream_position = $2) = ($2 > 0)`;
    const insert = `INSERT INTO ${schema}.events AS e (stream_id, stream_position, event_id, event_type, data, metadata)`;
    this.single = `${insert}
      SELECT $1::text, $2::bigint + 1, $3::uuid, $4::text, $5::text::json, $6::text::json
      WHERE ${gate}
      RETURNING e.stream_position AS stream_version, e.transaction_id::text AS commit_position, e.global_position::text AS prepare_position,
        floor(extract(epoch FROM e.recorded_at) * 1000) AS recorded_at_ms`;
    this.batch = `WITH appended AS (${insert}
        SELECT $1::text, $2::bigint + b.n, b.id, b.type, d.data, m.metadata
        FROM unnest($3::uuid[], $4::text[]) WITH ORDINALITY AS b(id, type, n)
        JOIN json_array_elements($5::text::json) WITH ORDINALITY AS d(data, n) ON d.n = b.n
        JOIN json_array_elements($6::text::json) WITH ORDINALITY AS m(metadata, n) ON m.n = b.n
        WHERE ${gate}
        ORDER BY b.n
        RETURNING e.stream_position, e.global_position)
      SELECT max(a.stream_position) AS stream_version, pg_current_xact_id()::text AS commit_position, max(a.global_position)::text AS prepare_position
      FROM appended a HAVING count(*) > 0`;
  }

  /** Appends `events` to a stream at `version`; one event takes a shorter statement than a batch. */
  at(streamId: string, version: number, events: readonly EventToAppend[]): AppendStatement {
    if (events.length === 1) {
      const [{ id, type, data, metadata }] = events as readonly [EventToAppend];
      return { text: this.single, params: [streamId, version, id, type, JSON.stringify(data), JSON.stringify(metadata)] };
    }
    return {
      text: this.batch,
      params: [
        streamId,
        version,
        events.map((e) => e.id),
        events.map((e) => e.type),
        JSON.stringify(events.map((e) => e.data)),
        JSON.stringify(events.map((e) => e.metadata)),
      ],
    };
  }
}
