import { Pool } from 'pg';
import { SharedAllReads, type RecordedEvent } from '#event-store';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { runMigrations } from '#migrations';
import { createTestDatabase } from '#testing';
import { evidenceEventOf } from '../evidence-event';
import { EVIDENCE_MIGRATIONS, migrateEvidence } from '../migrate-evidence';
import { appendSignals, someEvent } from '../testing/evidence-fixture';
import { eventLeafHash, MerkleFrontier, nodeHash, verifyInclusion, type SignedCheckpoint } from '../verify';
import { checkpointsOfPositions } from './checkpoints-of-positions';
import { checkpointsOfStream, inclusionsOfStream } from './event-inclusion';
import { EvidenceLog } from './evidence-log';

/** Every event in the store, in global order. */
async function allEvents(store: PostgresEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: bigint | undefined;
  for (;;) {
    const batch = await store.readAll({ ...(after === undefined ? {} : { after }), maxCount: 1_000 });
    if (batch.length === 0) return events;
    events.push(...batch);
    after = batch.at(-1)?.position;
  }
}

/** The leaf hashes of every event in the store, in global order, as a verifier computes them. */
async function leavesOf(store: PostgresEventStore): Promise<Buffer[]> {
  return (await allEvents(store)).map((event) => eventLeafHash(evidenceEventOf(event)));
}

/** RFC 6962's MTH, as the RFC writes it: the reference the stored tree is held to. */
function referenceRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0] as Buffer;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

/** RFC 6962's PATH(m, D[n]), as the RFC writes it. */
function referencePath(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return m < k
    ? [...referencePath(m, leaves.slice(0, k)), referenceRoot(leaves.slice(k))]
    : [...referencePath(m - k, leaves.slice(k)), referenceRoot(leaves.slice(0, k))];
}

function checkpointOf(leaves: readonly Buffer[], size: number): SignedCheckpoint {
  return {
    checkpoint: {
      version: 1,
      treeSize: size,
      rootHash: referenceRoot(leaves.slice(0, size)).toString('hex'),
      lastPosition: null,
      time: '2026-12-07T12:00:00.000Z',
    },
    signature: '',
  };
}

/** `streams` streams of `rounds` appends of `perAppend` events each, the streams taking turns. */
async function appendRounds(
  store: PostgresEventStore,
  streams: number,
  rounds: number,
  perAppend: number,
): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    for (let s = 0; s < streams; s += 1) {
      const events = Array.from({ length: perAppend }, (_, i) =>
        someEvent('SignalAssessed', { scope: 'collective', note: `round ${round}, event ${i}` }),
      );
      await store.appendToStream(`chunked-${s}`, events);
    }
  }
}

async function opened(
  label: string,
): Promise<{ url: string; store: PostgresEventStore; pool: Pool; close(): Promise<void> }> {
  const url = await createTestDatabase(label);
  await migrateEventStore(url);
  const store = new PostgresEventStore({ connectionString: url });
  const pool = new Pool({ connectionString: url, max: 2 });
  return {
    url,
    store,
    pool,
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
}

/** The tree in PostgreSQL: a row per 1,024 leaves and a row per whole chunk's subtree and up (ADR 0044). */
describe('the evidence log in PostgreSQL', () => {
  it('grows in batches across chunks to the roots and proofs of RFC 6962 as written', async () => {
    const db = await opened('log chunks');
    try {
      await migrateEvidence(db.url);
      // 2,300 events: two whole chunks and part of a third; batches of 333 end inside chunks and blocks.
      await appendRounds(db.store, 23, 10, 10);
      const log = new EvidenceLog(db.store, db.pool, { batchSize: 333 });
      expect(await log.catchUp()).toBe(2_300);
      expect(await log.catchUp()).toBe(0);
      const events = await allEvents(db.store);
      const leaves = events.map((event) => eventLeafHash(evidenceEventOf(event)));
      expect((await log.state()).frontier.root()).toEqual(referenceRoot(leaves));
      for (const size of [1, 7, 15, 16, 17, 333, 1_023, 1_024, 1_025, 1_040, 2_047, 2_048, 2_049, 2_300]) {
        expect({ size, root: (await log.rootOf(size)).toString('hex') }).toEqual({
          size,
          root: referenceRoot(leaves.slice(0, size)).toString('hex'),
        });
      }
      const { rows } = await db.pool.query<{ chunks: number; levels: number[] }>(
        `SELECT (SELECT count(*)::int FROM evidence_chunks) AS chunks,
           (SELECT array_agg(DISTINCT level ORDER BY level) FROM evidence_nodes) AS levels`,
      );
      expect(rows[0]).toEqual({ chunks: 3, levels: [10, 11] });
      // Two checkpoints: an event is proven in the first that holds it.
      await log.recordCheckpoint(checkpointOf(leaves, 1_500));
      await log.recordCheckpoint(checkpointOf(leaves, 2_300));
      const proofs = await inclusionsOfStream(db.pool, db.store, 'chunked-5');
      expect(proofs).toHaveLength(100);
      for (const proof of proofs) {
        const leafIndex = events.findIndex((event) => event.position === proof.position);
        expect(events[leafIndex]).toMatchObject({ streamId: 'chunked-5', streamRevision: proof.revision });
        expect({ leafIndex: proof.leafIndex, treeSize: proof.treeSize }).toEqual({
          leafIndex,
          treeSize: leafIndex < 1_500 ? 1_500 : 2_300,
        });
        const tree = leaves.slice(0, proof.treeSize);
        expect(proof.path).toEqual(referencePath(leafIndex, tree).map((hash) => hash.toString('hex')));
        const path = proof.path.map((hash) => Buffer.from(hash, 'hex'));
        expect(verifyInclusion(leafIndex, proof.treeSize, leaves[leafIndex] as Buffer, path, referenceRoot(tree))).toBe(
          true,
        );
      }
      // Without the proofs: the same checkpoints, by revision or by position (the page's light read).
      const { rows: signed } = await db.pool.query<{ tree_size: string; signed_at: Date }>(
        'SELECT tree_size, signed_at FROM evidence_checkpoints',
      );
      const signedAt = new Map(signed.map((row) => [Number(row.tree_size), row.signed_at]));
      const light = proofs.map(({ position, leafIndex, treeSize }) => ({
        position,
        leafIndex,
        treeSize,
        signedAt: signedAt.get(treeSize),
      }));
      expect(await checkpointsOfStream(db.pool, db.store, 'chunked-5')).toEqual(
        light.map((found, i) => ({ ...found, revision: proofs[i]?.revision })),
      );
      // Asked in any order, answered in that order; a position of no event, or past the tree, has none.
      const asked = light.map((found) => found.position).reverse();
      expect(await checkpointsOfPositions(db.pool, [asked[0] as bigint, 999_999n, ...asked.slice(1)])).toEqual(
        light.reverse(),
      );
      expect(await checkpointsOfPositions(db.pool, [])).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('grows the same tree from reads it shares with a follower of $all on its thread (ADR 0051)', async () => {
    const db = await opened('log shared');
    try {
      await migrateEvidence(db.url);
      await appendRounds(db.store, 7, 10, 10);
      const shared = new SharedAllReads(db.store, { capacity: 300 });
      const log = new EvidenceLog(shared, db.pool, { batchSize: 64 });
      // The follower (the projector) reads first, in its own batches; the log catches up
      // behind it, partly from what the follower read, and past it from the store.
      let after: bigint | undefined;
      for (let batch = 0; batch < 4; batch += 1) {
        const read = await shared.readAll({ ...(after === undefined ? {} : { after }), maxCount: 100 });
        after = read.at(-1)?.position;
        while ((await log.catchUp()) > 0);
      }
      await appendRounds(db.store, 7, 2, 5);
      while ((await log.catchUp()) > 0);
      const leaves = await leavesOf(db.store);
      expect(leaves).toHaveLength(770);
      expect((await log.state()).frontier.root()).toEqual(referenceRoot(leaves));
    } finally {
      await db.close();
    }
  });

  it('loses nothing when a batch fails midway: the batch is undone whole and read again', async () => {
    const db = await opened('log crash');
    try {
      await migrateEvidence(db.url);
      await appendRounds(db.store, 5, 10, 10);
      const log = new EvidenceLog(db.store, db.pool, { batchSize: 5_000 });
      expect(await log.catchUp()).toBe(500);
      await appendRounds(db.store, 5, 20, 10);
      // The first whole chunk's subtree row is written after its chunk row, in the same statement: fail there.
      await db.pool.query(`
        CREATE FUNCTION crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash'; END $$;
        CREATE TRIGGER crash BEFORE INSERT ON evidence_nodes FOR EACH ROW EXECUTE FUNCTION crash()`);
      await expect(log.catchUp()).rejects.toThrow('crash');
      const { rows } = await db.pool.query<{ tree_size: string; positions: number }>(
        `SELECT s.tree_size, (SELECT cardinality(positions) FROM evidence_chunks WHERE chunk_index = 0) AS positions
         FROM evidence_state s`,
      );
      expect(rows[0]).toEqual({ tree_size: '500', positions: 500 });
      await db.pool.query('DROP TRIGGER crash ON evidence_nodes');
      expect(await new EvidenceLog(db.store, db.pool).catchUp()).toBe(1_000);
      const leaves = await leavesOf(db.store);
      for (const size of [500, 1_024, 1_500]) {
        expect((await log.rootOf(size)).toString('hex')).toBe(referenceRoot(leaves.slice(0, size)).toString('hex'));
      }
    } finally {
      await db.close();
    }
  });

  it('moves a tree kept in leaf rows (ADR 0041) into chunks as it is, keeping its roots', async () => {
    const db = await opened('log move');
    try {
      await runMigrations(db.url, {
        table: 'evidence_migrations',
        lockKey: 727_030,
        migrations: EVIDENCE_MIGRATIONS.slice(0, 3),
      });
      await appendRounds(db.store, 3, 6, 1);
      const events = await db.store.readAll({ maxCount: 100 });
      const frontier = new MerkleFrontier();
      const hashes = events.map((event) => eventLeafHash(evidenceEventOf(event)));
      const nodes = hashes.flatMap((hash) => frontier.push(hash)).filter((node) => node.level >= 4);
      await db.pool.query(
        `INSERT INTO evidence_leaves (leaf_index, position, stream_id, stream_revision, hash)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::bytea[])`,
        [
          events.map((_, i) => i),
          events.map((e) => e.position.toString()),
          events.map((e) => e.streamId),
          events.map((e) => e.streamRevision),
          hashes,
        ],
      );
      await db.pool.query(
        `INSERT INTO evidence_nodes (level, node_index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
        [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
      );
      await db.pool.query('UPDATE evidence_state SET tree_size = $1, last_position = $2, frontier = $3', [
        frontier.size,
        events.at(-1)?.position.toString(),
        frontier.hashes(),
      ]);
      await migrateEvidence(db.url);
      const log = new EvidenceLog(db.store, db.pool);
      expect((await log.rootOf(18)).toString('hex')).toBe(referenceRoot(hashes).toString('hex'));
      await appendSignals(db.store, 'after-');
      expect(await log.catchUp()).toBe(9);
      const all = await leavesOf(db.store);
      expect((await log.rootOf(27)).toString('hex')).toBe(referenceRoot(all).toString('hex'));
      expect((await log.rootOf(17)).toString('hex')).toBe(referenceRoot(all.slice(0, 17)).toString('hex'));
    } finally {
      await db.close();
    }
  });

  it('grows a tree of the first layout (ADR 0030) again from the store', async () => {
    const db = await opened('log regrow');
    try {
      await runMigrations(db.url, {
        table: 'evidence_migrations',
        lockKey: 727_030,
        migrations: EVIDENCE_MIGRATIONS.slice(0, 2),
      });
      await appendSignals(db.store);
      await db.pool.query(`UPDATE evidence_state SET tree_size = 1, frontier = ARRAY[sha256('x')]`);
      await migrateEvidence(db.url);
      const log = new EvidenceLog(db.store, db.pool);
      expect(await log.catchUp()).toBe(9);
      expect((await log.rootOf(9)).toString('hex')).toBe(referenceRoot(await leavesOf(db.store)).toString('hex'));
    } finally {
      await db.close();
    }
  });
});
