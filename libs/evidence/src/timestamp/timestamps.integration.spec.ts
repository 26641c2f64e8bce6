import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool } from 'pg';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { Checkpointer } from '../checkpointer';
import { exportEvidence } from '../export/export-evidence';
import { EvidenceLog } from '../log/evidence-log';
import { migrateEvidence } from '../migrate-evidence';
import { appendSignals, evidenceParts } from '../testing/evidence-fixture';
import { startTestTimestampAuthority, type TestTimestampAuthority } from '../testing/test-timestamp-authority';
import { checkpointBytes, verifyEvidence, type SignedCheckpoint } from '../verify';
import { parseTimestampToken } from '../verify/timestamp-token';
import { Rfc3161TimestampAuthority } from './rfc3161-timestamp-authority';

/** RFC 3161 timestamps on checkpoints, from a real (tiny) authority over HTTP started here. */
describe('checkpoints timestamped by an RFC 3161 authority', () => {
  let tsa: TestTimestampAuthority;
  let store: PostgresEventStore;
  let pool: Pool;
  let parts: Awaited<ReturnType<typeof evidenceParts>>;
  let exported: string;
  let signed: SignedCheckpoint[];

  beforeAll(async () => {
    tsa = await startTestTimestampAuthority();
    const url = await createTestDatabase('timestamps');
    await migrateEventStore(url);
    await migrateEvidence(url);
    store = new PostgresEventStore({ connectionString: url });
    pool = new Pool({ connectionString: url, max: 2 });
    parts = await evidenceParts();
    const timestampAuthority = new Rfc3161TimestampAuthority(tsa.url);
    const checkpointer = new Checkpointer({ log: new EvidenceLog(store, pool), ...parts, timestampAuthority });
    await appendSignals(store);
    await checkpointer.checkpoint();
    await appendSignals(store, 'later-');
    await checkpointer.checkpoint();
    signed = await parts.sink.all();
    exported = join(parts.dir, 'export');
    await exportEvidence(store, parts, exported);
  });
  afterAll(async () => {
    await tsa.close();
    await store.close();
    await pool.end();
    await parts.cleanUp();
  });

  it('asks the authority once per checkpoint, with the checkpoint hash as imprint and a fresh nonce', () => {
    expect(signed.map((s) => s.checkpoint.treeSize)).toEqual([9, 18]);
    expect(tsa.requests.map((r) => r.imprint.toString('hex'))).toEqual(
      signed.map((s) => createHash('sha256').update(checkpointBytes(s.checkpoint)).digest('hex')),
    );
    const nonces = tsa.requests.map((r) => r.nonce);
    expect(nonces.every((n) => typeof n === 'bigint')).toBe(true);
    expect(new Set(nonces).size).toBe(2);
    expect(signed.every((s) => typeof s.timestampToken === 'string')).toBe(true);
  });

  it('exports the tokens, and the verifier checks each against the authority it is told to trust', async () => {
    const report = await verifyEvidence(exported, { trustedTimestampAuthority: tsa.certificatePem });
    expect(report.problems).toEqual([]);
    expect(report.timestamps.checked).toBe(2);
    expect(report.timestamps.authorities).toHaveLength(1);
  });

  it('reports a token changed after it was issued, and one from another authority', async () => {
    const folder = join(exported, 'checkpoints');
    const [first] = (await readdir(folder)).sort();
    const path = join(folder, first as string);
    const original = await readFile(path, 'utf8');
    const checkpoint = JSON.parse(original) as SignedCheckpoint;
    const token = Buffer.from(checkpoint.timestampToken as string, 'base64');
    // One bit of the TSTInfo's last byte (its nonce), as an edit of its time or imprint would be.
    const { tstInfo } = parseTimestampToken(token);
    const end = token.indexOf(tstInfo) + tstInfo.length - 1;
    token[end] = (token[end] as number) ^ 0x01;
    await writeFile(path, JSON.stringify({ ...checkpoint, timestampToken: token.toString('base64') }));
    try {
      const { problems } = await verifyEvidence(exported);
      expect(problems).toEqual([
        expect.stringMatching(/^The timestamp of the checkpoint of .* does not hold: its signed digest/),
      ]);
    } finally {
      await writeFile(path, original);
    }
    const other = await startTestTimestampAuthority();
    try {
      const { problems } = await verifyEvidence(exported, { trustedTimestampAuthority: other.certificatePem });
      expect(problems).toContainEqual(expect.stringMatching(/another authority than the one you trust/));
    } finally {
      await other.close();
    }
  });

  it('reports a checkpoint whose token was removed', async () => {
    const folder = join(exported, 'checkpoints');
    const [, second] = (await readdir(folder)).sort();
    const path = join(folder, second as string);
    const original = await readFile(path, 'utf8');
    const { timestampToken: _dropped, ...rest } = JSON.parse(original) as SignedCheckpoint;
    await writeFile(path, JSON.stringify(rest));
    try {
      expect((await verifyEvidence(exported)).problems).toEqual([
        expect.stringMatching(/^The checkpoint of .* carries no timestamp from the timestamp authority\.$/),
      ]);
    } finally {
      await writeFile(path, original);
    }
  });

  it('writes a checkpoint without a token when the authority fails, and says so', async () => {
    const failures: unknown[] = [];
    const checkpointer = new Checkpointer({
      log: new EvidenceLog(store, pool),
      ...parts,
      timestampAuthority: new Rfc3161TimestampAuthority('http://127.0.0.1:9/tsa', { timeoutMs: 2_000 }),
      onTimestampError: (error) => failures.push(error),
    });
    await appendSignals(store, 'unstamped-');
    const written = await checkpointer.checkpoint();
    expect(written?.timestampToken).toBeUndefined();
    expect(failures).toHaveLength(1);
  });
});
