import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../support/ijmond';
import { adminDatabase, startTestApp, type TestApp } from '../support/test-app';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
/** The CLI's own data folder: never the repository's `.data`, which another run may have filled. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'participation-cli-'));
const SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000a0d17';
const ELSEWHERE_ID = 'c0a80101-0000-4000-8000-0000000a0d18';
const STREAM = `signal-${SIGNAL_ID}`;
const VERIFICATION = '/api/v1/audit-trail/verification';

interface CliRun {
  code: number;
  stdout: string;
}

/** Tampering straight in PostgreSQL, as someone with database access could, and undoing it. */
describe('verifying the audit trail over HTTP and with the CLI', () => {
  let api: TestApp;
  let evaluator: string;
  let admin: string;
  let databaseUrl: string;
  let reporterId: string;

  const verify = async (token: string, streamId?: string) =>
    (
      await request(api.http)
        .get(VERIFICATION)
        .query(streamId === undefined ? {} : { streamId })
        .set('Authorization', token)
        .expect(200)
    ).body as { intact: boolean; checked: number; firstBroken?: Record<string, unknown> };
  // As someone with database access: the app's own role may not change events (ADR 32).
  const sql = (text: string, params: unknown[] = []) => adminDatabase(api).query(text, params);
  const cli = async (...args: string[]): Promise<CliRun> => {
    const env = { PATH: process.env.PATH, DATA_DIR, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' };
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'verify', ...args], { env });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      if (typeof failed.code !== 'number' || failed.code === 0) throw error;
      return { code: failed.code, stdout: failed.stdout ?? '' };
    }
  };
  const post = async (path: string, body: object, token: string, status: number) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body).expect(status);

  beforeAll(async () => {
    api = await startTestApp('audit-trail');
    databaseUrl = api.databaseUrl;
    evaluator = await api.bearer('evaluator', ['GM0375'], 'evaluator-1');
    admin = await api.bearer('admin', ['GM0375', 'GM0396'], 'admin-1');
    await seedIjmond(api, ['GM0375', 'GM0396']);
    const member = await api.bearer('body-member', ['GM0375', 'GM0396'], 'member-1');
    const signal = {
      bodyId: IJMOND_BODY_ID,
      channel: 'home-care',
      receivedOn: '2026-11-02',
      themes: ['woningaanpassing'],
      domain: 'wmo',
      summary: 'Mevrouw Jansen wacht al maanden op een traplift.',
      reporter: { name: 'A. Jansen', contact: '06-12345678' },
    };
    await post('/signals', { ...signal, id: SIGNAL_ID, municipalityCode: 'GM0375' }, member, 201);
    await post(
      `/signals/${SIGNAL_ID}/_assess`,
      { scope: 'individual', rationale: 'Een persoonlijke vraag.' },
      member,
      200,
    );
    await post(`/signals/${SIGNAL_ID}/_refer`, { referredTo: 'Wmo-loket Beverwijk' }, member, 200);
    await post(`/signals/${SIGNAL_ID}/_close`, { outcome: 'Traplift geplaatst.', feedbackGiven: true }, member, 200);
    await post('/signals', { ...signal, id: ELSEWHERE_ID, municipalityCode: 'GM0396' }, member, 201);
    const [recorded] = await api.storage.eventStore.readStream(STREAM);
    reporterId = (recorded?.data as { reporter: { personId: string } }).reporter.personId;
  });
  afterAll(() => api.close());

  it('finds the untouched trail intact, counting every event for an admin of every municipality', async () => {
    const { rows } = await sql('SELECT count(*)::int AS events FROM es_events');
    expect(await verify(admin)).toEqual({
      intact: true,
      checked: (rows[0] as { events: number }).events,
      unchained: 0,
      streams: expect.any(Number),
      throughPosition: expect.any(Number),
      municipalities: ['GM0375', 'GM0396'],
      // The documents the events name (#21): none here, so none altered.
      documents: expect.objectContaining({ altered: [] }),
    });
  });

  it("bounds an evaluator's answer to their municipalities", async () => {
    const everything = await verify(admin);
    const own = await verify(evaluator);
    expect(own).toMatchObject({ intact: true, municipalities: ['GM0375'] });
    expect(own.checked).toBeLessThan(everything.checked);
    expect(await verify(evaluator, STREAM)).toMatchObject({ intact: true, checked: 4, streamId: STREAM });
    const elsewhere = await request(api.http)
      .get(VERIFICATION)
      .query({ streamId: `signal-${ELSEWHERE_ID}` })
      .set('Authorization', evaluator);
    expect(elsewhere.status).toBe(403);
  });

  it('refuses every role but evaluator and admin, and a caller without a token', async () => {
    for (const role of ['council-member', 'official', 'secretary', 'body-member'] as const) {
      const response = await request(api.http)
        .get(VERIFICATION)
        .set('Authorization', await api.bearer(role));
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    await request(api.http).get(VERIFICATION).expect(401);
  });

  it('names a malformed stream id with 400 and answers 404 for a stream that does not exist', async () => {
    const malformed = await request(api.http)
      .get(VERIFICATION)
      .query({ streamId: '$all' })
      .set('Authorization', evaluator)
      .expect(400);
    expect(malformed.body).toMatchObject({ invalidParams: [{ name: 'streamId' }] });
    await request(api.http)
      .get(VERIFICATION)
      .query({ streamId: 'signal-c0a80101-0000-4000-8000-00000000dead' })
      .set('Authorization', evaluator)
      .expect(404);
  });

  it('still finds the trail intact after the reporter is forgotten', async () => {
    await post(`/persons/${reporterId}/_forget`, {}, admin, 201);
    // Four eyes: a second admin confirms, and only then is the key destroyed.
    await post(`/persons/${reporterId}/forgetting/_confirm`, {}, await api.bearer('admin', ['GM0375'], 'admin-2'), 200);
    const [first] = await api.storage.eventStore.readStream(STREAM);
    expect(first?.data).toMatchObject({ reporter: { personId: reporterId, erased: true } });
    expect(await verify(admin)).toMatchObject({ intact: true });
    const run = await cli();
    expect(run).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Audit trail intact: [\d,]+ events in \d+ streams/),
    });
  });

  it('answers the whole trail from what earlier requests walked, walking only what is new', async () => {
    const before = await verify(admin);
    await sql(
      `UPDATE es_events SET data = jsonb_set(data, '{scope}', '"collective"') WHERE stream_id = $1 AND stream_revision = 1`,
      [STREAM],
    );
    // An edit of an event walked before is for the stream's own walk, the CLI and verify-evidence to find.
    expect(await verify(admin)).toEqual(before);
    expect(await verify(admin, STREAM)).toMatchObject({ intact: false, firstBroken: { reason: 'content-changed' } });
    await sql(
      `UPDATE es_events SET data = jsonb_set(data, '{scope}', '"individual"') WHERE stream_id = $1 AND stream_revision = 1`,
      [STREAM],
    );
    expect(await verify(admin, STREAM)).toMatchObject({ intact: true });
  });

  it('detects an edited event row, over HTTP and with the CLI', async () => {
    const original = await sql(`SELECT data FROM es_events WHERE stream_id = $1 AND stream_revision = 1`, [STREAM]);
    await sql(
      `UPDATE es_events SET data = jsonb_set(data, '{scope}', '"collective"') WHERE stream_id = $1 AND stream_revision = 1`,
      [STREAM],
    );
    expect(await verify(evaluator, STREAM)).toMatchObject({
      intact: false,
      firstBroken: { streamId: STREAM, revision: 1, position: expect.any(Number), reason: 'content-changed' },
    });
    const run = await cli();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`First broken link: ${STREAM} revision 1`);
    expect(run.stdout).toContain('content-changed');

    await sql(`UPDATE es_events SET data = $2 WHERE stream_id = $1 AND stream_revision = 1`, [
      STREAM,
      (original.rows[0] as { data: unknown }).data,
    ]);
    expect(await verify(evaluator)).toMatchObject({ intact: true });
  });

  it('detects a deleted event row in the middle and at the end of a stream', async () => {
    const saved = await sql(`SELECT * FROM es_events WHERE stream_id = $1 AND stream_revision IN (2, 3)`, [STREAM]);
    await sql(`DELETE FROM es_events WHERE stream_id = $1 AND stream_revision = 2`, [STREAM]);
    expect(await verify(evaluator, STREAM)).toMatchObject({
      intact: false,
      firstBroken: { streamId: STREAM, revision: 3, reason: 'predecessor-missing' },
    });
    const run = await cli('--stream', STREAM);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('predecessor-missing');

    await sql(`DELETE FROM es_events WHERE stream_id = $1 AND stream_revision = 3`, [STREAM]);
    expect(await verify(evaluator, STREAM)).toMatchObject({
      intact: false,
      checked: 2,
      firstBroken: { streamId: STREAM, revision: 3, position: null, reason: 'last-events-missing' },
    });
    expect((await cli('--stream', STREAM)).code).toBe(1);

    for (const row of saved.rows) {
      await sql(
        `INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata, recorded_at)
         SELECT * FROM jsonb_populate_record(NULL::es_events, $1::jsonb)`,
        [JSON.stringify(row)],
      );
    }
    expect(await verify(evaluator)).toMatchObject({ intact: true });
  });

  it('detects reordered event rows, over HTTP and with the CLI', async () => {
    const swapPositions = async () => {
      await sql(`UPDATE es_events SET position = -position WHERE stream_id = $1 AND stream_revision IN (1, 2)`, [
        STREAM,
      ]);
      await sql(
        `UPDATE es_events e SET position = (SELECT -o.position FROM es_events o
           WHERE o.stream_id = e.stream_id AND o.stream_revision = 3 - e.stream_revision)
         WHERE stream_id = $1 AND stream_revision IN (1, 2) AND position < 0`,
        [STREAM],
      );
    };
    await swapPositions();
    expect(await verify(evaluator, STREAM)).toMatchObject({
      intact: false,
      firstBroken: { streamId: STREAM, revision: 2, reason: 'out-of-order' },
    });
    const run = await cli();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('out-of-order');

    await swapPositions();
    expect(await verify(evaluator)).toMatchObject({ intact: true });
  });
});
