import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SQLSTATE of a refused append whose decision read a stream that moved on since (ADR 47). */
export const STREAM_CHANGED_SQLSTATE = 'ES409';

/**
 * The check behind `unchangedStreams` (ADR 47): raises when any of these streams is not at
 * the revision given (`null`: it must not exist), naming the first that moved in the error's
 * detail. An append calls it in its own statement, so a refusal rolls the append back.
 * It only reads `es_streams`, which every role may, so it runs as its caller.
 */
export class UnchangedStreams1766700000000 implements MigrationInterface {
  readonly name = 'UnchangedStreams1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query('SELECT quote_ident(current_schema()) AS schema')) as { schema: string }[];
    await queryRunner.query(`
CREATE FUNCTION es_require_unchanged(p_stream_ids text[], p_revisions bigint[])
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, ${rows[0]?.schema ?? 'public'}
AS $$
DECLARE
  v_moved text;
BEGIN
  SELECT read.stream_id INTO v_moved
  FROM unnest(p_stream_ids, p_revisions) AS read(stream_id, revision)
  LEFT JOIN es_streams AS s ON s.stream_id = read.stream_id
  WHERE s.revision IS DISTINCT FROM read.revision
  LIMIT 1;
  IF v_moved IS NOT NULL THEN
    RAISE EXCEPTION 'stream changed since it was read' USING ERRCODE = '${STREAM_CHANGED_SQLSTATE}', DETAIL = v_moved;
  END IF;
  RETURN true;
END
$$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION es_require_unchanged(text[], bigint[])');
  }
}
