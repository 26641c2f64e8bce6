import type { Pool } from 'pg';
import { LOWEST_STORED_LEVEL } from '../migrations/1766900000000-leaf-hashes-in-leaf-rows';
import { nodeHash, type FullSubtree } from '../verify';

/**
 * The full subtrees a computation needs, fetched in one query: `plan` runs once with a
 * stand-in to learn which it asks for (RFC 6962's shape depends on sizes and indexes alone),
 * then the answer serves the real run. Subtrees of 16 leaves and more are stored; a smaller
 * one is hashed from its leaves' rows (at most 8), which hold each leaf's hash.
 */
export async function fullSubtreesFrom(database: Pool, plan: (full: FullSubtree) => unknown): Promise<FullSubtree> {
  const stored = new Map<string, { level: number; index: number }>();
  const leaves = new Set<number>();
  plan((level, index) => {
    if (level >= LOWEST_STORED_LEVEL) stored.set(`${level}:${index}`, { level, index });
    else for (let i = index * 2 ** level; i < (index + 1) * 2 ** level; i += 1) leaves.add(i);
    return Buffer.alloc(32);
  });
  const keys = [...stored.values()];
  const { rows } = await database.query<{ level: number; node_index: string; hash: Buffer }>(
    `SELECT n.level, n.node_index, n.hash
     FROM unnest($1::smallint[], $2::bigint[]) AS w(level, node_index)
     JOIN evidence_nodes n USING (level, node_index)
     UNION ALL
     SELECT 0::smallint, l.leaf_index, l.hash FROM evidence_leaves l WHERE l.leaf_index = ANY($3::bigint[])`,
    [keys.map((k) => k.level), keys.map((k) => k.index), [...leaves]],
  );
  const found = new Map(rows.map((row) => [`${row.level}:${row.node_index}`, row.hash]));
  const full: FullSubtree = (level, index) => {
    const hash = found.get(`${level}:${index}`);
    if (hash) return hash;
    if (level > 0 && level < LOWEST_STORED_LEVEL)
      return nodeHash(full(level - 1, 2 * index), full(level - 1, 2 * index + 1));
    throw new Error(`the evidence tree lacks subtree ${level}:${index}`);
  };
  return full;
}
