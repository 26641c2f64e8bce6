import request from 'supertest';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';

const BEVERWIJK_ID = 'c0a80101-0000-4000-8000-000000000b01';
const HEEMSKERK_ID = 'c0a80101-0000-4000-8000-000000000b02';
const SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000b03';
const TABLE_ID = 'c0a80101-0000-4000-8000-000000000b04';
const UNKNOWN_ID = 'c0a80101-0000-4000-8000-000000000bff';
const PROPOSAL = 'RV-2026-077';

const REPORTER_NAME = 'Fenna Zonneveld';
const REPORTER_CONTACT = '06-98761234';
const SIGNAL_SUMMARY = 'Mevrouw Zonneveld wacht al maanden op een traplift.';
const CONTRIBUTION_SUMMARY = 'Meneer Okkerse mist een vast aanspreekpunt.';

/**
 * The queries that answer without a token, by operationId: the public council view's, and
 * public documents, open data and the evidence's inclusion proofs, each with its own spec.
 */
const PUBLIC_QUERIES = [
  'GetBodyComposition',
  'GetCouncilProposalReport',
  'GetDocument',
  'GetInfluenceChain',
  'GetOpenDataCatalog',
  'GetOpenDataFile',
  'GetOpenDataSchema',
  'GetParticipationAgenda',
  'GetTrajectoryCheckpoints',
  'GetTrajectoryHistory',
  'ListAdvice',
  'ListConsultations',
  'ListMunicipalities',
  'ListOpenDataSets',
  'ListParticipationAgendas',
  'ListParticipationBodies',
  'ListSelfEvaluations',
  'ListTrajectoryDocuments',
];

const trajectory = (id: string, municipalityCode: string) => ({
  id,
  municipalityCode,
  bodyId: IJMOND_BODY_ID,
  kind: 'solicited',
  subject: `Toegang tot de Wmo in ${municipalityCode}`,
  question: 'Hoe vinden inwoners de weg naar ondersteuning?',
  domain: 'wmo',
  policyPhase: 'preparation',
  responseDueOn: '2026-06-01',
});

const advice = {
  issuedOn: '2026-04-02',
  summary: 'Maak de toegang eenvoudig.',
  clientPerspective: 'Cliënten willen één aanspreekpunt.',
  recommendations: [{ number: 1, text: 'Eén aanspreekpunt per cliënt.' }],
};

interface OpenApi {
  paths: Record<string, Record<string, { operationId: string; security?: object[] }>>;
}

describe('answers without a token (the public council view)', () => {
  let api: TestApp;
  let official: string;
  let position: number;

  const anonymous = (path: string) => request(api.http).get(`/api/v1${path}`);
  const post = async (path: string, token: string, body: object): Promise<number> => {
    const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    expect({ path, status: answer.status, body: answer.ok ? 'ok' : answer.body }).toMatchObject({ path, body: 'ok' });
    return (answer.body as { position: number }).position;
  };
  const on = (id: string, step: string) => `/advice-trajectories/${id}/${step}`;

  beforeAll(async () => {
    api = await startTestApp('public-queries');
    await seedIjmond(api, ['GM0375', 'GM0396']);
    await appointIjmondMembers(api, ['member-pseudonym-1']);
    official = await api.bearer('official', ['GM0375'], 'official-pseudonym-1');
    const heemskerkOfficial = await api.bearer('official', ['GM0396'], 'official-pseudonym-2');
    const member = await api.bearer('body-member', ['GM0375', 'GM0396'], 'member-pseudonym-1');

    await post('/signals', member, {
      id: SIGNAL_ID,
      bodyId: IJMOND_BODY_ID,
      municipalityCode: 'GM0375',
      channel: 'home-care',
      receivedOn: '2026-02-03',
      themes: ['woningaanpassing'],
      domain: 'wmo',
      summary: SIGNAL_SUMMARY,
      reporter: { name: REPORTER_NAME, contact: REPORTER_CONTACT },
    });
    await post(`/signals/${SIGNAL_ID}/_assess`, member, { scope: 'collective', rationale: 'In drie kernen gehoord.' });
    await post('/temporary-tables', member, {
      id: TABLE_ID,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      theme: 'Toegang',
      question: 'Waar lopen inwoners vast?',
      initiatedBy: 'joint',
      form: 'theme-table',
      expectedGroups: ['client', 'carer', 'youth'],
    });
    // Five from clients may be shown; two from carers could point at the carers.
    for (const [index, perspective] of ['client', 'client', 'client', 'client', 'client', 'carer', 'carer'].entries()) {
      await post(`/temporary-tables/${TABLE_ID}/contributions`, member, {
        contributionId: `c0a80101-0000-4000-8000-0000000b0c0${index}`,
        perspective,
        summary: CONTRIBUTION_SUMMARY,
      });
    }

    await post('/advice-trajectories', official, trajectory(BEVERWIJK_ID, 'GM0375'));
    await post(on(BEVERWIJK_ID, 'linked-signals'), official, { signalId: SIGNAL_ID });
    await post(on(BEVERWIJK_ID, 'linked-tables'), official, { tableId: TABLE_ID });
    await post(on(BEVERWIJK_ID, 'advice'), member, advice);
    await post(on(BEVERWIJK_ID, 'college-response'), official, {
      respondedOn: '2026-05-11',
      decisions: [{ recommendationNumber: 1, decision: 'partially-adopted', reasoning: 'Eerst in één wijk.' }],
    });
    await post(on(BEVERWIJK_ID, 'council-proposals'), official, { proposalRef: PROPOSAL, attachedOn: '2026-05-20' });
    await post('/advice-trajectories', heemskerkOfficial, trajectory(HEEMSKERK_ID, 'GM0396'));
    await post(on(HEEMSKERK_ID, 'advice'), member, advice);
    await post(on(HEEMSKERK_ID, 'college-response'), heemskerkOfficial, {
      respondedOn: '2026-05-12',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
    });
    position = await post(on(HEEMSKERK_ID, 'council-proposals'), heemskerkOfficial, {
      proposalRef: PROPOSAL,
      attachedOn: '2026-05-21',
    });
  });
  afterAll(() => api.close());

  /** Nothing that names, reaches or pseudonymously identifies a person appears anywhere in the answer. */
  const expectNoPersonalData = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of [
      REPORTER_NAME,
      REPORTER_CONTACT,
      SIGNAL_SUMMARY,
      CONTRIBUTION_SUMMARY,
      'official-pseudonym',
      'member-pseudonym',
      'seed-admin',
      'personId',
      'restricted',
    ]) {
      expect(text).not.toContain(secret);
    }
  };

  it('lists every registered municipality with the bodies that serve it', async () => {
    const answer = await anonymous(`/municipalities?minPosition=${position}`).expect(200);
    expect(answer.body).toEqual({
      items: [
        {
          code: 'GM0375',
          name: 'Beverwijk',
          bodies: [{ bodyId: IJMOND_BODY_ID, name: 'Participatieraad IJmond', kind: 'participation-council' }],
          registeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        },
        {
          code: 'GM0396',
          name: 'Heemskerk',
          bodies: [{ bodyId: IJMOND_BODY_ID, name: 'Participatieraad IJmond', kind: 'participation-council' }],
          registeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        },
      ],
      total: 2,
      offset: 0,
      limit: 50,
    });
  });

  it('lists only your own municipalities when you send a token', async () => {
    const answer = await request(api.http).get('/api/v1/municipalities').set('Authorization', official).expect(200);
    expect(answer.body).toMatchObject({ total: 1, items: [{ code: 'GM0375' }] });
  });

  it('shows the advice register of every municipality, or of the one asked for', async () => {
    const all = await anonymous(`/advice-trajectories?minPosition=${position}`).expect(200);
    const ids = (all.body as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids.sort()).toEqual([BEVERWIJK_ID, HEEMSKERK_ID]);
    expectNoPersonalData(all.body);
    const heemskerk = await anonymous('/advice-trajectories?municipalityCode=GM0396').expect(200);
    expect(heemskerk.body).toMatchObject({ total: 1, items: [{ id: HEEMSKERK_ID, status: 'attached' }] });
  });

  it('shows a trajectory history with the role of each actor but not who they are', async () => {
    const answer = await anonymous(`/advice-trajectories/${BEVERWIJK_ID}/history`).expect(200);
    const events = (answer.body as { events: { type: string; actor: object }[] }).events;
    expect(events.map((e) => e.type)).toEqual([
      'AdviceTrajectoryStarted',
      'SignalLinked',
      'TemporaryTableLinked',
      'AdviceIssued',
      'CollegeResponseRecorded',
      'AdviceAttachedToCouncilProposal',
    ]);
    expect(events.map((e) => e.actor)).toEqual([
      { role: 'official' },
      { role: 'official' },
      { role: 'official' },
      { role: 'body-member' },
      { role: 'official' },
      { role: 'official' },
    ]);
    expect(answer.body).toMatchObject({ state: { status: 'responded', municipalityCode: 'GM0375' } });
    expectNoPersonalData(answer.body);
  });

  it('still shows the actor to a caller with a token', async () => {
    const answer = await request(api.http)
      .get(`/api/v1/advice-trajectories/${BEVERWIJK_ID}/history`)
      .set('Authorization', official)
      .expect(200);
    const [started] = (answer.body as { events: { actor: object }[] }).events;
    expect(started?.actor).toEqual({ id: 'official-pseudonym-1', role: 'official' });
  });

  it('shows the influence chain without personal data and with small counts suppressed', async () => {
    const answer = await anonymous(
      `/advice-trajectories/${BEVERWIJK_ID}/influence-chain?minPosition=${position}`,
    ).expect(200);
    expect(answer.body).toMatchObject({
      trajectoryId: BEVERWIJK_ID,
      signals: [{ signalId: SIGNAL_ID, channel: 'home-care', themes: ['woningaanpassing'], scope: 'collective' }],
      tables: [
        {
          tableId: TABLE_ID,
          missingGroups: ['youth'],
          contributionsByPerspective: [
            { perspective: 'client', count: 5 },
            { perspective: 'carer', count: null, suppressed: true },
          ],
        },
      ],
      advice: {
        recommendations: [{ number: 1, collegeDecision: 'partially-adopted', reasoning: 'Eerst in één wijk.' }],
      },
    });
    expectNoPersonalData(answer.body);
  });

  it('shows a caller with a token the small counts too', async () => {
    const answer = await request(api.http)
      .get(`/api/v1/advice-trajectories/${BEVERWIJK_ID}/influence-chain`)
      .set('Authorization', official)
      .expect(200);
    expect(answer.body).toMatchObject({
      tables: [
        {
          contributionsByPerspective: [
            { perspective: 'client', count: 5 },
            { perspective: 'carer', count: 2 },
          ],
        },
      ],
    });
  });

  it('reports a council proposal with the advice of every municipality', async () => {
    const answer = await anonymous(`/council-proposals/${PROPOSAL}?minPosition=${position}`).expect(200);
    const trajectories = (answer.body as { advice: { trajectoryId: string }[] }).advice.map((a) => a.trajectoryId);
    expect(trajectories).toEqual([BEVERWIJK_ID, HEEMSKERK_ID]);
    expectNoPersonalData(answer.body);
  });

  it('answers unknown resources with 404, as for anyone', async () => {
    await anonymous(`/advice-trajectories/${UNKNOWN_ID}/history`).expect(404);
    await anonymous(`/advice-trajectories/${UNKNOWN_ID}/influence-chain`).expect(404);
    await anonymous('/council-proposals/RV-2099-001').expect(404);
  });

  it('refuses every other query without a token with 401', async () => {
    for (const path of [
      '/signals',
      `/signals/${SIGNAL_ID}`,
      '/temporary-tables',
      `/temporary-tables/${TABLE_ID}`,
      `/pilots/${UNKNOWN_ID}/evaluation`,
      `/pilots/${UNKNOWN_ID}/evaluation-export`,
      '/pilots',
      `/participation-bodies/${IJMOND_BODY_ID}/members`,
    ]) {
      const answer = await anonymous(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 401 });
    }
  });

  it('refuses a token that is sent but not valid with 401, even where no token is needed', async () => {
    for (const authorization of ['Bearer not-a-token', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const answer = await request(api.http).get('/api/v1/municipalities').set('Authorization', authorization);
      expect({ authorization, status: answer.status }).toEqual({ authorization, status: 401 });
    }
  });

  it('marks exactly these queries as answering without a token in the OpenAPI document', async () => {
    const document = (await anonymous('/openapi.json').expect(200)).body as OpenApi;
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    const optional = operations.filter((op) =>
      op.security?.some((requirement) => Object.keys(requirement).length === 0),
    );
    expect(optional.map((op) => op.operationId).sort()).toEqual(PUBLIC_QUERIES);
    const guarded = operations.filter((op) => !optional.includes(op));
    expect(guarded.every((op) => JSON.stringify(op.security) === '[{"bearer":[]}]')).toBe(true);
  });
});
