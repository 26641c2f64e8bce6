import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_FUNCTION_WITHOUT_NOTIFY } from './1763990000000-notify-after-commit';

/**
 * Appends no longer look their event ids up before writing. The up-front lookup joined the
 * ids to `es_events`, and PL/pgSQL keeps a statement's plan for the session: a plan made
 * while the table was small scanned and hashed the whole table on every later append (1.6 ms
 * of a 2.3 ms append at 8,000 events, on one connection). The insert now skips stored ids (`ON CONFLICT
 * (event_id) DO NOTHING`, an index probe that was made anyway) and only then answers as a
 * retry; the lookup that remains (on a failed revision check, or after the insert met a
 * stored id) is planned with sequential scans off, so it probes the index whatever the
 * table's statistics were when its plan was made.
 * See docs/adr/0015-lean-append.md.
 */
export class AppendWithoutProbe1764000000000 implements MigrationInterface {
  readonly name = 'AppendWithoutProbe1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Only plans by index: one made while the table was small would otherwise scan it whole
    // for as long as the session keeps the plan, however large the table has grown since.
    await queryRunner.query('ALTER FUNCTION es_existing_append(text, uuid[]) SET enable_seqscan = off');
    await queryRunner.query(APPEND_FUNCTION_WITHOUT_PROBE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER FUNCTION es_existing_append(text, uuid[]) RESET enable_seqscan');
    await queryRunner.query(APPEND_FUNCTION_WITHOUT_NOTIFY);
  }
}

/**
 * The append: checks the expected revision on the stream row (locking it), derives the
 * positions from the transaction id, inserts the events. A retry is recognised without a
 * lookup on the usual path: under 'no_stream' or an exact revision its stream has moved on,
 * so the revision check fails and only then are the ids looked up; under 'any' or
 * 'stream_exists' the insert meets the stored ids, and the append takes its own writes back
 * (still inside the statement, so a caller's transaction stays usable) before answering.
 */
const APPEND_FUNCTION_WITHOUT_PROBE = `
CREATE OR REPLACE FUNCTION es_append(
  p_stream_id text,
  p_expected_kind text,
  p_expected_revision bigint,
  p_event_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (o_outcome text, o_revision bigint, o_position bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_count bigint := cardinality(p_event_ids);
  v_revision bigint;
  v_base bigint;
  v_xid bigint;
  v_inserted bigint;
BEGIN
  IF p_expected_kind = 'no_stream' THEN
    INSERT INTO es_streams AS s (stream_id, revision) VALUES (p_stream_id, v_count - 1)
      ON CONFLICT (stream_id) DO NOTHING
      RETURNING s.revision INTO v_revision;
  ELSIF p_expected_kind = 'exact' THEN
    UPDATE es_streams AS s SET revision = s.revision + v_count
      WHERE s.stream_id = p_stream_id AND s.revision = p_expected_revision
      RETURNING s.revision INTO v_revision;
  ELSIF p_expected_kind = 'stream_exists' THEN
    UPDATE es_streams AS s SET revision = s.revision + v_count
      WHERE s.stream_id = p_stream_id
      RETURNING s.revision INTO v_revision;
  ELSIF p_expected_kind = 'any' THEN
    INSERT INTO es_streams AS s (stream_id, revision) VALUES (p_stream_id, v_count - 1)
      ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + v_count
      RETURNING s.revision INTO v_revision;
  ELSE
    RAISE EXCEPTION 'unknown expected revision kind %', p_expected_kind USING ERRCODE = '22023';
  END IF;

  IF v_revision IS NULL THEN
    -- Nothing written. A stored append whose retry this is has moved its stream on, so the
    -- check failed: answer it, and otherwise the conflict.
    RETURN QUERY SELECT * FROM es_existing_append(p_stream_id, p_event_ids);
    IF FOUND THEN RETURN; END IF;
    RETURN QUERY SELECT 'conflict'::text, s.revision, NULL::bigint
      FROM (SELECT NULL) AS one LEFT JOIN es_streams s ON s.stream_id = p_stream_id;
    RETURN;
  END IF;

  v_xid := pg_current_xact_id()::text::bigint;
  SELECT coalesce(max(e.position) + 1, v_xid * 1048576) INTO v_base
    FROM es_events e
    WHERE e.position >= v_xid * 1048576 AND e.position < (v_xid + 1) * 1048576;
  IF v_base + v_count > (v_xid + 1) * 1048576 THEN
    RAISE EXCEPTION 'more than 1048576 events in one transaction' USING ERRCODE = '54000';
  END IF;

  INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata)
  SELECT v_base + ids.ord - 1, pg_current_xact_id(), p_stream_id, v_revision - v_count + ids.ord,
         ids.event_id, ids.type, ids.data, ids.metadata
  FROM unnest(p_event_ids, p_types, p_data, p_metadata)
       WITH ORDINALITY AS ids(event_id, type, data, metadata, ord)
  ON CONFLICT (event_id) DO NOTHING;
  GET DIAGNOSTICS v_inserted = ROW_COUNT;

  IF v_inserted < v_count THEN
    -- Some ids are stored (a retry, an identical append that committed first, or a partial
    -- overlap): take this append's writes back, holding the stream row's lock throughout, and
    -- answer as the stored append does. A stream row at v_count - 1 was made by this append.
    DELETE FROM es_events e WHERE e.position >= v_base AND e.position < v_base + v_count;
    IF v_revision = v_count - 1 THEN
      DELETE FROM es_streams s WHERE s.stream_id = p_stream_id;
    ELSE
      UPDATE es_streams AS s SET revision = s.revision - v_count WHERE s.stream_id = p_stream_id;
    END IF;
    RETURN QUERY SELECT * FROM es_existing_append(p_stream_id, p_event_ids);
    IF FOUND THEN RETURN; END IF;
    -- Nothing stored under these ids: the batch itself repeats one (the adapter refuses that first).
    RAISE EXCEPTION 'an event id occurs twice in one append' USING ERRCODE = '23505';
  END IF;

  RETURN QUERY SELECT 'ok'::text, v_revision, v_base + v_count - 1;
END
$$`;
