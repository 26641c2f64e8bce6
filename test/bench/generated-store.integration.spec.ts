import { Pool } from 'pg';
import { chainEvents, verifyAuditTrail, type EventMetadata } from '#event-store';
import { migrateEventStore, PostgresEventStore, PostgresStreamHeads } from '#event-store/postgres';
import { migratePrivacy } from '#privacy';
import { createTestDatabase } from '#testing';
import { StoreGenerator } from '../../bench/src/store-generator';
import { StreamChains } from '../../bench/src/stream-chains';

const METADATA: EventMetadata = {
  occurredAt: '2026-11-23T10:00:00.000Z',
  actor: { id: 'bench-generator', role: 'official' },
  correlationId: '7d1c1a52-30c5-4a3e-9c4e-0f6f3e0b5a01',
  schemaVersion: 1,
};

function event(streamId: string, n: number) {
  return {
    streamId,
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'MemberAppointed',
    data: { n, name: { personId: 'p', ciphertext: 'c' } },
    metadata: METADATA,
  };
}

describe('the chains of copied events', () => {
  it('links a copy exactly as the audit-chain decorator links the same append', () => {
    const chains = new StreamChains();
    const placed = [0, 1, 2].map((n) => chains.next(event('signal-a', n)));
    const byDecorator = chainEvents(
      'signal-a',
      [0, 1, 2].map((n) => event('signal-a', n)),
      0,
      null,
    );
    expect(placed.map((p) => p.streamRevision)).toEqual([0, 1, 2]);
    expect(placed.map((p) => p.metadata.auditChain)).toEqual(byDecorator.map((e) => e.metadata.auditChain));
  });

  it("continues a stream that outlives the stories from its head, and starts the stories' own streams afresh", () => {
    const chains = new StreamChains();
    chains.next(event('participation-body-1', 0));
    const head = chains.next(event('participation-body-1', 1));
    chains.settle();
    chains.next(event('signal-a', 2));
    chains.endStories();

    const onBody = chains.next(event('participation-body-1', 3));
    const again = chains.next(event('signal-a', 4));

    expect(onBody.streamRevision).toBe(2);
    expect(onBody.metadata.auditChain.previousHash).toBe(head.metadata.auditChain.contentHash);
    expect(again.streamRevision).toBe(0);
    expect(again.metadata.auditChain.previousHash).toBeNull();
  });
});

describe('the generated bench store', () => {
  let url: string;
  let pool: Pool;

  beforeAll(async () => {
    url = await createTestDatabase('generated-store');
    await migrateEventStore(url);
    await migratePrivacy(url);
    pool = new Pool({ connectionString: url, max: 2 });
  });
  afterAll(() => pool.end());

  it("carries an intact audit-chain link on every event, the pipeline's and the copies'", async () => {
    const generator = new StoreGenerator(url, 42);
    const first = await generator.growTo(1_000, 10, () => undefined);
    const grown = await generator.growTo(first.events + 1, 10, () => undefined);
    await generator.close();

    const store = new PostgresEventStore({ connectionString: url, maxConnections: 1 });
    const verification = await verifyAuditTrail(store, { heads: new PostgresStreamHeads(pool) });
    await store.close();

    expect(grown.events).toBeGreaterThan(first.events);
    expect(verification).toMatchObject({ intact: true, checked: grown.events, unchained: 0 });
  });
});
