import type { Pool } from 'pg';
import { BLOCK_LEAVES, BLOCK_LEVEL, CHUNK_LEAVES, CHUNK_LEVEL } from '../migrations/1766500000000-leaves-in-chunks';
import { nodeHash, type FullSubtree } from '../verify';

const HASH = 32;
const BLOCKS_PER_CHUNK = CHUNK_LEAVES / BLOCK_LEAVES;

/**
 * The full subtrees a computation needs, fetched in one query: `plan` runs once with a
 * stand-in to learn which it asks for (RFC 6962's shape depends on sizes and indexes alone),
 * then the answer serves the real run. Subtrees of a whole chunk (1,024 leaves) and more are
 * rows of their own; a smaller one is hashed from its chunk's block hashes (levels 5 to 9, at
 * most 63 hashes) or from one block's 16 leaf hashes (levels 1 to 3), read as slices of the
 * chunk row (ADR 0044).
 */
export async function fullSubtreesFrom(database: Pool, plan: (full: FullSubtree) => unknown): Promise<FullSubtree> {
  const stored = new Map<string, { level: number; index: number }>();
  const chunks = new Set<number>();
  const blocks = new Set<number>();
  plan((level, index) => {
    if (level >= CHUNK_LEVEL) stored.set(`${level}:${index}`, { level, index });
    else if (level >= BLOCK_LEVEL) chunks.add(Math.floor((index * 2 ** level) / CHUNK_LEAVES));
    else blocks.add(Math.floor((index * 2 ** level) / BLOCK_LEAVES));
    return Buffer.alloc(HASH);
  });
  const keys = [...stored.values()];
  const { rows } = await database.query<{
    kind: 'node' | 'blocks' | 'leaves';
    level: number;
    at: string;
    hash: Buffer;
  }>(
    `SELECT 'node' AS kind, n.level, n.node_index AS at, n.hash
     FROM unnest($1::smallint[], $2::bigint[]) AS w(level, node_index)
     JOIN evidence_nodes n USING (level, node_index)
     UNION ALL
     SELECT 'blocks', ${BLOCK_LEVEL}, c.chunk_index, c.blocks FROM evidence_chunks c WHERE c.chunk_index = ANY($3::bigint[])
     UNION ALL
     SELECT 'leaves', 0, w.block,
       substring(c.leaves FROM ((w.block % ${BLOCKS_PER_CHUNK}) * ${BLOCK_LEAVES * HASH} + 1)::int FOR ${BLOCK_LEAVES * HASH})
     FROM unnest($4::bigint[]) AS w(block)
     JOIN evidence_chunks c ON c.chunk_index = w.block / ${BLOCKS_PER_CHUNK}`,
    [keys.map((k) => k.level), keys.map((k) => k.index), [...chunks], [...blocks]],
  );
  const nodes = new Map<string, Buffer>();
  const blocksOfChunk = new Map<number, Buffer>();
  const leavesOfBlock = new Map<number, Buffer>();
  for (const row of rows) {
    if (row.kind === 'node') nodes.set(`${row.level}:${row.at}`, row.hash);
    else if (row.kind === 'blocks') blocksOfChunk.set(Number(row.at), row.hash);
    else leavesOfBlock.set(Number(row.at), row.hash);
  }
  const slice = (bytes: Buffer | undefined, at: number): Buffer | undefined =>
    bytes && bytes.length >= (at + 1) * HASH ? bytes.subarray(at * HASH, (at + 1) * HASH) : undefined;
  const full: FullSubtree = (level, index) => {
    const hash =
      level >= CHUNK_LEVEL
        ? nodes.get(`${level}:${index}`)
        : level === BLOCK_LEVEL
          ? slice(blocksOfChunk.get(Math.floor(index / BLOCKS_PER_CHUNK)), index % BLOCKS_PER_CHUNK)
          : level === 0
            ? slice(leavesOfBlock.get(Math.floor(index / BLOCK_LEAVES)), index % BLOCK_LEAVES)
            : undefined;
    if (hash) return hash;
    if (level > 0 && level < CHUNK_LEVEL && level !== BLOCK_LEVEL)
      return nodeHash(full(level - 1, 2 * index), full(level - 1, 2 * index + 1));
    throw new Error(`the evidence tree lacks subtree ${level}:${index}`);
  };
  return full;
}
