import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  contentHashOf,
  verifyAuditTrail,
  type AuditChainLink,
  type EventMetadata,
  type RecordedEvent,
} from '#event-store';
import { migrateEventStore, PostgresEventStore, PostgresStreamHeads } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { Checkpointer, EvidenceMismatchError } from './checkpointer';
import { exportEvidence } from './export/export-evidence';
import { EvidenceLog } from './log/evidence-log';
import { migrateEvidence } from './migrate-evidence';
import { appendSignals, evidenceParts } from './testing/evidence-fixture';
import { verifyEvidence, type SignedCheckpoint } from './verify';

/**
 * Each tampering of issue #22, done straight in PostgreSQL as the test superuser (as someone
 * with database access could), by a tamperer careful enough to keep every per-stream hash chain
 * whole: today's chain verifier passes each one; the evidence, checked against the last signed
 * checkpoint, fails each one.
 */
describe('evidence over $all against tampering in PostgreSQL', () => {
  interface Recorded {
    readonly store: PostgresEventStore;
    readonly pool: Pool;
    readonly sql: (text: string, params?: unknown[]) => Promise<unknown>;
    readonly events: (streamId: string) => Promise<RecordedEvent[]>;
    readonly checkpointer: Checkpointer;
    /** Where an export made now is written. */
    exportNow(): Promise<string>;
    close(): Promise<void>;
    /** What the verifier says of an export made now, and what today's chain verifier says. */
    judge(): Promise<{ problems: readonly string[]; chainIntact: boolean }>;
  }

  /** A fresh store with three streams, all in a signed checkpoint. */
  async function recorded(label: string): Promise<Recorded> {
    const url = await createTestDatabase(label);
    await migrateEventStore(url);
    await migrateEvidence(url);
    const store = new PostgresEventStore({ connectionString: url });
    const pool = new Pool({ connectionString: url, max: 2 });
    const parts = await evidenceParts();
    await appendSignals(store);
    const checkpointer = new Checkpointer({ log: new EvidenceLog(store, pool), ...parts });
    const signed = await checkpointer.checkpoint();
    expect(signed?.checkpoint.treeSize).toBe(9);
    let exports = 0;
    const exportNow = async (): Promise<string> => {
      exports += 1;
      const dir = `${parts.dir}/export-${exports}`;
      await exportEvidence(store, parts, dir);
      return dir;
    };
    return {
      store,
      pool,
      checkpointer,
      exportNow,
      sql: (text, params = []) => pool.query(text, params),
      events: (streamId) => store.readStream(streamId),
      judge: async () => {
        const { problems } = await verifyEvidence(await exportNow());
        const chain = await verifyAuditTrail(store, { heads: new PostgresStreamHeads(pool) });
        return { problems, chainIntact: chain.intact };
      },
      close: async () => {
        await store.close();
        await pool.end();
        await parts.cleanUp();
      },
    };
  }

  /** Rewrites a stream's events from `from` on with `edit`, recomputing every chain link after it. */
  async function rechain(
    db: Recorded,
    streamId: string,
    from: number,
    edit: (event: RecordedEvent) => RecordedEvent,
  ): Promise<void> {
    const events = await db.events(streamId);
    let previous = from === 0 ? null : linkOf(events[from - 1] as RecordedEvent).contentHash;
    for (const original of events.slice(from)) {
      const event = edit(original);
      const contentHash = contentHashOf(event, previous);
      const metadata: EventMetadata = {
        ...event.metadata,
        auditChain: { version: 1, previousHash: previous, contentHash },
      };
      await db.sql('UPDATE es_events SET data = $1, metadata = $2 WHERE position = $3', [
        JSON.stringify(event.data),
        JSON.stringify(metadata),
        event.position.toString(),
      ]);
      previous = contentHash;
    }
  }

  /** Inserts a made-up event, chained to the stream's last one, at a free position. */
  async function insertChained(db: Recorded, streamId: string, position: bigint, type: string): Promise<void> {
    const events = await db.events(streamId);
    const last = events.at(-1);
    const revision = last ? last.streamRevision + 1 : 0;
    const previous = last ? linkOf(last).contentHash : null;
    const metadata: EventMetadata = {
      occurredAt: '2026-11-03T10:00:00+01:00',
      actor: { id: 'user-1', role: 'body-member' },
      municipalityCode: 'GM0375',
      correlationId: '00000000-0000-4000-8000-000000000001',
      schemaVersion: 1,
    };
    const eventId = `00000000-0000-4000-8000-${position.toString().slice(-12).padStart(12, '0')}`;
    const data = { summary: 'Verzonnen' };
    const content = { streamId, streamRevision: revision, eventId, type, data, metadata };
    const contentHash = contentHashOf(content, previous);
    await db.sql(
      `INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata, recorded_at)
       VALUES ($1, pg_current_xact_id(), $2, $3, $4, $5, $6, $7, now())`,
      [
        position.toString(),
        streamId,
        revision,
        eventId,
        type,
        JSON.stringify(data),
        JSON.stringify({ ...metadata, auditChain: { version: 1, previousHash: previous, contentHash } }),
      ],
    );
    await db.sql(
      `INSERT INTO es_streams (stream_id, revision) VALUES ($1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision`,
      [streamId, revision],
    );
  }

  function linkOf(event: RecordedEvent): AuditChainLink {
    const link = event.metadata.auditChain;
    if (!link) throw new Error('the fixture writes every event through the audit chain');
    return link;
  }

  const cases: [string, (db: Recorded) => Promise<void>][] = [
    [
      'an event inserted into a stream, chained to its predecessor',
      async (db) => {
        const last = (await db.events('signal-a')).at(-1) as RecordedEvent;
        await insertChained(db, 'signal-a', last.position + 1n, 'SignalReopened');
      },
    ],
    [
      'a whole stream deleted, its head with it',
      async (db) => {
        await db.sql(`DELETE FROM es_events WHERE stream_id = 'signal-b'`);
        await db.sql(`DELETE FROM es_streams WHERE stream_id = 'signal-b'`);
      },
    ],
    [
      "a stream's last event cut off, its head moved back",
      async (db) => {
        await db.sql(`DELETE FROM es_events WHERE stream_id = 'signal-a' AND stream_revision = 3`);
        await db.sql(`UPDATE es_streams SET revision = 2 WHERE stream_id = 'signal-a'`);
      },
    ],
    [
      'events of two streams swapped in the global order',
      async (db) => {
        const a3 = (await db.events('signal-a'))[3] as RecordedEvent;
        const b0 = (await db.events('signal-b'))[0] as RecordedEvent;
        await db.sql('UPDATE es_events SET position = -1 WHERE position = $1', [a3.position.toString()]);
        await db.sql('UPDATE es_events SET position = $1 WHERE position = $2', [
          a3.position.toString(),
          b0.position.toString(),
        ]);
        await db.sql('UPDATE es_events SET position = $1 WHERE position = -1', [b0.position.toString()]);
      },
    ],
    [
      "an event's content edited, the stream's hashes recomputed after it",
      (db) =>
        rechain(db, 'signal-b', 1, (event) =>
          event.streamRevision === 1 ? { ...event, data: { scope: 'individual' } } : event,
        ),
    ],
    [
      "an event's recorded time moved back three days",
      async (db) => {
        await db.sql(
          `UPDATE es_events SET recorded_at = recorded_at - interval '3 days' WHERE stream_id = 'signal-c' AND stream_revision = 1`,
        );
      },
    ],
    [
      'a made-up stream slipped in among the recorded ones',
      async (db) => {
        const last = (await db.events('signal-a')).at(-1) as RecordedEvent;
        await insertChained(db, 'signal-z', last.position + 1n, 'SignalReceived');
        await insertChained(db, 'signal-z', last.position + 2n, 'SignalClosed');
      },
    ],
    [
      'a whole chain rewritten from its first event, every hash recomputed',
      (db) =>
        rechain(db, 'signal-c', 0, (event) => ({ ...event, data: { ...(event.data as object), summary: 'Anders' } })),
    ],
  ];

  it('holds for the untouched store, as the chain does', async () => {
    const db = await recorded('untouched');
    try {
      expect(await db.judge()).toEqual({ problems: [], chainIntact: true });
    } finally {
      await db.close();
    }
  });

  it.each(cases)('reports %s, which the per-stream chain verifier misses', async (label, tamper) => {
    const db = await recorded(label.slice(0, 24));
    try {
      await tamper(db);
      const { problems, chainIntact } = await db.judge();
      expect(chainIntact).toBe(true);
      expect(problems).toContainEqual(
        expect.stringMatching(
          /do not give the root signed in the checkpoint of|vouches for 9 events, but the export holds only/,
        ),
      );
    } finally {
      await db.close();
    }
  });

  it('refuses to sign a tree whose stored leaf hashes were changed since the last checkpoint', async () => {
    const db = await recorded('evidence rows');
    try {
      // Leaf 3's hash, the fourth 32 bytes of the first chunk's leaves (ADR 0044).
      await db.sql(
        `UPDATE evidence_chunks SET leaves = overlay(leaves PLACING sha256(substring(leaves FROM 97 FOR 32)) FROM 97 FOR 32)
         WHERE chunk_index = 0`,
      );
      await appendSignals(db.store, 'later-');
      await expect(db.checkpointer.checkpoint()).rejects.toThrow(EvidenceMismatchError);
    } finally {
      await db.close();
    }
  });

  it('reports a checkpoint file changed after signing, and a key other than the one trusted', async () => {
    const db = await recorded('checkpoint file');
    try {
      const dir = await db.exportNow();
      const [name] = await readdir(join(dir, 'checkpoints'));
      const path = join(dir, 'checkpoints', name as string);
      const signed = JSON.parse(await readFile(path, 'utf8')) as SignedCheckpoint;
      await writeFile(path, JSON.stringify({ ...signed, checkpoint: { ...signed.checkpoint, treeSize: 8 } }));
      const { privateKey } = generateKeyPairSync('ed25519');
      const otherKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
      expect((await verifyEvidence(dir)).problems).toContainEqual(expect.stringMatching(/signature does not hold/));
      expect((await verifyEvidence(dir, { trustedPublicKey: otherKey })).problems).toContainEqual(
        expect.stringMatching(/another key than the one you trust/),
      );
    } finally {
      await db.close();
    }
  });

  it('proves each stream head in the last checkpoint, and reports a proof that does not hold', async () => {
    const db = await recorded('proofs');
    try {
      const dir = await db.exportNow();
      const report = await verifyEvidence(dir);
      expect(report).toMatchObject({ problems: [], events: 9, checkpoints: 1, proofsChecked: 3 });
      const proofs = (await readFile(join(dir, 'proofs.ndjson'), 'utf8')).trim().split('\n');
      const first = JSON.parse(proofs[0] as string) as { leafIndex: number };
      proofs[0] = JSON.stringify({ ...first, leafIndex: first.leafIndex === 0 ? 1 : 0 });
      await writeFile(join(dir, 'proofs.ndjson'), `${proofs.join('\n')}\n`);
      expect((await verifyEvidence(dir)).problems).toContainEqual(expect.stringMatching(/proof that .* does not hold/));
    } finally {
      await db.close();
    }
  });
});
