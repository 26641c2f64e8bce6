import type { AllFilter } from './event-store.port';

/** The parts of an event that filters look at. */
export interface FilterableEvent {
  readonly streamId: string;
  readonly type: string;
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

/** The prefixes of a filter list, or `undefined` when the list constrains nothing. */
export function nonEmpty(prefixes: readonly string[] | undefined): string[] | undefined {
  return prefixes && prefixes.length > 0 ? [...prefixes] : undefined;
}

function matchesAny(value: string, prefixes: readonly string[] | undefined): boolean {
  return prefixes === undefined || prefixes.some((prefix) => value.startsWith(prefix));
}
