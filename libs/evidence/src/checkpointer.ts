import type { CheckpointSink } from './checkpoint-sink';
import type { EvidenceLog } from './log/evidence-log';
import type { Signer } from './signer';
import type { TimestampAuthority } from './timestamp-authority';
import { checkpointBytes, EVIDENCE_VERSION, type Checkpoint, type SignedCheckpoint } from './verify';

/** The tree in the database no longer extends the last signed checkpoint: the record was changed. */
export class EvidenceMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvidenceMismatchError';
  }
}

export interface CheckpointerParts {
  readonly log: EvidenceLog;
  readonly signer: Signer;
  readonly sink: CheckpointSink;
  readonly timestampAuthority?: TimestampAuthority;
  /** An authority that failed: the checkpoint is written without its token (the verifier reports it). */
  readonly onTimestampError?: (error: unknown) => void;
  readonly now?: () => Date;
}

/**
 * Signs where the tree stands and writes it outside the database. Before signing it checks the
 * tree still extends the last checkpoint written, so a changed record is refused, not signed.
 */
export class Checkpointer {
  private readonly now: () => Date;

  constructor(private readonly parts: CheckpointerParts) {
    this.now = parts.now ?? (() => new Date());
  }

  /** Catches the tree up and signs it; `null` when there is nothing new to vouch for. */
  async checkpoint(): Promise<SignedCheckpoint | null> {
    const { log, signer, sink } = this.parts;
    await log.catchUp();
    const state = await log.state();
    const previous = await sink.latest();
    if (state.treeSize === 0 || state.treeSize === previous?.checkpoint.treeSize) return null;
    if (previous) await this.checkExtends(previous.checkpoint, state.treeSize);
    const checkpoint: Checkpoint = {
      version: EVIDENCE_VERSION,
      treeSize: state.treeSize,
      rootHash: state.frontier.root().toString('hex'),
      lastPosition: state.lastPosition?.toString() ?? null,
      time: this.now().toISOString(),
    };
    const bytes = checkpointBytes(checkpoint);
    const signature = (await signer.sign(bytes)).toString('base64');
    const token = await this.timestamp(bytes);
    const signed: SignedCheckpoint = {
      checkpoint,
      signature,
      ...(token ? { timestampToken: token.toString('base64') } : {}),
    };
    await sink.write(signed);
    await log.recordCheckpoint(signed);
    return signed;
  }

  /**
   * The authority's token over the checkpoint's bytes (its imprint is their SHA-256); none when
   * no authority is configured or it failed: a checkpoint is never held back for want of one.
   */
  private async timestamp(bytes: Buffer): Promise<Buffer | undefined> {
    try {
      return await this.parts.timestampAuthority?.timestamp(bytes);
    } catch (error) {
      this.parts.onTimestampError?.(error);
      return undefined;
    }
  }

  private async checkExtends(previous: Checkpoint, treeSize: number): Promise<void> {
    if (treeSize < previous.treeSize) {
      throw new EvidenceMismatchError(
        `The store holds ${treeSize} events in its tree, fewer than the ${previous.treeSize} of the checkpoint of ${previous.time}.`,
      );
    }
    const root = (await this.parts.log.rootOf(previous.treeSize)).toString('hex');
    if (root !== previous.rootHash) {
      throw new EvidenceMismatchError(
        `The tree's first ${previous.treeSize} leaves no longer give the root signed at ${previous.time}.`,
      );
    }
  }
}
