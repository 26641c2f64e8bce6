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

/** A row of one target, as `read_model_rows` keys it. */
interface RowKey {
  readonly projection: string;
  readonly generation: number;
  readonly id: string;
}

/**
 * Folds a batch into these projection generations inside the caller's transaction: loads the
 * touched rows of every target in one statement, applies the events in order in memory, and
 * writes each changed row once, all targets in one statement. A row that has seen an event's
 * position already skips it, so a replay changes nothing. The batch holds its rows locked
 * until the caller commits.
 */
export async function applyBatch(
  client: PoolClient,
  targets: readonly Target[],
  events: readonly RecordedEvent[],
): Promise<void> {
  const touched = touchedRows(targets, events);
  if (touched.length === 0) return;
  await writeRows(client, foldBatch(targets, events, await loadRows(client, touched)));
}

/** Applies the events to the loaded rows in memory; answers each changed row once. */
function foldBatch(
  targets: readonly Target[],
  events: readonly RecordedEvent[],
  rows: Map<string, Row>,
): [RowKey, Row][] {
  const changed = new Map<string, RowKey>();
  for (const target of targets) {
    for (const event of relevantEvents(target, events)) {
      for (const id of target.projection.keysOf(event)) {
        const key = keyOf(target, id);
        const name = rowName(key);
        const row = rows.get(name);
        if (row && row.position >= event.position) continue;
        rows.set(name, { doc: target.projection.evolve(row?.doc ?? null, event, id), position: event.position });
        changed.set(name, key);
      }
    }
  }
  return [...changed].map(([name, key]) => [key, rows.get(name) as Row]);
}

function touchedRows(targets: readonly Target[], events: readonly RecordedEvent[]): RowKey[] {
  return targets.flatMap((target) =>
    [...new Set(relevantEvents(target, events).flatMap((e) => target.projection.keysOf(e)))].map((id) =>
      keyOf(target, id),
    ),
  );
}

function relevantEvents(target: Target, events: readonly RecordedEvent[]): RecordedEvent[] {
  return events.filter((e) => e.position > target.checkpoint && target.projection.eventTypes.includes(e.type));
}

function keyOf(target: Target, id: string): RowKey {
  return { projection: target.projection.name, generation: target.generation, id };
}

function rowName(key: RowKey): string {
  return `${key.projection}\u0000${key.generation}\u0000${key.id}`;
}

/** Loads and locks the rows the batch touches, of every target, in one statement. */
async function loadRows(client: PoolClient, keys: readonly RowKey[]): Promise<Map<string, Row>> {
  const { rows } = await client.query<{
    projection: string;
    generation: number;
    id: string;
    doc: unknown;
    position: string;
  }>(
    `SELECT r.projection, r.generation, r.id, r.doc, r.position::text
     FROM read_model_rows r
     JOIN unnest($1::text[], $2::int[], $3::text[]) AS k(projection, generation, id)
       ON r.projection = k.projection AND r.generation = k.generation AND r.id = k.id
     FOR UPDATE OF r`,
    [keys.map((k) => k.projection), keys.map((k) => k.generation), keys.map((k) => k.id)],
  );
  return new Map(rows.map((r) => [rowName(r), { doc: r.doc, position: BigInt(r.position) }]));
}

/**
 * Writes the changed rows of every target: one statement for those kept, one for those dropped.
 * The kept rows travel as one JSON document rather than as parallel arrays: `pg` escapes every
 * element of a `jsonb[]` literal with regular expressions, a quarter of the projector's
 * allocations, where one `JSON.stringify` of the whole batch needs no escaping at all.
 */
async function writeRows(client: PoolClient, rows: readonly [RowKey, Row][]): Promise<void> {
  const kept = rows.filter(([, row]) => row.doc !== null);
  const dropped = rows.filter(([, row]) => row.doc === null).map(([key]) => key);
  if (kept.length > 0) {
    await client.query(
      `INSERT INTO read_model_rows (projection, generation, id, doc, position)
       SELECT projection, generation, id, doc, position
       FROM json_to_recordset($1::json) AS k(projection text, generation int, id text, doc jsonb, position bigint)
       ON CONFLICT (projection, generation, id) DO UPDATE SET doc = excluded.doc, position = excluded.position`,
      [JSON.stringify(kept.map(([key, row]) => ({ ...key, doc: row.doc, position: row.position.toString() })))],
    );
  }
  if (dropped.length > 0) {
    await client.query(
      `DELETE FROM read_model_rows r
       USING unnest($1::text[], $2::int[], $3::text[]) AS k(projection, generation, id)
       WHERE r.projection = k.projection AND r.generation = k.generation AND r.id = k.id`,
      [dropped.map((k) => k.projection), dropped.map((k) => k.generation), dropped.map((k) => k.id)],
    );
  }
}
