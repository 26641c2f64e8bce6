import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Merkle tree over `$all`, kept incrementally (ADR 0030): which event each leaf is, every
 * full subtree's hash (so a proof costs a few lookups, never a walk), the frontier to grow it
 * from, and a copy of the checkpoints signed so far. The signed originals live outside the
 * database; these rows only make pages and proofs quick, and a verifier trusts none of them.
 */
export class CreateEvidenceLog1766300000000 implements MigrationInterface {
  readonly name = 'CreateEvidenceLog1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evidence_leaves (
        leaf_index bigint PRIMARY KEY,
        position bigint NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX evidence_leaves_stream ON evidence_leaves (stream_id, stream_revision)');
    await queryRunner.query(`
      CREATE TABLE evidence_nodes (
        level smallint NOT NULL,
        node_index bigint NOT NULL,
        hash bytea NOT NULL,
        PRIMARY KEY (level, node_index)
      )`);
    await queryRunner.query(`
      CREATE TABLE evidence_state (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        tree_size bigint NOT NULL,
        last_position bigint,
        frontier bytea[] NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO evidence_state (tree_size, last_position, frontier) VALUES (0, NULL, '{}')`);
    await queryRunner.query(`
      CREATE TABLE evidence_checkpoints (
        tree_size bigint PRIMARY KEY,
        root_hash text NOT NULL,
        last_position bigint,
        signed_at timestamptz NOT NULL,
        signed jsonb NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evidence_checkpoints, evidence_state, evidence_nodes, evidence_leaves');
  }
}
