import type { Pool } from 'pg';
import { READ_MODEL_PROJECTIONS } from '#projections';
import { sleep } from './latency';

/** The slowest read model's checkpoint, or -1 before every read model has one. */
export async function slowestCheckpoint(pool: Pool): Promise<bigint> {
  const { rows } = await pool.query<{ slowest: string | null; count: number }>(
    `SELECT min(position)::text AS slowest, count(*)::int AS count FROM projection_generations
     WHERE active AND projection = ANY($1::text[])`,
    [READ_MODEL_PROJECTIONS.map((p) => p.name)],
  );
  const row = rows[0];
  return row && row.count === READ_MODEL_PROJECTIONS.length && row.slowest !== null ? BigInt(row.slowest) : -1n;
}

/** Waits until every read model has folded the last event in the store; answers how long that took. */
export async function waitUntilProjected(pool: Pool, timeoutMs: number): Promise<number> {
  const started = performance.now();
  const { rows } = await pool.query<{ head: string | null }>('SELECT max(position)::text AS head FROM es_events');
  const head = BigInt(rows[0]?.head ?? '-1');
  while ((await slowestCheckpoint(pool)) < head) {
    if (performance.now() - started > timeoutMs) throw new Error(`read models not caught up after ${timeoutMs} ms`);
    await sleep(100);
  }
  return performance.now() - started;
}

/**
 * Where the other followers of `$all` stand, the slowest first: the notifications' reactions
 * (ADR 34) and the evidence log (ADR 30). They fold what the read models fold, in the same API,
 * so until they have caught up they compete with whatever is measured.
 */
export async function slowestFollower(pool: Pool): Promise<bigint> {
  const { rows } = await pool.query<{ slowest: string | null }>(
    `SELECT least(
       (SELECT min(position) FROM notification_checkpoints),
       (SELECT coalesce(last_position, -1) FROM evidence_state)
     )::text AS slowest`,
  );
  return BigInt(rows[0]?.slowest ?? '-1');
}

/**
 * Waits until the read models and every other follower of `$all` have passed the last event in
 * the store; answers how long the read models took and how long the rest took after them.
 */
export async function waitUntilSettled(
  pool: Pool,
  timeoutMs: number,
): Promise<{ readModelsMs: number; followersMs: number }> {
  const readModelsMs = await waitUntilProjected(pool, timeoutMs);
  const started = performance.now();
  const { rows } = await pool.query<{ head: string | null }>('SELECT max(position)::text AS head FROM es_events');
  const head = BigInt(rows[0]?.head ?? '-1');
  while ((await slowestFollower(pool)) < head) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`followers of $all not caught up after ${timeoutMs} ms`);
    await sleep(250);
  }
  return { readModelsMs, followersMs: performance.now() - started };
}
