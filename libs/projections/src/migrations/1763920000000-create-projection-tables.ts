import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models as JSON documents keyed by id, per projection generation. A rebuild fills a new
 * generation beside the active one and switches over when it has caught up, so queries never
 * see a half-built model. Each row keeps the position of the last event folded into it, which
 * makes applying an event twice a no-op.
 */
export class CreateProjectionTables1763920000000 implements MigrationInterface {
  readonly name = 'CreateProjectionTables1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_generations (
        projection text NOT NULL,
        generation integer NOT NULL,
        position bigint NOT NULL DEFAULT -1,
        active boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, generation)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX projection_generations_one_active
        ON projection_generations (projection) WHERE active`);
    await queryRunner.query(`
      CREATE TABLE read_model_rows (
        projection text NOT NULL,
        generation integer NOT NULL,
        id text NOT NULL,
        doc jsonb NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (projection, generation, id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_model_rows');
    await queryRunner.query('DROP TABLE projection_generations');
  }
}
