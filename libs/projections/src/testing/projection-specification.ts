import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projection';

/** What a row should be: the row itself, or an assertion on it. */
export type ThenRow<TDoc> = TDoc | null | ((row: TDoc | null) => void);

export interface ProjectionScenario<TDoc> {
  /**
   * Asserts the row after the `when` event, and that the runner applying that event a second
   * time would change nothing.
   */
  then(expected: ThenRow<TDoc>): void;
}

export interface ProjectionSpecification<TDoc> {
  given(...events: readonly RecordedEvent[]): { when(event: RecordedEvent): ProjectionScenario<TDoc> };
  /** The row after the events, for comparing one history with another. */
  rowAfter(events: readonly RecordedEvent[]): TDoc | null;
  /** Asserts that a history in which every event arrives twice leaves the row as once. */
  thenEachEventTwiceChangesNothing(events: readonly RecordedEvent[]): void;
}

/**
 * Given these events, when this event, then this row: a projection's `evolve` for one row,
 * fed only events the runner would feed that row (the spec fails on any other, so no
 * assertion passes on an event the projection never sees).
 */
export function projectionSpecification<TDoc>(
  projection: Projection<TDoc>,
  key: string,
): ProjectionSpecification<TDoc> {
  const apply = (row: TDoc | null, event: RecordedEvent): TDoc | null => {
    if (!projection.eventTypes.includes(event.type)) {
      throw new Error(`${projection.name} does not read ${event.type} events`);
    }
    if (!projection.keysOf(event).includes(key)) {
      throw new Error(`${projection.name} would not apply ${event.type} to row ${key}`);
    }
    return projection.evolve(row, event, key);
  };
  const rowAfter = (events: readonly RecordedEvent[]): TDoc | null => events.reduce(apply, null);

  return {
    given: (...history) => ({
      when: (event) => ({
        then: (expected) => {
          const row = apply(rowAfter(history), event);
          if (isAssertion(expected)) expected(row);
          else expect(row).toEqual(expected);
          expect(apply(copy(row), event)).toEqual(row);
        },
      }),
    }),
    rowAfter,
    thenEachEventTwiceChangesNothing: (events) => {
      expect(rowAfter(events.flatMap((event) => [event, event]))).toEqual(rowAfter(events));
    },
  };
}

/** The row as the runner reads it back from its JSON column, so `evolve` cannot share it. */
function copy<TDoc>(row: TDoc | null): TDoc | null {
  return row === null ? null : (JSON.parse(JSON.stringify(row)) as TDoc);
}

/** Rows are JSON documents, never functions: a function is an assertion on the row. */
function isAssertion<TDoc>(expected: ThenRow<TDoc>): expected is (row: TDoc | null) => void {
  return typeof expected === 'function';
}
