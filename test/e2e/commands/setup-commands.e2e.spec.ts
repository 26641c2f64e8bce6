import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';

describe('setting up municipalities, bodies and pilots over HTTP', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.bearer('admin', ['GM0375', 'GM0396']);
  });
  afterAll(() => api.close());

  const post = (path: string, token: string, body: object | string) =>
    request(api.http)
      .post(`/api/v1${path}`)
      .set('Authorization', token)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  describe('registering a municipality', () => {
    it('answers 201 with id, revision, position and the revision as ETag', async () => {
      const response = await post('/municipalities', admin, { code: 'GM0375', name: 'Beverwijk' }).expect(201);
      expect(response.body).toEqual({ id: 'GM0375', revision: 0, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"0"');
      expect(response.headers['api-version']).toBe('1.0.0');
    });

    it('refuses to register it twice with 409 and the rule in words', async () => {
      await post('/municipalities', admin, { code: 'GM0396', name: 'Heemskerk' }).expect(201);
      const response = await post('/municipalities', admin, { code: 'GM0396', name: 'Heemskerk' }).expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 409, code: 'MUNICIPALITY.ALREADY_REGISTERED' });
    });

    it('refuses an official with 403', async () => {
      const official = await api.bearer('official', ['GM0375']);
      const response = await post('/municipalities', official, { code: 'GM0375', name: 'Beverwijk' }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('refuses an admin of another municipality with 403', async () => {
      const elsewhere = await api.bearer('admin', ['GM0453']);
      await post('/municipalities', elsewhere, { code: 'GM0375', name: 'Beverwijk' }).expect(403);
    });

    it('refuses a request without a token with 401', async () => {
      await request(api.http).post('/api/v1/municipalities').send({ code: 'GM0375', name: 'x' }).expect(401);
    });

    it('names every invalid and unknown field with 400', async () => {
      const response = await post('/municipalities', admin, { code: 'Beverwijk', name: '', mayor: 'x' }).expect(400);
      const names = (response.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
      expect(new Set(names)).toEqual(new Set(['code', 'name', 'mayor']));
    });

    it('answers malformed JSON with 400', async () => {
      const response = await post('/municipalities', admin, '{"code": "GM03').expect(400);
      expect(response.body).toMatchObject({
        status: 400,
        code: 'REQUEST.INVALID',
        detail: expect.stringContaining('JSON'),
      });
    });
  });

  describe("setting a municipality's participation regulation", () => {
    const path = '/municipalities/GM0375/regulation';

    it('answers 200 and records the terms given, with the defaults for those left out', async () => {
      const response = await post(path, admin, { responseTermDays: 56, aldermanConsultationsPerYear: 4 }).expect(200);
      expect(response.body).toEqual({ id: 'GM0375', revision: 1, position: expect.any(Number) });
      const events = await api.storage.eventStore.readStream('municipality-GM0375');
      expect(events.at(-1)).toMatchObject({
        type: 'ParticipationRegulationSet',
        data: {
          municipalityCode: 'GM0375',
          responseTermDays: 56,
          adviceTermDays: 42,
          aldermanConsultationsPerYear: 4,
          programmeManagerConsultationEveryMonths: 2,
        },
      });
    });

    it('refuses an official with 403', async () => {
      const official = await api.bearer('official', ['GM0375']);
      const response = await post(path, official, {}).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('refuses an admin of another municipality with 403', async () => {
      const elsewhere = await api.bearer('admin', ['GM0453']);
      await post(path, elsewhere, {}).expect(403);
    });

    it('answers 404 for a municipality that was never registered', async () => {
      const response = await post('/municipalities/GM0399/regulation', admin, {}).expect(404);
      expect(response.body).toMatchObject({ code: 'MUNICIPALITY.NOT_FOUND' });
    });

    it('names a term below one day and a code that is no CBS code with 400', async () => {
      const terms = await post(path, admin, { adviceTermDays: 0, programmeManagerConsultationEveryMonths: 1.5 });
      expect(terms.status).toBe(400);
      const names = (terms.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
      expect(new Set(names)).toEqual(new Set(['adviceTermDays', 'programmeManagerConsultationEveryMonths']));
      const code = await post('/municipalities/Beverwijk/regulation', admin, {}).expect(400);
      expect(code.body).toMatchObject({ invalidParams: [{ name: 'code' }] });
    });
  });

  describe('establishing a participation body', () => {
    it('refuses a municipality that is not registered, naming the field', async () => {
      const response = await post('/participation-bodies', admin, {
        name: 'Participatieraad Velsen',
        kind: 'participation-council',
        municipalityCodes: ['GM0453'],
        domains: ['wmo'],
      }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
      const unregistered = await post('/participation-bodies', await api.bearer('admin', ['GM0453']), {
        name: 'Participatieraad Velsen',
        kind: 'participation-council',
        municipalityCodes: ['GM0453'],
        domains: ['wmo'],
      }).expect(422);
      expect(unregistered.body).toMatchObject({
        code: 'MUNICIPALITY.NOT_REGISTERED',
        invalidParams: [{ name: 'municipalityCodes' }],
      });
    });

    it('establishes a body with the id the client chose', async () => {
      const response = await post('/participation-bodies', admin, {
        id: BODY_ID,
        name: 'Participatieraad IJmond',
        kind: 'participation-council',
        municipalityCodes: ['GM0375', 'GM0396'],
        domains: ['wmo', 'youth'],
      }).expect(201);
      expect(response.body).toMatchObject({ id: BODY_ID, revision: 0 });
    });
  });

  describe('starting a pilot', () => {
    const pilot = {
      name: 'Pilot participatieraad IJmond',
      bodyIds: [BODY_ID],
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      criteria: [{ metric: 'early-involvement-share', target: 0.6 }],
    };

    it('answers a retry with the same Idempotency-Key with the first answer', async () => {
      const first = await post('/pilots', admin, pilot).set('Idempotency-Key', 'pilot-2026').expect(201);
      const retry = await post('/pilots', admin, pilot).set('Idempotency-Key', 'pilot-2026').expect(201);
      expect(retry.body).toEqual(first.body);
      const { id } = first.body as { id: string };
      expect(await api.storage.eventStore.readStream(`pilot-${id}`)).toHaveLength(1);
    });

    it('refuses a body that does not exist, naming it', async () => {
      const response = await post('/pilots', admin, {
        ...pilot,
        bodyIds: ['c0a80101-0000-4000-8000-0000000000ff'],
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.UNKNOWN',
        invalidParams: [{ name: 'bodyIds[0]' }],
      });
    });

    it('refuses a period that ends before it starts with 422', async () => {
      const response = await post('/pilots', admin, { ...pilot, startsOn: '2028-01-01' }).expect(422);
      expect(response.body).toMatchObject({ code: 'PILOT.PERIOD_INVALID' });
    });

    it('refuses a stale If-Match with 412', async () => {
      const created = await post('/pilots', admin, pilot).expect(201);
      const { id } = created.body as { id: string };
      const again = await post('/pilots', admin, { ...pilot, id })
        .set('If-Match', '"7"')
        .expect(412);
      expect(again.body).toMatchObject({ code: 'COMMAND.STALE_REVISION' });
    });
  });

  describe("recording an evaluator's finding on a pilot", () => {
    const PILOT_ID = 'c0a80101-0000-4000-8000-0000000000e1';
    const FINDING_ID = 'c0a80101-0000-4000-8000-0000000000e2';
    const UNKNOWN_PILOT_ID = 'c0a80101-0000-4000-8000-0000000000ef';
    const path = `/pilots/${PILOT_ID}/findings`;
    const finding = {
      findingId: FINDING_ID,
      topic: 'collaboration-officials',
      finding: 'Ambtenaren betrekken de raad vaker al bij de agendavorming.',
      recordedOn: '2026-11-30',
    };
    let evaluator: string;
    beforeAll(async () => {
      evaluator = await api.bearer('evaluator', ['GM0375', 'GM0396'], 'evaluator-1');
      await post('/pilots', admin, {
        id: PILOT_ID,
        name: 'Pilot adviesraad',
        bodyIds: [BODY_ID],
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        criteria: [],
      }).expect(201);
    });

    it('answers 200 with the finding as id and keeps it on the pilot', async () => {
      const response = await post(path, evaluator, finding).expect(200);
      expect(response.body).toEqual({ id: FINDING_ID, revision: 1, position: expect.any(Number) });
      const events = await api.storage.eventStore.readStream(`pilot-${PILOT_ID}`);
      expect(events.at(-1)).toMatchObject({
        type: 'EvaluationFindingRecorded',
        data: { findingId: FINDING_ID, topic: 'collaboration-officials', recordedOn: '2026-11-30' },
      });
    });

    it('refuses to record the same finding again with 409', async () => {
      const response = await post(path, evaluator, finding).expect(409);
      expect(response.body).toMatchObject({ code: 'PILOT.FINDING_ALREADY_RECORDED' });
    });

    it('refuses a finding dated before the pilot started, or still to come, with 422', async () => {
      const before = await post(path, evaluator, { ...finding, findingId: undefined, recordedOn: '2025-12-31' });
      expect(before.status).toBe(422);
      expect(before.body).toMatchObject({
        code: 'PILOT.FINDING_BEFORE_PILOT',
        invalidParams: [{ name: 'recordedOn' }],
      });
      const future = await post(path, evaluator, { ...finding, findingId: undefined, recordedOn: '2099-01-01' });
      expect(future.status).toBe(422);
      expect(future.body).toMatchObject({ code: 'PILOT.RECORDED_ON_IN_FUTURE' });
    });

    it('answers 404 for a pilot that was never started', async () => {
      const response = await post(`/pilots/${UNKNOWN_PILOT_ID}/findings`, evaluator, finding).expect(404);
      expect(response.body).toMatchObject({ code: 'PILOT.NOT_FOUND' });
    });

    it('refuses an admin and an official with 403, and an evaluator of another municipality', async () => {
      await post(path, admin, finding).expect(403);
      await post(path, await api.bearer('official', ['GM0375']), finding).expect(403);
      const response = await post(path, await api.bearer('evaluator', ['GM0453']), finding).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names every invalid field with 400', async () => {
      const response = await post(path, evaluator, {
        findingId: 'f-1',
        topic: 'money',
        finding: '',
        recordedOn: '30-11-2026',
      });
      expect(response.status).toBe(400);
      const names = (response.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
      expect(new Set(names)).toEqual(new Set(['findingId', 'topic', 'finding', 'recordedOn']));
    });
  });
});
