import type { Pool, PoolClient } from 'pg';
import type { EventStore, GlobalPosition, RecordedEvent } from '#event-store';
import { evidenceEventOf } from '../evidence-event';
import { eventLeafHash, MerkleFrontier, subtreeHash, type SignedCheckpoint } from '../verify';
import { BLOCK_LEVEL, CHUNK_LEAVES, CHUNK_LEVEL, BLOCK_LEAVES } from '../migrations/1766500000000-leaves-in-chunks';
import { fullSubtreesFrom } from './full-subtrees';

/** Where the tree stands: its size, the position of its last leaf, and its root. */
export interface TreeState {
  readonly treeSize: number;
  readonly lastPosition: GlobalPosition | null;
  readonly frontier: MerkleFrontier;
}

export interface EvidenceLogOptions {
  /** Events read per batch; default 5,000. */
  readonly batchSize?: number;
}

/**
 * A batch in one statement: one round trip and one implicit transaction. Its leaves go into
 * their chunks (ADR 0044): a chunk's positions, leaf hashes and block hashes are appended to its
 * row, a row per 1,024 events, where a row per event cost most of what the tree cost beside
 * P1's appends. The state row's condition orders rival writers: the loser moves no row, so its
 * writes (joined to the moved row) add nothing. No WAL flush is waited for
 * (`synchronous_commit` off for this transaction only): a batch lost in a crash is lost whole,
 * as one statement, and read again from the store, whose appends are flushed, so the tree never
 * gets ahead of what the store holds.
 */
const ADD_BATCH = `
  WITH moved AS (
    UPDATE evidence_state SET tree_size = $1, last_position = $2, frontier = $3
    WHERE tree_size = $4 AND set_config('synchronous_commit', 'off', true) = 'off'
    RETURNING tree_size
  ), chunks AS (
    INSERT INTO evidence_chunks AS c (chunk_index, first_position, positions, leaves, blocks)
    SELECT l.chunk, l.first_position, l.positions, l.leaves, coalesce(b.blocks, ''::bytea)
    FROM (
      SELECT e.leaf_index / ${CHUNK_LEAVES} AS chunk, min(e.position) AS first_position,
        array_agg(e.position ORDER BY e.leaf_index) AS positions,
        string_agg(e.hash, ''::bytea ORDER BY e.leaf_index) AS leaves
      FROM unnest($5::bigint[], $6::bigint[], $7::bytea[]) AS e(leaf_index, position, hash)
      GROUP BY 1
    ) l
    LEFT JOIN (
      SELECT b.block / ${CHUNK_LEAVES / BLOCK_LEAVES} AS chunk, string_agg(b.hash, ''::bytea ORDER BY b.block) AS blocks
      FROM unnest($8::bigint[], $9::bytea[]) AS b(block, hash)
      GROUP BY 1
    ) b USING (chunk)
    CROSS JOIN moved
    ON CONFLICT (chunk_index) DO UPDATE
      SET positions = c.positions || EXCLUDED.positions, leaves = c.leaves || EXCLUDED.leaves,
        blocks = c.blocks || EXCLUDED.blocks
  ), nodes AS (
    INSERT INTO evidence_nodes (level, node_index, hash)
    SELECT n.level, n.node_index, n.hash
    FROM unnest($10::smallint[], $11::bigint[], $12::bytea[]) AS n(level, node_index, hash)
    CROSS JOIN moved
  )
  SELECT count(*)::int AS moved FROM moved`;

/**
 * The Merkle tree over `$all`, grown in PostgreSQL as a projection grows a read model: it reads
 * the store through the port alone, in global order, and each batch's leaves, completed
 * subtrees and frontier commit together. Two processes may run it at once: the state row
 * decides which batch counts.
 *
 * What a batch costs (issue #22, P7; ADRs 0041, 0044): one `$all` read, the events' hashes, and
 * one write statement of a row per 1,024 events (their chunk) and about as many subtree rows. The state
 * is read once per catch-up and then carried in memory from batch to batch; a catch-up ends at
 * the first batch shorter than the batch size instead of asking once more for nothing.
 */
export class EvidenceLog {
  private readonly batchSize: number;

  constructor(
    private readonly store: EventStore,
    private readonly database: Pool,
    options: EvidenceLogOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 5_000;
  }

  /** Adds every event the store has that the tree lacks; answers how many it added. */
  async catchUp(): Promise<number> {
    let added = 0;
    let state = await this.state();
    for (;;) {
      const events = await this.store.readAll({
        ...(state.lastPosition === null ? {} : { after: state.lastPosition }),
        maxCount: this.batchSize,
      });
      if (events.length === 0) return added;
      const grown = await this.addBatch(state, events);
      // Another process added this batch first: carry on from where it left the tree.
      state = grown ?? (await this.state());
      if (grown) added += events.length;
      if (grown && events.length < this.batchSize) return added;
    }
  }

  async state(): Promise<TreeState> {
    return stateFrom(this.database);
  }

  /** MTH of the first `size` leaves, from the stored subtrees: to check a new checkpoint extends the last. */
  async rootOf(size: number): Promise<Buffer> {
    const full = await fullSubtreesFrom(this.database, (f) => subtreeHash(0, size, f));
    return subtreeHash(0, size, full);
  }

  /** Keeps a copy of a signed checkpoint beside the tree, for pages and proofs. */
  async recordCheckpoint(signed: SignedCheckpoint): Promise<void> {
    const { checkpoint } = signed;
    await this.database.query(
      `INSERT INTO evidence_checkpoints (tree_size, root_hash, last_position, signed_at, signed)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tree_size) DO NOTHING`,
      [checkpoint.treeSize, checkpoint.rootHash, checkpoint.lastPosition, checkpoint.time, JSON.stringify(signed)],
    );
  }

  /**
   * Adds `events` (read after `before`'s last leaf) in one statement; answers the grown state,
   * or `null` when a rival moved the tree first and nothing was added.
   */
  private async addBatch(before: TreeState, events: readonly RecordedEvent[]): Promise<TreeState | null> {
    const treeSize = before.treeSize;
    const frontier = MerkleFrontier.restore(treeSize, before.frontier.hashes());
    const leaves = { index: [] as number[], position: [] as string[], hash: [] as Buffer[] };
    const blocks = { index: [] as number[], hash: [] as Buffer[] };
    const nodes = { level: [] as number[], index: [] as number[], hash: [] as Buffer[] };
    for (const event of events) {
      const hash = eventLeafHash(evidenceEventOf(event));
      leaves.index.push(frontier.size);
      leaves.position.push(event.position.toString());
      leaves.hash.push(hash);
      for (const node of frontier.push(hash)) {
        if (node.level === BLOCK_LEVEL) {
          blocks.index.push(node.index);
          blocks.hash.push(node.hash);
        } else if (node.level >= CHUNK_LEVEL) {
          nodes.level.push(node.level);
          nodes.index.push(node.index);
          nodes.hash.push(node.hash);
        }
      }
    }
    const lastPosition = (events.at(-1) as RecordedEvent).position;
    const { rows } = await this.database.query<{ moved: number }>(ADD_BATCH, [
      frontier.size,
      lastPosition.toString(),
      frontier.hashes(),
      treeSize,
      leaves.index,
      leaves.position,
      leaves.hash,
      blocks.index,
      blocks.hash,
      nodes.level,
      nodes.index,
      nodes.hash,
    ]);
    return rows[0]?.moved === 1 ? { treeSize: frontier.size, lastPosition, frontier } : null;
  }
}

async function stateFrom(database: Pool | PoolClient): Promise<TreeState> {
  const { rows } = await database.query<{ tree_size: string; last_position: string | null; frontier: Buffer[] }>(
    'SELECT tree_size, last_position, frontier FROM evidence_state',
  );
  const row = rows[0];
  if (!row) throw new Error('the evidence tables are not migrated');
  const treeSize = Number(row.tree_size);
  return {
    treeSize,
    lastPosition: row.last_position === null ? null : BigInt(row.last_position),
    frontier: MerkleFrontier.restore(treeSize, row.frontier),
  };
}
