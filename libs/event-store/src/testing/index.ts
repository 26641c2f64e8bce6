export type { ConformanceCapabilities, ConformanceFixture, HeldAppend } from './conformance.fixtures';
export { describeEventStoreConformance } from './event-store.conformance';
export { collect, deterministicUuid, eventFactory, isStrictlyIncreasing } from './conformance-events';
export { recordingReads, type StreamRead } from './recorded-reads';
export { InMemoryEventStore } from '../memory/in-memory-event-store';
