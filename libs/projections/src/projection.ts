import type { RecordedEvent } from '#event-store';

/** A read model row: a JSON document plus the position of the last event folded into it. */
export interface ReadModelRow<TDoc> {
  readonly id: string;
  readonly doc: TDoc;
}

/**
 * A read model as a pure fold per row: which row an event touches (`keyOf`), and how the row
 * changes (`evolve`, `null` to delete). The runner stores rows, checkpoints and batches; a
 * projection knows nothing of SQL.
 */
export interface Projection<TDoc = unknown> {
  /** Stable name; its rows are `read_model_rows` with this projection name. */
  readonly name: string;
  /**
   * The definition's version, a positive integer: raise it whenever `evolve`, `keysOf`,
   * `eventTypes` or the row's shape changes. Each generation records the version it was
   * built with, and a start rebuilds the read models whose active generation is older
   * (ADR 26), so rows folded by the previous definition never outlive an upgrade.
   */
  readonly version: number;
  /** Event types it folds; others are never read for it. */
  readonly eventTypes: readonly string[];
  /** Row key(s) the event touches; an empty list means none. */
  keysOf(event: RecordedEvent): readonly string[];
  evolve(doc: TDoc | null, event: RecordedEvent, key: string): TDoc | null;
}
