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

export async function saveCheckpoint(client: PoolClient, generation: Generation, position: bigint): Promise<void> {
  await client.query(
    `UPDATE projection_generations SET position = $3, updated_at = now()
     WHERE projection = $1 AND generation = $2`,
    [generation.projection, generation.generation, position.toString()],
  );
}
