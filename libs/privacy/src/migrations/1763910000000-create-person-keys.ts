import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One key per person, outside the event store. A forgotten person keeps a row without a key,
 * so data that arrives about them later is stored as erased, not under a fresh key.
 */
export class CreatePersonKeys1763910000000 implements MigrationInterface {
  readonly name = 'CreatePersonKeys1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE person_keys (
        person_id text PRIMARY KEY,
        key bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        forgotten_at timestamptz,
        CONSTRAINT person_keys_forgotten_has_no_key CHECK ((key IS NULL) = (forgotten_at IS NOT NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE person_keys');
  }
}
