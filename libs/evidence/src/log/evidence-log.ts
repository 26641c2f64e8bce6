import type { Pool, PoolClient } from 'pg';
import type { EventStore, GlobalPosition } from '#event-store';
import { evidenceEventOf } from '../evidence-event';
import { eventLeafHash, MerkleFrontier, subtreeHash, type SignedCheckpoint } from '../verify';
import { fullSubtreesFrom } from './full-subtrees';

/** Where the tree stands: its size, the position of its last leaf, and its root. */
export interface TreeState {
  readonly treeSize: number;
  readonly lastPosition: GlobalPosition | null;
  readonly frontier: MerkleFrontier;
}

export interface EvidenceLogOptions {
  /** Events read per batch; default 1,000. */
  readonly batchSize?: number;
}

/**
 * The Merkle tree over `$all`, grown in PostgreSQL as a projection grows a read model: it reads
 * the store through the port alone, in global order, and each batch's leaves, completed
 * subtrees and frontier commit together. Two processes may run it at once: the state row
 * decides which batch counts.
 */
export class EvidenceLog {
  private readonly batchSize: number;

  constructor(
    private readonly store: EventStore,
    private readonly database: Pool,
    options: EvidenceLogOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1_000;
  }

  /** Adds every event the store has that the tree lacks; answers how many it added. */
  async catchUp(): Promise<number> {
    let added = 0;
    for (;;) {
      const batch = await this.addBatch();
      if (batch === null) return added;
      added += batch;
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

  /** Reads one batch after the tree's last leaf and adds it; `null` when there was none. */
  private async addBatch(): Promise<number | null> {
    const before = await this.state();
    const events = await this.store.readAll({
      ...(before.lastPosition === null ? {} : { after: before.lastPosition }),
      maxCount: this.batchSize,
    });
    if (events.length === 0) return null;
    const { frontier } = before;
    const leaves: { index: number; position: string; streamId: string; revision: number }[] = [];
    const nodes: { level: number; index: number; hash: Buffer }[] = [];
    for (const event of events) {
      leaves.push({
        index: frontier.size,
        position: event.position.toString(),
        streamId: event.streamId,
        revision: event.streamRevision,
      });
      nodes.push(...frontier.push(eventLeafHash(evidenceEventOf(event))));
    }
    const last = events.at(-1)?.position ?? null;
    await inTransaction(this.database, async (client) => {
      // No WAL flush to wait for: a batch lost in a crash is read again from the store, whose
      // appends are flushed; the tree never gets ahead of what the store holds.
      await client.query('SET LOCAL synchronous_commit = off');
      // The row lock orders rival writers; the loser's condition no longer holds and it adds nothing.
      const moved = await client.query(
        'UPDATE evidence_state SET tree_size = $1, last_position = $2, frontier = $3 WHERE tree_size = $4',
        [frontier.size, last?.toString() ?? null, frontier.hashes(), before.treeSize],
      );
      if (moved.rowCount !== 1) return;
      await client.query(
        `INSERT INTO evidence_leaves (leaf_index, position, stream_id, stream_revision)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[])`,
        [
          leaves.map((l) => l.index),
          leaves.map((l) => l.position),
          leaves.map((l) => l.streamId),
          leaves.map((l) => l.revision),
        ],
      );
      await client.query(
        `INSERT INTO evidence_nodes (level, node_index, hash)
         SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
        [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
      );
    });
    return events.length;
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

async function inTransaction(database: Pool, work: (client: PoolClient) => Promise<void>): Promise<void> {
  const client = await database.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
