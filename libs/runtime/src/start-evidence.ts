import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { EvidenceConfig } from '#config';
import type { AppendSignal, EventStore } from '#event-store';
import { EvidenceMismatchError, startCheckpointer, type RunningCheckpointer } from '#evidence';

/** What of the projector's storage the checkpointer needs (a `ProjectorStorage` is one). */
interface EvidenceStorage {
  readonly sealedEventStore: EventStore;
  readonly database: Pool;
  readonly appendSignal?: AppendSignal;
  readonly evidence?: EvidenceConfig;
}

/**
 * Keeps the Merkle tree over `$all` caught up beside the read models and signs a checkpoint
 * every `EVIDENCE_CHECKPOINT_SECONDS` (ADR 0030), where the storage says how; nothing otherwise.
 */
export function startEvidence(storage: EvidenceStorage, logger: Logger): RunningCheckpointer | undefined {
  const config = storage.evidence;
  if (!config) return undefined;
  return startCheckpointer({
    store: storage.sealedEventStore,
    database: storage.database,
    config,
    ...(storage.appendSignal ? { appendSignal: storage.appendSignal } : {}),
    onCheckpoint: ({ checkpoint }) =>
      logger.info(
        { treeSize: checkpoint.treeSize, lastPosition: checkpoint.lastPosition },
        'signed an evidence checkpoint',
      ),
    onError: (error) =>
      error instanceof EvidenceMismatchError
        ? logger.error({ err: error }, 'refusing to sign: the record no longer extends the last evidence checkpoint')
        : logger.warn({ err: error }, 'evidence checkpoint failed; trying again'),
  });
}
