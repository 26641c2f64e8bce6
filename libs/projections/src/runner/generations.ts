import type { Pool, PoolClient } from 'pg';
import type { Projection } from '../projection';

export interface Generation {
  readonly projection: string;
  readonly generation: number;
  readonly position: bigint;
  readonly active: boolean;
  /** The version of the projection's definition it was built with. */
  readonly version: number;
}

/** What a generation table needs to know of a projection. */
export type ProjectionVersion = Pick<Projection, 'name' | 'version'>;

/**
 * The active generation of each projection, made (generation 1, active, at the definition's
 * version) when there is none: a runner then builds it from the first event with today's
 * definition.
 */
export async function activeGenerations(pool: Pool, projections: readonly ProjectionVersion[]): Promise<Generation[]> {
  await pool.query(
    `INSERT INTO projection_generations (projection, generation, active, version)
     SELECT name, 1, true, version FROM unnest($1::text[], $2::int[]) AS p(name, version)
     WHERE NOT EXISTS (SELECT 1 FROM projection_generations g WHERE g.projection = p.name AND g.active)
     ON CONFLICT DO NOTHING`,
    [projections.map((p) => p.name), projections.map((p) => p.version)],
  );
  const { rows } = await pool.query<GenerationRecord>(
    `SELECT projection, generation, position::text, active, version FROM projection_generations
     WHERE active AND projection = ANY($1::text[])`,
    [projections.map((p) => p.name)],
  );
  return rows.map(toGeneration);
}

/** A `projection_generations` row as selected with `position::text`. */
export interface GenerationRecord {
  readonly projection: string;
  readonly generation: number;
  readonly position: string;
  readonly active: boolean;
  readonly version: number;
}

export function toGeneration(row: GenerationRecord): Generation {
  return {
    projection: row.projection,
    generation: row.generation,
    position: BigInt(row.position),
    active: row.active,
    version: row.version,
  };
}

/** Moves these generations' checkpoints to `position`, in one statement. */
export async function saveCheckpoints(
  client: PoolClient,
  generations: readonly Generation[],
  position: bigint,
): Promise<void> {
  if (generations.length === 0) return;
  await client.query(
    `UPDATE projection_generations g SET position = $3, updated_at = now()
     FROM unnest($1::text[], $2::int[]) AS t(projection, generation)
     WHERE g.projection = t.projection AND g.generation = t.generation`,
    [generations.map((g) => g.projection), generations.map((g) => g.generation), position.toString()],
  );
}
