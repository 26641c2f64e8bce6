import type { PoolClient } from 'pg';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projection';

export interface Target {
  readonly projection: Projection;
  readonly generation: number;
  /** Events at or below this position are already folded in. */
  readonly checkpoint: bigint;
}

interface Row {
  doc: unknown;
  position: bigint;
}

/**
 * Folds a batch into one projection generation inside the caller's transaction: loads the
 * touched rows once, applies the events in order in memory, writes each changed row once.
 * A row that has seen an event's position already skips it, so a replay changes nothing.
 */
export async function applyBatch(client: PoolClient, target: Target, events: readonly RecordedEvent[]): Promise<void> {
  const { projection, generation } = target;
  const relevant = events.filter((e) => e.position > target.checkpoint && projection.eventTypes.includes(e.type));
  if (relevant.length === 0) return;
  const keys = [...new Set(relevant.flatMap((e) => projection.keysOf(e)))];
  const rows = await loadRows(client, projection.name, generation, keys);
  const changed = new Set<string>();
  for (const event of relevant) {
    for (const key of projection.keysOf(event)) {
      const row = rows.get(key);
      if (row && row.position >= event.position) continue;
      rows.set(key, { doc: projection.evolve(row?.doc ?? null, event, key), position: event.position });
      changed.add(key);
    }
  }
  await writeRows(
    client,
    projection.name,
    generation,
    [...changed].map((key) => [key, rows.get(key) as Row]),
  );
}

async function loadRows(
  client: PoolClient,
  projection: string,
  generation: number,
  keys: string[],
): Promise<Map<string, Row>> {
  const { rows } = await client.query<{ id: string; doc: unknown; position: string }>(
    `SELECT id, doc, position::text FROM read_model_rows
     WHERE projection = $1 AND generation = $2 AND id = ANY($3::text[]) FOR UPDATE`,
    [projection, generation, keys],
  );
  return new Map(rows.map((r) => [r.id, { doc: r.doc, position: BigInt(r.position) }]));
}

async function writeRows(
  client: PoolClient,
  projection: string,
  generation: number,
  rows: [string, Row][],
): Promise<void> {
  const kept = rows.filter(([, row]) => row.doc !== null);
  const dropped = rows.filter(([, row]) => row.doc === null).map(([id]) => id);
  if (kept.length > 0) {
    await client.query(
      `INSERT INTO read_model_rows (projection, generation, id, doc, position)
       SELECT $1, $2, id, doc, position FROM unnest($3::text[], $4::jsonb[], $5::bigint[]) AS r(id, doc, position)
       ON CONFLICT (projection, generation, id) DO UPDATE SET doc = excluded.doc, position = excluded.position`,
      [
        projection,
        generation,
        kept.map(([id]) => id),
        kept.map(([, row]) => JSON.stringify(row.doc)),
        kept.map(([, row]) => row.position.toString()),
      ],
    );
  }
  if (dropped.length > 0) {
    await client.query(
      'DELETE FROM read_model_rows WHERE projection = $1 AND generation = $2 AND id = ANY($3::text[])',
      [projection, generation, dropped],
    );
  }
}
