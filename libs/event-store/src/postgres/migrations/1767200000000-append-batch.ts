import type { MigrationInterface, QueryRunner } from 'typeorm';

export const APPEND_BATCH_FUNCTION = 'es_append_batch(text[], bigint[], uuid[], text[], jsonb[], jsonb[])';

/**
 * One-event appends to distinct streams, gathered while earlier appends were on their way
 * (ADR 50), written as one transaction: element `n` of the arrays is one append, at the
 * revision in `$2` or, where that is null, to a new stream. Each is checked on its stream's
 * row as the lone append is (ADR 18), and an append whose check fails writes nothing and
 * answers no row, while the others are kept. A stored event id fails the whole statement.
 * Positions follow the arrays' order within the transaction's range. Runs as the tables'
 * owner, like the other append functions (ADR 32).
 */
export class AppendBatch1767200000000 implements MigrationInterface {
  readonly name = 'AppendBatch1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query('SELECT quote_ident(current_schema()) AS schema')) as { schema: string }[];
    await queryRunner.query(`
CREATE FUNCTION ${APPEND_BATCH_FUNCTION}
RETURNS TABLE (o_stream_id text, o_revision text, o_position text)
LANGUAGE sql VOLATILE AS $$
  WITH input AS (
    SELECT * FROM unnest($1, $2, $3, $4, $5, $6) WITH ORDINALITY
      AS i(stream_id, expected, event_id, type, data, metadata, n)
  ), moved AS (
    UPDATE es_streams AS s SET revision = s.revision + 1
    FROM input AS i
    WHERE i.expected IS NOT NULL AND s.stream_id = i.stream_id AND s.revision = i.expected
    RETURNING s.stream_id, s.revision
  ), made AS (
    INSERT INTO es_streams (stream_id, revision)
    SELECT i.stream_id, 0 FROM input AS i WHERE i.expected IS NULL
    ON CONFLICT (stream_id) DO NOTHING
    RETURNING stream_id, revision
  )
  INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata)
  SELECT pg_current_xact_id()::text::bigint * 1048576 + i.n - 1, pg_current_xact_id(),
         i.stream_id, s.revision, i.event_id, i.type, i.data, i.metadata
  FROM input AS i
  JOIN (SELECT * FROM moved UNION ALL SELECT * FROM made) AS s ON s.stream_id = i.stream_id
  RETURNING stream_id, stream_revision::text, position::text
$$`);
    await queryRunner.query(
      `ALTER FUNCTION ${APPEND_BATCH_FUNCTION} SECURITY DEFINER SET search_path = pg_catalog, ${rows[0]?.schema ?? 'public'}`,
    );
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${APPEND_BATCH_FUNCTION} FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${APPEND_BATCH_FUNCTION}`);
  }
}
