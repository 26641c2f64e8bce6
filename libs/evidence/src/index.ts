export { migrateEvidence, EVIDENCE_MIGRATIONS } from './migrate-evidence';
export { EvidenceLog, type TreeState, type EvidenceLogOptions } from './log/evidence-log';
export {
  checkpointsOfStream,
  inclusionsOfStream,
  type CheckpointOfEvent,
  type EventInclusion,
} from './log/event-inclusion';
export { checkpointsOfPositions, type CheckpointOfPosition } from './log/checkpoints-of-positions';
export { Checkpointer, EvidenceMismatchError, type CheckpointerParts } from './checkpointer';
export { FolderCheckpointSink, fileNameOf, type CheckpointSink } from './checkpoint-sink';
export { KeyObjectSigner, type Signer } from './signer';
export type { TimestampAuthority } from './timestamp-authority';
export { Rfc3161TimestampAuthority, type Rfc3161Options } from './timestamp/rfc3161-timestamp-authority';
export { evidenceEventOf } from './evidence-event';
export { exportEvidence, type EvidenceExport, type ExportEvidenceOptions } from './export/export-evidence';
export {
  startCheckpointer,
  signerFor,
  sinkFor,
  type EvidenceCheckpointerParts,
  type RunningCheckpointer,
} from './start-checkpointer';
export {
  verifyEvidence,
  reportLines,
  eventLeafHash,
  checkpointBytes,
  verifyInclusion,
  type Checkpoint,
  type SignedCheckpoint,
  type EvidenceEvent,
  type EvidenceReport,
} from './verify';
export { runVerifier } from './verify/main';
export {
  InMemoryVerifiedTrail,
  type TrailSummary,
  type VerifiedStream,
  type VerifiedTrailStore,
} from './trail/verified-trail';
export { PostgresVerifiedTrail } from './trail/postgres-verified-trail';
