import { Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { createEventStoreDbConformanceFixture } from '../eventstoredb';
import { createPostgresConformanceFixture } from '../postgres/postgres.fixtures';
import { PostgresStreamHeads } from '../postgres/postgres-stream-heads';
import { describeEventStoreConformance, type ConformanceCapabilities, type ConformanceFixture } from '../testing';
import { withAuditChain } from './audit-chain.fixtures';
import { verifyAuditTrail, type AuditTrailVerification, type StreamHeads } from '.';

/**
 * The conformance suite through the audit-chain decorator, and afterwards the proof that
 * every event the suite wrote, many of them concurrently, is chained and intact.
 */
function describeChainedConformance(
  adapter: string,
  capabilities: ConformanceCapabilities,
  create: () => Promise<{ fixture: ConformanceFixture; heads?: StreamHeads; release?: () => Promise<void> }>,
): void {
  let verification: AuditTrailVerification | undefined;
  let total = 0;

  describeEventStoreConformance(
    `${adapter} through the audit chain`,
    async () => {
      const { fixture, heads, release } = await create();
      const chained = withAuditChain(fixture);
      return {
        ...chained,
        teardown: async () => {
          verification = await verifyAuditTrail(chained.store, {
            ...(heads ? { heads } : {}),
            inScope: (event) => event.streamId.startsWith(chained.namespace),
          });
          total = (await chained.store.readAll({ maxCount: 10_000 })).filter((e) =>
            e.streamId.startsWith(chained.namespace),
          ).length;
          await release?.();
          await chained.teardown();
        },
      };
    },
    capabilities,
  );

  it(`leaves every event the ${adapter} suite wrote chained and intact`, () => {
    expect(verification).toMatchObject({ intact: true, unchained: 0 });
    expect(verification?.checked).toBeGreaterThan(0);
    expect(verification?.checked).toBe(total);
  });
}

describeChainedConformance('PostgreSQL', { outOfOrderCommits: true }, async () => {
  const url = await createTestDatabase('chained');
  const fixture = await createPostgresConformanceFixture(url);
  const pool = new Pool({ connectionString: url });
  pool.on('error', () => undefined);
  return { fixture, heads: new PostgresStreamHeads(pool), release: () => pool.end() };
});

const eventStoreUrl = process.env.EVENTSTORE_URL;
if (eventStoreUrl) {
  describeChainedConformance('EventStoreDB', { outOfOrderCommits: false }, async () => ({
    fixture: await createEventStoreDbConformanceFixture(eventStoreUrl),
  }));
} else {
  process.stderr.write('\nEventStoreDB through the audit chain: NOT RUN (EVENTSTORE_URL is not set)\n');
}
