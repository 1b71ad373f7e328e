import type { SqlExecutor } from '#sql';
import type { EventToAppend } from '#shared-kernel';

/** What the grouped insert returns for each event that went in. */
export interface GroupedRow {
  readonly [column: string]: unknown;
  readonly stream_id: string;
  readonly event_id: string;
  readonly stream_version: string | number;
  readonly commit_position: string;
  readonly prepare_position: string;
  readonly recorded_at_ms: string | number;
}

interface Waiting {
  readonly streamId: string;
  readonly version: number;
  readonly event: EventToAppend;
  readonly resolve: (row: GroupedRow | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/** Statements of grouped appends in flight at once: more would only queue behind each other's commits. */
const IN_FLIGHT = 4;

/** A statement carries at most this many appends, so one slow batch holds few callers. */
const MOST_PER_STATEMENT = 64;

/**
 * Group commit of one-event appends at an exact version: while `IN_FLIGHT` statements are running,
 * the appends that arrive wait and then go in together, one INSERT and one commit for all, each under
 * its own gate (the stream not deleted and exactly at its version). Alone, an append goes at once.
 * An append that does not go in (a position or event id already taken, within the group too, or
 * the gate closed) gets no row, and the caller explains why, as for an append on its own.
 */
export class GroupedAppends {
  private readonly statement: string;
  private waiting: Waiting[] = [];
  private running = 0;

  constructor(
    private readonly db: SqlExecutor,
    schema: string,
  ) {
    this.statement = `INSERT INTO ${schema}.events AS e (stream_id, stream_position, event_id, event_type, data, metadata)
      SELECT b.stream_id, b.version + 1, b.id, b.type, d.data, m.metadata
      FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[]) WITH ORDINALITY AS b(stream_id, version, id, type, n)
      JOIN json_array_elements($5::text::json) WITH ORDINALITY AS d(data, n) ON d.n = b.n
      JOIN json_array_elements($6::text::json) WITH ORDINALITY AS m(metadata, n) ON m.n = b.n
      WHERE NOT EXISTS (SELECT FROM ${schema}.deleted_streams d WHERE d.stream_id = b.stream_id)
        AND EXISTS (SELECT FROM ${schema}.events x WHERE x.stream_id = b.stream_id AND x.stream_position = b.version) = (b.version > 0)
      ORDER BY b.n
      ON CONFLICT DO NOTHING
      RETURNING e.stream_id, e.event_id::text AS event_id, e.stream_position AS stream_version, e.transaction_id::text AS commit_position,
        e.global_position::text AS prepare_position, floor(extract(epoch FROM e.recorded_at) * 1000) AS recorded_at_ms`;
  }

  /** Appends one event at `version` (0: no stream yet); no row when it did not go in. */
  append(streamId: string, version: number, event: EventToAppend): Promise<GroupedRow | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ streamId, version, event, resolve, reject });
      this.send();
    });
  }

  private send(): void {
    while (this.waiting.length > 0 && this.running < IN_FLIGHT) {
      const group = this.waiting.slice(0, MOST_PER_STATEMENT);
      this.waiting = this.waiting.slice(group.length);
      this.running++;
      void this.insert(group).finally(() => {
        this.running--;
        this.send();
      });
    }
  }

  private async insert(group: readonly Waiting[]): Promise<void> {
    try {
      const rows = await this.db.query<GroupedRow>(this.statement, [
        group.map((w) => w.streamId),
        group.map((w) => w.version),
        group.map((w) => w.event.id),
        group.map((w) => w.event.type),
        // One JSON array each: a text[] of JSON would escape every quote of every payload on the way.
        JSON.stringify(group.map((w) => w.event.data)),
        JSON.stringify(group.map((w) => w.event.metadata)),
      ]);
      const inserted = new Map(rows.map((row) => [keyOf(row.stream_id, row.event_id), row]));
      for (const w of group) w.resolve(inserted.get(keyOf(w.streamId, w.event.id)));
    } catch (error) {
      // Each member again on its own, so an append the database refuses outright fails alone.
      if (group.length > 1) await Promise.all(group.map((w) => this.insert([w])));
      else group[0]?.reject(error);
    }
  }
}

const keyOf = (streamId: string, eventId: string) => `${streamId}\u0000${eventId.toLowerCase()}`;
