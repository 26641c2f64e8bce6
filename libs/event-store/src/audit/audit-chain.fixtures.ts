import type { ConformanceFixture } from '../testing/conformance.fixtures';
import { AuditChainEventStore } from './audit-chain-event-store';
import { chainEvents } from './audit-chain';

/**
 * An adapter's conformance fixture with the audit-chain decorator in front, so the whole
 * suite runs through it. The suite holds appends open only on fresh streams, so those are
 * chained from revision 0.
 */
export function withAuditChain(
  inner: ConformanceFixture,
): ConformanceFixture & { readonly store: AuditChainEventStore } {
  const { holdAppendOpen } = inner;
  return {
    store: new AuditChainEventStore(inner.store),
    namespace: inner.namespace,
    ...(holdAppendOpen
      ? { holdAppendOpen: (streamId, events) => holdAppendOpen(streamId, chainEvents(streamId, events, 0, null)) }
      : {}),
    teardown: () => inner.teardown(),
  };
}
