import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_FUNCTION } from './1763900000000-create-event-store';

/**
 * Appends no longer NOTIFY inside their transaction. PostgreSQL serialises the commits of all
 * transactions that notified (a database-wide lock held through the commit's WAL flush), so 16
 * writers flushed one by one instead of sharing a flush: appends ran at a fraction of plain
 * INSERTs. The adapter now notifies after the commit, from a transaction that writes no WAL.
 */
export class NotifyAfterCommit1763990000000 implements MigrationInterface {
  readonly name = 'NotifyAfterCommit1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_FUNCTION_WITHOUT_NOTIFY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
  }
}

export const APPEND_FUNCTION_WITHOUT_NOTIFY = `
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
BEGIN
  RETURN QUERY SELECT * FROM es_existing_append(p_stream_id, p_event_ids);
  IF FOUND THEN RETURN; END IF;

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
    -- A concurrent identical append may have won the stream lock: answer it, not a conflict.
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
       WITH ORDINALITY AS ids(event_id, type, data, metadata, ord);

  RETURN QUERY SELECT 'ok'::text, v_revision, v_base + v_count - 1;
END
$$`;
