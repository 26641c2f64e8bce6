import { execFile } from 'node:child_process';
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import request from 'supertest';
import { adviceTrajectoryStreamId } from '#domain';
import {
  Checkpointer,
  checkpointBytes,
  eventLeafHash,
  evidenceEventOf,
  EvidenceLog,
  signerFor,
  sinkFor,
  verifyInclusion,
  type SignedCheckpoint,
} from '#evidence';
import { SCENARIO, seedAdviceScenario } from '../../support/advice-scenario';
import { startTestApp, type TestApp } from '../../support/test-app';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const IN_CHECKPOINT = 'Deze gebeurtenis zit in het controlepunt van';

interface Inclusion {
  revision: number;
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  rootHash: string;
  path: string[];
  signedCheckpoint: SignedCheckpoint;
}

/** The evidence as the public and an evaluator meet it: on the history page, as a proof, and as an export. */
describe('evidence of an advice trajectory', () => {
  let api: TestApp;
  const page = async (path: string) => (await request(api.http).get(path).expect(200)).text;
  const cli = async (...args: string[]): Promise<{ code: number; stdout: string }> => {
    const env = { PATH: process.env.PATH, DATABASE_URL: api.databaseUrl, DATA_DIR: api.dataDir, LOG_LEVEL: 'error' };
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      if (typeof failed.code !== 'number' || failed.code === 0) throw error;
      return { code: failed.code, stdout: failed.stdout ?? '' };
    }
  };

  beforeAll(async () => {
    api = await startTestApp('trajectory-evidence');
    await seedAdviceScenario(api);
  });
  afterAll(() => api.close());

  it('refuses the proofs to a caller of another municipality, as the history is refused', async () => {
    const elsewhere = await api.bearer('official', ['GM0453'], 'official-elsewhere');
    await request(api.http)
      .get(`/api/v1/audit-trail/advice-trajectories/${SCENARIO.trajectoryId}/checkpoints`)
      .set('Authorization', elsewhere)
      .expect(403);
  });

  it('says nothing of a checkpoint before one is signed, then names it beside every logged event', async () => {
    expect(await page(`/trajecten/${SCENARIO.trajectoryId}`)).not.toContain(IN_CHECKPOINT);
    const { evidence } = api.storage;
    const log = new EvidenceLog(api.storage.sealedEventStore, api.storage.database);
    await new Checkpointer({ log, signer: await signerFor(evidence), sink: sinkFor(evidence) }).checkpoint();
    const html = await page(`/trajecten/${SCENARIO.trajectoryId}`);
    const logged = await api.storage.sealedEventStore.readStream(adviceTrajectoryStreamId(SCENARIO.trajectoryId));
    expect(html.split(IN_CHECKPOINT)).toHaveLength(logged.length + 1);
  });

  it('answers a proof that checks against the signed checkpoint and the event as stored', async () => {
    const streamId = adviceTrajectoryStreamId(SCENARIO.trajectoryId);
    const [first] = await api.storage.sealedEventStore.readStream(streamId);
    const answer = await request(api.http)
      .get(`/api/v1/audit-trail/advice-trajectories/${SCENARIO.trajectoryId}/checkpoints`)
      .expect(200);
    const proof = (answer.body as { events: Inclusion[] }).events[0] as Inclusion;
    expect(proof.revision).toBe(0);
    expect(proof.leafHash).toBe(eventLeafHash(evidenceEventOf(first as never)).toString('hex'));
    const path = proof.path.map((hash) => Buffer.from(hash, 'hex'));
    const leaf = Buffer.from(proof.leafHash, 'hex');
    expect(verifyInclusion(proof.leafIndex, proof.treeSize, leaf, path, Buffer.from(proof.rootHash, 'hex'))).toBe(true);
    const publicKey = createPublicKey(await (await signerFor(api.storage.evidence)).publicKeyPem());
    const { checkpoint, signature } = proof.signedCheckpoint;
    expect(checkpoint.rootHash).toBe(proof.rootHash);
    expect(verifySignature(null, checkpointBytes(checkpoint), publicKey, Buffer.from(signature, 'base64'))).toBe(true);
  });

  it('exports evidence the CLI verifies, and exits 1 once an event is edited in the database', async () => {
    const dir = join(api.dataDir, 'export');
    expect(await cli('export-evidence', '--out', dir)).toMatchObject({ code: 0 });
    expect(await cli('verify-evidence', dir)).toEqual({ code: 0, stdout: expect.stringContaining('Evidence holds') });
    // As the database's superuser: the application's own role may not change events at all.
    const owner = new Client({ connectionString: api.databaseUrl });
    await owner.connect();
    try {
      await owner.query(
        `UPDATE es_events SET recorded_at = recorded_at - interval '1 day'
         WHERE stream_id = $1 AND stream_revision = 0`,
        [adviceTrajectoryStreamId(SCENARIO.trajectoryId)],
      );
    } finally {
      await owner.end();
    }
    const tampered = join(api.dataDir, 'export-tampered');
    expect(await cli('export-evidence', '--out', tampered, '--no-checkpoint')).toMatchObject({ code: 0 });
    const run = await cli('verify-evidence', tampered);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('EVIDENCE DOES NOT HOLD');
    // Four CLI processes, each opening the store: minutes on a busy machine, not a timing claim.
  }, 180_000);
});
