import type { QueryConfig } from 'pg';
import type { NewPersonKey, StreamAtRevision } from '../event-store.port';
import { PersonKeysTakenError, StreamChangedError } from '../event-store.errors';
import { STREAM_CHANGED_SQLSTATE } from './migrations/1766700000000-unchanged-streams';
import { PERSON_KEYS_TABLE, withNewPersonKeys, withUnchangedStreams } from './sql';

/** PostgreSQL's SQLSTATE for a unique violation. */
export const UNIQUE_VIOLATION = '23505';

/** What an append brings beside its events: keys to store, streams that must not have moved. */
export interface AppendExtras {
  readonly newKeys: readonly NewPersonKey[];
  readonly unchanged: readonly StreamAtRevision[];
}

/**
 * The append's named statement with its extras in the same statement, so they cost no round
 * trip of their own. Each combination is a named statement of its own, planned once per
 * connection. `wrote` is the SQL condition on the append's row that it wrote events.
 */
export function appendStatement(
  name: string,
  text: string,
  values: readonly unknown[],
  extras: AppendExtras,
  wrote?: string,
): QueryConfig {
  let statement = { name, text, values: [...values] };
  if (extras.unchanged.length > 0) {
    statement = {
      name: `${statement.name}_unchanged`,
      text: withUnchangedStreams(statement.text, statement.values.length + 1, wrote),
      values: [
        ...statement.values,
        extras.unchanged.map((read) => read.streamId),
        extras.unchanged.map((read) => read.revision),
      ],
    };
  }
  if (extras.newKeys.length > 0) {
    statement = {
      name: `${statement.name}_with_keys`,
      text: withNewPersonKeys(statement.text, statement.values.length + 1),
      values: [
        ...statement.values,
        extras.newKeys.map((key) => key.personId),
        extras.newKeys.map((key) => key.storedKey),
      ],
    };
  }
  return statement;
}

/** The refusals an append's extras cause, as the port names them; anything else is rethrown. */
export function throwExtrasRefusal(error: unknown, streamId: string): void {
  const { code, table, detail } = error as { code?: unknown; table?: unknown; detail?: unknown };
  if (code === UNIQUE_VIOLATION && table === PERSON_KEYS_TABLE) throw new PersonKeysTakenError(streamId);
  if (code === STREAM_CHANGED_SQLSTATE) throw new StreamChangedError(streamId, String(detail));
}
