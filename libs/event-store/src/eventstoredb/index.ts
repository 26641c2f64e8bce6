export {
  EventStoreDbEventStore,
  createEventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb-event-store';
export { EventStoreDbAllSubscription } from './eventstoredb-all-subscription';
export { connectToEventStoreDb, normaliseConnectionString, type EventStoreDbClient } from './eventstoredb-connection';
export { createEventStoreDbConformanceFixture } from './eventstoredb.fixtures';
export {
  fromRecordedEvent,
  fromResolvedEvent,
  toActualRevision,
  toEventData,
  toStreamRevision,
  toStreamState,
} from './eventstoredb-translation';
export {
  commitPositionOf,
  isStrictlyAfter,
  toReadPosition,
  writtenCommitPosition,
  UNKNOWN_POSITION,
} from './eventstoredb-positions';
export { isSystemEvent, passesFilter, toServerFilter, type FilterableEvent } from './eventstoredb-filters';
export { toDeliverableEvent } from './eventstoredb-delivery';
export { isStreamNotFound, refusedAppend, translateAppendError } from './eventstoredb-errors';
