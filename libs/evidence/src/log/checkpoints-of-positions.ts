import type { Pool } from 'pg';
import { CHUNK_LEAVES } from '../migrations/1766500000000-leaves-in-chunks';

/** Where an event of `$all` is in the tree, and the first signed checkpoint that holds it. */
export interface CheckpointOfPosition {
  /** The event's global position. */
  readonly position: bigint;
  readonly leafIndex: number;
  readonly treeSize: number;
  /** When that checkpoint was signed. */
  readonly signedAt: Date;
}

/**
 * For each of these positions already in a checkpoint, the first checkpoint that holds it, in
 * the positions' order; a position in none yet (or in no event) is left out. No proof: one
 * statement, two indexed lookups per position, for a reader that shows only when each event was
 * signed (the public trajectory page, #19) and already holds the positions (its history).
 */
export async function checkpointsOfPositions(
  database: Pool,
  positions: readonly bigint[],
): Promise<CheckpointOfPosition[]> {
  if (positions.length === 0) return [];
  const { rows } = await database.query<{
    position: string;
    leaf_index: string;
    tree_size: string;
    signed_at: Date;
  }>({
    // Parsed and planned once per connection: a page asks it with every history it shows.
    name: 'evidence_checkpoints_of_positions',
    // Each position is found in its chunk, the last one starting at or before it (the tree keeps
    // no row per event, ADR 0044); a position its chunk does not hold has no leaf, so no row.
    text: `SELECT e.position, l.leaf_index, c.tree_size, c.signed_at
     FROM unnest($1::bigint[]) WITH ORDINALITY AS e(position, n)
     CROSS JOIN LATERAL (
       SELECT k.chunk_index * ${CHUNK_LEAVES} + array_position(k.positions, e.position) - 1 AS leaf_index
       FROM evidence_chunks k WHERE k.first_position <= e.position
       ORDER BY k.first_position DESC LIMIT 1
     ) l
     CROSS JOIN LATERAL (
       SELECT tree_size, signed_at FROM evidence_checkpoints c
       WHERE c.tree_size > l.leaf_index ORDER BY c.tree_size LIMIT 1
     ) c
     ORDER BY e.n`,
    values: [positions.map((position) => position.toString())],
  });
  return rows.map((row) => ({
    position: BigInt(row.position),
    leafIndex: Number(row.leaf_index),
    treeSize: Number(row.tree_size),
    signedAt: row.signed_at,
  }));
}
