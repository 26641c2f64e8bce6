import type { Pool } from 'pg';
import type { AppendResult } from '../event-store.port';
import type { EventToAppend } from '../event-envelope';
import type { ExpectedRevision } from '../expected-revision';
import { appendStatement, throwExtrasRefusal, UNIQUE_VIOLATION, type AppendExtras } from './append-statement';
import { APPEND_ONE_AT_REVISION_SQL, APPEND_ONE_TO_NEW_STREAM_SQL } from './sql';

/**
 * The usual append, one event at a known revision or to a new stream, as a single statement
 * in a transaction of its own: no PL/pgSQL call and no probe for the transaction's next
 * position, which cost a third of an append on top of the bare insert (P1 in `bench/README.md`).
 * Answers `null` when it wrote nothing — the revision check failed, or the event id is stored
 * already (a retry, a duplicate) — and `es_append` must judge the append; its statement
 * then sees exactly what it would have seen on its own. See docs/adr/0018-one-statement-append.md.
 * New person keys and the streams that must not have moved go in the same statement (ADR 46, 47).
 */
export async function appendAlone(
  pool: Pool,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  extras: AppendExtras,
): Promise<AppendResult | null> {
  const [event] = events;
  if (events.length !== 1 || !event || (typeof expected !== 'number' && expected !== 'no_stream')) return null;
  const atRevision = typeof expected === 'number';
  const values = [
    streamId,
    atRevision ? expected : null,
    event.eventId,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ];
  try {
    const { rows } = await pool.query<{ revision: string; position: string }>(
      atRevision
        ? appendStatement('es_append_one_at_revision', APPEND_ONE_AT_REVISION_SQL, values, extras)
        : appendStatement('es_append_one_to_new_stream', APPEND_ONE_TO_NEW_STREAM_SQL, values, extras),
    );
    const [row] = rows;
    return row ? { nextExpectedRevision: Number(row.revision), position: BigInt(row.position) } : null;
  } catch (error) {
    throwExtrasRefusal(error, streamId);
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return null;
    throw error;
  }
}
