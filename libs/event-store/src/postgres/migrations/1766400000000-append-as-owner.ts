import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The signatures of every function through which the application may write events. */
export const APPEND_FUNCTIONS = [
  'es_append(text, text, bigint, uuid[], text[], jsonb[], jsonb[])',
  'es_append_one_at_revision(text, bigint, uuid, text, jsonb, jsonb)',
  'es_append_one_to_new_stream(text, bigint, uuid, text, jsonb, jsonb)',
] as const;

/**
 * The application's database role may append but never rewrite (issue #22, ADR 32): it gets
 * no INSERT, UPDATE, DELETE or TRUNCATE on the event store's tables, so every write goes
 * through a function that runs as the tables' owner (SECURITY DEFINER). A definer function
 * runs with the owner's rights, so its search path is fixed to the catalog and its own schema:
 * a caller cannot slip in a table or operator of the same name.
 *
 * The one-event append (ADR 18) was a bare statement on the tables; it becomes two small SQL
 * functions with the same statement inside, still one round trip. PostgreSQL 18 keeps their
 * plans for the session, as it did for the named statement.
 */
export class AppendAsOwner1766400000000 implements MigrationInterface {
  readonly name = 'AppendAsOwner1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query('SELECT quote_ident(current_schema()) AS schema')) as { schema: string }[];
    const searchPath = `pg_catalog, ${rows[0]?.schema ?? 'public'}`;
    await queryRunner.query(oneEventFunction('es_append_one_at_revision', AT_REVISION_ROW));
    await queryRunner.query(oneEventFunction('es_append_one_to_new_stream', NEW_STREAM_ROW));
    for (const fn of APPEND_FUNCTIONS) {
      await queryRunner.query(`ALTER FUNCTION ${fn} SECURITY DEFINER SET search_path = ${searchPath}`);
      await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
    }
    await queryRunner.query(`ALTER FUNCTION es_existing_append(text, uuid[]) SET search_path = ${searchPath}`);
    await queryRunner.query('REVOKE ALL ON es_events, es_streams FROM PUBLIC');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'GRANT EXECUTE ON FUNCTION es_append(text, text, bigint, uuid[], text[], jsonb[], jsonb[]) TO PUBLIC',
    );
    await queryRunner.query(
      'ALTER FUNCTION es_append(text, text, bigint, uuid[], text[], jsonb[], jsonb[]) SECURITY INVOKER RESET search_path',
    );
    await queryRunner.query('ALTER FUNCTION es_existing_append(text, uuid[]) RESET search_path');
    await queryRunner.query('DROP FUNCTION es_append_one_at_revision(text, bigint, uuid, text, jsonb, jsonb)');
    await queryRunner.query('DROP FUNCTION es_append_one_to_new_stream(text, bigint, uuid, text, jsonb, jsonb)');
  }
}

/** `$2` is the revision the stream must be at. */
const AT_REVISION_ROW =
  'UPDATE es_streams SET revision = revision + 1 WHERE stream_id = $1 AND revision = $2 RETURNING revision';

/** `$2` is unused (null), so both functions take the same arguments. */
const NEW_STREAM_ROW =
  'INSERT INTO es_streams (stream_id, revision) SELECT $1, 0 WHERE $2::bigint IS NULL ON CONFLICT (stream_id) DO NOTHING RETURNING revision';

/**
 * One event appended as the first of its transaction, the stream's revision checked on its
 * row (ADR 18): no row when the check fails, a unique violation when the event id is stored.
 */
function oneEventFunction(name: string, streamRow: string): string {
  return `
CREATE FUNCTION ${name}(text, bigint, uuid, text, jsonb, jsonb)
RETURNS TABLE (o_revision text, o_position text)
LANGUAGE sql VOLATILE AS $$
  WITH s AS (${streamRow})
  INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata)
  SELECT pg_current_xact_id()::text::bigint * 1048576, pg_current_xact_id(), $1, s.revision, $3, $4, $5, $6 FROM s
  RETURNING stream_revision::text, position::text
$$`;
}
