import type { Pool, PoolClient } from 'pg';
import type { AppendSignal, EventStore, RecordedEvent } from '#event-store';
import { inTransaction } from './in-transaction';
import { pauseUnlessStopped, settledOrPoolGone } from './stopping';

/**
 * What a runner does with each batch of `$all`: a set of read models (the projection runner's
 * folds) or a process manager (the reactions' outbox). The runner reads, opens the transaction
 * and loops; the work keeps its checkpoint and decides, under the checkpoint's lock, what the
 * batch changes. Whatever the work writes commits with its checkpoint or not at all.
 */
export interface BatchWork {
  /** The position after which the next batch reads (-1 for the start); `null` when there is nothing to do. */
  readFrom(pool: Pool): Promise<bigint | null>;
  /** Handles the batch read after `from` in the checkpoint's transaction, and moves the checkpoint. */
  apply(client: PoolClient, events: readonly RecordedEvent[], from: bigint): Promise<void>;
  /** Nothing was read after `from`: the work is caught up. */
  caughtUp?(from: bigint): void;
  /** The batch's transaction committed. */
  committed?(): void;
  /** A batch failed: any place the work kept between batches is no longer known to be right. */
  failed?(): void;
}

export interface BatchRunnerOptions {
  /** Events per transaction: batching is what makes catching up and rebuilding fast. */
  readonly batchSize?: number;
  /** Pause between polls once caught up. */
  readonly idleMs?: number;
  /** Word of new appends: an idle runner starts its next batch on it instead of after its pause. */
  readonly appended?: AppendSignal;
  /**
   * How long a runner at the head waits before it reads again (woken by word of an append, or
   * after a batch shorter than `batchSize`), so that appends committed close together share one
   * batch. Each batch is a transaction of its own
   * statements and WAL flush, whatever its size: at a few hundred commands a second, a batch
   * per command cost PostgreSQL more than the commands did (bench/README.md, P2).
   */
  readonly gatherMs?: number;
  /** Pause after a failed batch before the next try. */
  readonly retryMs?: number;
  readonly onError?: (error: unknown) => void;
}

/** Adds at most this to a read model's lag; at 300 commands/s batches grew from 1.4 events to 2.3. */
const DEFAULT_GATHER_MS = 10;

/**
 * The one loop over `$all` that keeps read models and process managers current: start, stop,
 * catch up, a batch per transaction with its checkpoint, waiting on word of appends between
 * batches. A failed batch is reported and retried from the checkpoint until the runner is
 * stopped; a stop ends the loop after the batch in flight, and at once when the database pool
 * was ended under it (a request queued on an ended pool never settles).
 */
export class BatchRunner {
  private loop: Promise<void> | null = null;
  private stopping: AbortController | null = null;

  constructor(
    protected readonly store: EventStore,
    protected readonly pool: Pool,
    private readonly work: BatchWork,
    private readonly runnerOptions: BatchRunnerOptions = {},
  ) {}

  /** Handles one batch; answers how many events it read (0 when caught up). */
  async runOnce(): Promise<number> {
    try {
      return await this.handleNextBatch();
    } catch (error) {
      this.work.failed?.();
      throw error;
    }
  }

  /** Handles batches until nothing is left, or until a running loop is asked to stop. */
  async catchUp(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      if (this.stopping?.signal.aborted && this.loop) return;
    }
  }

  start(): void {
    if (this.loop) return;
    this.stopping = new AbortController();
    this.loop = this.run(this.stopping.signal);
  }

  /** Stops after the batch in flight, at a checkpoint; at once if the pool was ended. */
  async stop(): Promise<void> {
    this.stopping?.abort();
    if (this.loop) await settledOrPoolGone(this.loop, this.pool);
    this.loop = null;
  }

  private get batchSize(): number {
    return this.runnerOptions.batchSize ?? 1000;
  }

  private get gatherMs(): number {
    return this.runnerOptions.gatherMs ?? DEFAULT_GATHER_MS;
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const heard = this.runnerOptions.appended?.heard();
      try {
        const read = await this.runOnce();
        if (read === 0) await this.pause(heard, signal);
        // A short batch means it reached the head: under steady appends the next read would
        // find a command or two, so it gathers first, as after an idle pause.
        else if (read < this.batchSize) await pauseUnlessStopped(this.gatherMs, signal);
      } catch (error) {
        // Retries end with the stop; until then the checkpoint keeps our place.
        if (signal.aborted) return;
        this.runnerOptions.onError?.(error);
        await pauseUnlessStopped(this.runnerOptions.retryMs ?? 1_000, signal);
      }
    }
  }

  private async pause(heardBefore: number | undefined, signal: AbortSignal): Promise<void> {
    const idleMs = this.runnerOptions.idleMs ?? 50;
    const appended = this.runnerOptions.appended;
    if (!appended || heardBefore === undefined) return pauseUnlessStopped(idleMs, signal);
    await appended.wait(heardBefore, idleMs);
    if (appended.heard() !== heardBefore && !signal.aborted) await pauseUnlessStopped(this.gatherMs, signal);
  }

  private async handleNextBatch(): Promise<number> {
    const from = await this.work.readFrom(this.pool);
    if (from === null) return 0;
    const events = await this.store.readAll({
      ...(from >= 0n ? { after: from } : {}),
      maxCount: this.batchSize,
    });
    if (events.length === 0) {
      this.work.caughtUp?.(from);
      return 0;
    }
    await inTransaction(this.pool, (client) => this.work.apply(client, events, from));
    this.work.committed?.();
    return events.length;
  }
}
