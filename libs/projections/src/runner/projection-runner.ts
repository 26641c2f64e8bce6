import type { Pool, PoolClient } from 'pg';
import type { EventStore, RecordedEvent } from '#event-store';
import type { Projection } from '../projection';
import { applyBatch } from './apply-batch';
import { BatchRunner, type BatchRunnerOptions, type BatchWork } from './batch-runner';
import {
  activeGenerations,
  saveCheckpoints,
  toGeneration,
  type Generation,
  type GenerationRecord,
} from './generations';

/** The projection runner's loop options (batch size, pauses, word of appends): those of {@link BatchRunner}. */
export type ProjectionRunnerOptions = BatchRunnerOptions;

/** The read models' batch work: folds into each active generation and moves its checkpoint. */
class ReadModelFolds implements BatchWork {
  /**
   * Where the next batch starts reading, once known: checkpoints only move forward (a rebuild
   * switches to a generation at least as far), so the runner keeps its own place between
   * batches instead of asking for it every time, and the locked checkpoints still decide.
   */
  private place: bigint | null = null;
  /**
   * Whether an active generation of an older version waits for its rebuild. Its switch may land
   * behind the place the runner keeps, so while one waits an idle runner asks for the
   * checkpoints again instead of keeping its place.
   */
  private awaitingSwitch = false;

  constructor(private readonly projections: readonly Projection[]) {}

  async readFrom(pool: Pool): Promise<bigint | null> {
    return this.place ?? minPosition(this.current(await activeGenerations(pool, this.projections)));
  }

  caughtUp(from: bigint): void {
    this.place = this.awaitingSwitch ? null : from;
  }

  failed(): void {
    this.place = null;
  }

  async apply(client: PoolClient, events: readonly RecordedEvent[], from: bigint): Promise<void> {
    const last = events.at(-1) as RecordedEvent;
    const locked = await this.applyLocked(client, events, from, last);
    this.place = locked && minPosition(locked.map((g) => ({ ...g, position: max(g.position, last.position) })));
  }

  /**
   * Folds the batch into each active generation still behind it, and moves their checkpoints.
   * Answers `null`, folding nothing, when a generation became current behind where the batch
   * starts: a rebuild switched one in below `from` (ADR 26), so the next batch reads from there.
   */
  private async applyLocked(
    client: PoolClient,
    events: readonly RecordedEvent[],
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

/**
 * Keeps read models up to date from `$all`. Each batch and the new checkpoints commit in one
 * PostgreSQL transaction, so every event is applied exactly once, whatever moment the process
 * dies. Several runners may run at once (replicas): the checkpoint rows are locked per batch
 * and events at or below a checkpoint are skipped. The loop is {@link BatchRunner}'s, the one
 * that drives the process managers too.
 */
export class ProjectionRunner extends BatchRunner {
  constructor(
    store: EventStore,
    pool: Pool,
    private readonly projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    super(store, pool, new ReadModelFolds(projections), options);
  }

  /** Events in the store that the slowest read model has not applied yet, as a position distance. */
  async lag(): Promise<bigint> {
    const head = (await this.store.headPosition()) ?? -1n;
    const checkpoint = minPosition(await activeGenerations(this.pool, this.projections)) ?? -1n;
    return head > checkpoint ? head - checkpoint : 0n;
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
