import type { StreamRevision } from './event-envelope';
import { describeExpectedRevision, type ExpectedRevision } from './expected-revision';

/** Base class so callers can tell store refusals from infrastructure failures. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

/** The stream was not at the revision the writer expected: someone else wrote first. */
export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_REVISION';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or `null` when the stream does not exist. */
    readonly actual: StreamRevision | null,
  ) {
    super(
      `Stream ${streamId} was expected at ${describeExpectedRevision(expected)} but is at ${
        actual === null ? 'no stream' : `revision ${actual}`
      }`,
    );
    this.name = 'WrongExpectedRevisionError';
  }
}

/**
 * Some of the appended event ids are already stored, but not as exactly this append
 * (other stream, other order, or only part of the batch): retrying cannot be told apart
 * from a new write, so the store refuses rather than guess.
 */
export class DuplicateEventIdError extends EventStoreError {
  readonly code = 'EVENT_STORE.DUPLICATE_EVENT_ID';

  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Event ids already stored elsewhere than this append to ${streamId}: ${eventIds.join(', ')}`);
    this.name = 'DuplicateEventIdError';
  }
}

/** The append itself is malformed (empty batch, too many events, invalid id). */
export class InvalidAppendError extends EventStoreError {
  readonly code = 'EVENT_STORE.INVALID_APPEND';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}

/**
 * An append that brought new person keys found a key row already there for one of them (made
 * meanwhile, or forgotten): nothing was appended. The caller seals again under the stored keys.
 */
export class PersonKeysTakenError extends EventStoreError {
  readonly code = 'EVENT_STORE.PERSON_KEYS_TAKEN';

  constructor(readonly streamId: string) {
    super(`A person whose data an append to ${streamId} seals already has a key row`);
    this.name = 'PersonKeysTakenError';
  }
}

/** The append brought new person keys to a store that does not keep them. */
export function refuseNewPersonKeys(options: { readonly newPersonKeys?: readonly unknown[] } | undefined): void {
  if (options?.newPersonKeys?.length) {
    throw new InvalidAppendError('This event store does not keep person keys; make them before the append');
  }
}

/** A stream the decision read has moved on since (`unchangedStreams`): nothing was appended. */
export class StreamChangedError extends EventStoreError {
  readonly code = 'EVENT_STORE.STREAM_CHANGED';

  constructor(
    /** The stream appended to. */
    readonly streamId: string,
    /** The stream read for the decision that is no longer at the revision it was read at. */
    readonly changedStreamId: string,
  ) {
    super(`Stream ${changedStreamId}, read to decide an append to ${streamId}, changed meanwhile`);
    this.name = 'StreamChangedError';
  }
}
