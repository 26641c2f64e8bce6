import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import type { GlobalPosition, RecordedEvent } from '../event-envelope';
import type { AllFilter } from '../event-store.port';
import { passesFilter } from './eventstoredb-filters';
import { commitPositionOf, isStrictlyAfter } from './eventstoredb-positions';
import { fromResolvedEvent } from './eventstoredb-translation';

/**
 * The event a `$all` read or subscription delivers for what the server sent, or `undefined`
 * when the port must not show it: a result without an event, the checkpoint event that the
 * inclusive start returns again, a system event, or one the filter does not pass. These are
 * checked before translating, because system events (links, statistics) are not JSON.
 */
export function toDeliverableEvent(
  resolved: AllStreamResolvedEvent,
  after: GlobalPosition | undefined,
  filter: AllFilter | undefined,
): RecordedEvent | undefined {
  const { event } = resolved;
  if (!event || !passesFilter(event, filter)) return undefined;
  const position = commitPositionOf(resolved);
  if (position !== undefined && !isStrictlyAfter(position, after)) return undefined;
  return fromResolvedEvent(resolved);
}
