import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Word to every listening process when what queries see may have changed (ADR 52). Every commit
 * that changes an active generation's rows also writes `projection_generations` (a batch moves
 * its generations' positions, a rebuild switches one in), so a statement-level trigger there
 * covers the runner, the rebuild and any later writer alike. PostgreSQL sends the notification
 * at commit, folds repeats within one transaction into one, and sends none for a rollback.
 */
export class ReadModelChanges1767300000000 implements MigrationInterface {
  readonly name = 'ReadModelChanges1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_read_model_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('read_models', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER projection_generations_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON projection_generations
        FOR EACH STATEMENT EXECUTE FUNCTION notify_read_model_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER projection_generations_changed ON projection_generations');
    await queryRunner.query('DROP FUNCTION notify_read_model_change()');
  }
}
