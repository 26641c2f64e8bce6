import type { Pool } from 'pg';
import type { EvidenceConfig } from '#config';
import type { AppendSignal, EventStore } from '#event-store';
import { FolderCheckpointSink, type CheckpointSink } from './checkpoint-sink';
import { Checkpointer } from './checkpointer';
import { EvidenceLog } from './log/evidence-log';
import { KeyObjectSigner, type Signer } from './signer';
import { Rfc3161TimestampAuthority } from './timestamp/rfc3161-timestamp-authority';
import type { SignedCheckpoint } from './verify';

/** How often the tree takes in new events between checkpoints, when no append wakes it first. */
const CATCH_UP_MS = 2_000;

/**
 * The least time between two catch-ups, however often appends wake it: under steady appends
 * each wake-up would otherwise read and write a handful of events, paying a read, a write and
 * their round trips per handful (P7). The tree only has to be whole when a checkpoint is signed.
 */
const GATHER_MS = 1_000;

export interface EvidenceCheckpointerParts {
  /** The store as it is, personal data sealed. */
  readonly store: EventStore;
  readonly database: Pool;
  readonly config: EvidenceConfig;
  readonly appendSignal?: AppendSignal;
  readonly onCheckpoint?: (checkpoint: SignedCheckpoint) => void;
  readonly onError?: (error: unknown) => void;
}

export interface RunningCheckpointer {
  /** Stops after the step in flight. */
  stop(): Promise<void>;
}

/** The configured signer: the environment secret when set, else the key file (made on first use). */
export async function signerFor(config: EvidenceConfig): Promise<Signer> {
  return config.signingKey
    ? KeyObjectSigner.fromSecret(config.signingKey)
    : KeyObjectSigner.fromFile(config.signingKeyFile);
}

export function sinkFor(config: EvidenceConfig): CheckpointSink {
  return new FolderCheckpointSink(config.checkpointDir);
}

/**
 * Keeps the tree over `$all` caught up and signs a checkpoint at once and then every
 * `checkpointSeconds`. A failed step is reported and tried again at the next one.
 */
export function startCheckpointer(parts: EvidenceCheckpointerParts): RunningCheckpointer {
  const { store, database, config, appendSignal } = parts;
  const log = new EvidenceLog(store, database);
  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const run = async (): Promise<void> => {
    const checkpointer = new Checkpointer({
      log,
      signer: await signerFor(config),
      sink: sinkFor(config),
      ...(config.timestampAuthorityUrl
        ? { timestampAuthority: new Rfc3161TimestampAuthority(config.timestampAuthorityUrl) }
        : {}),
      ...(parts.onError ? { onTimestampError: parts.onError } : {}),
    });
    let nextCheckpoint = Date.now();
    let lastStep = 0;
    while (!stopped) {
      const sinceLast = Date.now() - lastStep;
      if (sinceLast < GATHER_MS && Date.now() < nextCheckpoint) {
        await pause(Math.min(GATHER_MS - sinceLast, nextCheckpoint - Date.now()));
        if (stopped) break;
      }
      lastStep = Date.now();
      try {
        if (Date.now() >= nextCheckpoint) {
          nextCheckpoint = Date.now() + config.checkpointSeconds * 1_000;
          const signed = await checkpointer.checkpoint();
          if (signed) parts.onCheckpoint?.(signed);
        } else {
          await log.catchUp();
        }
      } catch (error) {
        parts.onError?.(error);
      }
      if (stopped) break;
      const wait = Math.max(0, Math.min(CATCH_UP_MS, nextCheckpoint - Date.now()));
      await (appendSignal ? Promise.race([appendSignal.wait(appendSignal.heard(), wait), pause(wait)]) : pause(wait));
    }
  };
  const running = run().catch((error: unknown) => parts.onError?.(error));
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
