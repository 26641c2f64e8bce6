export * from './event-envelope';
export * from './expected-revision';
export * from './event-store.errors';
export * from './event-store.port';
export { ForwardingEventStore } from './forwarding-event-store';
export { SharedAllReads } from './shared-all-reads';
export { assertAppendable, MAX_EVENTS_PER_APPEND } from './append-guard';
export * from './audit';
