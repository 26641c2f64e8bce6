import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue of stored documents (always in PostgreSQL, wherever the bytes are) and the
 * bytes themselves when PostgreSQL holds them. A sealed document's data key is kept wrapped
 * under the keys of `key_layers`; destroying any of those keys makes it unreadable.
 */
export class CreateDocuments1766600000000 implements MigrationInterface {
  readonly name = 'CreateDocuments1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE documents (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        media_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        key_layers text[],
        wrapped_key text,
        stored_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT documents_sealed_has_key CHECK ((key_layers IS NULL) = (wrapped_key IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE document_blobs (
        key text PRIMARY KEY,
        bytes bytea NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE document_blobs');
    await queryRunner.query('DROP TABLE documents');
  }
}
