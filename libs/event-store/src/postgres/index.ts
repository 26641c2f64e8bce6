export { PostgresEventStore, appendWith, type PostgresEventStoreOptions } from './postgres-event-store';
export { migrateEventStore, EVENT_STORE_MIGRATIONS } from './migrate-event-store';
export { positionOf, transactionIdOf, EVENTS_PER_TRANSACTION } from './position-encoding';
export { PostgresStreamHeads } from './postgres-stream-heads';
