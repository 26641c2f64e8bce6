import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who was shown whose personal data, one row per person per answer. Ids only, never the data,
 * so forgetting a person leaves it whole (AVG art. 5(2): the controller shows its processing).
 * Append-only in the database itself: a trigger refuses every UPDATE, DELETE and TRUNCATE, for
 * any role that may write the table, so no one covers their tracks through the application.
 */
export class CreatePersonalDataAccess1766200000000 implements MigrationInterface {
  readonly name = 'CreatePersonalDataAccess1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_access (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        accessed_at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        person_id text NOT NULL,
        operation_id text NOT NULL,
        resource text NOT NULL,
        municipality_codes text[] NOT NULL,
        correlation_id text
      )`);
    await queryRunner.query('CREATE INDEX personal_data_access_by_person ON personal_data_access (person_id, id)');
    await queryRunner.query(
      'CREATE INDEX personal_data_access_by_municipality ON personal_data_access USING gin (municipality_codes)',
    );
    await queryRunner.query(`
      CREATE FUNCTION personal_data_access_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal_data_access is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER personal_data_access_no_change BEFORE UPDATE OR DELETE ON personal_data_access
      FOR EACH ROW EXECUTE FUNCTION personal_data_access_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access
      FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE personal_data_access');
    await queryRunner.query('DROP FUNCTION personal_data_access_is_append_only()');
  }
}
