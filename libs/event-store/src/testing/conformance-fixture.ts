import type { EventStore } from '../event-store.port';
import type { EventToAppend } from '../event-envelope';

/** An append that has written its events but not yet committed them. */
export interface HeldAppend {
  commit(): Promise<void>;
}

/** What an adapter hands the conformance suite. */
export interface ConformanceFixture {
  readonly store: EventStore;
  /**
   * Unique per test run and prefixed to every stream id, so the suite can run against a
   * long-lived server that already holds events (EventStoreDB cannot be emptied).
   */
  readonly namespace: string;
  /**
   * Begins an append and keeps its transaction open until `commit()`, so the suite can
   * make writers commit out of order. Adapters whose appends are atomic on the server
   * (EventStoreDB) leave it out; the suite then races plain concurrent appends.
   */
  readonly holdAppendOpen?: (streamId: string, events: readonly EventToAppend[]) => Promise<HeldAppend>;
  teardown(): Promise<void>;
}
