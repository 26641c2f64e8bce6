import type { Pool } from 'pg';
import type { AppendResult, NewPersonKey } from '../event-store.port';
import type { EventToAppend } from '../event-envelope';
import { PersonKeysTakenError } from '../event-store.errors';
import type { ExpectedRevision } from '../expected-revision';
import { APPEND_ONE_AT_REVISION_SQL, APPEND_ONE_TO_NEW_STREAM_SQL, PERSON_KEYS_TABLE, withNewPersonKeys } from './sql';

const UNIQUE_VIOLATION = '23505';

const KEYS_PARAMETER = 7;

interface AloneRow {
  revision: string;
  position: string;
}

/**
 * The usual append, one event at a known revision or to a new stream, as a single statement
 * in a transaction of its own: no PL/pgSQL call and no probe for the transaction's next
 * position, which cost a third of an append on top of the bare insert (P1 in `bench/README.md`).
 * Answers `null` when it wrote nothing — the revision check failed, or the event id is stored
 * already (a retry, a duplicate) — and `es_append` must judge the append; its statement
 * then sees exactly what it would have seen on its own. See docs/adr/0018-one-statement-append.md.
 * New person keys go in the same statement (ADR 0046).
 */
export async function appendAlone(
  pool: Pool,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  newKeys: readonly NewPersonKey[],
): Promise<AppendResult | null> {
  const [event] = events;
  if (events.length !== 1 || !event || (typeof expected !== 'number' && expected !== 'no_stream')) return null;
  const atRevision = typeof expected === 'number';
  const name = atRevision ? 'es_append_one_at_revision' : 'es_append_one_to_new_stream';
  const text = atRevision ? APPEND_ONE_AT_REVISION_SQL : APPEND_ONE_TO_NEW_STREAM_SQL;
  const values: unknown[] = [
    streamId,
    atRevision ? expected : null,
    event.eventId,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ];
  const withKeys = newKeys.length > 0;
  try {
    const { rows } = await pool.query<AloneRow>(
      withKeys
        ? {
            name: `${name}_with_keys`,
            text: withNewPersonKeys(text, KEYS_PARAMETER),
            values: [...values, ...keyColumns(newKeys)],
          }
        : { name, text, values },
    );
    const [row] = rows;
    return row ? { nextExpectedRevision: Number(row.revision), position: BigInt(row.position) } : null;
  } catch (error) {
    throwWhenKeysTaken(error, streamId);
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return null;
    throw error;
  }
}

/** A unique violation on the key table: someone has a key row already, and nothing was kept. */
export function throwWhenKeysTaken(error: unknown, streamId: string): void {
  const { code, table } = error as { code?: unknown; table?: unknown };
  if (code === UNIQUE_VIOLATION && table === PERSON_KEYS_TABLE) throw new PersonKeysTakenError(streamId);
}

/** The keys as the two arrays `withNewPersonKeys` takes. */
export function keyColumns(newKeys: readonly NewPersonKey[]): [string[], Buffer[]] {
  return [newKeys.map((k) => k.personId), newKeys.map((k) => k.storedKey)];
}
