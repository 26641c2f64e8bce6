import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What audit-trail verification has walked, so a request walks only what is new (issue #22,
 * point 6): each stream's outcome, and the position through which every event's stream was
 * walked. A convenience, not evidence: the signed checkpoints are (ADR 0030).
 */
export class CreateVerifiedTrail1766300000001 implements MigrationInterface {
  readonly name = 'CreateVerifiedTrail1766300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evidence_trail_streams (
        stream_id text PRIMARY KEY,
        owners text[] NOT NULL,
        first_event_broken boolean NOT NULL,
        checked integer NOT NULL,
        unchained integer NOT NULL,
        last_revision bigint NOT NULL,
        last_position bigint,
        first_broken jsonb
      )`);
    await queryRunner.query(`
      CREATE TABLE evidence_trail_state (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        through_position bigint
      )`);
    await queryRunner.query('INSERT INTO evidence_trail_state (through_position) VALUES (NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evidence_trail_state, evidence_trail_streams');
  }
}
