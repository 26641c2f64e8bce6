import request from 'supertest';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const TRAJECTORY_ID = 'c0a80101-0000-4000-8000-0000000b0a01';
const LATER_ID = 'c0a80101-0000-4000-8000-0000000b0a02';
const PROPOSAL = 'RV-2026-077';

const trajectory = (id: string) => ({
  id,
  municipalityCode: 'GM0375',
  bodyId: IJMOND_BODY_ID,
  kind: 'solicited',
  subject: 'Beleidsplan Jeugd 2027',
  question: 'Wat hebben jongeren nodig van het beleidsplan?',
  domain: 'youth',
  policyPhase: 'preparation',
  responseDueOn: '2026-05-01',
});
const advice = {
  issuedOn: '2026-03-02',
  summary: 'Betrek jongeren zelf bij de keuzes.',
  clientPerspective: 'Jongeren willen meepraten, niet alleen gehoord worden.',
  recommendations: [{ number: 1, text: 'Een jongerenpanel per kern.' }],
};
const response = { respondedOn: '2026-04-06', decisions: [{ recommendationNumber: 1, decision: 'adopted' }] };

interface Report {
  proposalRef: string;
  atPosition?: number;
  advice: { trajectoryId: string; status: string; councilDecisions: unknown[] }[];
}

describe('a council proposal report pinned to a global position', () => {
  let api: TestApp;
  let official: string;
  let member: string;
  let attachedAt: number;

  const get = (path: string, token = official) => request(api.http).get(`/api/v1${path}`).set('Authorization', token);
  const post = async (path: string, token: string, body: object, status = 200): Promise<number> => {
    const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    expect({ path, status: answer.status }).toEqual({ path, status });
    return (answer.body as { position: number }).position;
  };
  const on = (id: string, step: string) => `/advice-trajectories/${id}/${step}`;
  const pinned = async (position: number, token = official): Promise<Report> =>
    (await get(`/council-proposals/${PROPOSAL}?atPosition=${position}`, token).expect(200)).body as Report;

  beforeAll(async () => {
    api = await startTestApp('pinned-report');
    await seedIjmond(api, ['GM0375']);
    await appointIjmondMembers(api, ['member-1']);
    official = await api.bearer('official', ['GM0375'], 'official-1');
    member = await api.bearer('body-member', ['GM0375'], 'member-1');
    await post('/advice-trajectories', official, trajectory(TRAJECTORY_ID), 201);
    await post(on(TRAJECTORY_ID, 'advice'), member, advice);
    await post(on(TRAJECTORY_ID, 'college-response'), official, response);
    attachedAt = await post(on(TRAJECTORY_ID, 'council-proposals'), official, {
      proposalRef: PROPOSAL,
      attachedOn: '2026-04-20',
    });
  });
  afterAll(() => api.close());

  it('answers the same report again after more events, and names the position it is pinned to', async () => {
    const before = await pinned(attachedAt);
    expect(before).toMatchObject({
      proposalRef: PROPOSAL,
      atPosition: attachedAt,
      advice: [{ trajectoryId: TRAJECTORY_ID, status: 'attached', councilDecisions: [] }],
    });

    await post(on(TRAJECTORY_ID, 'council-decisions'), official, { decidedOn: '2026-06-15', decision: 'adopted' });
    await post('/advice-trajectories', official, trajectory(LATER_ID), 201);
    await post(on(LATER_ID, 'advice'), member, advice);
    await post(on(LATER_ID, 'college-response'), official, response);
    const latest = await post(on(LATER_ID, 'council-proposals'), official, {
      proposalRef: PROPOSAL,
      attachedOn: '2026-06-20',
    });

    expect(await pinned(attachedAt)).toEqual(before);
    const current = (await get(`/council-proposals/${PROPOSAL}?minPosition=${latest}`).expect(200)).body as Report;
    expect(current.advice.map((a) => [a.trajectoryId, a.status])).toEqual([
      [TRAJECTORY_ID, 'decided'],
      [LATER_ID, 'attached'],
    ]);
  });

  it('folds from the events exactly what the read model holds at the same position', async () => {
    const head = Number(await api.storage.eventStore.headPosition());
    const current = (await get(`/council-proposals/${PROPOSAL}?minPosition=${head}`).expect(200)).body as Report;
    expect(await pinned(head)).toEqual({ ...current, atPosition: head });
  });

  it('answers 404 at a position before any advice was attached', async () => {
    const answer = await get(`/council-proposals/${PROPOSAL}?atPosition=${attachedAt - 1}`).expect(404);
    expect(answer.body).toMatchObject({ code: 'COUNCIL_PROPOSAL.NOT_FOUND' });
  });

  it('keeps the municipalities bound: a pinned report shows nothing of another municipality', async () => {
    const elsewhere = await api.bearer('official', ['GM0396'], 'official-2');
    await get(`/council-proposals/${PROPOSAL}?atPosition=${attachedAt}`, elsewhere).expect(404);
  });

  it('refuses a position not yet recorded, or not a number, with 400 naming atPosition', async () => {
    const head = Number(await api.storage.eventStore.headPosition());
    for (const atPosition of [String(head + 1), 'yesterday', '-1']) {
      const answer = await get(`/council-proposals/${PROPOSAL}?atPosition=${atPosition}`).expect(400);
      expect(answer.body).toMatchObject({ invalidParams: [{ name: 'atPosition' }] });
    }
  });
});
