import { eventTypeFilter, excludeSystemEvents, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';
import type { AllFilter } from '../event-store.port';

/** The parts of an event that filters look at. */
export interface FilterableEvent {
  readonly streamId: string;
  readonly type: string;
}

/**
 * The server-side filter for a `$all` read or subscription.
 *
 * The server applies one filter only, on stream names or on event types. Stream prefixes
 * are usually the narrower of our two lists, so they go to the server when given; event
 * type prefixes go there only when they are the sole list. Without a filter the server
 * leaves out system event types. {@link passesFilter} applies the whole filter again on the
 * client, which covers the list the server could not take and system streams.
 */
export function toServerFilter(filter: AllFilter | undefined): Filter {
  const streamIdPrefixes = nonEmpty(filter?.streamIdPrefixes);
  if (streamIdPrefixes) return streamNameFilter({ prefixes: streamIdPrefixes });
  const eventTypePrefixes = nonEmpty(filter?.eventTypePrefixes);
  if (eventTypePrefixes) return eventTypeFilter({ prefixes: eventTypePrefixes });
  return excludeSystemEvents();
}

/**
 * Whether an event read from `$all` may be delivered: it is not a system event and, for each
 * prefix list given, starts with one of its prefixes. An empty list constrains nothing, as
 * in the PostgreSQL adapter.
 */
export function passesFilter(event: FilterableEvent, filter: AllFilter | undefined): boolean {
  if (isSystemEvent(event)) return false;
  return (
    matchesAny(event.streamId, nonEmpty(filter?.streamIdPrefixes)) &&
    matchesAny(event.type, nonEmpty(filter?.eventTypePrefixes))
  );
}

/**
 * System events live in `$`-streams (`$stats-…`, `$$…` metadata, projection output) or carry
 * `$`-types (`$>` links, `$metadata`); the port never shows them.
 */
export function isSystemEvent(event: FilterableEvent): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

function nonEmpty(prefixes: readonly string[] | undefined): string[] | undefined {
  return prefixes && prefixes.length > 0 ? [...prefixes] : undefined;
}

function matchesAny(value: string, prefixes: readonly string[] | undefined): boolean {
  return prefixes === undefined || prefixes.some((prefix) => value.startsWith(prefix));
}
