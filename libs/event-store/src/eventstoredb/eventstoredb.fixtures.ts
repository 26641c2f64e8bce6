import type { ConformanceFixture } from '../testing/conformance.fixtures';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

/**
 * An adapter on a running server for the conformance suite. The server cannot be emptied,
 * so every run writes under its own stream prefix. Appends are atomic on the server, so
 * there is no `holdAppendOpen`. Fails fast when the server does not answer.
 */
export async function createEventStoreDbConformanceFixture(connectionString: string): Promise<ConformanceFixture> {
  const store = EventStoreDbEventStore.fromConnectionString(connectionString);
  try {
    await store.ping();
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    store,
    namespace: `esdb-test-${Date.now().toString(36)}-${process.pid.toString(36)}`,
    teardown: () => store.close(),
  };
}
