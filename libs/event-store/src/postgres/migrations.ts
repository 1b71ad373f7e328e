export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The script, for the schema the store lives in (already validated as an identifier). */
  sql(schema: string): string;
}

/**
 * Why an append went in neither as asked nor at all: the stream is deleted, the batch is already
 * stored (a retry, answered with its original result), or the stream is at another version.
 */
const refusedAppend = (s: string) => `
CREATE FUNCTION ${s}.refused_append(p_stream text, p_ids uuid[])
RETURNS TABLE (outcome text, stream_version bigint, commit_position text, prepare_position text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_first bigint;
  v_matched int;
  v_last ${s}.events%ROWTYPE;
BEGIN
  IF EXISTS (SELECT FROM ${s}.deleted_streams d WHERE d.stream_id = p_stream) THEN
    RETURN QUERY SELECT 'deleted'::text, NULL::bigint, NULL::text, NULL::text;
    RETURN;
  END IF;
  -- The same event ids at consecutive positions: a retry of a stored batch, answered as before.
  SELECT e.stream_position INTO v_first FROM ${s}.events e WHERE e.stream_id = p_stream AND e.event_id = p_ids[1];
  IF FOUND THEN
    SELECT count(*) INTO v_matched
    FROM unnest(p_ids) WITH ORDINALITY AS b(id, n)
    JOIN ${s}.events e ON e.stream_id = p_stream AND e.stream_position = v_first + b.n - 1 AND e.event_id = b.id;
    IF v_matched = cardinality(p_ids) THEN
      SELECT * INTO v_last FROM ${s}.events e WHERE e.stream_id = p_stream AND e.stream_position = v_first + v_matched - 1;
      RETURN QUERY SELECT 'duplicate'::text, v_last.stream_position, v_last.transaction_id::text, v_last.global_position::text;
      RETURN;
    END IF;
  END IF;
  RETURN QUERY SELECT 'conflict'::text, max(e.stream_position), NULL::text, NULL::text FROM ${s}.events e WHERE e.stream_id = p_stream;
END
$fn$;
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, deleted streams, subscriptions',
    sql: (s) => `
CREATE TABLE ${s}.events (
  global_position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id text NOT NULL,
  stream_position bigint NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  -- json keeps the text as sent: nothing queries inside payloads, and reads skip a jsonb-to-text conversion.
  data json NOT NULL,
  metadata json NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stream_id, stream_position),
  UNIQUE (stream_id, event_id)
);

-- The global log is read in commit-safe order: (writing transaction, position).
CREATE INDEX events_log ON ${s}.events (transaction_id, global_position);

CREATE TABLE ${s}.deleted_streams (
  stream_id text PRIMARY KEY,
  deleted_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ${s}.subscriptions (
  name text PRIMARY KEY,
  commit_position xid8 NOT NULL DEFAULT '0',
  prepare_position bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);`,
  },
  {
    version: 2,
    name: 'appends are plain inserts; refusals are explained by event ids',
    // Version 1 once also created the append functions; stores created since never had them.
    sql: (s) => `
DROP FUNCTION IF EXISTS ${s}.append_events(text, bigint, json);
DROP FUNCTION IF EXISTS ${s}.refused_append(text, json);
${refusedAppend(s)}`,
  },
  {
    version: 3,
    name: 'events are found by the keys they claim',
    // Only events that claim keys are indexed; the lookup repeats the predicate so the index serves it. Without
    // fastupdate a search never scans a pending list of recent entries, which grew to milliseconds per lookup.
    sql: (s) => `
CREATE INDEX events_keys ON ${s}.events USING gin (((metadata::jsonb) -> 'keys')) WITH (fastupdate = off) WHERE (metadata::jsonb) ? 'keys';`,
  },
];
