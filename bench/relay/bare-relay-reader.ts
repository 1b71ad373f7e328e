import { parentPort, workerData } from 'node:worker_threads';
import type { Message } from 'kafkajs';
import postgres from 'postgres';
import { publishedMessageId } from '../../libs/messaging/src/publication.js';

/** What the sending thread gives the reader: where the events are and how many to read a page. */
export interface ReaderData {
  readonly databaseUrl: string;
  readonly schema: string;
  readonly prefix: string;
  readonly batch: number;
  readonly pageSize: number;
}

type Row = { transaction: string; position: string; stream: string; event: string; data: string; metadata: string; correlation: string; causation: string };

// The bare relay's reader: connected, it says so; then a page of the publisher's events per request, as ready messages
// in batches; an empty page ends.
const { databaseUrl, schema, prefix, batch, pageSize } = workerData as ReaderData;
const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
const page = `SELECT transaction_id::text AS transaction, global_position::text AS position, stream_id AS stream, event_id::text AS event,
    data::text AS data, metadata::text AS metadata, metadata->>'correlationId' AS correlation, metadata->>'causationId' AS causation
  FROM ${schema}.events
  WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) AND event_type = 'LoadCounted' AND stream_id LIKE $3
  ORDER BY transaction_id, global_position LIMIT $4`;
let after = { transaction: '0', position: '0' };
await sql`SELECT 1`;
parentPort!.postMessage('ready');

parentPort!.on('message', async () => {
  const rows = await sql.unsafe<Row[]>(page, [after.transaction, after.position, `${prefix}-%`, pageSize], { prepare: true });
  if (rows.length === 0) {
    parentPort!.postMessage([]);
    await sql.end();
    return;
  }
  after = rows.at(-1)!;
  const batches: Message[][] = [];
  for (let start = 0; start < rows.length; start += batch) batches.push(rows.slice(start, start + batch).map(messageOf));
  parentPort!.postMessage(batches);
});

/** The relay's message for a `LoadCounted` row: its `LoadChecked`, keyed by the stream, the envelope in headers. */
function messageOf(row: Row): Message {
  return {
    key: row.stream,
    value: `{"data":${row.data},"metadata":${row.metadata}}`,
    headers: { 'message-id': publishedMessageId(row.event, 0), type: 'LoadChecked', version: '1', 'correlation-id': row.correlation, 'causation-id': row.causation },
  };
}
