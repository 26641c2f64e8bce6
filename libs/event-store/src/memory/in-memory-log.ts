import type { GlobalPosition, RecordedEvent } from '../event-envelope';

/**
 * Everything an in-memory store holds. The containers are changed in place and never
 * replaced: wrappers made with `Object.create(store)` (such as `recordingReads`) run the
 * store's methods with themselves as `this`, and a field assigned through them would land on
 * the wrapper instead of the store.
 */
export interface InMemoryLog {
  /** `$all` in order; an event's position is its index plus one. */
  readonly all: RecordedEvent[];
  readonly streams: Map<string, RecordedEvent[]>;
  /** By lower-cased event id, as PostgreSQL's `uuid` compares them. */
  readonly byEventId: Map<string, RecordedEvent>;
  /** Subscriptions waiting for the next append. */
  readonly waiting: Set<() => void>;
}

export function emptyLog(): InMemoryLog {
  return { all: [], streams: new Map(), byEventId: new Map(), waiting: new Set() };
}

/** Index in {@link InMemoryLog.all} of the first event strictly after `position`. */
export function indexAfter(position: GlobalPosition | undefined): number {
  return position === undefined || position < 0n ? 0 : Number(position);
}

/**
 * A copy for the caller, as a database hands out a fresh row on every read: a caller that
 * changes an event it read changes nothing stored. (Not `structuredClone`: under jest its
 * dates belong to another realm than the test's `Date`.)
 */
export function copyOf(event: RecordedEvent): RecordedEvent {
  return {
    ...event,
    data: asJson(event.data),
    metadata: asJson(event.metadata),
    recordedAt: new Date(event.recordedAt),
  };
}

/** What a JSON column gives back: no `undefined` fields, dates as strings, no shared objects. */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
