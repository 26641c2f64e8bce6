import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = IJMOND_BODY_ID;
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-00000000dead';
const CLUSTER_ID = 'c0a80101-0000-4000-8000-0000000000c1';
const signal = (n: number): string => `c0a80101-0000-4000-8000-${String(n).padStart(12, '0')}`;

const aSignal = {
  bodyId: BODY_ID,
  municipalityCode: 'GM0375',
  channel: 'living-room-talk',
  receivedOn: '2026-06-15',
  themes: ['vervoer', 'eenzaamheid'],
  domain: 'wmo',
  summary: 'Regiotaxi komt vaak te laat, bewoners missen afspraken.',
  area: 'Beverwijk-Oost',
  targetGroups: ['ouderen'],
};

interface Problem {
  code: string;
  invalidParams?: { name: string }[];
}
const fieldsOf = (body: unknown): Set<string> =>
  new Set(((body as Problem).invalidParams ?? []).map((param) => param.name));

describe('signal commands over HTTP', () => {
  let api: TestApp;
  let member: string;
  let official: string;
  let elsewhere: string;

  const post = (path: string, token: string, body: object | string) =>
    request(api.http)
      .post(`/api/v1${path}`)
      .set('Authorization', token)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  const record = (id: string, fields: object = {}, token = member) =>
    post('/signals', token, { ...aSignal, id, ...fields }).expect(201);
  const assess = (id: string, scope: 'individual' | 'collective') =>
    post(`/signals/${id}/_assess`, member, { scope, rationale: 'Weging door de raad.' }).expect(200);
  const refer = (id: string) =>
    post(`/signals/${id}/_refer`, member, { referredTo: 'Cliëntondersteuning Beverwijk' }).expect(200);

  beforeAll(async () => {
    api = await startTestApp('signals');
    member = await api.bearer('body-member', ['GM0375', 'GM0453'], 'member-1');
    official = await api.bearer('official', ['GM0375'], 'official-1');
    elsewhere = await api.bearer('body-member', ['GM0396'], 'member-2');
    await seedIjmond(api);
  });
  afterAll(() => api.close());

  describe('recording a signal', () => {
    it('answers 201 with id, revision, position and the revision as ETag', async () => {
      const response = await post('/signals', member, {
        ...aSignal,
        id: signal(1),
        reporter: { name: 'J. de Vries', contact: '06-12345678' },
      }).expect(201);
      expect(response.body).toEqual({ id: signal(1), revision: 0, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"0"');
    });

    it('stores the summary and reporter under the reporter as one person', async () => {
      const [event] = await api.storage.eventStore.readStream(`signal-${signal(1)}`);
      const data = event!.data as { subjectId: string; reporter: { personId: string; value: object } };
      expect(data.reporter).toEqual({
        personId: data.subjectId,
        value: { name: 'J. de Vries', contact: '06-12345678' },
      });
      expect(data.subjectId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('makes an id and a subject of its own when neither id nor reporter is given', async () => {
      const response = await post('/signals', member, aSignal).expect(201);
      const { id } = response.body as { id: string };
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const [event] = await api.storage.eventStore.readStream(`signal-${id}`);
      expect(event!.data).toMatchObject({ signalId: id, subjectId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(event!.data).not.toHaveProperty('reporter');
    });

    it('refuses the same signal twice with 409', async () => {
      const response = await post('/signals', member, { ...aSignal, id: signal(1) }).expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 409, code: 'SIGNAL.ALREADY_RECORDED' });
    });

    it('refuses a participation body that does not exist, naming the field', async () => {
      const response = await post('/signals', member, { ...aSignal, id: signal(2), bodyId: UNKNOWN_ID }).expect(422);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.UNKNOWN', invalidParams: [{ name: 'bodyId' }] });
    });

    it('refuses a municipality the body does not serve, naming the field', async () => {
      const response = await post('/signals', member, { ...aSignal, id: signal(2), municipalityCode: 'GM0453' }).expect(
        422,
      );
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.DOES_NOT_SERVE_MUNICIPALITY',
        invalidParams: [{ name: 'municipalityCode' }],
      });
    });

    it('refuses a signal received in the future with 422', async () => {
      const response = await post('/signals', member, { ...aSignal, id: signal(2), receivedOn: '2999-01-01' }).expect(
        422,
      );
      expect(response.body).toMatchObject({
        code: 'SIGNAL.RECEIVED_IN_FUTURE',
        invalidParams: [{ name: 'receivedOn' }],
      });
    });

    it('refuses an official with 403', async () => {
      const response = await post('/signals', official, { ...aSignal, id: signal(2) }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('refuses a body member of another municipality with 403', async () => {
      const response = await post('/signals', elsewhere, { ...aSignal, id: signal(2) }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names every invalid and unknown field with 400', async () => {
      const response = await post('/signals', member, {
        ...aSignal,
        id: 'signal-2',
        channel: 'fax',
        summary: 'x'.repeat(10_001),
        themes: [],
        reporter: { name: '' },
        urgent: true,
      }).expect(400);
      expect(fieldsOf(response.body)).toEqual(
        new Set(['id', 'channel', 'summary', 'themes', 'reporter.name', 'urgent']),
      );
    });
  });

  describe('assessing a signal', () => {
    beforeAll(() => record(signal(11)));

    it('answers 200 with the next revision as ETag', async () => {
      const response = await post(`/signals/${signal(11)}/_assess`, member, {
        scope: 'collective',
        rationale: 'Speelt in meerdere wijken.',
      }).expect(200);
      expect(response.body).toEqual({ id: signal(11), revision: 1, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"1"');
    });

    it('answers 404 for a signal that does not exist', async () => {
      const response = await post(`/signals/${UNKNOWN_ID}/_assess`, member, {
        scope: 'collective',
        rationale: 'x',
      }).expect(404);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_FOUND' });
    });

    it('refuses an official with 403', async () => {
      await post(`/signals/${signal(11)}/_assess`, official, { scope: 'collective', rationale: 'x' }).expect(403);
    });

    it('refuses a body member of another municipality with 403', async () => {
      const response = await post(`/signals/${signal(11)}/_assess`, elsewhere, {
        scope: 'collective',
        rationale: 'x',
      }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names an unknown scope and a blank rationale with 400', async () => {
      const response = await post(`/signals/${signal(11)}/_assess`, member, { scope: 'structural', rationale: '' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['scope', 'rationale']));
    });

    it('names a signal id that is not a UUID with 400', async () => {
      const response = await post('/signals/not-a-uuid/_assess', member, { scope: 'collective', rationale: 'x' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['signalId']));
    });
  });

  describe('referring a signal', () => {
    beforeAll(async () => {
      await record(signal(21));
      await assess(signal(21), 'individual');
      await record(signal(22));
      await assess(signal(22), 'collective');
      await record(signal(23));
    });

    it('answers 200 for an individual signal', async () => {
      const response = await post(`/signals/${signal(21)}/_refer`, member, {
        referredTo: 'Cliëntondersteuning Beverwijk',
        note: 'Bewoner belt zelf terug.',
      }).expect(200);
      expect(response.body).toEqual({ id: signal(21), revision: 2, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"2"');
    });

    it('refuses a collective signal with 409', async () => {
      const response = await post(`/signals/${signal(22)}/_refer`, member, { referredTo: 'Wmo-loket' }).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_INDIVIDUAL' });
    });

    it('refuses a signal that was not assessed with 409', async () => {
      const response = await post(`/signals/${signal(23)}/_refer`, member, { referredTo: 'Wmo-loket' }).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_ASSESSED' });
    });

    it('answers 404 for a signal that does not exist', async () => {
      const response = await post(`/signals/${UNKNOWN_ID}/_refer`, member, { referredTo: 'Wmo-loket' }).expect(404);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_FOUND' });
    });

    it('refuses an official with 403', async () => {
      await post(`/signals/${signal(21)}/_refer`, official, { referredTo: 'Wmo-loket' }).expect(403);
    });

    it('refuses a body member of another municipality with 403', async () => {
      await post(`/signals/${signal(21)}/_refer`, elsewhere, { referredTo: 'Wmo-loket' }).expect(403);
    });

    it('names a missing organisation and an over-long note with 400', async () => {
      const response = await post(`/signals/${signal(21)}/_refer`, member, { note: 'x'.repeat(2_001) });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['referredTo', 'note']));
    });
  });

  describe('clustering signals', () => {
    beforeAll(async () => {
      await record(signal(31));
      await record(signal(32));
      await record(signal(33), { municipalityCode: 'GM0396' }, elsewhere);
    });

    it('answers 201 and records the cluster in the municipality of its signals', async () => {
      const response = await post('/signal-clusters', member, {
        id: CLUSTER_ID,
        signalIds: [signal(31), signal(32)],
        title: 'Regiotaxi te laat in alle wijken',
      }).expect(201);
      expect(response.body).toEqual({ id: CLUSTER_ID, revision: 0, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"0"');
      const [event] = await api.storage.eventStore.readStream(`collective-signal-${CLUSTER_ID}`);
      expect(event).toMatchObject({
        type: 'SignalsClustered',
        data: { clusterId: CLUSTER_ID, signalIds: [signal(31), signal(32)], municipalityCode: 'GM0375' },
      });
    });

    it('refuses to cluster under the same id twice with 409', async () => {
      const response = await post('/signal-clusters', member, {
        id: CLUSTER_ID,
        signalIds: [signal(31), signal(32)],
        title: 'Nogmaals',
      }).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL_CLUSTER.ALREADY_EXISTS' });
    });

    it('refuses a signal that does not exist, naming it', async () => {
      const response = await post('/signal-clusters', member, {
        signalIds: [signal(31), UNKNOWN_ID],
        title: 'Regiotaxi',
      }).expect(422);
      expect(response.body).toMatchObject({ code: 'SIGNAL.UNKNOWN', invalidParams: [{ name: 'signalIds[1]' }] });
    });

    it('refuses an unknown first signal, naming it', async () => {
      const response = await post('/signal-clusters', member, {
        signalIds: [UNKNOWN_ID, signal(31)],
        title: 'Regiotaxi',
      }).expect(422);
      expect(response.body).toMatchObject({ code: 'SIGNAL.UNKNOWN', invalidParams: [{ name: 'signalIds[0]' }] });
    });

    it('refuses a signal of another municipality, naming it', async () => {
      const admin = await api.bearer('admin', ['GM0375', 'GM0396']);
      const response = await post('/signal-clusters', admin, {
        signalIds: [signal(31), signal(33)],
        title: 'Regiotaxi in de IJmond',
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'SIGNAL_CLUSTER.SIGNAL_IN_OTHER_MUNICIPALITY',
        invalidParams: [{ name: 'signalIds[1]' }],
      });
    });

    it('refuses a signal named twice with 422', async () => {
      const response = await post('/signal-clusters', member, {
        signalIds: [signal(31), signal(31)],
        title: 'Regiotaxi',
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'SIGNAL_CLUSTER.SIGNAL_REPEATED',
        invalidParams: [{ name: 'signalIds[1]' }],
      });
    });

    it('refuses an official with 403', async () => {
      await post('/signal-clusters', official, { signalIds: [signal(31), signal(32)], title: 'Regiotaxi' }).expect(403);
    });

    it('refuses a body member of another municipality with 403', async () => {
      const response = await post('/signal-clusters', elsewhere, {
        signalIds: [signal(31), signal(32)],
        title: 'Regiotaxi',
      }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names a cluster of one signal and a missing title with 400', async () => {
      const response = await post('/signal-clusters', member, { signalIds: [signal(31)] });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['signalIds', 'title']));
    });
  });

  describe('closing a signal', () => {
    beforeAll(async () => {
      await record(signal(41));
      await assess(signal(41), 'individual');
      await refer(signal(41));
      await record(signal(42));
      await assess(signal(42), 'individual');
      await record(signal(43));
    });
    const closing = { outcome: 'Vervoerder heeft excuses aangeboden.', feedbackGiven: true };

    it('answers 200 once an individual signal was referred', async () => {
      const response = await post(`/signals/${signal(41)}/_close`, member, closing).expect(200);
      expect(response.body).toEqual({ id: signal(41), revision: 3, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"3"');
    });

    it('refuses to close a signal twice with 409', async () => {
      const response = await post(`/signals/${signal(41)}/_close`, member, closing).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.ALREADY_CLOSED' });
    });

    it('refuses to assess a closed signal with 409', async () => {
      const response = await post(`/signals/${signal(41)}/_assess`, member, {
        scope: 'collective',
        rationale: 'Toch structureel.',
      }).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.ALREADY_CLOSED' });
    });

    it('refuses an individual signal that was not referred on with 409', async () => {
      const response = await post(`/signals/${signal(42)}/_close`, member, closing).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_REFERRED' });
    });

    it('refuses a signal that was not assessed with 409', async () => {
      const response = await post(`/signals/${signal(43)}/_close`, member, closing).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_ASSESSED' });
    });

    it('answers 404 for a signal that does not exist', async () => {
      const response = await post(`/signals/${UNKNOWN_ID}/_close`, member, closing).expect(404);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_FOUND' });
    });

    it('refuses an official with 403', async () => {
      await post(`/signals/${signal(42)}/_close`, official, closing).expect(403);
    });

    it('refuses a body member of another municipality with 403', async () => {
      await post(`/signals/${signal(42)}/_close`, elsewhere, closing).expect(403);
    });

    it('names feedback that is not stated as yes or no with 400', async () => {
      const response = await post(`/signals/${signal(42)}/_close`, member, { ...closing, feedbackGiven: 'yes' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['feedbackGiven']));
    });
  });

  describe('a reporter who wants to hear by e-mail', () => {
    const reporter = { name: 'A. Jansen', contact: 'a.jansen@voorbeeld.nl', feedbackByMail: true };

    it('keeps the wish with the reporter, as personal data of the reporter', async () => {
      await record(signal(61), { reporter });
      const [event] = await api.storage.eventStore.readStream(`signal-${signal(61)}`);
      const data = event!.data as { subjectId: string; reporter: { personId: string; value: object } };
      expect(data.reporter).toEqual({ personId: data.subjectId, value: reporter });
      const [sealed] = await api.storage.eventStore.readStream(`signal-${signal(61)}`, { withholdPersonalData: true });
      expect(JSON.stringify(sealed!.data)).not.toContain('feedbackByMail');
    });

    it('refuses the wish without an address to write to with 422, naming reporter.contact', async () => {
      const response = await post('/signals', member, {
        ...aSignal,
        reporter: { name: 'A. Jansen', feedbackByMail: true },
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'SIGNAL.CONTACT_MISSING',
        invalidParams: [{ name: 'reporter.contact' }],
      });
    });

    it('names a wish that is not a yes or no with 400', async () => {
      const response = await post('/signals', member, { ...aSignal, reporter: { ...reporter, feedbackByMail: 'ja' } });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['reporter.feedbackByMail']));
    });
  });

  describe('closing a signal as part of a collective signal', () => {
    const UNKNOWN_CLUSTER_ID = 'c0a80101-0000-4000-8000-0000000000cf';
    const clustered = { outcome: 'clustered', feedbackGiven: false, clusterId: CLUSTER_ID };
    beforeAll(async () => {
      await assess(signal(31), 'individual');
      await assess(signal(32), 'individual');
      await record(signal(52));
      await assess(signal(52), 'individual');
    });

    it('closes an individual signal of the cluster without a referral, naming the cluster', async () => {
      await post(`/signals/${signal(31)}/_close`, member, clustered).expect(200);
      const events = await api.storage.eventStore.readStream(`signal-${signal(31)}`);
      expect(events.at(-1)).toMatchObject({ type: 'SignalClosed', data: { clusterId: CLUSTER_ID } });
    });

    it('refuses a cluster that does not hold the signal with 409', async () => {
      const response = await post(`/signals/${signal(52)}/_close`, member, clustered).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_CLUSTERED', invalidParams: [{ name: 'clusterId' }] });
    });

    it('refuses a collective signal that does not exist with 422, naming clusterId', async () => {
      const response = await post(`/signals/${signal(32)}/_close`, member, {
        ...clustered,
        clusterId: UNKNOWN_CLUSTER_ID,
      }).expect(422);
      expect(response.body).toMatchObject({ code: 'SIGNAL_CLUSTER.UNKNOWN', invalidParams: [{ name: 'clusterId' }] });
    });

    it('names a missing cluster with 400 when the outcome is clustered', async () => {
      const response = await post(`/signals/${signal(32)}/_close`, member, {
        outcome: 'clustered',
        feedbackGiven: false,
      });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(new Set(['clusterId']));
    });

    it('still refuses an individual signal outside any cluster that was not referred with 409', async () => {
      const response = await post(`/signals/${signal(52)}/_close`, member, {
        outcome: 'Niet verder opgepakt.',
        feedbackGiven: false,
      }).expect(409);
      expect(response.body).toMatchObject({ code: 'SIGNAL.NOT_REFERRED' });
    });
  });

  describe('a member of the flexible shell', () => {
    let shell: string;
    let current: string;
    beforeAll(async () => {
      const admin = await api.bearer('admin', ['GM0375']);
      const appoint = (subject: string, role: string) =>
        post(`/participation-bodies/${BODY_ID}/members`, admin, {
          displayName: `Lid ${subject}`,
          role,
          expertise: [],
          subject,
        }).expect(200);
      await appoint('schil-1', 'flexible-shell');
      await appoint('lid-1', 'member');
      shell = await api.bearer('body-member', ['GM0375'], 'schil-1');
      current = await api.bearer('body-member', ['GM0375'], 'lid-1');
      await record(signal(71));
      await record(signal(72));
    });

    it('records signals', async () => {
      await record(signal(73), {}, shell);
    });

    it('is refused assessing, referring, clustering and closing signals with 403', async () => {
      const assessing = await post(`/signals/${signal(71)}/_assess`, shell, { scope: 'individual', rationale: 'x' });
      expect(assessing.status).toBe(403);
      expect(assessing.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
      await assess(signal(71), 'individual');
      await post(`/signals/${signal(71)}/_refer`, shell, { referredTo: 'Cliëntondersteuning' }).expect(403);
      await post('/signal-clusters', shell, { signalIds: [signal(71), signal(72)], title: 'Vervoer' }).expect(403);
      await post(`/signals/${signal(71)}/_close`, shell, { outcome: 'Afgehandeld.', feedbackGiven: true }).expect(403);
    });

    it('leaves a current member outside the shell free to handle them', async () => {
      await post(`/signals/${signal(72)}/_assess`, current, {
        scope: 'collective',
        rationale: 'Vaker gehoord.',
      }).expect(200);
    });
  });
});
