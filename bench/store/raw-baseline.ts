import postgres from 'postgres';
import { timberEvents } from './event-payloads.js';
import { StreamCursors } from './stream-cursors.js';

/**
 * The baseline: plain postgres.js inserts, autocommit, into a table shaped like an event row
 * (stream id, stream position, event id, type, data, metadata, recorded at) with only its natural
 * key, no append function, no concurrency gate, no extra indexes.
 */
export class RawBaseline {
  private sequence = 0;
  private readonly table: string;

  private constructor(
    private readonly sql: postgres.Sql,
    schema: string,
  ) {
    this.table = `${schema}.events`;
  }

  static async open(url: string, schema: string, connections: number): Promise<RawBaseline> {
    const sql = postgres(url, { max: connections, onnotice: () => undefined, connection: { application_name: 'bench-raw' } });
    await sql.unsafe(`
      CREATE SCHEMA ${schema};
      CREATE TABLE ${schema}.events (
        stream_id text NOT NULL,
        stream_position bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_id, stream_position)
      )`);
    return new RawBaseline(sql, schema);
  }

  /** An insert operation for `runConcurrently`: one statement of `events` rows per call, on the writer's own streams. */
  writer(streamPrefix: string, events: number, eventsPerStream: number): (worker: number) => Promise<number> {
    const cursors = new StreamCursors(streamPrefix, eventsPerStream);
    return async (worker) => {
      const batch = timberEvents(events, (this.sequence += events));
      const { streamId, firstPosition } = cursors.next(worker, events);
      const rows = batch.map((event, i) => ({
        stream_id: streamId,
        stream_position: firstPosition + i,
        event_id: event.id,
        event_type: event.type,
        // Generated events are plain JSON; postgres.js sends each as jsonb (the column's type).
        data: event.data as postgres.JSONValue,
        metadata: event.metadata as unknown as postgres.JSONValue,
      }));
      if (rows.length === 1) await this.sql`insert into ${this.sql(this.table)} ${this.sql(rows[0]!)}`;
      else await this.sql`insert into ${this.sql(this.table)} ${this.sql(rows)}`;
      return events;
    };
  }

  close(): Promise<void> {
    return this.sql.end({ timeout: 5 });
  }
}
