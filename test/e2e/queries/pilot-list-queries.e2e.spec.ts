import request from 'supertest';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const VELSEN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b2';
const PILOT_ID = 'c0a80101-0000-4000-8000-000000000001';
const OLDER_PILOT_ID = 'c0a80101-0000-4000-8000-000000000002';
const VELSEN_PILOT_ID = 'c0a80101-0000-4000-8000-000000000003';

const pilot = (id: string, bodyId: string, startsOn: string, metrics: string[]) => ({
  id,
  name: `Pilot ${startsOn}`,
  bodyIds: [bodyId],
  startsOn,
  endsOn: `${Number(startsOn.slice(0, 4)) + 2}-12-31`,
  criteria: metrics.map((metric) => ({ metric, target: 1 })),
});

describe('listing the pilots', () => {
  let api: TestApp;
  let position = 0;

  const get = (path: string, token?: string) => {
    const call = request(api.http).get(`/api/v1${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);
    return token ? call.set('Authorization', token) : call;
  };

  beforeAll(async () => {
    api = await startTestApp('pilot-list-queries');
    await seedIjmond(api, ['GM0375']);
    const admin = await api.bearer('admin', ['GM0375', 'GM0453'], 'admin-1');
    const post = (path: string, body: object) =>
      request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body).expect(201);
    await post('/municipalities', { code: 'GM0453', name: 'Velsen' });
    await post('/participation-bodies', {
      id: VELSEN_BODY_ID,
      name: 'Adviesraad Velsen',
      kind: 'advisory-council',
      municipalityCodes: ['GM0453'],
      domains: ['wmo'],
    });
    await post('/pilots', pilot(OLDER_PILOT_ID, IJMOND_BODY_ID, '2024-01-01', ['signals-count']));
    await post('/pilots', pilot(VELSEN_PILOT_ID, VELSEN_BODY_ID, '2026-01-01', ['signals-count']));
    await post('/pilots', pilot(PILOT_ID, IJMOND_BODY_ID, '2026-01-01', ['signals-count', 'written-response-share']));
    const evaluator = await api.bearer('evaluator', ['GM0375'], 'evaluator-1');
    const finding = await request(api.http)
      .post(`/api/v1/pilots/${PILOT_ID}/findings`)
      .set('Authorization', evaluator)
      .send({
        topic: 'collaboration-college',
        finding: 'Het college betrekt de raad vroeg.',
        recordedOn: '2026-06-01',
      });
    expect(finding.status).toBeLessThan(300);
    position = (finding.body as { position: number }).position;
  });
  afterAll(() => api.close());

  it("lists the pilots of your municipalities' bodies with their bodies, period, criteria and findings", async () => {
    const evaluator = await api.bearer('evaluator', ['GM0375']);
    const response = await get('/pilots', evaluator).expect(200);
    expect(response.body).toMatchObject({ total: 2, offset: 0, limit: 50 });
    expect((response.body as { items: unknown[] }).items).toEqual([
      {
        id: PILOT_ID,
        name: 'Pilot 2026-01-01',
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        bodies: [{ bodyId: IJMOND_BODY_ID, name: 'Participatieraad IJmond', municipalityCodes: ['GM0375'] }],
        municipalityCodes: ['GM0375'],
        criteriaCount: 2,
        findingsCount: 1,
      },
      expect.objectContaining({ id: OLDER_PILOT_ID, findingsCount: 0 }),
    ]);
  });

  it('answers a page at a time', async () => {
    const council = await api.bearer('council-member', ['GM0375']);
    const response = await get('/pilots?offset=1&limit=1', council).expect(200);
    expect(response.body).toMatchObject({ total: 2, offset: 1, limit: 1, items: [{ id: OLDER_PILOT_ID }] });
  });

  it('shows another municipality only its own pilots, and the public none', async () => {
    const velsen = await api.bearer('evaluator', ['GM0453']);
    const response = await get('/pilots', velsen).expect(200);
    expect(response.body).toMatchObject({ total: 1, items: [{ id: VELSEN_PILOT_ID }] });
    expect(response.text).not.toContain(IJMOND_BODY_ID);
    await get('/pilots').expect(401);
  });
});
