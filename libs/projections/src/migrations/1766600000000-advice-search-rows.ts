import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADVICE_SEARCH_DOCUMENT } from './1765100000000-advice-search-index';

/**
 * Every municipality the advice is addressed to (rows from before the second version name only
 * their own): advice-register.sql's ADDRESSED_TO as it stood, written out so that the trigger
 * this migration makes stays what it made, whatever the query module later says.
 */
const ADDRESSED_TO = `COALESCE(r.doc->'addressedTo', jsonb_build_array(r.doc->'municipalityCode'))`;

/** The columns of a search row, from a register row `r` (its `doc`). */
const SEARCH_ROW = `ARRAY(SELECT jsonb_array_elements_text(${ADDRESSED_TO})),
    COALESCE(r.doc->>'responseDueOn', '9999-12-31'), r.doc->>'startedAt', ${ADVICE_SEARCH_DOCUMENT}`;

/**
 * A narrow row per advice register row, for the searched register (#19: its p99 was 4.2 s at
 * 1M events with 32 readers). Searching the register's own rows found every row holding the
 * word in any municipality, then read each whole document (kilobytes) for the municipality,
 * the count and the order: a municipality's common word read thousands of documents. Here
 * the words' GIN index finds the hits, and their municipalities, order keys and count come
 * from rows of about 170 bytes: the document's words are stored out of line (the index
 * answers the match; they are read only to recheck a phrase). The municipalities stay out of
 * the index: with a handful of municipalities each one's entry lists a third of the rows, and
 * intersecting it cost more than filtering the hits' narrow rows. A trigger keeps the rows
 * with the register's, in the same transaction, for every generation (a rebuild fills its
 * own); the search index on the register's rows goes, as nothing reads it any more.
 */
export class AdviceSearchRows1766600000000 implements MigrationInterface {
  readonly name = 'AdviceSearchRows1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE advice_search_rows (
        generation integer NOT NULL,
        id text NOT NULL,
        municipalities text[] NOT NULL,
        due_on text COLLATE "C" NOT NULL,
        started_at text,
        document tsvector NOT NULL,
        PRIMARY KEY (generation, id)
      ) WITH (toast_tuple_target = 128)`);
    await queryRunner.query('ALTER TABLE advice_search_rows ALTER COLUMN document SET STORAGE EXTERNAL');
    await queryRunner.query('CREATE INDEX advice_search_rows_match ON advice_search_rows USING gin (document)');
    await queryRunner.query(`
      CREATE FUNCTION advice_search_rows_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM advice_search_rows WHERE generation = OLD.generation AND id = OLD.id;
          RETURN NULL;
        END IF;
        INSERT INTO advice_search_rows (generation, id, municipalities, due_on, started_at, document)
        SELECT NEW.generation, NEW.id, ${SEARCH_ROW} FROM (SELECT NEW.doc AS doc) AS r
        ON CONFLICT (generation, id) DO UPDATE SET municipalities = excluded.municipalities,
          due_on = excluded.due_on, started_at = excluded.started_at, document = excluded.document;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER advice_search_rows_on_write AFTER INSERT OR UPDATE ON read_model_rows
        FOR EACH ROW WHEN (NEW.projection = 'advice-register') EXECUTE FUNCTION advice_search_rows_keep()`);
    await queryRunner.query(`
      CREATE TRIGGER advice_search_rows_on_delete AFTER DELETE ON read_model_rows
        FOR EACH ROW WHEN (OLD.projection = 'advice-register') EXECUTE FUNCTION advice_search_rows_keep()`);
    await queryRunner.query(`
      INSERT INTO advice_search_rows (generation, id, municipalities, due_on, started_at, document)
      SELECT r.generation, r.id, ${SEARCH_ROW} FROM read_model_rows r WHERE r.projection = 'advice-register'`);
    await queryRunner.query('DROP INDEX read_model_rows_advice_search');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX read_model_rows_advice_search ON read_model_rows
        USING gin ((${ADVICE_SEARCH_DOCUMENT})) WHERE projection = 'advice-register'`);
    await queryRunner.query('DROP TRIGGER advice_search_rows_on_delete ON read_model_rows');
    await queryRunner.query('DROP TRIGGER advice_search_rows_on_write ON read_model_rows');
    await queryRunner.query('DROP FUNCTION advice_search_rows_keep()');
    await queryRunner.query('DROP TABLE advice_search_rows');
  }
}
