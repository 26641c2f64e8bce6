import type { Pool } from 'pg';
import type { EventStore, GlobalPosition } from '#event-store';
import { REBUILD_LOCK } from '../rebuild/rebuild-generations';

/**
 * Events behind are counted by reading them, so the count stops here: beyond it a read model
 * is simply "far behind", and a probe never reads more than this many events.
 */
export const PROJECTION_LAG_COUNT_LIMIT = 10_000;

/** Where one generation of a read model stands against the head of the store. */
export interface GenerationStatus {
  readonly projection: string;
  /** 0 for a read model that no runner has started yet. */
  readonly generation: number;
  /** The last position folded in; -1 before the first event. */
  readonly checkpoint: bigint;
  /** Head position minus checkpoint: a distance in positions, not in events. */
  readonly lagPositions: bigint;
  /** Events in the store after the checkpoint, counted up to {@link PROJECTION_LAG_COUNT_LIMIT}. */
  readonly lagEvents: number;
}

/** A rebuild's new generation, filling beside the active one until it switches over. */
export interface RebuildingGenerationStatus extends GenerationStatus {
  /** Share of the store's positions (from its first event to the head) folded so far; an estimate. */
  readonly progress: number;
}

export interface ProjectionStatus {
  readonly head: GlobalPosition | null;
  /** The generation queries read, per projection. */
  readonly active: readonly GenerationStatus[];
  /** Whether any process (the API or the CLI) holds the rebuild lock on this database. */
  readonly rebuildRunning: boolean;
  /** Generations a rebuild is filling; empty when none runs. */
  readonly rebuilding: readonly RebuildingGenerationStatus[];
}

/**
 * Reads how far each read model is behind the event store, from the generation table that
 * every runner and rebuild writes its checkpoints to: a rebuild running in the CLI process
 * shows here as well. `names` are the projections to report.
 */
export async function readProjectionStatus(
  store: EventStore,
  pool: Pool,
  names: readonly string[],
): Promise<ProjectionStatus> {
  const [head, generations, rebuildRunning] = await Promise.all([
    store.headPosition(),
    readGenerations(pool, names),
    isRebuildRunning(pool),
  ]);
  const headPosition = head ?? -1n;
  const counts = new Map<bigint, Promise<number>>();
  // Usually every read model stands at the same checkpoint: count once per checkpoint.
  const behind = (checkpoint: bigint): Promise<number> => {
    const known = counts.get(checkpoint);
    if (known) return known;
    const counting = countAfter(store, checkpoint, headPosition);
    counts.set(checkpoint, counting);
    return counting;
  };
  const statusOf = async (row: GenerationRow): Promise<GenerationStatus> => ({
    projection: row.projection,
    generation: row.generation,
    checkpoint: row.position,
    lagPositions: headPosition > row.position ? headPosition - row.position : 0n,
    lagEvents: await behind(row.position),
  });
  // A read model no runner has started yet is behind by the whole store.
  const unstarted = names
    .filter((name) => !generations.some((g) => g.active && g.projection === name))
    .map((projection) => ({ projection, generation: 0, position: -1n, active: true }));
  const active = await Promise.all([...generations.filter((g) => g.active), ...unstarted].map(statusOf));
  const building = rebuildRunning ? generations.filter((g) => !g.active && isNewest(g, generations)) : [];
  const first = building.length > 0 ? await firstPosition(store) : null;
  const rebuilding = await Promise.all(
    building.map(async (row) => ({ ...(await statusOf(row)), progress: progressOf(row.position, first, head) })),
  );
  return { head, active, rebuildRunning, rebuilding };
}

interface GenerationRow {
  readonly projection: string;
  readonly generation: number;
  readonly position: bigint;
  readonly active: boolean;
}

async function readGenerations(pool: Pool, names: readonly string[]): Promise<GenerationRow[]> {
  const { rows } = await pool.query<{ projection: string; generation: number; position: string; active: boolean }>(
    `SELECT projection, generation, position::text, active FROM projection_generations
     WHERE projection = ANY($1::text[]) ORDER BY projection, generation`,
    [names],
  );
  return rows.map((r) => ({ ...r, position: BigInt(r.position) }));
}

/** `pg_try_advisory_lock(bigint)` shows in pg_locks as classid (high half), objid (low half), objsubid 1. */
async function isRebuildRunning(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ running: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
       WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()
         AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1) AS running`,
    [REBUILD_LOCK],
  );
  return rows[0]?.running ?? false;
}

function isNewest(row: GenerationRow, all: readonly GenerationRow[]): boolean {
  return all.every((other) => other.projection !== row.projection || other.generation <= row.generation);
}

async function countAfter(store: EventStore, checkpoint: bigint, head: bigint): Promise<number> {
  if (checkpoint >= head) return 0;
  const events = await store.readAll({
    ...(checkpoint >= 0n ? { after: checkpoint } : {}),
    maxCount: PROJECTION_LAG_COUNT_LIMIT,
  });
  return events.length;
}

async function firstPosition(store: EventStore): Promise<bigint | null> {
  const [first] = await store.readAll({ maxCount: 1 });
  return first?.position ?? null;
}

function progressOf(checkpoint: bigint, first: bigint | null, head: bigint | null): number {
  if (head === null || first === null || checkpoint >= head) return 1;
  if (checkpoint < first) return 0;
  const span = head - first;
  return span === 0n ? 1 : Number(checkpoint - first) / Number(span);
}
