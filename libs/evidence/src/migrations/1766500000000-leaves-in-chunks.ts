import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A chunk holds 2^CHUNK_LEVEL leaves: one row per 1,024 events. */
export const CHUNK_LEVEL = 10;
export const CHUNK_LEAVES = 2 ** CHUNK_LEVEL;
/** A block is a full subtree of 16 leaves; a chunk keeps its blocks' hashes beside its leaves'. */
export const BLOCK_LEVEL = 4;
export const BLOCK_LEAVES = 2 ** BLOCK_LEVEL;

/**
 * A row per 1,024 events instead of a row per event (issue #22, P7; ADR 0044). A chunk row
 * holds its events' positions (to find an event's leaf), its leaves' hashes and its blocks'
 * hashes (full subtrees of 16 leaves), each in one value; `evidence_nodes` keeps only the
 * subtrees of whole chunks and larger. The last chunk grows batch by batch.
 *
 * A tree kept the way of migration 1766900000000 (leaf rows with their hashes, nodes of 16
 * leaves and more) moves here as it is. Any older one is dropped and grown again from the store
 * by the next catch-up: the tree is a projection of the store, and the signed checkpoints,
 * outside the database, are what it must match. TypeORM runs migrations by timestamp, so a
 * fresh database runs this one before 1766900000000, which then finds no leaf rows to change.
 */
export class LeavesInChunks1766500000000 implements MigrationInterface {
  readonly name = 'LeavesInChunks1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evidence_chunks (
        chunk_index bigint PRIMARY KEY,
        first_position bigint NOT NULL UNIQUE,
        positions bigint[] NOT NULL,
        leaves bytea NOT NULL,
        blocks bytea NOT NULL
      )`);
    // Hashes do not compress: stored out of line as they are, and a slice of one reads only its pages.
    await queryRunner.query('ALTER TABLE evidence_chunks ALTER COLUMN leaves SET STORAGE EXTERNAL');
    await queryRunner.query('ALTER TABLE evidence_chunks ALTER COLUMN blocks SET STORAGE EXTERNAL');
    const hashed = (await queryRunner.query(
      `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'evidence_leaves' AND column_name = 'hash'`,
    )) as unknown[];
    if (hashed.length > 0) {
      await queryRunner.query(`
        INSERT INTO evidence_chunks (chunk_index, first_position, positions, leaves, blocks)
        SELECT l.chunk, l.first_position, l.positions, l.leaves, coalesce(b.blocks, '')
        FROM (
          SELECT leaf_index / ${CHUNK_LEAVES} AS chunk, min(position) AS first_position,
            array_agg(position ORDER BY leaf_index) AS positions,
            string_agg(hash, ''::bytea ORDER BY leaf_index) AS leaves
          FROM evidence_leaves GROUP BY 1
        ) l
        LEFT JOIN (
          SELECT node_index / ${CHUNK_LEAVES / BLOCK_LEAVES} AS chunk,
            string_agg(hash, ''::bytea ORDER BY node_index) AS blocks
          FROM evidence_nodes WHERE level = ${BLOCK_LEVEL} GROUP BY 1
        ) b USING (chunk)`);
      await queryRunner.query(`DELETE FROM evidence_nodes WHERE level < ${CHUNK_LEVEL}`);
    } else {
      await queryRunner.query('DELETE FROM evidence_nodes');
      await queryRunner.query(`UPDATE evidence_state SET tree_size = 0, last_position = NULL, frontier = '{}'`);
    }
    await queryRunner.query('DROP TABLE evidence_leaves');
  }

  /** Back to leaf rows (as after 1766900000000), empty: the next catch-up grows the tree again from the store. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evidence_chunks');
    await queryRunner.query(`
      CREATE TABLE evidence_leaves (
        leaf_index bigint PRIMARY KEY,
        position bigint NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL,
        hash bytea NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX evidence_leaves_stream ON evidence_leaves (stream_id, stream_revision)');
    await queryRunner.query('DELETE FROM evidence_nodes');
    await queryRunner.query(`UPDATE evidence_state SET tree_size = 0, last_position = NULL, frontier = '{}'`);
  }
}
