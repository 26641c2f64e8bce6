import request from 'supertest';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const REGIONAL_ID = 'c0a80101-0000-4000-8000-000000000a21';
const VELSEN_ID = 'c0a80101-0000-4000-8000-000000000a22';
const PROPOSAL = 'RV-2026-031';

const start = (id: string, overrides: object) => ({
  id,
  municipalityCode: 'GM0375',
  bodyId: IJMOND_BODY_ID,
  kind: 'solicited',
  subject: 'Regionale ondersteuning van mantelzorgers',
  question: 'Hoe bereiken we mantelzorgers die geen hulp vragen?',
  domain: 'wmo',
  policyPhase: 'preparation',
  responseDueOn: '2026-05-01',
  ...overrides,
});

const advice = {
  issuedOn: '2026-03-02',
  summary: 'Zoek mantelzorgers op waar zij al komen.',
  clientPerspective: 'Mantelzorgers willen niet steeds opnieuw hun verhaal doen.',
  recommendations: [{ number: 1, text: 'Respijtzorg in elke kern.' }],
};

const answer = (municipalityCode: string, decision: string) => ({
  respondedOn: '2026-04-06',
  municipalityCode,
  decisions: [{ recommendationNumber: 1, decision, ...(decision === 'adopted' ? {} : { reasoning: 'Te duur.' }) }],
});

describe('the advice register after the second reading of the seeds', () => {
  let api: TestApp;
  let official: string;
  let velsenOfficial: string;
  let heemskerkOfficial: string;
  let member: string;
  let position = 0;

  const get = (path: string, token?: string) => {
    const call = request(api.http).get(`/api/v1${path}`);
    return token ? call.set('Authorization', token) : call;
  };
  const post = async (path: string, token: string, body: object, status = 200) => {
    const reply = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    expect({ path, status: reply.status, body: reply.status === status ? null : (reply.body as unknown) }).toEqual({
      path,
      status,
      body: null,
    });
    position = Math.max(position, (reply.body as { position: number }).position);
  };
  const on = (id: string, step: string) => `/advice-trajectories/${id}/${step}`;
  const itemsOf = (body: unknown) => (body as { items: Record<string, unknown>[] }).items;

  beforeAll(async () => {
    api = await startTestApp('advice-second-round');
    await seedIjmond(api, ['GM0375', 'GM0396', 'GM0453']);
    await appointIjmondMembers(api, ['member-1']);
    const regional = ['GM0375', 'GM0396', 'GM0453'];
    official = await api.bearer('official', ['GM0375'], 'official-1');
    heemskerkOfficial = await api.bearer('official', ['GM0396'], 'official-2');
    velsenOfficial = await api.bearer('official', ['GM0453'], 'official-3');
    member = await api.bearer('body-member', regional, 'member-1');

    // One regional advice, answered by three colleges; Beverwijk corrects its answer.
    const addressedTo = { addressedTo: regional, responsibleOfficial: 'official-1', portfolioHolder: 'wethouder Zorg' };
    await post('/advice-trajectories', official, start(REGIONAL_ID, addressedTo), 201);
    await post(on(REGIONAL_ID, 'advice'), member, advice);
    await post(on(REGIONAL_ID, 'college-response'), official, answer('GM0375', 'not-adopted'));
    await post(on(REGIONAL_ID, 'college-response'), heemskerkOfficial, answer('GM0396', 'adopted'));
    // Velsen's own advice; the same proposal reference in two municipalities.
    const velsen = { municipalityCode: 'GM0453', subject: 'Jeugdhulp in Velsen', domain: 'youth' };
    await post('/advice-trajectories', velsenOfficial, start(VELSEN_ID, { ...velsen, adviceDueOn: '2026-01-01' }), 201);
    await post(on(REGIONAL_ID, 'council-proposals'), official, {
      proposalRef: PROPOSAL,
      attachedOn: '2026-04-20',
      municipalityCode: 'GM0375',
      proposalUrl: 'https://ris.example/beverwijk/rv-2026-031',
    });
    await post(on(REGIONAL_ID, 'disputes'), member, { reason: 'Velsen heeft nog niet geantwoord.' });
    await post(`/participation-bodies/${IJMOND_BODY_ID}/disputes`, member, {
      reason: 'Er is geen vergaderruimte meer.',
      about: 'facilities',
    });
  });
  afterAll(() => api.close());

  it('shows a regional advice to every addressed municipality, with the colleges yet to respond', async () => {
    const reply = await get(`/advice-trajectories?minPosition=${position}&municipalityCode=GM0453`, velsenOfficial);
    expect(reply.status).toBe(200);
    expect(itemsOf(reply.body).find((i) => i.id === REGIONAL_ID)).toMatchObject({
      addressedTo: ['GM0375', 'GM0396', 'GM0453'],
      status: 'attached',
      collegesYetToRespond: ['GM0453'],
      overdue: true,
      overdueSide: 'college',
      portfolioHolder: 'wethouder Zorg',
      responsibleOfficial: 'official-1',
    });
  });

  it('names the body’s side when the advice itself is late', async () => {
    const reply = await get('/advice-trajectories?overdue=true&domain=youth', velsenOfficial).expect(200);
    expect(itemsOf(reply.body)).toEqual([expect.objectContaining({ id: VELSEN_ID, overdueSide: 'body' })]);
  });

  it('searches the register in Dutch, by the stem of the words', async () => {
    const found = await get(`/advice-trajectories?q=${encodeURIComponent('respijtzorg mantelzorger')}`).expect(200);
    expect(itemsOf(found.body).map((i) => i.id)).toEqual([REGIONAL_ID]);
    const none = await get('/advice-trajectories?q=jeugdhulp%20-velsen').expect(200);
    expect(itemsOf(none.body)).toEqual([]);
  });

  it('filters by body, kind and responsible official', async () => {
    const mine = await get(`/advice-trajectories?responsibleOfficial=official-1&bodyId=${IJMOND_BODY_ID}`, official);
    expect(itemsOf(mine.body).map((i) => i.id)).toEqual([REGIONAL_ID]);
    const unsolicited = await get('/advice-trajectories?kind=unsolicited', official).expect(200);
    expect(itemsOf(unsolicited.body)).toEqual([]);
  });

  it('shows the public no login ids, and refuses to look one up without a token', async () => {
    const reply = await get('/advice-trajectories').expect(200);
    expect(JSON.stringify(reply.body)).not.toContain('official-1');
    await get('/advice-trajectories?responsibleOfficial=official-1').expect(401);
  });

  it('names every invalid new parameter with 400', async () => {
    const reply = await get('/advice-trajectories?bodyId=x&domain=zorg&kind=asked&followUpOverdue=soms', official);
    expect(reply.status).toBe(400);
    const names = (reply.body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort();
    expect(names).toEqual(['bodyId', 'domain', 'followUpOverdue', 'kind']);
  });

  it('corrects a college response: the report shows the corrected answer as current', async () => {
    await post(on(REGIONAL_ID, 'college-response/_correct'), official, {
      reason: 'Het verkeerde besluit was overgenomen.',
      municipalityCode: 'GM0375',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    });
    const reply = await get(`/council-proposals/${PROPOSAL}?municipalityCode=GM0375&minPosition=${position}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      proposalRef: PROPOSAL,
      advice: [
        {
          trajectoryId: REGIONAL_ID,
          municipalityCode: 'GM0375',
          proposalUrl: 'https://ris.example/beverwijk/rv-2026-031',
          recommendations: [{ number: 1, collegeDecision: 'adopted' }],
        },
      ],
    });
  });

  it('keeps two municipalities’ proposals with one reference apart', async () => {
    await post(on(VELSEN_ID, 'advice'), member, advice);
    await post(on(VELSEN_ID, 'college-response'), velsenOfficial, {
      ...answer('GM0453', 'adopted'),
      municipalityCode: undefined,
    });
    await post(on(VELSEN_ID, 'council-proposals'), velsenOfficial, { proposalRef: PROPOSAL, attachedOn: '2026-04-22' });
    const admin = await api.bearer('admin', ['GM0375', 'GM0453'], 'admin-1');
    const list = await get(`/council-proposals?minPosition=${position}`, admin).expect(200);
    expect(itemsOf(list.body)).toEqual([
      expect.objectContaining({ municipalityCode: 'GM0375', proposalRef: PROPOSAL, adviceCount: 1 }),
      expect.objectContaining({ municipalityCode: 'GM0453', proposalRef: PROPOSAL, adviceCount: 1 }),
    ]);
    const velsen = await get(`/council-proposals/${PROPOSAL}?municipalityCode=GM0453`).expect(200);
    const advised = (velsen.body as { advice: { trajectoryId: string; municipalityCode: string }[] }).advice;
    expect(advised.map((a) => [a.trajectoryId, a.municipalityCode])).toEqual([[VELSEN_ID, 'GM0453']]);
    await get('/council-proposals?municipalityCode=GM0453', official).expect(403);
  });

  it('lists trajectory and body disputes, open ones when asked', async () => {
    const reply = await get(`/disputes?open=true&bodyId=${IJMOND_BODY_ID}&minPosition=${position}`, official);
    expect(reply.status).toBe(200);
    expect(itemsOf(reply.body)).toEqual([
      expect.objectContaining({ kind: 'body', about: 'facilities', raisedBy: 'body', status: 'open' }),
      expect.objectContaining({ kind: 'trajectory', trajectoryId: REGIONAL_ID, raisedBy: 'body', status: 'open' }),
    ]);
    const resolved = await get('/disputes?open=false', official).expect(200);
    expect(itemsOf(resolved.body)).toEqual([]);
  });

  it('keeps the council proposal list and the disputes behind a token', async () => {
    await get('/council-proposals').expect(401);
    await get('/disputes').expect(401);
  });

  describe('the regional advice’s history and influence chain', () => {
    interface History {
      state: Record<string, unknown> & { responses: Record<string, unknown>[] };
      events: { type: string; recordedAt: string }[];
    }
    const historyOf = async (token?: string, asOf?: string) => {
      const query = asOf === undefined ? '' : `?asOf=${encodeURIComponent(asOf)}`;
      const reply = await get(`/advice-trajectories/${REGIONAL_ID}/history${query}`, token);
      expect(reply.status).toBe(200);
      return reply.body as History;
    };
    const corrected = {
      municipalityCode: 'GM0375',
      adviceVersion: 1,
      respondedOn: '2026-04-06',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
      correctionReason: 'Het verkeerde besluit was overgenomen.',
    };
    const heemskerk = {
      municipalityCode: 'GM0396',
      adviceVersion: 1,
      respondedOn: '2026-04-06',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    };

    it('shows the second round’s state, each college’s current answer among it', async () => {
      const { state } = await historyOf(heemskerkOfficial);
      expect(state).toMatchObject({
        question: 'Hoe bereiken we mantelzorgers die geen hulp vragen?',
        responsibleOfficial: 'official-1',
        portfolioHolder: 'wethouder Zorg',
        addressedTo: ['GM0375', 'GM0396', 'GM0453'],
        advice: { adviceKind: 'content' },
        responses: [corrected, heemskerk],
        proposals: [
          {
            municipalityCode: 'GM0375',
            proposalRef: PROPOSAL,
            proposalUrl: 'https://ris.example/beverwijk/rv-2026-031',
          },
        ],
        disputes: [{ disputeNumber: 1, reason: 'Velsen heeft nog niet geantwoord.', raisedBy: 'body' }],
      });
      expect(state).not.toHaveProperty('response');
    });

    it('shows the first answer as it stood before the correction', async () => {
      const { events } = await historyOf(official);
      const correction = events.findIndex((e) => e.type === 'CollegeResponseCorrected');
      const before = events[correction - 1]?.recordedAt;
      const { state } = await historyOf(official, before);
      expect(state.responses[0]).toEqual({
        municipalityCode: 'GM0375',
        adviceVersion: 1,
        respondedOn: '2026-04-06',
        decisions: [{ recommendationNumber: 1, decision: 'not-adopted', reasoning: 'Te duur.' }],
      });
    });

    it('withholds the responsible official’s login id from the public, in the state and the events', async () => {
      const history = await historyOf();
      expect(history.state).not.toHaveProperty('responsibleOfficial');
      expect(JSON.stringify(history)).not.toContain('official-1');
    });

    it("shows each addressed college's answers and each council's proposals", async () => {
      const reply = await get(`/advice-trajectories/${REGIONAL_ID}/influence-chain?minPosition=${position}`);
      expect(reply.status).toBe(200);
      const proposal = { municipalityCode: 'GM0375', proposalRef: PROPOSAL, attachedOn: '2026-04-20' };
      expect(reply.body).toMatchObject({
        addressedTo: ['GM0375', 'GM0396', 'GM0453'],
        municipalities: [
          {
            municipalityCode: 'GM0375',
            answers: [{ recommendationNumber: 1, decision: 'adopted' }],
            corrections: [{ reason: 'Het verkeerde besluit was overgenomen.' }],
            councilProposals: [{ ...proposal, proposalUrl: 'https://ris.example/beverwijk/rv-2026-031' }],
          },
          {
            municipalityCode: 'GM0396',
            answers: [{ recommendationNumber: 1, decision: 'adopted' }],
            corrections: [],
            councilProposals: [],
          },
          { municipalityCode: 'GM0453', answers: [], corrections: [], councilProposals: [] },
        ],
      });
      const velsen = (reply.body as { municipalities: Record<string, unknown>[] }).municipalities[2];
      expect(velsen).not.toHaveProperty('respondedOn');
      await get(`/advice-trajectories/${REGIONAL_ID}/influence-chain`, heemskerkOfficial).expect(200);
    });
  });
});
