import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the audit trail's walk over every document stands, per scope (a set of
 * municipalities): successive verification requests go on from here, so every document is
 * checked in time, the oldest too, while each request's work stays bounded (#21, #22).
 */
export class CreateDocumentWalks1766700000000 implements MigrationInterface {
  readonly name = 'CreateDocumentWalks1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_walks (
        scope text PRIMARY KEY,
        cursor jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE document_walks');
  }
}
