export { AuditChainEventStore, type AuditChainOptions } from './audit-chain-event-store';
export {
  AUDIT_CHAIN_VERSION,
  chainEvents,
  chainLinkOf,
  contentHashOf,
  linkHashOf,
  type ChainedContent,
} from './audit-chain';
export { canonicalJson } from './canonical-json';
export type { StreamHead, StreamHeads } from './stream-heads';
export {
  verifyAuditTrail,
  type AuditTrailVerification,
  type BrokenLink,
  type BrokenLinkReason,
  type VerifyAuditTrailOptions,
} from './verify-audit-trail';
