import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a1';
const OPEN_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a2';
const HEEMSKERK_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000a3';
const UNKNOWN_TABLE_ID = 'c0a80101-0000-4000-8000-0000000000af';
const PARTICIPANT_ID = 'c0a80101-0000-4000-8000-0000000000d1';
const YOUTH_PARTICIPANT_ID = 'c0a80101-0000-4000-8000-0000000000d2';
const SESSION_ID = 'c0a80101-0000-4000-8000-0000000000f1';
const CONTRIBUTION_ID = 'c0a80101-0000-4000-8000-0000000000c1';

const NAME = 'Anouk Jansen';
const SUMMARY = 'Mantelzorgers willen dichtbij kunnen wonen.';
const PERSONAL = /Anouk Jansen|Mantelzorgers willen/;

const table = {
  municipalityCode: 'GM0375',
  bodyId: IJMOND_BODY_ID,
  theme: 'Nieuwe woonvormen',
  question: 'Welke woonvormen helpen ouderen langer zelfstandig te wonen?',
  initiatedBy: 'body',
  form: 'theme-table',
  expectedGroups: ['client', 'carer', 'youth'],
  plannedUntil: '2027-03-31',
};
const waiver = 'Cliënten zijn via de cliëntenraad van de zorginstelling apart gehoord.';

describe('reading the table register', () => {
  let api: TestApp;
  let admin: string;
  let member: string;
  let position: number;

  const get = (path: string, token: string) => request(api.http).get(`/api/v1${path}`).set('Authorization', token);
  const post = async (path: string, token: string, body: object = {}): Promise<number> => {
    const response = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    expect(response.status).toBeLessThan(300);
    return (response.body as { position: number }).position;
  };

  beforeAll(async () => {
    api = await startTestApp('table-queries');
    admin = await api.bearer('admin', ['GM0375', 'GM0396']);
    member = await api.bearer('body-member', ['GM0375']);
    await seedIjmond(api);
    await post('/temporary-tables', member, { id: TABLE_ID, ...table });
    await post(`/temporary-tables/${TABLE_ID}/participants`, member, {
      participantId: PARTICIPANT_ID,
      perspective: 'carer',
      consent: true,
      displayName: NAME,
      ageBand: '45-64',
      area: 'Velsen-Noord',
    });
    await post(`/temporary-tables/${TABLE_ID}/sessions`, member, {
      sessionId: SESSION_ID,
      heldOn: '2026-11-19',
      attendance: { client: 2, livedExperience: 1, carer: 3, youth: 0 },
    });
    await post(`/temporary-tables/${TABLE_ID}/contributions`, member, {
      contributionId: CONTRIBUTION_ID,
      perspective: 'carer',
      summary: SUMMARY,
      sessionId: SESSION_ID,
    });
    await post(`/temporary-tables/${TABLE_ID}/_close`, member, {
      outcome: 'advice',
      summary: 'Advies over hofjeswoningen voor ouderen.',
      clientPerspectiveWaiver: waiver,
    });
    const { bodyId: _bodyId, ...byMunicipality } = table;
    await post('/temporary-tables', member, {
      ...byMunicipality,
      id: OPEN_TABLE_ID,
      initiatedBy: 'municipality',
      form: 'panel',
      expectedGroups: ['youth'],
    });
    await post(`/temporary-tables/${OPEN_TABLE_ID}/participants`, member, {
      participantId: YOUTH_PARTICIPANT_ID,
      perspective: 'youth',
      consent: true,
      ageBand: '18-27',
    });
    position = await post('/temporary-tables', await api.bearer('body-member', ['GM0396']), {
      ...byMunicipality,
      id: HEEMSKERK_TABLE_ID,
      municipalityCode: 'GM0396',
      initiatedBy: 'municipality',
    });
  });
  afterAll(() => api.close());

  /** What both queries say of the closed table, before GetTemporaryTable adds its items. */
  const closedTableSummary = {
    id: TABLE_ID,
    municipalityCode: 'GM0375',
    bodyId: IJMOND_BODY_ID,
    theme: table.theme,
    question: table.question,
    initiatedBy: 'body',
    form: 'theme-table',
    status: 'closed',
    plannedUntil: '2027-03-31',
    openedAt: expect.any(String),
    closedAt: expect.any(String),
    expectedGroups: ['client', 'carer', 'youth'],
    presentGroups: ['client', 'lived-experience', 'carer'],
    missingGroups: ['youth'],
    participantCount: 1,
    sessionCount: 1,
    contributionCount: 1,
    participantsByPerspective: [{ perspective: 'carer', count: 1 }],
    contributionsByPerspective: [{ perspective: 'carer', count: 1 }],
  };

  describe('one table', () => {
    it('answers the whole table with expected, present and missing groups', async () => {
      const response = await get(`/temporary-tables/${TABLE_ID}?minPosition=${position}`, member).expect(200);
      expect(response.headers['api-version']).toBe('1.0.0');
      expect(response.body).toEqual({
        ...closedTableSummary,
        participants: [
          {
            participantId: PARTICIPANT_ID,
            perspective: 'carer',
            ageBand: '45-64',
            area: 'Velsen-Noord',
            displayName: { personId: PARTICIPANT_ID, name: NAME },
            registeredAt: expect.any(String),
          },
        ],
        sessions: [
          {
            sessionId: SESSION_ID,
            heldOn: '2026-11-19',
            attendance: { client: 2, livedExperience: 1, carer: 3, youth: 0 },
          },
        ],
        contributions: [
          {
            contributionId: CONTRIBUTION_ID,
            perspective: 'carer',
            sessionId: SESSION_ID,
            summary: { personId: CONTRIBUTION_ID, text: SUMMARY },
            recordedAt: expect.any(String),
          },
        ],
        close: {
          outcome: 'advice',
          summary: 'Advies over hofjeswoningen voor ouderen.',
          clientPerspectiveWaiver: waiver,
          closedAt: expect.any(String),
        },
      });
    });

    it.each(['admin', 'secretary'] as const)('shows the name and the contribution to the role %s', async (role) => {
      const token = await api.bearer(role, ['GM0375']);
      const response = await get(`/temporary-tables/${TABLE_ID}?minPosition=${position}`, token).expect(200);
      expect(response.body).toMatchObject({
        participants: [{ displayName: { personId: PARTICIPANT_ID, name: NAME } }],
        contributions: [{ summary: { personId: CONTRIBUTION_ID, text: SUMMARY } }],
      });
    });

    it.each(['council-member', 'official', 'evaluator'] as const)(
      'keeps the name and the contribution from the role %s',
      async (role) => {
        const token = await api.bearer(role, ['GM0375']);
        const response = await get(`/temporary-tables/${TABLE_ID}?minPosition=${position}`, token).expect(200);
        expect(response.body).toMatchObject({
          missingGroups: ['youth'],
          participants: [
            { participantId: PARTICIPANT_ID, displayName: { personId: PARTICIPANT_ID, restricted: true } },
          ],
          contributions: [{ summary: { personId: CONTRIBUTION_ID, restricted: true } }],
        });
        expect(JSON.stringify(response.body)).not.toMatch(PERSONAL);
      },
    );

    it('refuses a table outside your municipalities with 403', async () => {
      const response = await get(`/temporary-tables/${HEEMSKERK_TABLE_ID}?minPosition=${position}`, member).expect(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers an unknown table with 404 and a malformed id or position with 400', async () => {
      const unknown = await get(`/temporary-tables/${UNKNOWN_TABLE_ID}`, member).expect(404);
      expect(unknown.body).toMatchObject({ code: 'TEMPORARY_TABLE.NOT_FOUND' });
      const badId = await get('/temporary-tables/table-1', member).expect(400);
      expect(badId.body).toMatchObject({ invalidParams: [{ name: 'tableId' }] });
      const badPosition = await get(`/temporary-tables/${TABLE_ID}?minPosition=soon`, member).expect(400);
      expect(badPosition.body).toMatchObject({ invalidParams: [{ name: 'minPosition' }] });
    });
  });

  describe('the register', () => {
    it('lists the tables of your municipalities with their groups and counts, without personal data', async () => {
      const response = await get(`/temporary-tables?minPosition=${position}`, member).expect(200);
      expect(response.body).toMatchObject({ total: 2, offset: 0, limit: 50 });
      const items = (response.body as { items: { id: string }[] }).items;
      expect(items.map((item) => item.id).sort()).toEqual([TABLE_ID, OPEN_TABLE_ID]);
      expect(items.find((item) => item.id === TABLE_ID)).toEqual(closedTableSummary);
      expect(items.find((item) => item.id === OPEN_TABLE_ID)).toMatchObject({
        status: 'open',
        expectedGroups: ['youth'],
        presentGroups: ['youth'],
        missingGroups: [],
        participantsByPerspective: [{ perspective: 'youth', count: 1 }],
      });
      expect(JSON.stringify(response.body)).not.toMatch(PERSONAL);
    });

    it('filters by status and municipality, and pages', async () => {
      const open = await get(`/temporary-tables?status=open&minPosition=${position}`, member).expect(200);
      expect(open.body).toMatchObject({ total: 1, items: [{ id: OPEN_TABLE_ID }] });
      const everywhere = await get(`/temporary-tables?minPosition=${position}`, admin).expect(200);
      expect(everywhere.body).toMatchObject({ total: 3 });
      const heemskerk = await get('/temporary-tables?municipalityCode=GM0396', admin).expect(200);
      expect(heemskerk.body).toMatchObject({
        total: 1,
        items: [{ id: HEEMSKERK_TABLE_ID, missingGroups: table.expectedGroups }],
      });
      const page = await get('/temporary-tables?offset=1&limit=1', member).expect(200);
      expect(page.body).toMatchObject({ total: 2, offset: 1, limit: 1 });
      expect((page.body as { items: unknown[] }).items).toHaveLength(1);
    });

    it('refuses a municipality outside your token with 403', async () => {
      await get('/temporary-tables?municipalityCode=GM0396', member).expect(403);
    });

    it('names every bad parameter with 400', async () => {
      const response = await get('/temporary-tables?limit=5000&status=lost&minPosition=-1', member).expect(400);
      const names = (response.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
      expect(new Set(names)).toEqual(new Set(['limit', 'status', 'minPosition']));
    });
  });

  describe('once the participant is forgotten', () => {
    it('reads the name as erased, and no read model row holds it', async () => {
      await post(`/persons/${PARTICIPANT_ID}/_forget`, admin);
      const secondAdmin = await api.bearer('admin', ['GM0375'], 'admin-2');
      const forgotten = await post(`/persons/${PARTICIPANT_ID}/forgetting/_confirm`, secondAdmin);
      const response = await get(`/temporary-tables/${TABLE_ID}?minPosition=${forgotten}`, member).expect(200);
      expect(response.body).toMatchObject({
        participants: [{ participantId: PARTICIPANT_ID, displayName: { personId: PARTICIPANT_ID, erased: true } }],
        contributions: [{ summary: { personId: CONTRIBUTION_ID, text: SUMMARY } }],
      });
      expect(JSON.stringify(response.body)).not.toMatch(/Anouk Jansen/);
      const { rows } = await api.storage.database.query<{ doc: string }>(
        'SELECT doc::text AS doc FROM read_model_rows',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.doc).join()).not.toMatch(PERSONAL);
    });
  });
});
