import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = IJMOND_BODY_ID;
const HEEMSKERK_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b2';
const UNKNOWN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000bf';
const TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a1';
const HEARD_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a2';
const UNKNOWN_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000af';
const MISSING_YOUTH_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a3';
const SHELL_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a4';
const PARTICIPANT_ID = 'c0a80101-0000-4000-8000-0000000000d1';
const SESSION_ID = 'c0a80101-0000-4000-8000-0000000000f1';
const UNKNOWN_SESSION_ID = 'c0a80101-0000-4000-8000-0000000000ff';
const CONTRIBUTION_ID = 'c0a80101-0000-4000-8000-0000000000c1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const table = {
  municipalityCode: 'GM0375',
  bodyId: BODY_ID,
  theme: 'Nieuwe woonvormen',
  question: 'Welke woonvormen helpen ouderen langer zelfstandig te wonen?',
  initiatedBy: 'body',
  form: 'theme-table',
  expectedGroups: ['client', 'carer', 'youth'],
  plannedUntil: '2027-03-31',
};

const participant = {
  participantId: PARTICIPANT_ID,
  perspective: 'carer',
  consent: true,
  displayName: 'Anouk Jansen',
  ageBand: '45-64',
  area: 'Velsen-Noord',
};

const session = {
  sessionId: SESSION_ID,
  heldOn: '2026-11-19',
  attendance: { client: 2, livedExperience: 1, carer: 3, youth: 0 },
};

const contribution = {
  contributionId: CONTRIBUTION_ID,
  perspective: 'carer',
  summary: 'Mantelzorgers willen dichtbij kunnen wonen.',
  sessionId: SESSION_ID,
};

const closing = { outcome: 'advice', summary: 'Advies over hofjeswoningen voor ouderen.' };
const waiver = 'Cliënten zijn via de cliëntenraad van de zorginstelling apart gehoord.';

const fieldsNamed = (body: unknown): Set<string> =>
  new Set((body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name));

describe('temporary tables over HTTP', () => {
  let api: TestApp;
  let admin: string;
  let member: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.bearer('admin', ['GM0375', 'GM0396']);
    member = await api.bearer('body-member', ['GM0375'], 'member-1');
    await seedIjmond(api);
    await post('/participation-bodies', admin, {
      id: HEEMSKERK_BODY_ID,
      name: 'Adviesraad Sociaal Domein Heemskerk',
      kind: 'advisory-council',
      municipalityCodes: ['GM0396'],
      domains: ['wmo'],
    }).expect(201);
  });
  afterAll(() => api.close());

  const post = (path: string, token: string, body: object) =>
    request(api.http)
      .post(`/api/v1${path}`)
      .set('Authorization', token)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));

  const eventsOf = (tableId: string) => api.storage.eventStore.readStream(`temporary-table-${tableId}`);

  describe('opening a temporary table', () => {
    it('opens a table the body initiated, with the id the client chose', async () => {
      const response = await post('/temporary-tables', member, { id: TABLE_ID, ...table }).expect(201);
      expect(response.body).toEqual({ id: TABLE_ID, revision: 0, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"0"');
    });

    it('makes an id when the client sends none', async () => {
      const { bodyId: _bodyId, ...byMunicipality } = table;
      const response = await post('/temporary-tables', member, {
        ...byMunicipality,
        initiatedBy: 'municipality',
      }).expect(201);
      expect(response.body).toMatchObject({ id: expect.stringMatching(UUID), revision: 0 });
    });

    it('refuses to open the same table twice with 409', async () => {
      const response = await post('/temporary-tables', member, { id: TABLE_ID, ...table }).expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 409, code: 'TEMPORARY_TABLE.ALREADY_OPENED' });
    });

    it('refuses a body that does not exist, naming it', async () => {
      const response = await post('/temporary-tables', member, { ...table, bodyId: UNKNOWN_BODY_ID }).expect(422);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION_BODY.UNKNOWN', invalidParams: [{ name: 'bodyId' }] });
    });

    it('refuses a body that does not serve the municipality', async () => {
      const response = await post('/temporary-tables', member, { ...table, bodyId: HEEMSKERK_BODY_ID }).expect(422);
      expect(response.body).toMatchObject({
        code: 'PARTICIPATION_BODY.DOES_NOT_SERVE_MUNICIPALITY',
        invalidParams: [{ name: 'bodyId' }],
      });
    });

    it('refuses a municipality that is not registered', async () => {
      const velsen = await api.bearer('body-member', ['GM0453']);
      const { bodyId: _bodyId, ...byMunicipality } = table;
      const response = await post('/temporary-tables', velsen, {
        ...byMunicipality,
        municipalityCode: 'GM0453',
        initiatedBy: 'municipality',
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'MUNICIPALITY.NOT_REGISTERED',
        invalidParams: [{ name: 'municipalityCode' }],
      });
    });

    it('refuses a table the body opened without naming the body', async () => {
      const { bodyId: _bodyId, ...withoutBody } = table;
      const response = await post('/temporary-tables', member, withoutBody).expect(422);
      expect(response.body).toMatchObject({
        code: 'TEMPORARY_TABLE.BODY_MISSING',
        invalidParams: [{ name: 'bodyId' }],
      });
    });

    it('refuses an expected group named twice', async () => {
      const response = await post('/temporary-tables', member, {
        ...table,
        expectedGroups: ['client', 'carer', 'client'],
      }).expect(422);
      expect(response.body).toMatchObject({ code: 'TEMPORARY_TABLE.EXPECTED_GROUP_REPEATED' });
    });

    it('refuses an official with 403', async () => {
      const official = await api.bearer('official', ['GM0375']);
      const response = await post('/temporary-tables', official, table).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('refuses a body member of another municipality with 403', async () => {
      const heemskerk = await api.bearer('body-member', ['GM0396']);
      const response = await post('/temporary-tables', heemskerk, table).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names every invalid and unknown field with 400', async () => {
      const response = await post('/temporary-tables', member, {
        ...table,
        id: 'table-1',
        municipalityCode: 'Beverwijk',
        form: 'picnic',
        expectedGroups: [],
        plannedUntil: '31-03-2027',
        chair: 'x',
      }).expect(400);
      expect(fieldsNamed(response.body)).toEqual(
        new Set(['id', 'municipalityCode', 'form', 'expectedGroups', 'plannedUntil', 'chair']),
      );
    });
  });

  describe('registering a participant', () => {
    it('registers a participant who consented, keeping the name as their personal data', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/participants`, member, participant).expect(200);
      expect(response.body).toEqual({ id: PARTICIPANT_ID, revision: 1, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"1"');
      const registered = (await eventsOf(TABLE_ID)).find((e) => e.type === 'ParticipantRegistered');
      expect(registered?.data).toMatchObject({
        participantId: PARTICIPANT_ID,
        consent: true,
        displayName: { personId: PARTICIPANT_ID },
      });
    });

    it('refuses a participant without consent with 422', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/participants`, member, {
        perspective: 'client',
        consent: false,
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'TEMPORARY_TABLE.CONSENT_MISSING',
        invalidParams: [{ name: 'consent' }],
      });
    });

    it('refuses to register the same participant twice with 409', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/participants`, member, participant).expect(409);
      expect(response.body).toMatchObject({ code: 'TEMPORARY_TABLE.PARTICIPANT_ALREADY_REGISTERED' });
    });

    it('answers 404 for a table that was never opened', async () => {
      const response = await post(`/temporary-tables/${UNKNOWN_TABLE_ID}/participants`, member, {
        perspective: 'client',
        consent: true,
      }).expect(404);
      expect(response.body).toMatchObject({ code: 'TEMPORARY_TABLE.NOT_FOUND' });
    });

    it('refuses a council member with 403', async () => {
      const councillor = await api.bearer('council-member', ['GM0375']);
      await post(`/temporary-tables/${TABLE_ID}/participants`, councillor, participant).expect(403);
    });

    it('refuses a body member of another municipality with 403', async () => {
      const heemskerk = await api.bearer('body-member', ['GM0396']);
      const response = await post(`/temporary-tables/${TABLE_ID}/participants`, heemskerk, {
        perspective: 'client',
        consent: true,
      }).expect(403);
      expect(response.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
    });

    it('names an invalid table id, perspective and consent with 400', async () => {
      const response = await post('/temporary-tables/table-1/participants', member, participant).expect(400);
      expect(fieldsNamed(response.body)).toEqual(new Set(['tableId']));
      const body = await post(`/temporary-tables/${TABLE_ID}/participants`, member, {
        perspective: 'neighbour',
        consent: 'yes',
      }).expect(400);
      expect(fieldsNamed(body.body)).toEqual(new Set(['perspective', 'consent']));
    });
  });

  describe('holding a session', () => {
    it('records the session with attendance per group', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/sessions`, member, session).expect(200);
      expect(response.body).toEqual({ id: SESSION_ID, revision: 2, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"2"');
      const held = (await eventsOf(TABLE_ID)).find((e) => e.type === 'SessionHeld');
      expect(held?.data).toEqual({
        tableId: TABLE_ID,
        sessionId: SESSION_ID,
        heldOn: '2026-11-19',
        attendance: { client: 2, 'lived-experience': 1, carer: 3, youth: 0 },
      });
    });

    it('refuses to record the same session twice with 409', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/sessions`, member, session).expect(409);
      expect(response.body).toMatchObject({ code: 'TEMPORARY_TABLE.SESSION_ALREADY_HELD' });
    });

    it('refuses a session held in the future with 422', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/sessions`, member, {
        heldOn: '2999-01-01',
        attendance: { client: 1 },
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'TEMPORARY_TABLE.HELD_ON_IN_FUTURE',
        invalidParams: [{ name: 'heldOn' }],
      });
    });

    it('names unknown groups and counts that are not whole numbers up to 10,000 with 400', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/sessions`, member, {
        heldOn: '2026-11-19',
        attendance: { 'lived-experience': 1, client: -1, carer: 1.5, youth: 10_001, resident: '2' },
      }).expect(400);
      expect(fieldsNamed(response.body)).toEqual(
        new Set([
          'attendance.lived-experience',
          'attendance.client',
          'attendance.carer',
          'attendance.youth',
          'attendance.resident',
        ]),
      );
    });

    it('names a missing attendance and a malformed date with 400', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/sessions`, member, { heldOn: '19-11-2026' }).expect(
        400,
      );
      expect(fieldsNamed(response.body)).toEqual(new Set(['heldOn', 'attendance']));
    });

    it('answers 404 for a table that was never opened', async () => {
      await post(`/temporary-tables/${UNKNOWN_TABLE_ID}/sessions`, member, session).expect(404);
    });

    it('refuses an evaluator with 403', async () => {
      const evaluator = await api.bearer('evaluator', ['GM0375']);
      await post(`/temporary-tables/${TABLE_ID}/sessions`, evaluator, session).expect(403);
    });
  });

  describe('recording a contribution', () => {
    it('records what a carer brought in at the session', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/contributions`, member, contribution).expect(200);
      expect(response.body).toEqual({ id: CONTRIBUTION_ID, revision: 3, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"3"');
    });

    it('refuses to record the same contribution twice with 409', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/contributions`, member, contribution).expect(409);
      expect(response.body).toMatchObject({ code: 'TEMPORARY_TABLE.CONTRIBUTION_ALREADY_RECORDED' });
    });

    it('refuses a session that was not held at this table with 422', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/contributions`, member, {
        perspective: 'client',
        summary: 'Een hofje met gedeelde tuin voorkomt eenzaamheid.',
        sessionId: UNKNOWN_SESSION_ID,
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'TEMPORARY_TABLE.SESSION_UNKNOWN',
        invalidParams: [{ name: 'sessionId' }],
      });
    });

    it('names a summary longer than 10,000 characters and an unknown perspective with 400', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/contributions`, member, {
        perspective: 'neighbour',
        summary: 'x'.repeat(10_001),
      }).expect(400);
      expect(fieldsNamed(response.body)).toEqual(new Set(['perspective', 'summary']));
    });

    it('answers 404 for a table that was never opened', async () => {
      await post(`/temporary-tables/${UNKNOWN_TABLE_ID}/contributions`, member, contribution).expect(404);
    });

    it('refuses a body member of another municipality with 403', async () => {
      const heemskerk = await api.bearer('body-member', ['GM0396']);
      await post(`/temporary-tables/${TABLE_ID}/contributions`, heemskerk, contribution).expect(403);
    });
  });

  describe('closing a temporary table', () => {
    it('refuses to close without the client perspective, naming the waiver', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/_close`, member, closing).expect(422);
      expect(response.body).toMatchObject({
        status: 422,
        code: 'TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING',
        detail: expect.stringContaining('client perspective'),
        invalidParams: [{ name: 'clientPerspectiveWaiver' }],
      });
    });

    it('refuses a stale If-Match with 412', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/_close`, member, {
        ...closing,
        clientPerspectiveWaiver: waiver,
      })
        .set('If-Match', '"1"')
        .expect(412);
      expect(response.body).toMatchObject({ code: 'COMMAND.STALE_REVISION' });
    });

    it('closes with a recorded reason why the client perspective was not heard', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/_close`, member, {
        ...closing,
        clientPerspectiveWaiver: waiver,
      })
        .set('If-Match', '"3"')
        .expect(200);
      expect(response.body).toEqual({ id: TABLE_ID, revision: 4, position: expect.any(Number) });
      expect(response.headers.etag).toBe('"4"');
      const closed = (await eventsOf(TABLE_ID)).find((e) => e.type === 'TemporaryTableClosed');
      expect(closed?.data).toMatchObject({ outcome: 'advice', clientPerspectiveWaiver: waiver });
    });

    it('accepts nothing more once closed', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/contributions`, member, {
        perspective: 'client',
        summary: 'Te laat ingebracht.',
      }).expect(409);
      expect(response.body).toMatchObject({ code: 'TEMPORARY_TABLE.CLOSED' });
      await post(`/temporary-tables/${TABLE_ID}/_close`, member, {
        ...closing,
        clientPerspectiveWaiver: waiver,
      }).expect(409);
    });

    it('closes without a waiver once a client contribution was recorded', async () => {
      await post('/temporary-tables', member, { ...table, id: HEARD_TABLE_ID }).expect(201);
      await post(`/temporary-tables/${HEARD_TABLE_ID}/contributions`, member, {
        perspective: 'lived-experience',
        summary: 'Een hofje met gedeelde tuin voorkomt eenzaamheid.',
      }).expect(200);
      const response = await post(`/temporary-tables/${HEARD_TABLE_ID}/_close`, member, closing).expect(200);
      expect(response.body).toMatchObject({ id: HEARD_TABLE_ID, revision: 2 });
      const closed = (await eventsOf(HEARD_TABLE_ID)).find((e) => e.type === 'TemporaryTableClosed');
      expect(closed?.data).not.toHaveProperty('clientPerspectiveWaiver');
    });

    it('answers 404 for a table that was never opened', async () => {
      await post(`/temporary-tables/${UNKNOWN_TABLE_ID}/_close`, member, closing).expect(404);
    });

    it('refuses an official with 403', async () => {
      const official = await api.bearer('official', ['GM0375']);
      await post(`/temporary-tables/${TABLE_ID}/_close`, official, closing).expect(403);
    });

    it('names an unknown outcome and a missing summary with 400', async () => {
      const response = await post(`/temporary-tables/${TABLE_ID}/_close`, member, { outcome: 'report' }).expect(400);
      expect(fieldsNamed(response.body)).toEqual(new Set(['outcome', 'summary']));
    });
  });

  describe('closing a table with the reasons expected groups were missing', () => {
    const path = `/temporary-tables/${MISSING_YOUTH_TABLE_ID}/_close`;
    const youthReason = 'De sessies vielen onder schooltijd.';
    beforeAll(async () => {
      await post('/temporary-tables', member, { ...table, id: MISSING_YOUTH_TABLE_ID }).expect(201);
      await post(`/temporary-tables/${MISSING_YOUTH_TABLE_ID}/sessions`, member, {
        heldOn: '2026-11-19',
        attendance: { carer: 2 },
      }).expect(200);
      await post(`/temporary-tables/${MISSING_YOUTH_TABLE_ID}/contributions`, member, {
        perspective: 'client',
        summary: 'Een hofje dicht bij de winkels.',
      }).expect(200);
    });

    it('refuses a reason for a group that was at the table with 422, naming it', async () => {
      const response = await post(path, member, {
        ...closing,
        missingGroupReasons: { youth: youthReason, carer: 'Kwamen niet.' },
      }).expect(422);
      expect(response.body).toMatchObject({
        code: 'TEMPORARY_TABLE.MISSING_GROUP_WAS_PRESENT',
        invalidParams: [{ name: 'missingGroupReasons.carer' }],
      });
    });

    it('refuses a reason for a group that was never expected with 422, naming it', async () => {
      const response = await post(path, member, { ...closing, missingGroupReasons: { resident: 'Niet uitgenodigd.' } });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'TEMPORARY_TABLE.MISSING_GROUP_NOT_EXPECTED',
        invalidParams: [{ name: 'missingGroupReasons.resident' }],
      });
    });

    it('names an unknown group, an empty reason and one over 2,000 characters with 400', async () => {
      const response = await post(path, member, {
        ...closing,
        missingGroupReasons: { pensioners: 'x', youth: '', carer: 'x'.repeat(2_001) },
      }).expect(400);
      expect(fieldsNamed(response.body)).toEqual(
        new Set(['missingGroupReasons.pensioners', 'missingGroupReasons.youth', 'missingGroupReasons.carer']),
      );
    });

    it('closes with the reason why the youth was missing', async () => {
      await post(path, member, { ...closing, missingGroupReasons: { youth: youthReason } }).expect(200);
      const closed = (await eventsOf(MISSING_YOUTH_TABLE_ID)).find((e) => e.type === 'TemporaryTableClosed');
      expect(closed?.data).toMatchObject({ missingGroupReasons: { youth: youthReason } });
    });
  });

  describe('a member of the flexible shell', () => {
    let shell: string;
    beforeAll(async () => {
      await post(`/participation-bodies/${BODY_ID}/members`, admin, {
        displayName: 'Henk Smit',
        role: 'flexible-shell',
        expertise: [],
        subject: 'schil-1',
      }).expect(200);
      shell = await api.bearer('body-member', ['GM0375'], 'schil-1');
      await post('/temporary-tables', member, { ...table, id: SHELL_TABLE_ID }).expect(201);
    });

    it("is refused opening a table for the body and working at the body's tables with 403", async () => {
      const opening = await post('/temporary-tables', shell, table).expect(403);
      expect(opening.body).toMatchObject({ code: 'COMMAND.FORBIDDEN' });
      const at = (sub: string) => `/temporary-tables/${SHELL_TABLE_ID}/${sub}`;
      await post(at('participants'), shell, { perspective: 'client', consent: true }).expect(403);
      await post(at('sessions'), shell, { heldOn: '2026-11-19', attendance: {} }).expect(403);
      await post(at('contributions'), shell, { perspective: 'client', summary: 'x' }).expect(403);
      await post(at('_close'), shell, { ...closing, clientPerspectiveWaiver: waiver }).expect(403);
    });
  });
});
