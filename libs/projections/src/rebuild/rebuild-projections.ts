import type { Pool, PoolClient } from 'pg';
import type { EventStore, RecordedEvent } from '#event-store';
import type { Projection } from '../projection';
import { applyBatch } from '../runner/apply-batch';
import { inTransaction } from '../runner/in-transaction';
import { activeGenerations, saveCheckpoints, type Generation } from '../runner/generations';
import { acquireRebuildLock, createGenerations, lockForSwitch, switchGenerations } from './rebuild-generations';
import { ProgressTracker, type RebuildProgress } from './rebuild-progress';

export interface RebuildOptions {
  /** Events per transaction while replaying; large batches make a rebuild fast. Default 2,000. */
  readonly batchSize?: number;
  /** Called after every batch. */
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Counts the events in the store when that is cheap; the total is estimated otherwise. */
  readonly countEvents?: () => Promise<number>;
  /**
   * Stops the replay before its next batch (the process is stopping). What it filled stays as
   * an inactive generation, which the next rebuild clears.
   */
  readonly signal?: AbortSignal;
}

export interface RebuildResult {
  /** Per projection, the generation queries read now and the one it replaced. */
  readonly projections: readonly { readonly name: string; readonly generation: number; readonly replaced: number }[];
  readonly events: number;
  /** Checkpoint of the new generations at the switch. */
  readonly position: bigint;
  readonly elapsedMs: number;
}

/**
 * Rebuilds read models without downtime: replays `$all` into a new generation of each
 * projection while queries keep reading the active one, then, in one transaction holding the
 * generation locks the live runner takes per batch, folds the last events in, switches the
 * generations and deletes the old rows. The new generation's checkpoint is the last event it
 * folded, which is at least where the live runner was, so it goes on from there: no event is
 * lost or applied twice.
 */
export async function rebuildProjections(
  store: EventStore,
  pool: Pool,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const release = await acquireRebuildLock(pool);
  try {
    return await replayAndSwitch(store, pool, projections, options);
  } finally {
    await release();
  }
}

/** {@link rebuildProjections} for a caller that holds the rebuild lock already. */
export async function replayAndSwitch(
  store: EventStore,
  pool: Pool,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const startedAt = Date.now();
  const batchSize = options.batchSize ?? 2_000;
  const names = projections.map((p) => p.name);
  await activeGenerations(pool, projections);
  const fresh = await inTransaction(pool, (client) => createGenerations(client, projections));
  const [counted, head] = await Promise.all([options.countEvents?.() ?? null, store.headPosition()]);
  const tracker = new ProgressTracker(counted, head, startedAt);
  let position = -1n;
  const advance = (events: readonly RecordedEvent[]): void => {
    const last = (events.at(-1) as RecordedEvent).position;
    options.onProgress?.(tracker.add(events.length, (events[0] as RecordedEvent).position, last, Date.now()));
    position = last;
  };

  for (;;) {
    options.signal?.throwIfAborted();
    const events = await readAfter(store, position, batchSize);
    if (events.length === 0) break;
    await inTransaction(pool, (client) => foldInto(client, projections, fresh, position, events));
    advance(events);
    if (events.length < batchSize) break;
  }
  options.signal?.throwIfAborted();
  const replaced = await inTransaction(pool, async (client) => {
    const locked = await lockForSwitch(client, fresh);
    let events = await readAfter(store, position, batchSize);
    while (events.length > 0) {
      await foldInto(client, projections, fresh, position, events);
      advance(events);
      events = await readAfter(store, position, batchSize);
    }
    const ahead = locked.find((g) => g.active && g.position > position);
    if (ahead) throw new Error(`The live ${ahead.projection} is at ${ahead.position}, beyond the store's ${position}`);
    return switchGenerations(client, fresh, position);
  });
  const finished = tracker.finish(Date.now());
  options.onProgress?.(finished);
  return {
    projections: names.map((name) => ({
      name,
      generation: fresh.find((g) => g.projection === name)?.generation ?? 0,
      replaced: replaced.find((g) => g.projection === name)?.generation ?? 0,
    })),
    events: finished.done,
    position,
    elapsedMs: finished.elapsedMs,
  };
}

async function foldInto(
  client: PoolClient,
  projections: readonly Projection[],
  fresh: readonly Generation[],
  checkpoint: bigint,
  events: readonly RecordedEvent[],
): Promise<void> {
  const last = (events.at(-1) as RecordedEvent).position;
  const targets = fresh.map((generation) => ({
    projection: projections.find((p) => p.name === generation.projection) as Projection,
    generation: generation.generation,
    checkpoint,
  }));
  await applyBatch(client, targets, events);
  await saveCheckpoints(client, fresh, last);
}

function readAfter(store: EventStore, position: bigint, maxCount: number): Promise<RecordedEvent[]> {
  return store.readAll({ ...(position >= 0n ? { after: position } : {}), maxCount });
}
