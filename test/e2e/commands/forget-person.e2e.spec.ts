import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = IJMOND_BODY_ID;
const SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000005a1';

describe('forgetting a person over HTTP, with four eyes', () => {
  let api: TestApp;
  let admin: string;
  let secondAdmin: string;
  let reporterId: string;

  const post = (path: string, token: string, body: object = {}) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);

  beforeAll(async () => {
    api = await startTestApp('forget');
    admin = await api.bearer('admin', ['GM0375'], 'admin-1');
    secondAdmin = await api.bearer('admin', ['GM0375'], 'admin-2');
    await seedIjmond(api, ['GM0375']);
    await post('/signals', await api.bearer('body-member', ['GM0375']), {
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
    const [recorded] = await api.storage.eventStore.readStream(`signal-${SIGNAL_ID}`);
    reporterId = (recorded?.data as { reporter: { personId: string } }).reporter.personId;
  });
  afterAll(() => api.close());

  it('stores the reporter and the summary sealed, never in plain text', async () => {
    const { rows } = await api.storage.database.query<{ data: string }>(
      'SELECT data::text AS data FROM es_events WHERE stream_id = $1',
      [`signal-${SIGNAL_ID}`],
    );
    expect(rows[0]?.data).not.toMatch(/Jansen|06-12345678|traplift/);
  });

  it('refuses anyone but an admin, to ask and to confirm', async () => {
    const secretary = await api.bearer('secretary', ['GM0375']);
    await post(`/persons/${reporterId}/_forget`, secretary).expect(403);
    await post(`/persons/${reporterId}/forgetting/_confirm`, secretary).expect(403);
  });

  it('refuses a confirmation when nobody asked with 409', async () => {
    const response = await post(`/persons/${reporterId}/forgetting/_confirm`, secondAdmin).expect(409);
    expect(response.body).toMatchObject({ code: 'PERSON.FORGETTING_NOT_REQUESTED' });
  });

  describe('when one admin asks', () => {
    beforeAll(async () => {
      const response = await post(`/persons/${reporterId}/_forget`, admin).expect(201);
      expect(response.body).toEqual({ id: reporterId, revision: 0, position: expect.any(Number) });
    });

    it('erases nothing yet', async () => {
      const events = await api.storage.eventStore.readStream(`signal-${SIGNAL_ID}`);
      expect(events[0]?.data).toMatchObject({ reporter: { personId: reporterId, value: { name: 'A. Jansen' } } });
    });

    it('records the request without personal data', async () => {
      const [requested] = await api.storage.eventStore.readStream(`person-${reporterId}`);
      expect(requested).toMatchObject({
        type: 'PersonForgettingRequested',
        data: { personId: reporterId, requestedBy: 'admin-1' },
      });
    });

    it('refuses a second request with 409', async () => {
      const response = await post(`/persons/${reporterId}/_forget`, secondAdmin).expect(409);
      expect(response.body).toMatchObject({ code: 'PERSON.FORGETTING_ALREADY_REQUESTED' });
    });

    it('refuses the same admin as the confirming second pair of eyes with 422, and erases nothing', async () => {
      const response = await post(`/persons/${reporterId}/forgetting/_confirm`, admin).expect(422);
      expect(response.body).toMatchObject({ code: 'PERSON.SECOND_ADMIN_REQUIRED' });
      const events = await api.storage.eventStore.readStream(`signal-${SIGNAL_ID}`);
      expect(events[0]?.data).toMatchObject({ reporter: { personId: reporterId, value: { name: 'A. Jansen' } } });
    });
  });

  describe('when a second admin confirms', () => {
    beforeAll(async () => {
      const response = await post(`/persons/${reporterId}/forgetting/_confirm`, secondAdmin).expect(200);
      expect(response.body).toEqual({ id: reporterId, revision: 1, position: expect.any(Number) });
    });

    it('erases the name, contact and free text, and keeps the signal and its trail', async () => {
      const events = await api.storage.eventStore.readStream(`signal-${SIGNAL_ID}`);
      expect(events).toHaveLength(1);
      expect(events[0]?.data).toMatchObject({
        summary: { personId: reporterId, erased: true },
        reporter: { personId: reporterId, erased: true },
        channel: 'home-care',
        themes: ['woningaanpassing'],
      });
      expect(JSON.stringify(events.map((e) => e.data))).not.toMatch(/Jansen|06-12345678|traplift/);
    });

    it('records the forgetting itself, without personal data, by the confirming admin', async () => {
      const [, forgotten] = await api.storage.eventStore.readStream(`person-${reporterId}`);
      expect(forgotten).toMatchObject({ type: 'PersonForgotten', data: { personId: reporterId } });
      expect(forgotten?.metadata.actor).toEqual({ id: 'admin-2', role: 'admin' });
    });

    it('refuses to forget the same person twice with 409', async () => {
      const asked = await post(`/persons/${reporterId}/_forget`, admin).expect(409);
      expect(asked.body).toMatchObject({ code: 'PERSON.ALREADY_FORGOTTEN' });
      const confirmed = await post(
        `/persons/${reporterId}/forgetting/_confirm`,
        await api.bearer('admin', ['GM0375'], 'admin-3'),
      ).expect(409);
      expect(confirmed.body).toMatchObject({ code: 'PERSON.ALREADY_FORGOTTEN' });
    });
  });
});
