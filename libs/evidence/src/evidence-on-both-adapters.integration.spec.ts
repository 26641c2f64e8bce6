import { Pool } from 'pg';
import type { EventStore } from '#event-store';
import { createEventStoreDbConformanceFixture } from '#event-store/eventstoredb';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { Checkpointer } from './checkpointer';
import { exportEvidence } from './export/export-evidence';
import { EvidenceLog } from './log/evidence-log';
import { migrateEvidence } from './migrate-evidence';
import { appendSignals, evidenceParts } from './testing/evidence-fixture';
import { verifyEvidence } from './verify';

/**
 * The tree, the checkpoint and the export read the store through the event store port alone,
 * so the same evidence holds on either adapter (the tree itself lives in PostgreSQL).
 */
interface Connected {
  readonly store: EventStore;
  readonly namespace: string;
  teardown(): Promise<void>;
}

function describeEvidenceOn(adapter: string, connect: () => Promise<Connected>): void {
  describe(`evidence over $all on ${adapter}`, () => {
    it('signs a checkpoint of every event and exports what verify-evidence finds whole', async () => {
      const fixture = await connect();
      const treeDatabase = await createTestDatabase(`tree ${adapter}`);
      await migrateEvidence(treeDatabase);
      const pool = new Pool({ connectionString: treeDatabase, max: 2 });
      const parts = await evidenceParts();
      try {
        await appendSignals(fixture.store, `${fixture.namespace}-${Date.now()}-`);
        const signed = await new Checkpointer({ log: new EvidenceLog(fixture.store, pool), ...parts }).checkpoint();
        const head = await fixture.store.headPosition();
        expect(signed?.checkpoint.lastPosition).toBe(head?.toString());
        const written = await exportEvidence(fixture.store, parts, `${parts.dir}/export`);
        const report = await verifyEvidence(`${parts.dir}/export`);
        expect(report.problems).toEqual([]);
        expect(report.lastCheckpoint?.treeSize).toBe(signed?.checkpoint.treeSize);
        expect(written.events).toBeGreaterThanOrEqual(9);
      } finally {
        await fixture.teardown();
        await pool.end();
        await parts.cleanUp();
      }
    });
  });
}

describeEvidenceOn('PostgreSQL', async () => {
  const url = await createTestDatabase('store');
  await migrateEventStore(url);
  const store = new PostgresEventStore({ connectionString: url });
  return { store, namespace: 'pg', teardown: () => store.close() };
});

const eventStoreUrl = process.env.EVENTSTORE_URL;
if (eventStoreUrl) {
  describeEvidenceOn('EventStoreDB', () => createEventStoreDbConformanceFixture(eventStoreUrl));
} else {
  // Said out loud, so a green run is never mistaken for one that covered EventStoreDB.
  process.stderr.write('\nEvidence on EventStoreDB: NOT RUN (EVENTSTORE_URL is not set)\n');
}
