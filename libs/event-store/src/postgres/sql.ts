import { EVENT_COLUMNS } from './event-rows';

/** Positions below this bound belong to transactions that have all finished. */
const VISIBLE_BOUND = `pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 1048576`;

export const APPEND_SQL = 'SELECT o_outcome, o_revision, o_position FROM es_append($1, $2, $3, $4, $5, $6, $7)';

/**
 * One event appended as a transaction of its own, the stream's revision checked on its row:
 * the first event of its transaction, so its position is the transaction's first. It writes
 * nothing and answers no row when the check fails; a stored event id fails the whole
 * statement. Either way `es_append` then gives the answer (see `appendAlone`). The statement
 * lives in a function that runs as the tables' owner: the application's role may not write
 * the tables itself (migration 1766400000000, ADR 32).
 */
export const APPEND_ONE_AT_REVISION_SQL =
  'SELECT o_revision AS revision, o_position AS position FROM es_append_one_at_revision($1, $2, $3, $4, $5, $6)';

/** `$2` is unused (null), so both statements take the same values. */
export const APPEND_ONE_TO_NEW_STREAM_SQL =
  'SELECT o_revision AS revision, o_position AS position FROM es_append_one_to_new_stream($1, $2, $3, $4, $5, $6)';

/** Lone appends to distinct streams as one transaction (ADR 50): a row for each that wrote. */
export const APPEND_BATCH_SQL =
  'SELECT o_stream_id, o_revision, o_position FROM es_append_batch($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])';

export const READ_STREAM_SQL = `
  SELECT ${EVENT_COLUMNS} FROM es_events
  WHERE stream_id = $1 AND stream_revision >= $2
  ORDER BY stream_revision LIMIT $3`;

/**
 * One page of `$all`, and the visible bound it was read under: at least one row, whose
 * event columns are null when the page is empty. A page that is not full has seen every
 * matching event below the bound, so a filtered reader may move its checkpoint there
 * instead of rescanning what it skipped.
 */
export const READ_ALL_SQL = `
  SELECT bound.visible_below::text, page.*
  FROM (SELECT ${VISIBLE_BOUND} AS visible_below) AS bound
  LEFT JOIN LATERAL (
    SELECT ${EVENT_COLUMNS} FROM es_events
    WHERE position > $1 AND position < bound.visible_below
      AND (cardinality($3::text[]) = 0 OR EXISTS (SELECT FROM unnest($3::text[]) p WHERE starts_with(stream_id, p)))
      AND (cardinality($4::text[]) = 0 OR EXISTS (SELECT FROM unnest($4::text[]) p WHERE starts_with(type, p)))
    ORDER BY position LIMIT $2
  ) AS page ON true`;

export const STREAM_EXISTS_SQL = 'SELECT 1 FROM es_streams WHERE stream_id = $1';

export const HEAD_POSITION_SQL = `
  SELECT max(position)::text AS head FROM es_events WHERE position < ${VISIBLE_BOUND}`;

export const NOTIFY_CHANNEL = 'es_events';

export const NOTIFY_SQL = `SELECT pg_notify('${NOTIFY_CHANNEL}', '')`;

/** The table `libs/privacy` keeps person keys in; an append may add rows to it (ADR 0046). */
export const PERSON_KEYS_TABLE = 'person_keys';

/**
 * An append statement that also writes the person keys its events are sealed with (ADR 0046),
 * in the same transaction: one round trip instead of two. The keys are inserted without
 * `ON CONFLICT`, so a person who has a key row already (made meanwhile, or forgotten) fails the
 * whole statement with a unique violation on that table, and neither keys nor events are kept.
 * A data-modifying `WITH` runs to completion whether or not the query reads it.
 */
export function withNewPersonKeys(appendSelect: string, firstKeyParameter: number): string {
  return `
  WITH made AS (
    INSERT INTO ${PERSON_KEYS_TABLE} (person_id, key)
    SELECT id, key FROM unnest($${firstKeyParameter}::text[], $${firstKeyParameter + 1}::bytea[]) AS made(id, key)
  )
  ${appendSelect}`;
}

/**
 * An append statement that keeps what it wrote only while the streams its decision read are
 * at the revisions it read (ADR 0047): `es_require_unchanged` raises otherwise, which rolls
 * the statement back. `wrote` tells a row that wrote from one that answers a repeat or a
 * conflict, which is answered as it is.
 */
export function withUnchangedStreams(appendSelect: string, firstParameter: number, wrote = 'true'): string {
  return `
  SELECT * FROM (${appendSelect}) AS appended
  WHERE NOT (${wrote}) OR es_require_unchanged($${firstParameter}::text[], $${firstParameter + 1}::bigint[])`;
}
