import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of its projection's definition each generation was built with, so that a start
 * can tell which read models an upgrade left in an older shape (ADR 26). Generations written
 * before versions existed were built by the first definitions: version 1. The default stays
 * for a process of the previous release that is still running while this one starts.
 */
export class ProjectionVersions1765300000000 implements MigrationInterface {
  readonly name = 'ProjectionVersions1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE projection_generations
        ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT projection_generations_version_positive CHECK (version > 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE projection_generations DROP COLUMN version');
  }
}
