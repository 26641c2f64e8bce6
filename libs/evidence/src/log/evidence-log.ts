import type { Pool, PoolClient } from 'pg';
import type { EventStore, GlobalPosition, RecordedEvent } from '#event-store';
import { leafBytesOf } from '../evidence-event';
import { leafHash, MerkleFrontier, subtreeHash, type SignedCheckpoint } from '../verify';
import { BLOCK_LEVEL, CHUNK_LEAVES, CHUNK_LEVEL, BLOCK_LEAVES } from '../migrations/1766500000000-leaves-in-chunks';
import { fullSubtreesFrom } from './full-subtrees';

const HASH = 32;

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
 * P1's appends. The batch's hashes come as one `bytea` each (sent as they are, where an array
 * of them went as hex text, a literal per leaf for PostgreSQL to parse) and its positions as
 * one array literal; each chunk row takes its slice of them. The state row's condition orders
 * rival writers: the loser moves no row, so its writes (joined to the moved row) add nothing.
 * No WAL flush is waited for (`synchronous_commit` off for this transaction only): a batch
 * lost in a crash is lost whole, as one statement, and read again from the store, whose
 * appends are flushed, so the tree never gets ahead of what the store holds.
 */
const ADD_BATCH = `
  WITH moved AS (
    UPDATE evidence_state SET tree_size = $1, last_position = $2, frontier = $3
    WHERE tree_size = $4 AND set_config('synchronous_commit', 'off', true) = 'off'
    RETURNING tree_size
  ), chunks AS (
    INSERT INTO evidence_chunks AS c (chunk_index, first_position, positions, leaves, blocks)
    SELECT k.chunk, k.first_position, ($5::bigint[])[k.leaf_from + 1 : k.leaf_from + k.leaves],
      substring($6::bytea FROM k.leaf_from * ${HASH} + 1 FOR k.leaves * ${HASH}),
      substring($7::bytea FROM k.block_from * ${HASH} + 1 FOR k.blocks * ${HASH})
    FROM unnest($8::bigint[], $9::bigint[], $10::int[], $11::int[], $12::int[], $13::int[])
      AS k(chunk, first_position, leaf_from, leaves, block_from, blocks)
    CROSS JOIN moved
    ON CONFLICT (chunk_index) DO UPDATE
      SET positions = c.positions || EXCLUDED.positions, leaves = c.leaves || EXCLUDED.leaves,
        blocks = c.blocks || EXCLUDED.blocks
  ), nodes AS (
    INSERT INTO evidence_nodes (level, node_index, hash)
    SELECT n.level, n.node_index, n.hash
    FROM unnest($14::smallint[], $15::bigint[], $16::bytea[]) AS n(level, node_index, hash)
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
    const leaves = Buffer.allocUnsafe(events.length * HASH);
    const blocks: Buffer[] = [];
    const nodes = { level: [] as number[], index: [] as number[], hash: [] as Buffer[] };
    let positions = '';
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as RecordedEvent;
      const hash = leafHash(leafBytesOf(event));
      hash.copy(leaves, i * HASH);
      positions += i === 0 ? `{${event.position}` : `,${event.position}`;
      for (const node of frontier.push(hash)) {
        if (node.level === BLOCK_LEVEL) blocks.push(node.hash);
        else if (node.level >= CHUNK_LEVEL) {
          nodes.level.push(node.level);
          nodes.index.push(node.index);
          nodes.hash.push(node.hash);
        }
      }
    }
    const chunks = chunksOf(treeSize, events);
    const lastPosition = (events.at(-1) as RecordedEvent).position;
    const { rows } = await this.database.query<{ moved: number }>(ADD_BATCH, [
      frontier.size,
      lastPosition.toString(),
      frontier.hashes(),
      treeSize,
      `${positions}}`,
      leaves,
      Buffer.concat(blocks),
      chunks.map((c) => c.chunk),
      chunks.map((c) => c.firstPosition),
      chunks.map((c) => c.leafFrom),
      chunks.map((c) => c.leaves),
      chunks.map((c) => c.blockFrom),
      chunks.map((c) => c.blocks),
      nodes.level,
      nodes.index,
      nodes.hash,
    ]);
    return rows[0]?.moved === 1 ? { treeSize: frontier.size, lastPosition, frontier } : null;
  }
}

/** A chunk's share of a batch: its leaves and completed blocks, as offsets into the batch's. */
interface ChunkSlice {
  readonly chunk: number;
  readonly firstPosition: string;
  readonly leafFrom: number;
  readonly leaves: number;
  readonly blockFrom: number;
  readonly blocks: number;
}

/**
 * The chunks a batch of `events` after `treeSize` leaves falls into. A block is completed by
 * its last leaf, so the blocks completed in a chunk are those whose last leaf is in the batch.
 */
function chunksOf(treeSize: number, events: readonly RecordedEvent[]): ChunkSlice[] {
  const slices: ChunkSlice[] = [];
  const end = treeSize + events.length;
  let blockFrom = 0;
  for (let leaf = treeSize; leaf < end;) {
    const chunk = Math.floor(leaf / CHUNK_LEAVES);
    const chunkEnd = Math.min(end, (chunk + 1) * CHUNK_LEAVES);
    const blocks = Math.floor(chunkEnd / BLOCK_LEAVES) - Math.floor(leaf / BLOCK_LEAVES);
    slices.push({
      chunk,
      firstPosition: (events[leaf - treeSize] as RecordedEvent).position.toString(),
      leafFrom: leaf - treeSize,
      leaves: chunkEnd - leaf,
      blockFrom,
      blocks,
    });
    blockFrom += blocks;
    leaf = chunkEnd;
  }
  return slices;
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
