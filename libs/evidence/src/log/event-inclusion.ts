import type { Pool } from 'pg';
import { inclusionProof, verifyInclusion, type SignedCheckpoint } from '../verify';
import { fullSubtreesFrom } from './full-subtrees';

/** The first checkpoint that holds an event of a stream. */
export interface CheckpointOfEvent {
  readonly revision: number;
  /** The event's global position. */
  readonly position: bigint;
  readonly leafIndex: number;
  readonly treeSize: number;
  /** When that checkpoint was signed. */
  readonly signedAt: Date;
}

/**
 * For each event of the stream already in a checkpoint, the first checkpoint that holds it:
 * one indexed query, however long the log.
 */
export async function checkpointsOfStream(database: Pool, streamId: string): Promise<CheckpointOfEvent[]> {
  const { rows } = await database.query<{
    stream_revision: string;
    position: string;
    leaf_index: string;
    tree_size: string;
    signed_at: Date;
  }>(
    `SELECT l.stream_revision, l.position, l.leaf_index, c.tree_size, c.signed_at
     FROM evidence_leaves l
     CROSS JOIN LATERAL (
       SELECT tree_size, signed_at FROM evidence_checkpoints c
       WHERE c.tree_size > l.leaf_index ORDER BY c.tree_size LIMIT 1
     ) c
     WHERE l.stream_id = $1
     ORDER BY l.stream_revision`,
    [streamId],
  );
  return rows.map((row) => ({
    revision: Number(row.stream_revision),
    position: BigInt(row.position),
    leafIndex: Number(row.leaf_index),
    treeSize: Number(row.tree_size),
    signedAt: row.signed_at,
  }));
}

/** An event's inclusion proof in the first checkpoint that holds it. */
export interface EventInclusion extends CheckpointOfEvent {
  readonly streamId: string;
  /** Hex hash of the leaf as the tree holds it. */
  readonly leafHash: string;
  readonly rootHash: string;
  /** The audit path, hex, from the leaf up (RFC 6962). */
  readonly path: readonly string[];
  /** The checkpoint as signed, to check with the public key. */
  readonly signed: SignedCheckpoint;
}

/**
 * For each event of the stream already in a checkpoint, the proof that the first checkpoint
 * holding it holds it, checked against that checkpoint's root before it is answered. Three
 * queries, bounded by the stream's length, never by the log's.
 */
export async function inclusionsOfStream(database: Pool, streamId: string): Promise<EventInclusion[]> {
  const found = await checkpointsOfStream(database, streamId);
  if (found.length === 0) return [];
  const { rows } = await database.query<{ tree_size: string; signed: SignedCheckpoint }>(
    'SELECT tree_size, signed FROM evidence_checkpoints WHERE tree_size = ANY($1::bigint[])',
    [[...new Set(found.map((event) => event.treeSize))]],
  );
  const signedBySize = new Map(rows.map((row) => [Number(row.tree_size), row.signed]));
  const full = await fullSubtreesFrom(database, (f) => {
    for (const event of found) {
      f(0, event.leafIndex);
      inclusionProof(event.leafIndex, event.treeSize, f);
    }
  });
  return found.map((event) => {
    const signed = signedBySize.get(event.treeSize) as SignedCheckpoint;
    const root = Buffer.from(signed.checkpoint.rootHash, 'hex');
    const leaf = full(0, event.leafIndex);
    const path = inclusionProof(event.leafIndex, event.treeSize, full);
    if (!verifyInclusion(event.leafIndex, event.treeSize, leaf, path, root)) {
      throw new Error(`the evidence tree does not prove ${streamId} #${event.revision} in its checkpoint`);
    }
    return {
      ...event,
      streamId,
      leafHash: leaf.toString('hex'),
      rootHash: signed.checkpoint.rootHash,
      path: path.map((hash) => hash.toString('hex')),
      signed,
    };
  });
}
