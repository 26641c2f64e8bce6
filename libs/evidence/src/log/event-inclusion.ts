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
 * The proof that an event is in its first checkpoint, checked against that checkpoint's root
 * before it is answered; `null` when the event is in no checkpoint yet. A few lookups.
 */
export async function inclusionOfEvent(
  database: Pool,
  streamId: string,
  revision: number,
): Promise<EventInclusion | null> {
  const found = (await checkpointsOfStream(database, streamId)).find((c) => c.revision === revision);
  if (!found) return null;
  const { rows } = await database.query<{ signed: SignedCheckpoint }>(
    'SELECT signed FROM evidence_checkpoints WHERE tree_size = $1',
    [found.treeSize],
  );
  const signed = rows[0]?.signed;
  if (!signed) return null;
  const rootHash = signed.checkpoint.rootHash;
  const full = await fullSubtreesFrom(database, (f) => {
    f(0, found.leafIndex);
    return inclusionProof(found.leafIndex, found.treeSize, f);
  });
  const leaf = full(0, found.leafIndex);
  const path = inclusionProof(found.leafIndex, found.treeSize, full);
  if (!verifyInclusion(found.leafIndex, found.treeSize, leaf, path, Buffer.from(rootHash, 'hex'))) {
    throw new Error(`the evidence tree does not prove ${streamId} #${revision} in its checkpoint`);
  }
  return {
    ...found,
    streamId,
    leafHash: leaf.toString('hex'),
    rootHash,
    path: path.map((h) => h.toString('hex')),
    signed,
  };
}
