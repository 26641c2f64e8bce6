import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = IJMOND_BODY_ID;
const SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000005a1';
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-00000000dead';

describe('reading the signal register', () => {
  let api: TestApp;
  let admin: string;
  let member: string;
  let position: number;
  let reporterId: string;

  const get = (path: string, token: string) => request(api.http).get(`/api/v1${path}`).set('Authorization', token);
  const post = (path: string, token: string, body: object = {}) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);

  beforeAll(async () => {
    api = await startTestApp('signal-queries');
    admin = await api.bearer('admin', ['GM0375']);
    member = await api.bearer('body-member', ['GM0375']);
    await seedIjmond(api, ['GM0375']);
    await post('/signals', member, {
      id: SIGNAL_ID,
      bodyId: BODY_ID,
      municipalityCode: 'GM0375',
      channel: 'home-care',
      receivedOn: '2026-11-02',
      themes: ['woningaanpassing'],
      domain: 'wmo',
      summary: 'Mevrouw Jansen wacht al maanden op een traplift.',
      reporter: { name: 'A. Jansen', contact: '06-12345678' },
    }).expect(201);
    const assessed = await post(`/signals/${SIGNAL_ID}/_assess`, member, {
      scope: 'collective',
      rationale: 'Speelt in meerdere wijken.',
    }).expect(200);
    position = (assessed.body as { position: number }).position;
  });
  afterAll(() => api.close());

  it('answers with the signal as its last command left it, when asked for that position', async () => {
    const response = await get(`/signals/${SIGNAL_ID}?minPosition=${position}`, member).expect(200);
    reporterId = (response.body as { reporter: { personId: string } }).reporter.personId;
    expect(response.body).toMatchObject({
      id: SIGNAL_ID,
      status: 'assessed',
      scope: 'collective',
      summary: { text: 'Mevrouw Jansen wacht al maanden op een traplift.' },
      reporter: { name: 'A. Jansen', contact: '06-12345678' },
      rationale: { text: 'Speelt in meerdere wijken.' },
    });
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('keeps the personal data from a council member', async () => {
    const councilMember = await api.bearer('council-member', ['GM0375']);
    const response = await get(`/signals/${SIGNAL_ID}?minPosition=${position}`, councilMember).expect(200);
    expect(response.body).toMatchObject({
      themes: ['woningaanpassing'],
      summary: { personId: reporterId, restricted: true },
      reporter: { personId: reporterId, restricted: true },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/Jansen|06-12345678|traplift/);
  });

  it('lists the signals of your municipalities, filtered', async () => {
    const collective = await get(`/signals?scope=collective&minPosition=${position}`, member).expect(200);
    const closed = await get('/signals?status=closed', member).expect(200);
    expect(collective.body).toMatchObject({ total: 1, offset: 0, limit: 50, items: [{ id: SIGNAL_ID }] });
    expect(closed.body).toMatchObject({ total: 0, items: [] });
  });

  it('refuses a municipality outside your token with 403', async () => {
    const elsewhere = await api.bearer('official', ['GM0453']);
    await get(`/signals/${SIGNAL_ID}`, elsewhere).expect(403);
    await get('/signals?municipalityCode=GM0375', elsewhere).expect(403);
  });

  it('answers an unknown signal with 404 and a bad parameter with 400 naming it', async () => {
    await get(`/signals/${UNKNOWN_ID}`, member).expect(404);
    const bad = await get('/signals?limit=5000&status=lost', member).expect(400);
    const names = (bad.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
    expect(new Set(names)).toEqual(new Set(['limit', 'status']));
  });

  it('answers 503 when the read model cannot reach minPosition in time', async () => {
    const response = await get(`/signals/${SIGNAL_ID}?minPosition=999999999999999`, member).expect(503);
    expect(response.body).toMatchObject({ code: 'QUERY.READ_MODEL_BEHIND' });
  }, 15_000);

  it('shows the person as erased everywhere once forgotten', async () => {
    await post(`/persons/${reporterId}/_forget`, admin).expect(201);
    const secondAdmin = await api.bearer('admin', ['GM0375'], 'admin-2');
    const forgotten = await post(`/persons/${reporterId}/forgetting/_confirm`, secondAdmin).expect(200);
    const response = await get(
      `/signals/${SIGNAL_ID}?minPosition=${(forgotten.body as { position: number }).position}`,
      member,
    ).expect(200);
    expect(response.body).toMatchObject({
      summary: { personId: reporterId, erased: true },
      reporter: { personId: reporterId, erased: true },
      rationale: { personId: reporterId, erased: true },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/Jansen|06-12345678|traplift|meerdere wijken/);
    const { rows } = await api.storage.database.query<{ doc: string }>(
      "SELECT doc::text AS doc FROM read_model_rows WHERE projection = 'signal-register'",
    );
    expect(rows.map((r) => r.doc).join()).not.toMatch(/Jansen|06-12345678|traplift/);
  });
});
