import request from 'supertest';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const TRAJECTORY_ID = 'c0a80101-0000-4000-8000-000000000a01';
const OVERDUE_ID = 'c0a80101-0000-4000-8000-000000000a02';
const UNSOLICITED_ID = 'c0a80101-0000-4000-8000-000000000a03';
const HEEMSKERK_ID = 'c0a80101-0000-4000-8000-000000000a04';
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-000000000aff';
const SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000c01';
const TABLE_ID = 'c0a80101-0000-4000-8000-000000000d01';
const CONTRIBUTION_ID = 'c0a80101-0000-4000-8000-000000000e01';
const PROPOSAL = 'RV-2026-031';
const SLASHED_PROPOSAL = 'RV 2026/044';

const SIGNAL_SUMMARY = 'Mevrouw De Vries weet niet waar zij met haar Wmo-vraag terechtkan.';
const CONTRIBUTION_SUMMARY = 'Meneer Bakker wil één vast aanspreekpunt.';

const trajectory = (id: string, overrides: object = {}) => ({
  id,
  municipalityCode: 'GM0375',
  bodyId: IJMOND_BODY_ID,
  kind: 'solicited',
  subject: 'Herziening verordening Wmo 2027',
  question: 'Hoe maken we de Wmo-verordening begrijpelijk voor inwoners?',
  domain: 'wmo',
  policyPhase: 'agenda-setting',
  responseDueOn: '2026-05-01',
  ...overrides,
});

const advice = {
  issuedOn: '2026-03-02',
  summary: 'Maak de Wmo-verordening begrijpelijk en dichtbij.',
  clientPerspective: 'Cliënten willen één loket en een vaste contactpersoon.',
  recommendations: [
    { number: 1, text: 'Eén loket voor alle Wmo-vragen.' },
    { number: 2, text: 'Een vaste contactpersoon per cliënt.' },
  ],
};

const response = {
  respondedOn: '2026-04-06',
  decisions: [
    { recommendationNumber: 1, decision: 'adopted' },
    { recommendationNumber: 2, decision: 'not-adopted', reasoning: 'Het aantal consulenten laat dit niet toe.' },
  ],
  documentRef: 'B&W 2026/0412',
};

interface HistoryEvent {
  type: string;
  recordedAt: string;
  position: number;
  revision: number;
}

const namesOf = (body: unknown): string[] =>
  (body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort();

describe('reading advice trajectories', () => {
  let api: TestApp;
  let admin: string;
  let official: string;
  let member: string;
  let councilMember: string;
  let heemskerkOfficial: string;
  let velsenOfficial: string;
  let position: number;
  let adviceIssuedAt: string;

  const get = (path: string, token: string) => request(api.http).get(`/api/v1${path}`).set('Authorization', token);
  const post = async (path: string, token: string, body: object, status = 200): Promise<number> => {
    const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    expect({ path, status: answer.status }).toEqual({ path, status });
    return (answer.body as { position: number }).position;
  };
  const on = (trajectoryId: string, step: string) => `/advice-trajectories/${trajectoryId}/${step}`;

  beforeAll(async () => {
    api = await startTestApp('advice-queries');
    await seedIjmond(api, ['GM0375', 'GM0396']);
    await appointIjmondMembers(api, ['member-1', 'member-2']);
    admin = await api.bearer('admin', ['GM0375', 'GM0396'], 'admin-1');
    official = await api.bearer('official', ['GM0375'], 'official-1');
    member = await api.bearer('body-member', ['GM0375'], 'member-1');
    councilMember = await api.bearer('council-member', ['GM0375'], 'council-1');
    heemskerkOfficial = await api.bearer('official', ['GM0396'], 'official-2');
    const heemskerkMember = await api.bearer('body-member', ['GM0396'], 'member-2');
    velsenOfficial = await api.bearer('official', ['GM0453'], 'official-3');

    await post(
      '/signals',
      member,
      {
        id: SIGNAL_ID,
        bodyId: IJMOND_BODY_ID,
        municipalityCode: 'GM0375',
        channel: 'meeting',
        receivedOn: '2026-01-15',
        themes: ['toegang'],
        domain: 'wmo',
        summary: SIGNAL_SUMMARY,
        reporter: { name: 'J. de Vries', contact: '06-11112222' },
      },
      201,
    );
    await post(`/signals/${SIGNAL_ID}/_assess`, member, { scope: 'collective', rationale: 'In alle kernen gehoord.' });
    await post(
      '/temporary-tables',
      member,
      {
        id: TABLE_ID,
        municipalityCode: 'GM0375',
        bodyId: IJMOND_BODY_ID,
        theme: 'Toegang tot de Wmo',
        question: 'Hoe vinden inwoners de weg naar ondersteuning?',
        initiatedBy: 'joint',
        form: 'theme-table',
        expectedGroups: ['client', 'carer'],
      },
      201,
    );
    await post(`/temporary-tables/${TABLE_ID}/contributions`, member, {
      contributionId: CONTRIBUTION_ID,
      perspective: 'client',
      summary: CONTRIBUTION_SUMMARY,
    });

    // The whole way, up to the council and the implementation.
    await post('/advice-trajectories', official, trajectory(TRAJECTORY_ID), 201);
    await post(on(TRAJECTORY_ID, 'linked-signals'), official, { signalId: SIGNAL_ID });
    await post(on(TRAJECTORY_ID, 'linked-tables'), official, { tableId: TABLE_ID });
    await post(on(TRAJECTORY_ID, 'advice'), member, advice);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await post(on(TRAJECTORY_ID, 'college-response'), official, response);
    await post(on(TRAJECTORY_ID, 'council-proposals'), official, { proposalRef: PROPOSAL, attachedOn: '2026-04-20' });
    await post(on(TRAJECTORY_ID, 'council-decisions'), official, { decidedOn: '2026-06-15', decision: 'amended' });
    await post(on(TRAJECTORY_ID, 'implementation-progress'), official, {
      recommendationNumber: 1,
      status: 'realised',
      reportedOn: '2026-10-01',
    });

    // Advice out, no response, due 1 November 2026: overdue from then on.
    await post('/advice-trajectories', official, trajectory(OVERDUE_ID, { responseDueOn: '2026-11-01' }), 201);
    await post(on(OVERDUE_ID, 'advice'), member, { ...advice, issuedOn: '2026-10-01' });

    // Unsolicited advice without a due date: the regulation's term (42 days) sets it, 13 April.
    const unsolicited = { kind: 'unsolicited', subject: 'Vervoer naar de dagbesteding', responseDueOn: undefined };
    await post('/advice-trajectories', member, trajectory(UNSOLICITED_ID, unsolicited), 201);
    await post(on(UNSOLICITED_ID, 'advice'), member, advice);

    // Heemskerk's advice goes with the same council proposal.
    await post(
      '/advice-trajectories',
      heemskerkOfficial,
      trajectory(HEEMSKERK_ID, { municipalityCode: 'GM0396' }),
      201,
    );
    await post(on(HEEMSKERK_ID, 'advice'), heemskerkMember, advice);
    await post(on(HEEMSKERK_ID, 'college-response'), heemskerkOfficial, response);
    await post(on(HEEMSKERK_ID, 'council-proposals'), heemskerkOfficial, {
      proposalRef: PROPOSAL,
      attachedOn: '2026-04-21',
    });
    position = await post(on(HEEMSKERK_ID, 'council-proposals'), heemskerkOfficial, {
      proposalRef: SLASHED_PROPOSAL,
      attachedOn: '2026-05-04',
    });
  });
  afterAll(() => api.close());

  describe('the advice register (ListAdvice)', () => {
    it('lists the advice of your municipalities with status, due date and overdue', async () => {
      const answer = await get(`/advice-trajectories?minPosition=${position}`, official).expect(200);
      expect(answer.headers['api-version']).toBe('1.0.0');
      expect(answer.body).toMatchObject({ total: 3, offset: 0, limit: 50 });
      const items = (answer.body as { items: { id: string }[] }).items;
      expect(items.map((i) => i.id)).toEqual([UNSOLICITED_ID, TRAJECTORY_ID, OVERDUE_ID]);
      expect(items[1]).toEqual({
        id: TRAJECTORY_ID,
        municipalityCode: 'GM0375',
        addressedTo: ['GM0375'],
        bodyId: IJMOND_BODY_ID,
        kind: 'solicited',
        subject: 'Herziening verordening Wmo 2027',
        question: 'Hoe maken we de Wmo-verordening begrijpelijk voor inwoners?',
        domain: 'wmo',
        policyPhase: 'agenda-setting',
        responseDueOn: '2026-05-01',
        status: 'decided',
        overdue: false,
        followUpOverdue: false,
        overdueCheckpoints: [],
        adviceVersion: 1,
        issuedOn: '2026-03-02',
        adviceKind: 'content',
        recommendationCount: 2,
        collegesYetToRespond: [],
        respondedOn: '2026-04-06',
        documentRef: 'B&W 2026/0412',
        proposalRefs: [PROPOSAL],
        councilDecision: 'amended',
        disputeOpen: false,
        startedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
      expect(items[2]).toMatchObject({
        id: OVERDUE_ID,
        status: 'advised',
        responseDueOn: '2026-11-01',
        overdue: true,
        overdueSide: 'college',
        collegesYetToRespond: ['GM0375'],
      });
      expect(items[0]).toMatchObject({
        id: UNSOLICITED_ID,
        status: 'advised',
        responseDueOn: '2026-04-13',
        overdue: true,
      });
    });

    it('shows only the overdue advice when asked, and the rest with overdue=false', async () => {
      const overdue = await get('/advice-trajectories?overdue=true', official).expect(200);
      expect(overdue.body).toMatchObject({
        total: 2,
        items: [
          { id: UNSOLICITED_ID, overdue: true },
          { id: OVERDUE_ID, overdue: true },
        ],
      });
      const rest = await get('/advice-trajectories?overdue=false', official).expect(200);
      const ids = (rest.body as { items: { id: string }[] }).items.map((i) => i.id);
      expect(ids).toEqual([TRAJECTORY_ID]);
    });

    it('filters by status and by municipality', async () => {
      const advised = await get('/advice-trajectories?status=advised', official).expect(200);
      expect(advised.body).toMatchObject({ total: 2 });
      const heemskerk = await get('/advice-trajectories?municipalityCode=GM0396', admin).expect(200);
      expect(heemskerk.body).toMatchObject({ total: 1, items: [{ id: HEEMSKERK_ID, status: 'attached' }] });
      const both = await get('/advice-trajectories?limit=2&offset=2', admin).expect(200);
      expect(both.body).toMatchObject({ total: 4, offset: 2, limit: 2 });
    });

    it('refuses a municipality outside your token with 403', async () => {
      await get('/advice-trajectories?municipalityCode=GM0396', official).expect(403);
    });

    it('names every invalid parameter with 400', async () => {
      const answer = await get(
        '/advice-trajectories?overdue=maybe&status=lost&limit=0&municipalityCode=Beverwijk&minPosition=-1',
        official,
      ).expect(400);
      expect(namesOf(answer.body)).toEqual(['limit', 'minPosition', 'municipalityCode', 'overdue', 'status']);
    });

    it('reads your own write with minPosition', async () => {
      const started = await post(
        '/advice-trajectories',
        official,
        trajectory('c0a80101-0000-4000-8000-000000000a05', { subject: 'Jeugdhulp dichtbij', domain: 'youth' }),
        201,
      );
      const answer = await get(`/advice-trajectories?status=started&minPosition=${started}`, official).expect(200);
      expect(answer.body).toMatchObject({
        total: 1,
        items: [{ id: 'c0a80101-0000-4000-8000-000000000a05', status: 'started', overdue: false }],
      });
    });
  });

  describe('the council proposal report (GetCouncilProposalReport)', () => {
    it('shows each attached advice of your municipalities and what became of every recommendation', async () => {
      const answer = await get(`/council-proposals/${PROPOSAL}?minPosition=${position}`, councilMember).expect(200);
      expect(answer.body).toEqual({
        proposalRef: PROPOSAL,
        advice: [
          {
            trajectoryId: TRAJECTORY_ID,
            municipalityCode: 'GM0375',
            addressedTo: ['GM0375'],
            bodyId: IJMOND_BODY_ID,
            kind: 'solicited',
            subject: 'Herziening verordening Wmo 2027',
            domain: 'wmo',
            policyPhase: 'agenda-setting',
            status: 'decided',
            attachedOn: '2026-04-20',
            adviceVersion: 1,
            issuedOn: '2026-03-02',
            summary: advice.summary,
            clientPerspective: advice.clientPerspective,
            respondedOn: '2026-04-06',
            documentRef: 'B&W 2026/0412',
            councilDecisions: [{ decidedOn: '2026-06-15', decision: 'amended' }],
            recommendations: [
              {
                number: 1,
                text: 'Eén loket voor alle Wmo-vragen.',
                collegeDecision: 'adopted',
                councilDecision: 'amended',
                implementation: { status: 'realised', reportedOn: '2026-10-01' },
              },
              {
                number: 2,
                text: 'Een vaste contactpersoon per cliënt.',
                collegeDecision: 'not-adopted',
                reasoning: 'Het aantal consulenten laat dit niet toe.',
                councilDecision: 'amended',
              },
            ],
          },
        ],
      });
    });

    it('shows the advice of every municipality in a regional token', async () => {
      const answer = await get(`/council-proposals/${PROPOSAL}`, admin).expect(200);
      const advised = (answer.body as { advice: { trajectoryId: string; councilDecisions: unknown[] }[] }).advice;
      expect(advised.map((a) => a.trajectoryId)).toEqual([TRAJECTORY_ID, HEEMSKERK_ID]);
      expect(advised[1]?.councilDecisions).toEqual([]);
    });

    it('finds a reference with spaces and slashes when it is URL-encoded', async () => {
      const answer = await get(`/council-proposals/${encodeURIComponent(SLASHED_PROPOSAL)}`, heemskerkOfficial).expect(
        200,
      );
      expect(answer.body).toMatchObject({
        proposalRef: SLASHED_PROPOSAL,
        advice: [{ trajectoryId: HEEMSKERK_ID, attachedOn: '2026-05-04', status: 'attached' }],
      });
    });

    it('answers 404 for a proposal without advice in your municipalities', async () => {
      await get('/council-proposals/RV-2099-001', official).expect(404);
      const elsewhere = await get(`/council-proposals/${PROPOSAL}`, velsenOfficial).expect(404);
      expect(elsewhere.body).toMatchObject({ code: 'COUNCIL_PROPOSAL.NOT_FOUND' });
    });

    it('names a reference that is too long with 400', async () => {
      const answer = await get(`/council-proposals/${'R'.repeat(201)}`, official).expect(400);
      expect(namesOf(answer.body)).toEqual(['proposalRef']);
    });
  });

  describe('the influence chain (GetInfluenceChain)', () => {
    it('follows signals and tables through the advice to the council and the implementation', async () => {
      const answer = await get(
        `/advice-trajectories/${TRAJECTORY_ID}/influence-chain?minPosition=${position}`,
        official,
      ).expect(200);
      const councilProposal = {
        municipalityCode: 'GM0375',
        proposalRef: PROPOSAL,
        attachedOn: '2026-04-20',
        decidedOn: '2026-06-15',
        decision: 'amended',
      };
      expect(answer.body).toEqual({
        trajectoryId: TRAJECTORY_ID,
        municipalityCode: 'GM0375',
        subject: 'Herziening verordening Wmo 2027',
        kind: 'solicited',
        status: 'decided',
        addressedTo: ['GM0375'],
        signals: [
          {
            signalId: SIGNAL_ID,
            channel: 'meeting',
            receivedOn: '2026-01-15',
            themes: ['toegang'],
            domain: 'wmo',
            scope: 'collective',
          },
        ],
        tables: [
          {
            tableId: TABLE_ID,
            theme: 'Toegang tot de Wmo',
            question: 'Hoe vinden inwoners de weg naar ondersteuning?',
            form: 'theme-table',
            status: 'open',
            expectedGroups: ['client', 'carer'],
            missingGroups: ['carer'],
            contributionsByPerspective: [{ perspective: 'client', count: 1 }],
          },
        ],
        advice: {
          version: 1,
          issuedOn: '2026-03-02',
          summary: advice.summary,
          clientPerspective: advice.clientPerspective,
          recommendations: [
            {
              number: 1,
              text: 'Eén loket voor alle Wmo-vragen.',
              collegeDecision: 'adopted',
              councilDecision: 'amended',
              implementation: { status: 'realised', reportedOn: '2026-10-01' },
            },
            {
              number: 2,
              text: 'Een vaste contactpersoon per cliënt.',
              collegeDecision: 'not-adopted',
              reasoning: 'Het aantal consulenten laat dit niet toe.',
              councilDecision: 'amended',
            },
          ],
          adviceKind: 'content',
        },
        collegeResponse: { respondedOn: '2026-04-06', documentRef: 'B&W 2026/0412' },
        councilProposals: [councilProposal],
        municipalities: [
          {
            municipalityCode: 'GM0375',
            respondedOn: '2026-04-06',
            adviceVersion: 1,
            documentRef: 'B&W 2026/0412',
            answers: [
              { recommendationNumber: 1, decision: 'adopted' },
              {
                recommendationNumber: 2,
                decision: 'not-adopted',
                reasoning: 'Het aantal consulenten laat dit niet toe.',
              },
            ],
            corrections: [],
            councilProposals: [councilProposal],
          },
        ],
      });
    });

    it('holds no personal data, not even for roles that may see it', async () => {
      const answer = await get(`/advice-trajectories/${TRAJECTORY_ID}/influence-chain`, admin).expect(200);
      const text = JSON.stringify(answer.body);
      expect(text).not.toMatch(/De Vries|06-11112222|Bakker|In alle kernen|personId/);
      expect(text).not.toContain(SIGNAL_SUMMARY);
      expect(text).not.toContain(CONTRIBUTION_SUMMARY);
    });

    it('reads your own write with minPosition', async () => {
      const reported = await post(on(TRAJECTORY_ID, 'implementation-progress'), official, {
        recommendationNumber: 2,
        status: 'dropped',
        reportedOn: '2026-11-02',
        note: 'Niet overgenomen door het college.',
      });
      const answer = await get(
        `/advice-trajectories/${TRAJECTORY_ID}/influence-chain?minPosition=${reported}`,
        councilMember,
      ).expect(200);
      expect((answer.body as { advice: { recommendations: unknown[] } }).advice.recommendations[1]).toMatchObject({
        implementation: { status: 'dropped', reportedOn: '2026-11-02', note: 'Niet overgenomen door het college.' },
      });
    });

    it('answers 403 outside your municipalities, 404 for an unknown trajectory, 400 for a bad id', async () => {
      await get(`/advice-trajectories/${TRAJECTORY_ID}/influence-chain`, heemskerkOfficial).expect(403);
      await get(`/advice-trajectories/${UNKNOWN_ID}/influence-chain`, official).expect(404);
      const bad = await get('/advice-trajectories/trajectory-1/influence-chain', official).expect(400);
      expect(namesOf(bad.body)).toEqual(['trajectoryId']);
    });
  });

  describe('the history of a trajectory (GetTrajectoryHistory)', () => {
    let events: HistoryEvent[];

    beforeAll(async () => {
      const answer = await get(`/advice-trajectories/${TRAJECTORY_ID}/history`, councilMember).expect(200);
      events = (answer.body as { events: HistoryEvent[] }).events;
      adviceIssuedAt = events.find((e) => e.type === 'AdviceIssued')?.recordedAt ?? '';
    });

    it('answers every event oldest first, who did it and when, with the state they add up to', async () => {
      const answer = await get(`/advice-trajectories/${TRAJECTORY_ID}/history`, official).expect(200);
      const body = answer.body as { trajectoryId: string; state: object; events: HistoryEvent[] };
      expect(body.trajectoryId).toBe(TRAJECTORY_ID);
      expect(body).not.toHaveProperty('asOf');
      expect(body.events.map((e) => e.type)).toEqual([
        'AdviceTrajectoryStarted',
        'SignalLinked',
        'TemporaryTableLinked',
        'AdviceIssued',
        'CollegeResponseRecorded',
        'AdviceAttachedToCouncilProposal',
        'CouncilDecisionRecorded',
        'ImplementationProgressReported',
        'ImplementationProgressReported',
      ]);
      expect(body.events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      const positions = body.events.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(body.events[4]).toEqual({
        type: 'CollegeResponseRecorded',
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/),
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
        position: expect.any(Number),
        revision: 4,
        actor: { id: 'official-1', role: 'official' },
        data: { trajectoryId: TRAJECTORY_ID, adviceVersion: 1, ...response },
      });
      expect(body.events[3]).toMatchObject({ actor: { id: 'member-1', role: 'body-member' } });
      expect(body.state).toMatchObject({
        status: 'responded',
        trajectoryId: TRAJECTORY_ID,
        responseDueOn: '2026-05-01',
        signalIds: [SIGNAL_ID],
        tableIds: [TABLE_ID],
        advice: { version: 1, recommendations: advice.recommendations },
        response: { adviceVersion: 1, respondedOn: '2026-04-06', decisions: response.decisions },
        proposals: [{ proposalRef: PROPOSAL, decisions: [{ decidedOn: '2026-06-15', decision: 'amended' }] }],
        progress: [
          { recommendationNumber: 1, status: 'realised' },
          { recommendationNumber: 2, status: 'dropped' },
        ],
      });
    });

    it('shows the trajectory as it stood before the college responded', async () => {
      const asOf = encodeURIComponent(adviceIssuedAt);
      const answer = await get(`/advice-trajectories/${TRAJECTORY_ID}/history?asOf=${asOf}`, official).expect(200);
      const body = answer.body as { asOf: string; state: object; events: HistoryEvent[] };
      expect(body.asOf).toBe(adviceIssuedAt);
      expect(body.events.map((e) => e.type)).toEqual([
        'AdviceTrajectoryStarted',
        'SignalLinked',
        'TemporaryTableLinked',
        'AdviceIssued',
      ]);
      expect(body.state).toMatchObject({ status: 'advice-issued', advice: { version: 1 }, proposals: [] });
      expect(body.state).not.toHaveProperty('response');
    });

    it('accepts an instant in any time zone', async () => {
      const issued = new Date(adviceIssuedAt);
      const amsterdam = new Date(issued.getTime() + 60 * 60 * 1000).toISOString().replace('Z', '+01:00');
      const answer = await get(
        `/advice-trajectories/${TRAJECTORY_ID}/history?asOf=${encodeURIComponent(amsterdam)}`,
        official,
      ).expect(200);
      expect((answer.body as { events: unknown[] }).events).toHaveLength(4);
    });

    it('answers 404 before the trajectory started, and for an unknown one', async () => {
      await get(`/advice-trajectories/${TRAJECTORY_ID}/history?asOf=2020-01-01T00:00:00Z`, official).expect(404);
      await get(`/advice-trajectories/${UNKNOWN_ID}/history`, official).expect(404);
    });

    it('answers 403 outside your municipalities', async () => {
      await get(`/advice-trajectories/${TRAJECTORY_ID}/history`, heemskerkOfficial).expect(403);
      await get(`/advice-trajectories/${HEEMSKERK_ID}/history`, heemskerkOfficial).expect(200);
    });

    it('names a bad instant and a bad minPosition with 400', async () => {
      const answer = await get(
        `/advice-trajectories/${TRAJECTORY_ID}/history?asOf=2026-04-01&minPosition=soon`,
        official,
      ).expect(400);
      expect(namesOf(answer.body)).toEqual(['asOf', 'minPosition']);
      await get(`/advice-trajectories/${TRAJECTORY_ID}/history?asOf=yesterday`, official).expect(400);
    });

    it('is current at once: the event store answers, not a read model', async () => {
      const raised = await post(on(TRAJECTORY_ID, 'disputes'), member, { reason: 'Geen terugkoppeling gekregen.' });
      const answer = await get(
        `/advice-trajectories/${TRAJECTORY_ID}/history?minPosition=${raised}`,
        councilMember,
      ).expect(200);
      const body = answer.body as { state: object; events: HistoryEvent[] };
      expect(body.events.at(-1)).toMatchObject({ type: 'DisputeRaised', position: raised });
      expect(body.state).toMatchObject({ disputes: [{ disputeNumber: 1, reason: 'Geen terugkoppeling gekregen.' }] });
    });
  });
});
