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
   * make writers commit out of order. Required when the adapter declares
   * {@link ConformanceCapabilities.outOfOrderCommits}.
   */
  readonly holdAppendOpen?: (streamId: string, events: readonly EventToAppend[]) => Promise<HeldAppend>;
  teardown(): Promise<void>;
}

/**
 * What an adapter declares when it registers the suite, before any fixture exists, so that
 * the cases it cannot be put through are never registered rather than skipped in silence.
 */
export interface ConformanceCapabilities {
  /**
   * Its appends are transactions that can commit after a later one (PostgreSQL), and the
   * fixture can hold one open: the suite then proves readers never skip the late event.
   * Adapters whose appends are atomic on the server (EventStoreDB) or in memory cannot commit
   * out of order; only plain concurrent writers are raced against them.
   */
  readonly outOfOrderCommits: boolean;
}
