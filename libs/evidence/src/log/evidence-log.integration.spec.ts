import { Pool } from 'pg';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { runMigrations } from '#migrations';
import { createTestDatabase } from '#testing';
import { evidenceEventOf } from '../evidence-event';
import { EVIDENCE_MIGRATIONS, migrateEvidence } from '../migrate-evidence';
import { appendSignals } from '../testing/evidence-fixture';
import { eventLeafHash, MerkleFrontier, subtreeHash, verifyInclusion } from '../verify';
import { inclusionsOfStream } from './event-inclusion';
import { EvidenceLog } from './evidence-log';

/** The leaf hashes of every event in the store, in global order, as a verifier computes them. */
async function leavesOf(store: PostgresEventStore): Promise<Buffer[]> {
  return (await store.readAll({ maxCount: 10_000 })).map((event) => eventLeafHash(evidenceEventOf(event)));
}

function rootOfLeaves(leaves: readonly Buffer[], size: number): Buffer {
  return subtreeHash(0, size, (level, index) => {
    const frontier = new MerkleFrontier();
    for (const leaf of leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)) frontier.push(leaf);
    return frontier.root();
  });
}

/** The tree in PostgreSQL: a row per leaf with its hash, subtrees of 16 leaves and more (ADR 0041). */
describe('the evidence log in PostgreSQL', () => {
  it('grows in small batches to the roots a verifier computes, and proves each event of a stream', async () => {
    const url = await createTestDatabase('log batches');
    await migrateEventStore(url);
    await migrateEvidence(url);
    const store = new PostgresEventStore({ connectionString: url });
    const pool = new Pool({ connectionString: url, max: 2 });
    try {
      for (let round = 0; round < 5; round += 1) await appendSignals(store, `round-${round}-`);
      const log = new EvidenceLog(store, pool, { batchSize: 7 });
      expect(await log.catchUp()).toBe(45);
      expect(await log.catchUp()).toBe(0);
      const leaves = await leavesOf(store);
      for (const size of [1, 7, 15, 16, 17, 31, 32, 33, 45]) {
        expect({ size, root: (await log.rootOf(size)).toString('hex') }).toEqual({
          size,
          root: rootOfLeaves(leaves, size).toString('hex'),
        });
      }
      const { rows } = await pool.query<{ levels: number[] }>(
        'SELECT array_agg(DISTINCT level ORDER BY level) AS levels FROM evidence_nodes',
      );
      expect(rows[0]?.levels).toEqual([4, 5]);
      await log.recordCheckpoint({
        checkpoint: {
          version: 1,
          treeSize: 45,
          rootHash: rootOfLeaves(leaves, 45).toString('hex'),
          lastPosition: null,
          time: '2026-12-07T12:00:00.000Z',
        },
        signature: '',
      });
      const proofs = await inclusionsOfStream(pool, 'round-3-signal-a');
      expect(proofs).toHaveLength(4);
      for (const proof of proofs) {
        const path = proof.path.map((hash) => Buffer.from(hash, 'hex'));
        const ok = verifyInclusion(
          proof.leafIndex,
          45,
          leaves[proof.leafIndex] as Buffer,
          path,
          rootOfLeaves(leaves, 45),
        );
        expect(ok).toBe(true);
      }
    } finally {
      await store.close();
      await pool.end();
    }
  });

  it('moves a tree stored the old way (every subtree a row) into leaf rows, keeping its roots', async () => {
    const url = await createTestDatabase('log migration');
    await migrateEventStore(url);
    await runMigrations(url, {
      table: 'evidence_migrations',
      lockKey: 727_030,
      migrations: EVIDENCE_MIGRATIONS.slice(0, 2),
    });
    const store = new PostgresEventStore({ connectionString: url });
    const pool = new Pool({ connectionString: url, max: 2 });
    try {
      await appendSignals(store);
      await appendSignals(store, 'later-');
      const events = await store.readAll({ maxCount: 100 });
      const frontier = new MerkleFrontier();
      const nodes = events.flatMap((event) => frontier.push(eventLeafHash(evidenceEventOf(event))));
      await pool.query(
        `INSERT INTO evidence_leaves (leaf_index, position, stream_id, stream_revision)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[])`,
        [
          events.map((_, i) => i),
          events.map((e) => e.position.toString()),
          events.map((e) => e.streamId),
          events.map((e) => e.streamRevision),
        ],
      );
      await pool.query(
        `INSERT INTO evidence_nodes (level, node_index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
        [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
      );
      await pool.query('UPDATE evidence_state SET tree_size = $1, last_position = $2, frontier = $3', [
        frontier.size,
        events.at(-1)?.position.toString(),
        frontier.hashes(),
      ]);
      await migrateEvidence(url);
      const log = new EvidenceLog(store, pool);
      const leaves = await leavesOf(store);
      expect((await log.rootOf(18)).toString('hex')).toBe(rootOfLeaves(leaves, 18).toString('hex'));
      await appendSignals(store, 'after-');
      expect(await log.catchUp()).toBe(9);
      const all = await leavesOf(store);
      expect((await log.rootOf(27)).toString('hex')).toBe(rootOfLeaves(all, 27).toString('hex'));
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_nodes WHERE level < 4');
      expect(rows[0]?.n).toBe(0);
    } finally {
      await store.close();
      await pool.end();
    }
  });
});
