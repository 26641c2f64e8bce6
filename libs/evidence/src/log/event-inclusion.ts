import type { Pool } from 'pg';
import type { EventStore } from '#event-store';
import { CHUNK_LEAVES } from '../migrations/1766500000000-leaves-in-chunks';
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
 * For each event of the stream already in a checkpoint, the first checkpoint that holds it.
 * The stream's positions come from the store (the tree keeps no row per event, ADR 0044); each
 * is found in its chunk, the last one starting at or before it, by one indexed lookup: one
 * query, bounded by the stream's length, never by the log's.
 */
export async function checkpointsOfStream(
  database: Pool,
  store: EventStore,
  streamId: string,
): Promise<CheckpointOfEvent[]> {
  const events = await store.readStream(streamId);
  if (events.length === 0) return [];
  const { rows } = await database.query<{
    stream_revision: string;
    position: string;
    leaf_index: string;
    tree_size: string;
    signed_at: Date;
  }>(
    `SELECT e.stream_revision, e.position, l.leaf_index, c.tree_size, c.signed_at
     FROM unnest($1::bigint[], $2::bigint[]) AS e(position, stream_revision)
     CROSS JOIN LATERAL (
       SELECT k.chunk_index * ${CHUNK_LEAVES} + array_position(k.positions, e.position) - 1 AS leaf_index
       FROM evidence_chunks k WHERE k.first_position <= e.position
       ORDER BY k.first_position DESC LIMIT 1
     ) l
     CROSS JOIN LATERAL (
       SELECT tree_size, signed_at FROM evidence_checkpoints c
       WHERE c.tree_size > l.leaf_index ORDER BY c.tree_size LIMIT 1
     ) c
     ORDER BY e.stream_revision`,
    [events.map((event) => event.position.toString()), events.map((event) => event.streamRevision)],
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
 * holding it holds it, checked against that checkpoint's root before it is answered. A read of
 * the stream and three queries, bounded by the stream's length, never by the log's.
 */
export async function inclusionsOfStream(
  database: Pool,
  store: EventStore,
  streamId: string,
): Promise<EventInclusion[]> {
  const found = await checkpointsOfStream(database, store, streamId);
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
