import type { EventToAppend } from './event-envelope';
import { InvalidAppendError } from './event-store.errors';
import type { ExpectedRevision } from './expected-revision';

/** Refuse absurd batches before they reach a server; EventStoreDB's own limit is in bytes. */
export const MAX_EVENTS_PER_APPEND = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses, in every adapter and before anything reaches a server, appends the port forbids: an empty or
 * oversized batch, a repeated or malformed event id, a negative or fractional expected
 * revision, and reserved names. `$`-streams and `$`-types belong to EventStoreDB; events
 * written under them would never come back from `readAll`, so no adapter accepts them.
 */
export function assertAppendable(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): void {
  if (streamId.length === 0 || streamId.startsWith('$')) {
    throw new InvalidAppendError(`Stream id '${streamId}' is empty or reserved`);
  }
  if (events.length === 0 || events.length > MAX_EVENTS_PER_APPEND) {
    throw new InvalidAppendError(`An append holds 1 to ${MAX_EVENTS_PER_APPEND} events, not ${events.length}`);
  }
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new InvalidAppendError(`Expected revision ${expected} is not a stream revision`);
  }
  if (new Set(events.map((e) => e.eventId.toLowerCase())).size !== events.length) {
    throw new InvalidAppendError('An append repeats an event id');
  }
  const badId = events.find((e) => !UUID.test(e.eventId));
  if (badId) throw new InvalidAppendError(`Event id '${badId.eventId}' is not a UUID`);
  const reservedType = events.find((e) => e.type.length === 0 || e.type.startsWith('$'));
  if (reservedType) throw new InvalidAppendError(`Event type '${reservedType.type}' is empty or reserved`);
}
