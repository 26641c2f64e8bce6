import type { Pool } from 'pg';
import type { FullSubtree } from '../verify';

/**
 * The stored full subtrees a computation needs, fetched in one query: `plan` runs once with a
 * stand-in to learn which it asks for (RFC 6962's shape depends on sizes and indexes alone),
 * then the answer serves the real run.
 */
export async function fullSubtreesFrom(database: Pool, plan: (full: FullSubtree) => unknown): Promise<FullSubtree> {
  const wanted = new Map<string, { level: number; index: number }>();
  plan((level, index) => {
    wanted.set(`${level}:${index}`, { level, index });
    return Buffer.alloc(32);
  });
  const keys = [...wanted.values()];
  const { rows } = await database.query<{ level: number; node_index: string; hash: Buffer }>(
    `SELECT n.level, n.node_index, n.hash
     FROM unnest($1::smallint[], $2::bigint[]) AS w(level, node_index)
     JOIN evidence_nodes n USING (level, node_index)`,
    [keys.map((k) => k.level), keys.map((k) => k.index)],
  );
  const found = new Map(rows.map((row) => [`${row.level}:${row.node_index}`, row.hash]));
  return (level, index) => {
    const hash = found.get(`${level}:${index}`);
    if (!hash) throw new Error(`the evidence tree lacks subtree ${level}:${index}`);
    return hash;
  };
}
