import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The advice register's Dutch full-text document: subject, question, the advice's summary and
 * its recommendations, all public texts of the body's advice. Signals' summaries and
 * contributions, which can describe a person, are never part of it. `jsonb_to_tsvector` reads
 * each string as text (no JSON quoting leaks into the words) and every function here is
 * immutable, as an index expression must be. The query must use this very expression for
 * PostgreSQL to serve it from the index; it imports it from here.
 */
export const ADVICE_SEARCH_DOCUMENT = `jsonb_to_tsvector('dutch'::regconfig,
    jsonb_path_query_array(doc, '$.subject') || jsonb_path_query_array(doc, '$.question')
      || jsonb_path_query_array(doc, '$.advice.summary')
      || jsonb_path_query_array(doc, '$.advice.recommendations[*].text'),
    '["string"]')`;

/** The index on every generation of the advice register only, so other read models pay nothing for it. */
export class AdviceSearchIndex1765100000000 implements MigrationInterface {
  readonly name = 'AdviceSearchIndex1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX read_model_rows_advice_search ON read_model_rows
        USING gin ((${ADVICE_SEARCH_DOCUMENT}))
        WHERE projection = 'advice-register'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX read_model_rows_advice_search');
  }
}
