import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import type { EventToAppend } from '#shared-kernel';

/** The floor under a command: one event row, one prepared autocommit insert into a table of its own; no read, fold or decision. */
export class RawFloor {
  private position = 0;
  private readonly streamId = `floor-${randomUUID()}`;

  private constructor(
    private readonly sql: postgres.Sql,
    private readonly table: string,
    private readonly event: EventToAppend,
  ) {}

  static async open(url: string, schema: string, event: EventToAppend): Promise<RawFloor> {
    const sql = postgres(url, { max: 1, onnotice: () => undefined, connection: { application_name: 'bench-floor' } });
    await sql.unsafe(`
      CREATE SCHEMA ${schema};
      CREATE TABLE ${schema}.events (
        stream_id text NOT NULL,
        stream_position bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_id, stream_position)
      )`);
    return new RawFloor(sql, `${schema}.events`, event);
  }

  /** One round trip: the event's row at the stream's next position. */
  async append(): Promise<void> {
    const { type, data, metadata } = this.event;
    await this.sql`
      insert into ${this.sql(this.table)} (stream_id, stream_position, event_id, event_type, data, metadata)
      values (${this.streamId}, ${++this.position}, ${randomUUID()}, ${type}, ${JSON.stringify(data)}::json, ${JSON.stringify(metadata)}::json)`;
  }

  close(): Promise<void> {
    return this.sql.end({ timeout: 5 });
  }
}
