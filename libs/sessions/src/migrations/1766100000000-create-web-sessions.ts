import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pages' server-side sessions. The cookie's secret is stored only as its SHA-256 hash, so
 * whoever reads this table cannot sign in as anyone; `handle` names a session to an admin.
 */
export class CreateWebSessions1766100000000 implements MigrationInterface {
  readonly name = 'CreateWebSessions1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_sessions (
        secret_hash bytea PRIMARY KEY,
        handle uuid NOT NULL UNIQUE,
        subject text NOT NULL,
        roles text[] NOT NULL,
        municipalities text[] NOT NULL,
        csrf_token text NOT NULL,
        method text NOT NULL,
        id_token_hint text,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by text
      )`);
    await queryRunner.query('CREATE INDEX web_sessions_by_subject ON web_sessions (subject, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE web_sessions');
  }
}
