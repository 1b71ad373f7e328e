export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The script, for the schema the store lives in (already validated as an identifier). */
  sql(schema: string): string;
}

/** Append order of operations: idempotency check, concurrency gate on the stream row, one multi-row insert. */
const appendFunction = (s: string) => `
CREATE FUNCTION ${s}.append_events(p_stream text, p_expected bigint, p_events json)
RETURNS TABLE (outcome text, stream_version bigint, commit_position text, prepare_position text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count int := json_array_length(p_events);
  v_from bigint;
  v_last bigint;
BEGIN
  -- Only 'any' lets a retried batch through the gate, so only it checks event ids first.
  IF p_expected = -2 AND EXISTS (SELECT FROM ${s}.events e WHERE e.stream_id = p_stream AND e.event_id = (p_events->0->>'id')::uuid) THEN
    RETURN QUERY SELECT * FROM ${s}.refused_append(p_stream, p_events);
    RETURN;
  END IF;

  -- -1: no stream yet; -2: any version; n >= 1: exactly n.
  IF p_expected = -1 THEN
    INSERT INTO ${s}.streams (stream_id, version) VALUES (p_stream, v_count)
    ON CONFLICT (stream_id) DO NOTHING RETURNING 0 INTO v_from;
  ELSIF p_expected = -2 THEN
    INSERT INTO ${s}.streams AS st (stream_id, version) VALUES (p_stream, v_count)
    ON CONFLICT (stream_id) DO UPDATE SET version = st.version + v_count WHERE NOT st.deleted
    RETURNING st.version - v_count INTO v_from;
  ELSE
    UPDATE ${s}.streams SET version = version + v_count
    WHERE stream_id = p_stream AND version = p_expected AND NOT deleted
    RETURNING version - v_count INTO v_from;
  END IF;

  IF v_from IS NULL THEN
    -- The gate refused: a retry of a batch already stored is a success, anything else a conflict.
    RETURN QUERY SELECT * FROM ${s}.refused_append(p_stream, p_events);
    RETURN;
  END IF;

  INSERT INTO ${s}.events (stream_id, stream_position, event_id, event_type, data, metadata)
  SELECT p_stream, v_from + j.n, (j.ev->>'id')::uuid, j.ev->>'type', j.ev->'data', j.ev->'metadata'
  FROM json_array_elements(p_events) WITH ORDINALITY AS j(ev, n)
  ORDER BY j.n;
  v_last := currval(pg_get_serial_sequence('${s}.events', 'global_position'));

  RETURN QUERY SELECT 'appended'::text, v_from + v_count, pg_current_xact_id()::text, v_last::text;
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
  RETURN QUERY
    SELECT CASE WHEN st.deleted THEN 'deleted' ELSE 'conflict' END, st.version, NULL::text, NULL::text
    FROM (SELECT 1) one LEFT JOIN ${s}.streams st ON st.stream_id = p_stream;
END
$fn$;
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'streams, events, subscriptions and the append function',
    sql: (s) => `
CREATE TABLE ${s}.streams (
  stream_id text PRIMARY KEY,
  version bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false
);

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

CREATE TABLE ${s}.subscriptions (
  name text PRIMARY KEY,
  commit_position xid8 NOT NULL DEFAULT '0',
  prepare_position bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
${appendFunction(s)}`,
  },
];
