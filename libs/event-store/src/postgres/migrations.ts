export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The script, for the schema the store lives in (already validated as an identifier). */
  sql(schema: string): string;
}

/**
 * One call per batch. The concurrency gate is the events primary key (stream, position): a batch
 * goes in at positions expected + 1…, so of two writers at the same version only one can insert, and
 * no other row is written. A refusal explains itself through `refused_append`.
 */
const appendFunction = (s: string) => `
CREATE FUNCTION ${s}.append_events(p_stream text, p_expected bigint, p_events json)
RETURNS TABLE (outcome text, stream_version bigint, commit_position text, prepare_position text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count int := json_array_length(p_events);
  v_from bigint;
  v_inserted int;
BEGIN
  IF EXISTS (SELECT FROM ${s}.deleted_streams d WHERE d.stream_id = p_stream) THEN
    RETURN QUERY SELECT 'deleted'::text, NULL::bigint, NULL::text, NULL::text;
    RETURN;
  END IF;

  -- -1: no stream yet; -2: any version; n >= 1: exactly n.
  IF p_expected = -2 THEN
    -- Writers that accept any version take turns per stream, so each sees the last one's events.
    PERFORM pg_advisory_xact_lock(hashtextextended('${s}.' || p_stream, 0));
    IF EXISTS (SELECT FROM ${s}.events e WHERE e.stream_id = p_stream AND e.event_id = (p_events->0->>'id')::uuid) THEN
      RETURN QUERY SELECT * FROM ${s}.refused_append(p_stream, p_events);
      RETURN;
    END IF;
    SELECT coalesce(max(e.stream_position), 0) INTO v_from FROM ${s}.events e WHERE e.stream_id = p_stream;
  ELSE
    v_from := greatest(p_expected, 0);
    IF (v_from > 0 AND NOT EXISTS (SELECT FROM ${s}.events e WHERE e.stream_id = p_stream AND e.stream_position = v_from))
       OR EXISTS (SELECT FROM ${s}.events e WHERE e.stream_id = p_stream AND e.stream_position = v_from + 1) THEN
      RETURN QUERY SELECT * FROM ${s}.refused_append(p_stream, p_events);
      RETURN;
    END IF;
  END IF;

  INSERT INTO ${s}.events (stream_id, stream_position, event_id, event_type, data, metadata)
  SELECT p_stream, v_from + j.n, (j.ev->>'id')::uuid, j.ev->>'type', j.ev->'data', j.ev->'metadata'
  FROM json_array_elements(p_events) WITH ORDINALITY AS j(ev, n)
  ORDER BY j.n
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS v_inserted = ROW_COUNT;
  IF v_inserted < v_count THEN
    -- A concurrent writer took a position first: undo the whole batch, the caller asks why.
    RAISE EXCEPTION 'append to % raced another writer', p_stream USING ERRCODE = 'T0001';
  END IF;

  RETURN QUERY SELECT 'appended'::text, v_from + v_count, pg_current_xact_id()::text, lastval()::text;
END
$fn$;

CREATE FUNCTION ${s}.refused_append(p_stream text, p_events json)
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
  SELECT e.stream_position INTO v_first FROM ${s}.events e
  WHERE e.stream_id = p_stream AND e.event_id = (p_events->0->>'id')::uuid;
  IF FOUND THEN
    SELECT count(*) INTO v_matched
    FROM json_array_elements(p_events) WITH ORDINALITY AS j(ev, n)
    JOIN ${s}.events e ON e.stream_id = p_stream AND e.stream_position = v_first + j.n - 1 AND e.event_id = (j.ev->>'id')::uuid;
    IF v_matched = json_array_length(p_events) THEN
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
    name: 'events, deleted streams, subscriptions and the append function',
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
);
${appendFunction(s)}`,
  },
];
