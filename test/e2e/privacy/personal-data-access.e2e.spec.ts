import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent } from '../../support/web-session';

const SIGNAL_ID = 'c0a80101-0000-4000-8000-0000000007a1';
const MEMBER_ID = 'c0a80101-0000-4000-8000-0000000007b1';
const ACCESS_LOG = '/personal-data-access';

interface Access {
  actor: { id: string; role: string };
  personId: string;
  operationId: string;
  resource: string;
  municipalityCodes: string[];
  accessedAt: string;
}
interface AccessPage {
  items: Access[];
  total: number;
  offset: number;
  limit: number;
}

describe("who saw a person's data: the personal data access log over HTTP", () => {
  let api: TestApp;
  let admin: string;
  let officer: string;
  let reporterId: string;
  let position = 0;

  const get = (path: string, token: string) =>
    request(api.http).get(`/api/v1${path}`).set('Authorization', token).expect(200);
  const post = (path: string, token: string, body: object = {}) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
  const whoSaw = async (personId: string, token = officer): Promise<AccessPage> =>
    (await get(`${ACCESS_LOG}?personId=${personId}`, token)).body as AccessPage;
  const readers = (page: AccessPage): string[] =>
    page.items.map((access) => `${access.actor.id} as ${access.actor.role} through ${access.operationId}`);

  beforeAll(async () => {
    api = await startTestApp('personal-data-access');
    admin = await api.bearer('admin', ['GM0375'], 'admin-1');
    officer = await api.bearer('data-protection-officer', ['GM0375'], 'fg-beverwijk');
    await seedIjmond(api, ['GM0375', 'GM0396']);
    const secretary = await api.bearer('secretary', ['GM0375'], 'secretary-1');
    const recorded = await post('/signals', secretary, {
      id: SIGNAL_ID,
      bodyId: IJMOND_BODY_ID,
      municipalityCode: 'GM0375',
      channel: 'home-care',
      receivedOn: '2026-11-02',
      themes: ['woningaanpassing'],
      domain: 'wmo',
      summary: 'Mevrouw Jansen wacht al maanden op een traplift.',
      reporter: { name: 'A. Jansen', contact: '06-12345678' },
    }).expect(201);
    await post(`/participation-bodies/${IJMOND_BODY_ID}/members`, secretary, {
      memberId: MEMBER_ID,
      displayName: 'Cees de Vries',
      role: 'member',
      expertise: ['lived-experience'],
    }).expect(200);
    position = (recorded.body as { position: number }).position;
    const [event] = await api.storage.eventStore.readStream(`signal-${SIGNAL_ID}`);
    reporterId = (event?.data as { reporter: { personId: string } }).reporter.personId;

    // The scenario: several callers read the signal and the members, each in their own way.
    await get(`/signals/${SIGNAL_ID}?minPosition=${position}`, secretary);
    await get(`/signals?minPosition=${position}`, await api.bearer('body-member', ['GM0375'], 'member-1'));
    await get(`/signals/${SIGNAL_ID}`, await api.bearer('admin', ['GM0375'], 'admin-2'));
    await get(`/participation-bodies/${IJMOND_BODY_ID}/members?minPosition=${position}`, secretary);
    // Those who may not see personal data are shown none, so nothing is logged for them.
    await get(`/signals/${SIGNAL_ID}`, await api.bearer('council-member', ['GM0375'], 'council-1'));
    await get(`/signals/${SIGNAL_ID}`, await api.bearer('evaluator', ['GM0375'], 'evaluator-1'));
  });
  afterAll(() => api.close());

  it("lists everyone who was shown the reporter's data, newest first, with role and query", async () => {
    const page = await whoSaw(reporterId);
    expect(readers(page)).toEqual([
      'admin-2 as admin through GetSignal',
      'member-1 as body-member through ListSignals',
      'secretary-1 as secretary through GetSignal',
    ]);
    expect(page.items[2]).toMatchObject({
      personId: reporterId,
      resource: `/api/v1/signals/${SIGNAL_ID}`,
      municipalityCodes: ['GM0375'],
      accessedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(page.total).toBe(3);
  });

  it("lists who was shown a member's name", async () => {
    expect(readers(await whoSaw(MEMBER_ID, admin))).toEqual(['secretary-1 as secretary through ListMembers']);
  });

  it('holds ids only, never the data that was shown', async () => {
    const answer = (await get(`${ACCESS_LOG}?limit=200`, admin)).text;
    expect(answer).not.toMatch(/Jansen|06-12345678|traplift|Cees de Vries/);
    const { rows } = await api.storage.database.query<{ row: string }>(
      'SELECT row_to_json(a)::text AS row FROM personal_data_access a',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.row).join('\n')).not.toMatch(/Jansen|06-12345678|traplift|Cees de Vries/);
  });

  it('refuses anyone but an admin and the data protection officer', async () => {
    for (const role of ['secretary', 'body-member', 'official', 'evaluator', 'council-member'] as const) {
      await request(api.http)
        .get(`/api/v1${ACCESS_LOG}?personId=${reporterId}`)
        .set('Authorization', await api.bearer(role, ['GM0375']))
        .expect(403);
    }
    await request(api.http).get(`/api/v1${ACCESS_LOG}`).expect(401);
  });

  it("shows another municipality's officer none of these accesses, and refuses them Beverwijk by name", async () => {
    const velsen = await api.bearer('data-protection-officer', ['GM0453'], 'fg-velsen');
    expect((await whoSaw(reporterId, velsen)).items).toEqual([]);
    await request(api.http)
      .get(`/api/v1${ACCESS_LOG}?municipalityCode=GM0375`)
      .set('Authorization', velsen)
      .expect(403);
  });

  it('is not itself logged as a showing of personal data', async () => {
    const before = (await whoSaw(reporterId)).total;
    await whoSaw(reporterId, admin);
    expect((await whoSaw(reporterId)).total).toBe(before);
  });

  it("shows the officer who saw the reporter's data on a Dutch workspace page", async () => {
    const agent = await signedInAgent(api, 'data-protection-officer', 'GM0375', 'fg-pagina');
    const page = await agent.get(`/werkruimte/inzage-persoonsgegevens?persoon=${reporterId}`).expect(200);
    expect(page.text).toContain('Wie zag persoonsgegevens');
    expect(page.text).toContain('Inzage 1 tot en met 3 van 3');
    for (const reader of ['admin-2', 'member-1', 'secretary-1', 'Secretaris', 'Signalenregister']) {
      expect(page.text).toContain(reader);
    }
    expect(page.text).not.toMatch(/Jansen|06-12345678|traplift/);
  });

  it('refuses the page to a secretary', async () => {
    const agent = await signedInAgent(api, 'secretary', 'GM0375', 'secretary-pagina');
    await agent.get('/werkruimte/inzage-persoonsgegevens').expect(403);
  });

  describe('after ForgetPerson, asked by one admin and confirmed by another', () => {
    beforeAll(async () => {
      await post(`/persons/${reporterId}/_forget`, admin).expect(201);
      const confirmed = await post(
        `/persons/${reporterId}/forgetting/_confirm`,
        await api.bearer('admin', ['GM0375'], 'admin-3'),
      ).expect(200);
      position = (confirmed.body as { position: number }).position;
    });

    it('keeps answering who saw the person before, and logs no showing of erased data', async () => {
      const erased = await get(`/signals/${SIGNAL_ID}?minPosition=${position}`, admin);
      expect(erased.body).toMatchObject({ reporter: { personId: reporterId, erased: true } });
      expect(readers(await whoSaw(reporterId))).toEqual([
        'admin-2 as admin through GetSignal',
        'member-1 as body-member through ListSignals',
        'secretary-1 as secretary through GetSignal',
      ]);
    });
  });
});
