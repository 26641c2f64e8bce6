import { eventTypeFilter, excludeSystemEvents, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';
import { nonEmpty } from '../all-filter';
import type { AllFilter } from '../event-store.port';

export { isSystemEvent, passesFilter, type FilterableEvent } from '../all-filter';

/**
 * The server-side filter for a `$all` read or subscription.
 *
 * The server applies one filter only, on stream names or on event types. Stream prefixes
 * are usually the narrower of our two lists, so they go to the server when given; event
 * type prefixes go there only when they are the sole list. Without a filter the server
 * leaves out system event types. `passesFilter` applies the whole filter again on the
 * client, which covers the list the server could not take and system streams.
 */
export function toServerFilter(filter: AllFilter | undefined): Filter {
  const streamIdPrefixes = nonEmpty(filter?.streamIdPrefixes);
  if (streamIdPrefixes) return streamNameFilter({ prefixes: streamIdPrefixes });
  const eventTypePrefixes = nonEmpty(filter?.eventTypePrefixes);
  if (eventTypePrefixes) return eventTypeFilter({ prefixes: eventTypePrefixes });
  return excludeSystemEvents();
}
