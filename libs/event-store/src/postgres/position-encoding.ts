/**
 * A PostgreSQL global position is `transactionId * 2^20 + ordinal`: readers only see
 * transactions below the snapshot's xmin, all of them finished, so the order in which
 * readers receive events is (transaction id, ordinal), and this number grows with it.
 * A sequence value would not: it is drawn inside a transaction that can commit after one
 * holding a larger value. See docs/adr/0002-postgres-global-position.md.
 */
export const EVENTS_PER_TRANSACTION = 1_048_576;

/** The same shift as SQL, for tests and diagnostics. */
export function positionOf(transactionId: bigint, ordinal: number): bigint {
  return transactionId * BigInt(EVENTS_PER_TRANSACTION) + BigInt(ordinal);
}

export function transactionIdOf(position: bigint): bigint {
  return position / BigInt(EVENTS_PER_TRANSACTION);
}
