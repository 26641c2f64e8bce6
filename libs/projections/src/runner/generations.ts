import type { Pool, PoolClient } from 'pg';

export interface Generation {
  readonly projection: string;
  readonly generation: number;
  readonly position: bigint;
  readonly active: boolean;
}

/** The active generation of each projection, made (generation 1, active) when there is none. */
export async function activeGenerations(pool: Pool, projections: readonly string[]): Promise<Generation[]> {
  await pool.query(
    `INSERT INTO projection_generations (projection, generation, active)
     SELECT name, 1, true FROM unnest($1::text[]) AS p(name)
     WHERE NOT EXISTS (SELECT 1 FROM projection_generations g WHERE g.projection = p.name AND g.active)
     ON CONFLICT DO NOTHING`,
    [projections],
  );
  const { rows } = await pool.query<{ projection: string; generation: number; position: string }>(
    `SELECT projection, generation, position::text FROM projection_generations
     WHERE active AND projection = ANY($1::text[])`,
    [projections],
  );
  return rows.map((r) => ({
    projection: r.projection,
    generation: r.generation,
    position: BigInt(r.position),
    active: true,
  }));
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
