import type { Pool, PoolClient } from 'pg';
import type { EventStore } from '#event-store';
import type { Projection } from '../projection';
import { applyBatch } from './apply-batch';
import { activeGenerations, saveCheckpoint, type Generation } from './generations';

export interface ProjectionRunnerOptions {
  /** Events per transaction: batching is what makes catching up and rebuilding fast. */
  readonly batchSize?: number;
  /** Pause between polls once caught up. */
  readonly idleMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Keeps read models up to date from `$all`. Each batch and the new checkpoints commit in one
 * PostgreSQL transaction, so every event is applied exactly once, whatever moment the process
 * dies. Several runners may run at once (replicas): the checkpoint rows are locked per batch
 * and events at or below a checkpoint are skipped.
 */
export class ProjectionRunner {
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  /** Applies one batch; answers how many events it read (0 when caught up). */
  async runOnce(): Promise<number> {
    const names = this.projections.map((p) => p.name);
    const before = await activeGenerations(this.pool, names);
    const from = minPosition(before);
    const events = await this.store.readAll({
      ...(from >= 0n ? { after: from } : {}),
      maxCount: this.options.batchSize ?? 1000,
    });
    const last = events.at(-1);
    if (!last) return 0;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const locked = await lockGenerations(client, names);
      for (const generation of locked) {
        const projection = this.projections.find((p) => p.name === generation.projection) as Projection;
        await applyBatch(
          client,
          { projection, generation: generation.generation, checkpoint: generation.position },
          events,
        );
        if (last.position > generation.position) await saveCheckpoint(client, generation, last.position);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return events.length;
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
    const checkpoint = minPosition(
      await activeGenerations(
        this.pool,
        this.projections.map((p) => p.name),
      ),
    );
    return head > checkpoint ? head - checkpoint : 0n;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        if ((await this.runOnce()) === 0) await sleep(this.options.idleMs ?? 50);
      } catch (error) {
        // A lost database or store: report it and try again; the checkpoint keeps our place.
        this.options.onError?.(error);
        await sleep(1_000);
      }
    }
  }
}

async function lockGenerations(client: PoolClient, names: readonly string[]): Promise<Generation[]> {
  const { rows } = await client.query<{ projection: string; generation: number; position: string }>(
    `SELECT projection, generation, position::text FROM projection_generations
     WHERE active AND projection = ANY($1::text[]) ORDER BY projection FOR UPDATE`,
    [names],
  );
  return rows.map((r) => ({
    projection: r.projection,
    generation: r.generation,
    position: BigInt(r.position),
    active: true,
  }));
}

function minPosition(generations: readonly Generation[]): bigint {
  return generations.reduce((min, g) => (g.position < min ? g.position : min), generations[0]?.position ?? -1n);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
