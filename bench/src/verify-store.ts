import type { Pool } from 'pg';
import { verifyAuditTrail, type AuditTrailVerification } from '#event-store';
import { PostgresEventStore, PostgresStreamHeads } from '#event-store/postgres';

/**
 * Walks the generated store's audit trail as `npm run cli -- verify` would and refuses a store
 * that is not chained like a live one: a broken link, or any event without a link, means the
 * figures measured on it would not be the application's.
 */
export async function verifyGeneratedStore(
  url: string,
  pool: Pool,
  log: (line: string) => void,
): Promise<AuditTrailVerification> {
  const store = new PostgresEventStore({ connectionString: url, maxConnections: 1 });
  const started = performance.now();
  try {
    const verification = await verifyAuditTrail(store, { heads: new PostgresStreamHeads(pool), batchSize: 5_000 });
    const { intact, checked, unchained, streams, firstBroken } = verification;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `store: audit trail ${intact ? 'intact' : 'BROKEN'}, ${checked} events in ${streams} streams, ` +
        `${unchained} unchained, verified in ${seconds} s`,
    );
    if (firstBroken) {
      throw new Error(
        `the generated store's audit trail breaks at ${firstBroken.streamId} revision ${firstBroken.revision}: ` +
          `${firstBroken.reason} (${firstBroken.detail})`,
      );
    }
    if (unchained > 0) throw new Error(`the generated store holds ${unchained} events without an audit-chain link`);
    return verification;
  } finally {
    await store.close();
  }
}
