import type { Pool, PoolClient } from 'pg';
import { toGeneration, type Generation, type GenerationRecord, type ProjectionVersion } from '../runner/generations';

/** Held for a whole rebuild: two rebuilds of one database would fill the same generations. */
export const REBUILD_LOCK = 727_004;

export class RebuildAlreadyRunningError extends Error {
  readonly code = 'PROJECTIONS.REBUILD_ALREADY_RUNNING';

  constructor() {
    super('Another rebuild is running on this database; wait for it to finish.');
    this.name = 'RebuildAlreadyRunningError';
  }
}

/** Takes the rebuild lock on a connection of its own; answers how to let it go. */
export async function acquireRebuildLock(pool: Pool): Promise<() => Promise<void>> {
  const client = await pool.connect();
  const { rows } = await client
    .query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [REBUILD_LOCK])
    .catch((error: unknown) => {
      client.release(true);
      throw error;
    });
  if (!rows[0]?.locked) {
    client.release();
    throw new RebuildAlreadyRunningError();
  }
  return async () => {
    const unlocked = await client.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK]).then(
      () => true,
      () => false,
    );
    // A connection that could not unlock is closed instead, which unlocks as well.
    client.release(!unlocked);
  };
}

/**
 * Makes a new, inactive generation (the highest so far plus one) of each projection, at its
 * definition's version; each must have an active one. Clears what an interrupted rebuild left
 * first: rows of inactive generations, and inactive generations newer than the active one.
 */
export async function createGenerations(
  client: PoolClient,
  projections: readonly ProjectionVersion[],
): Promise<Generation[]> {
  const names = projections.map((p) => p.name);
  await client.query(
    `DELETE FROM read_model_rows r USING projection_generations g
     WHERE g.projection = r.projection AND g.generation = r.generation AND NOT g.active AND g.projection = ANY($1)`,
    [names],
  );
  await client.query(
    `DELETE FROM projection_generations g
     WHERE NOT g.active AND g.projection = ANY($1) AND g.generation >
       (SELECT a.generation FROM projection_generations a WHERE a.projection = g.projection AND a.active)`,
    [names],
  );
  const { rows } = await client.query<GenerationRecord>(
    `INSERT INTO projection_generations (projection, generation, active, version)
     SELECT g.projection, max(g.generation) + 1, false, p.version
     FROM projection_generations g JOIN unnest($1::text[], $2::int[]) AS p(name, version) ON p.name = g.projection
     GROUP BY g.projection, p.version
     RETURNING projection, generation, position::text, active, version`,
    [names, projections.map((p) => p.version)],
  );
  return rows.map(toGeneration);
}

/**
 * Locks the active and the new generation of each projection, in the order the runner locks
 * active generations (by projection), so the two never wait on each other in a circle. While
 * held, no runner applies a batch to these projections, and queries still read the active one.
 */
export async function lockForSwitch(client: PoolClient, fresh: readonly Generation[]): Promise<Generation[]> {
  const { rows } = await client.query<GenerationRecord>(
    `SELECT g.projection, g.generation, g.position::text, g.active, g.version FROM projection_generations g
     WHERE g.projection = ANY($1) AND (g.active OR (g.projection, g.generation) IN
       (SELECT * FROM unnest($1::text[], $2::int[])))
     ORDER BY g.projection, g.generation FOR UPDATE`,
    [fresh.map((g) => g.projection), fresh.map((g) => g.generation)],
  );
  return rows.map(toGeneration);
}

/**
 * Inside the caller's transaction (holding {@link lockForSwitch}): the fresh generations
 * become active at `position`, the ones they replace inactive, and the replaced rows go.
 * Answers the replaced generations.
 */
export async function switchGenerations(
  client: PoolClient,
  fresh: readonly Generation[],
  position: bigint,
): Promise<Generation[]> {
  const pairs = [fresh.map((g) => g.projection), fresh.map((g) => g.generation)];
  // Deactivate first: at most one generation per projection may be active at any moment.
  const { rows } = await client.query<GenerationRecord>(
    `UPDATE projection_generations g SET active = false, updated_at = now()
     FROM unnest($1::text[], $2::int[]) AS f(projection, generation)
     WHERE g.projection = f.projection AND g.active AND g.generation <> f.generation
     RETURNING g.projection, g.generation, g.position::text, g.active, g.version`,
    pairs,
  );
  await client.query(
    `UPDATE projection_generations g SET active = true, position = $3, updated_at = now()
     FROM unnest($1::text[], $2::int[]) AS f(projection, generation)
     WHERE g.projection = f.projection AND g.generation = f.generation`,
    [...pairs, position.toString()],
  );
  await client.query(
    `DELETE FROM read_model_rows r USING unnest($1::text[], $2::int[]) AS o(projection, generation)
     WHERE r.projection = o.projection AND r.generation = o.generation`,
    [rows.map((r) => r.projection), rows.map((r) => r.generation)],
  );
  return rows.map(toGeneration);
}
