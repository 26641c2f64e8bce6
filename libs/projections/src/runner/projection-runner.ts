import type { Pool, PoolClient } from 'pg';
import type { AppendSignal, EventStore, RecordedEvent } from '#event-store';
import type { Projection } from '../projection';
import { applyBatch } from './apply-batch';
import { inTransaction } from './in-transaction';
import {
  activeGenerations,
  saveCheckpoints,
  toGeneration,
  type Generation,
  type GenerationRecord,
} from './generations';

export interface ProjectionRunnerOptions {
  /** Events per transaction: batching is what makes catching up and rebuilding fast. */
  readonly batchSize?: number;
  /** Pause between polls once caught up. */
  readonly idleMs?: number;
  /** Word of new appends: an idle runner starts its next batch on it instead of after its pause. */
  readonly appended?: AppendSignal;
  /**
   * How long a runner woken by word of an append waits before it reads, so that appends
   * committed close together share one batch. Each batch is a transaction of its own
   * statements and WAL flush, whatever its size: at a few hundred commands a second, a batch
   * per command cost PostgreSQL more than the commands did (bench/README.md, P2).
   */
  readonly gatherMs?: number;
  readonly onError?: (error: unknown) => void;
}

/** Adds at most this to a read model's lag; at 300 commands/s batches grew from 1.4 events to 2.3. */
const DEFAULT_GATHER_MS = 10;

/**
 * Keeps read models up to date from `$all`. Each batch and the new checkpoints commit in one
 * PostgreSQL transaction, so every event is applied exactly once, whatever moment the process
 * dies. Several runners may run at once (replicas): the checkpoint rows are locked per batch
 * and events at or below a checkpoint are skipped.
 */
export class ProjectionRunner {
  private loop: Promise<void> | null = null;
  private stopping = false;
  /**
   * Where the next batch starts reading, once known: checkpoints only move forward (a rebuild
   * switches to a generation at least as far), so the runner keeps its own place between
   * batches instead of asking for it every time, and the locked checkpoints still decide.
   */
  private readFrom: bigint | null = null;
  /**
   * Whether an active generation of an older version waits for its rebuild. Its switch may land
   * behind the place the runner keeps, so while one waits an idle runner asks for the
   * checkpoints again instead of keeping its place.
   */
  private awaitingSwitch = false;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  /** Applies one batch; answers how many events it read (0 when caught up). */
  async runOnce(): Promise<number> {
    try {
      return await this.applyNextBatch();
    } catch (error) {
      this.readFrom = null;
      throw error;
    }
  }

  /** Applies batches until nothing is left, or until a running loop is asked to stop. */
  async catchUp(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      if (this.stopping && this.loop) return;
    }
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Stops after the batch in flight, at a checkpoint. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    this.loop = null;
  }

  /** Events in the store that the slowest read model has not applied yet, as a position distance. */
  async lag(): Promise<bigint> {
    const head = (await this.store.headPosition()) ?? -1n;
    const checkpoint = minPosition(await activeGenerations(this.pool, this.projections)) ?? -1n;
    return head > checkpoint ? head - checkpoint : 0n;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const heard = this.options.appended?.heard();
      try {
        if ((await this.runOnce()) === 0) await this.pause(heard);
      } catch (error) {
        // A lost database or store: report it and try again; the checkpoint keeps our place.
        this.options.onError?.(error);
        await sleep(1_000);
      }
    }
  }

  private async pause(heardBefore: number | undefined): Promise<void> {
    const idleMs = this.options.idleMs ?? 50;
    const appended = this.options.appended;
    if (!appended || heardBefore === undefined) return sleep(idleMs);
    await appended.wait(heardBefore, idleMs);
    if (appended.heard() !== heardBefore && !this.stopping) await sleep(this.options.gatherMs ?? DEFAULT_GATHER_MS);
  }

  private async applyNextBatch(): Promise<number> {
    const from = this.readFrom ?? minPosition(this.current(await activeGenerations(this.pool, this.projections)));
    if (from === null) return 0;
    const events = await this.store.readAll({
      ...(from >= 0n ? { after: from } : {}),
      maxCount: this.options.batchSize ?? 1000,
    });
    const last = events.at(-1);
    if (!last) {
      this.readFrom = this.awaitingSwitch ? null : from;
      return 0;
    }
    const locked = await inTransaction(this.pool, (client) => this.applyLocked(client, events, from, last));
    this.readFrom = locked && minPosition(locked.map((g) => ({ ...g, position: max(g.position, last.position) })));
    return events.length;
  }

  /**
   * Folds the batch into each active generation still behind it, and moves their checkpoints.
   * Answers `null`, folding nothing, when a generation became current behind where the batch
   * starts: a rebuild switched one in below `from` (ADR 26), so the next batch reads from there.
   */
  private async applyLocked(
    client: PoolClient,
    events: RecordedEvent[],
    from: bigint,
    last: RecordedEvent,
  ): Promise<Generation[] | null> {
    const locked = this.current(await lockGenerations(client, this.names()));
    if (locked.length === 0 || locked.some((g) => g.position < from)) return null;
    const targets = locked.map((generation) => ({
      projection: this.definitionOf(generation),
      generation: generation.generation,
      checkpoint: generation.position,
    }));
    await applyBatch(client, targets, events);
    await saveCheckpoints(
      client,
      locked.filter((g) => last.position > g.position),
      last.position,
    );
    return locked;
  }

  /**
   * The generations this runner folds into: those built with today's definition or a later
   * one. A generation of an older version stays as it was, so queries read rows of one shape,
   * until a rebuild replaces it (ADR 26); the new evolve never runs on rows of the old shape.
   */
  private current(generations: readonly Generation[]): Generation[] {
    const current = generations.filter((g) => g.version >= this.definitionOf(g).version);
    this.awaitingSwitch = current.length < generations.length;
    return current;
  }

  private definitionOf(generation: Generation): Projection {
    return this.projections.find((p) => p.name === generation.projection) as Projection;
  }

  private names(): string[] {
    return this.projections.map((p) => p.name);
  }
}

async function lockGenerations(client: PoolClient, names: readonly string[]): Promise<Generation[]> {
  const { rows } = await client.query<GenerationRecord>(
    `SELECT projection, generation, position::text, active, version FROM projection_generations
     WHERE active AND projection = ANY($1::text[]) ORDER BY projection FOR UPDATE`,
    [names],
  );
  return rows.map(toGeneration);
}

/** The lowest checkpoint of these generations; `null` when there are none. */
function minPosition(generations: readonly Generation[]): bigint | null {
  return generations.reduce<bigint | null>((min, g) => (min === null || g.position < min ? g.position : min), null);
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
