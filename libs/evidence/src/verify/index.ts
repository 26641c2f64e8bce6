export { canonicalJson } from './canonical-json';
export {
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  MerkleFrontier,
  nodeHash,
  subtreeHash,
  verifyInclusion,
  type FullSubtree,
} from './merkle';
export {
  checkpointBytes,
  eventLeafHash,
  leafBytes,
  EVIDENCE_VERSION,
  EXPORT_FILES,
  type Checkpoint,
  type EvidenceEvent,
  type InclusionProofRecord,
  type SignedCheckpoint,
} from './evidence-format';
export { verifyEvidence, type EvidenceReport, type VerifyEvidenceOptions } from './verify-evidence';
export { reportLines } from './report-lines';
