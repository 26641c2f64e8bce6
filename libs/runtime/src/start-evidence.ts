import type { Logger } from 'pino';
import { EvidenceMismatchError, startCheckpointer, type RunningCheckpointer } from '#evidence';
import type { ProjectorStorage } from './start-projector';

/**
 * Keeps the Merkle tree over `$all` caught up beside the read models and signs a checkpoint
 * every `EVIDENCE_CHECKPOINT_SECONDS` (ADR 0030), where the storage says how; nothing otherwise.
 */
export function startEvidence(storage: ProjectorStorage, logger: Logger): RunningCheckpointer | undefined {
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
