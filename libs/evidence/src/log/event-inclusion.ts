import type { Pool } from 'pg';
import type { EventStore } from '#event-store';
import { inclusionProof, verifyInclusion, type SignedCheckpoint } from '../verify';
import { checkpointsOfPositions, type CheckpointOfPosition } from './checkpoints-of-positions';
import { fullSubtreesFrom } from './full-subtrees';

/** The first checkpoint that holds an event of a stream. */
export interface CheckpointOfEvent extends CheckpointOfPosition {
  readonly revision: number;
}

/**
 * For each event of the stream already in a checkpoint, the first checkpoint that holds it.
 * The stream's positions come from the store (the tree keeps no row per event, ADR 0044): a
 * read of the stream and one query, bounded by the stream's length, never by the log's.
 */
export async function checkpointsOfStream(
  database: Pool,
  store: EventStore,
  streamId: string,
): Promise<CheckpointOfEvent[]> {
  const events = await store.readStream(streamId);
  const revisions = new Map(events.map((event) => [event.position, event.streamRevision]));
  const found = await checkpointsOfPositions(database, [...revisions.keys()]);
  // The store reads a stream in revision order, and its positions grow with its revisions.
  return found.map((event) => ({ ...event, revision: revisions.get(event.position) as number }));
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
