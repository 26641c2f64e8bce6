import { canonicalJson } from './canonical-json';
import { leafHash } from './merkle';

/**
 * The files of an evidence export, and what each leaf and checkpoint commits to. Everything an
 * evaluator needs to check the record lives in this folder (`verify/`), on Node.js alone.
 */
export const EXPORT_FILES = {
  /** One event per line, in global order, each line exactly the bytes its leaf hashes. */
  events: 'events.ndjson',
  /** Signed checkpoints, one file each, as the checkpoint sink wrote them. */
  checkpoints: 'checkpoints',
  /** The Ed25519 public key the checkpoints are signed with (SPKI PEM). */
  publicKey: 'public-key.pem',
  /** Inclusion proofs of events in the last checkpoint, one per line. */
  proofs: 'proofs.ndjson',
} as const;

/** An event as exported: everything about it a leaf covers, bigints and times as strings. */
export interface EvidenceEvent {
  readonly streamId: string;
  readonly revision: number;
  /** The global position in `$all`, as a decimal string. */
  readonly position: string;
  /** When the store recorded the event, ISO 8601 in UTC. */
  readonly recordedAt: string;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** The version of the leaf and checkpoint rules below; part of every leaf and checkpoint. */
export const EVIDENCE_VERSION = 1;

/**
 * The bytes a leaf covers: the canonical JSON of the event's stream id, revision, position,
 * recorded time and content, so moving, editing, backdating or inventing an event each changes
 * them. Event ids are compared in lower case, as PostgreSQL answers them. An export writes each
 * event as exactly these bytes, one line each, so a verifier hashes the line as it reads it.
 */
export function leafBytes(event: EvidenceEvent): string {
  return canonicalJson({ v: EVIDENCE_VERSION, ...event, eventId: event.eventId.toLowerCase() });
}

/** A leaf's hash: SHA-256(0x00 ‖ {@link leafBytes}). */
export function eventLeafHash(event: EvidenceEvent): Buffer {
  return leafHash(leafBytes(event));
}

/** What a checkpoint says: the tree of the first `treeSize` events has this root. */
export interface Checkpoint {
  readonly version: typeof EVIDENCE_VERSION;
  readonly treeSize: number;
  /** Hex SHA-256 root of RFC 6962's tree over the first `treeSize` leaves. */
  readonly rootHash: string;
  /** Position of the last event in the tree, decimal; `null` for an empty tree. */
  readonly lastPosition: string | null;
  /** When it was signed, ISO 8601 in UTC. */
  readonly time: string;
}

/** A checkpoint with its Ed25519 signature (base64) over {@link checkpointBytes}. */
export interface SignedCheckpoint {
  readonly checkpoint: Checkpoint;
  readonly signature: string;
  /** An RFC 3161 timestamp token (base64 DER) over the same bytes, when a timestamp authority is configured. */
  readonly timestampToken?: string;
}

/** The bytes a checkpoint's signature covers: a fixed label, so the key signs nothing else by accident. */
export function checkpointBytes(checkpoint: Checkpoint): Buffer {
  return Buffer.from(`participation-engine evidence checkpoint\n${canonicalJson(checkpoint)}`, 'utf8');
}

/** One inclusion proof: the event at `leafIndex` is in the checkpoint of `treeSize` leaves. */
export interface InclusionProofRecord {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly streamId: string;
  readonly revision: number;
  /** The audit path, hex, from the leaf up. */
  readonly path: readonly string[];
}
