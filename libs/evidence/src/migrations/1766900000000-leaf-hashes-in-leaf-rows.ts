import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lowest level of full subtrees kept in `evidence_nodes`; those below are hashed from the leaves. */
export const LOWEST_STORED_LEVEL = 4;

/**
 * Fewer rows per event (issue #22, P7; ADR 0041): each leaf's hash moves into its leaf row, and
 * `evidence_nodes` keeps only full subtrees of 16 leaves and more. A subtree below that is
 * hashed from at most 8 leaf rows when a proof or a check needs it. An event then writes one
 * row (and a sixteenth of a node) where it wrote three.
 */
export class LeafHashesInLeafRows1766900000000 implements MigrationInterface {
  readonly name = 'LeafHashesInLeafRows1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A database migrated fresh ran 1766500000000 first (by timestamp): its leaves live in chunks.
    if (!(await queryRunner.hasTable('evidence_leaves'))) return;
    await queryRunner.query('ALTER TABLE evidence_leaves ADD COLUMN hash bytea');
    await queryRunner.query(
      `UPDATE evidence_leaves l SET hash = n.hash FROM evidence_nodes n WHERE n.level = 0 AND n.node_index = l.leaf_index`,
    );
    await queryRunner.query('ALTER TABLE evidence_leaves ALTER COLUMN hash SET NOT NULL');
    await queryRunner.query(`DELETE FROM evidence_nodes WHERE level < ${LOWEST_STORED_LEVEL}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await queryRunner.hasTable('evidence_leaves'))) return;
    await queryRunner.query(
      'INSERT INTO evidence_nodes (level, node_index, hash) SELECT 0, leaf_index, hash FROM evidence_leaves',
    );
    for (let level = 1; level < LOWEST_STORED_LEVEL; level += 1) {
      await queryRunner.query(
        `INSERT INTO evidence_nodes (level, node_index, hash)
         SELECT ${level}, l.node_index / 2, sha256('\\x01'::bytea || l.hash || r.hash)
         FROM evidence_nodes l JOIN evidence_nodes r ON r.level = l.level AND r.node_index = l.node_index + 1
         WHERE l.level = ${level - 1} AND l.node_index % 2 = 0`,
      );
    }
    await queryRunner.query('ALTER TABLE evidence_leaves DROP COLUMN hash');
  }
}
