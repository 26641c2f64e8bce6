import { ErrorType, type CurrentStreamState } from '@kurrent/kurrentdb-client';
import type { EventToAppend } from '../event-envelope';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors';
import type { ExpectedRevision } from '../expected-revision';
import { toActualRevision } from './eventstoredb-translation';

/**
 * The error an append throws for a failure of the client: a refused expected revision
 * becomes ours, everything else (unavailable, access denied, deleted stream, …) is
 * rethrown unchanged.
 *
 * The server also answers "wrong expected version" when only part of a batch is already
 * stored in the stream. For `any` that is the only way to get that answer, so it becomes a
 * {@link DuplicateEventIdError}, as the PostgreSQL adapter reports it; for the other expected
 * revisions a partial retry cannot be told from a real conflict without reading the stream.
 */
export function translateAppendError(
  error: unknown,
  streamId: string,
  expected: ExpectedRevision,
  events: readonly EventToAppend[],
): unknown {
  if (!isClientError(error, ErrorType.WRONG_EXPECTED_VERSION)) return error;
  return refusedAppend(streamId, expected, events, (error as { actualState: CurrentStreamState }).actualState);
}

/**
 * The error for an append the server refused, also when the client was configured
 * (`throwOnAppendFailure=false`) to answer the refusal instead of throwing it.
 */
export function refusedAppend(
  streamId: string,
  expected: ExpectedRevision,
  events: readonly EventToAppend[],
  actual: CurrentStreamState,
): WrongExpectedRevisionError | DuplicateEventIdError {
  const actualRevision = toActualRevision(actual);
  if (expected === 'any' && actualRevision !== null) {
    return new DuplicateEventIdError(
      streamId,
      events.map((e) => e.eventId),
    );
  }
  return new WrongExpectedRevisionError(streamId, expected, actualRevision);
}

/** A read of a stream that does not exist, or was soft-deleted: for the port, an empty stream. */
export function isStreamNotFound(error: unknown): boolean {
  return isClientError(error, ErrorType.STREAM_NOT_FOUND);
}

/** Tells the client's command errors apart by their `type`, which survives duplicate copies of the package. */
function isClientError(error: unknown, type: ErrorType): boolean {
  return error instanceof Error && (error as { type?: unknown }).type === type;
}
