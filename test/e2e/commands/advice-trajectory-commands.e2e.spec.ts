import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

const BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';
const HEEMSKERK_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b2';
const UNKNOWN_BODY_ID = 'c0a80101-0000-4000-8000-0000000000bf';
const TRAJECTORY_ID = 'c0a80101-0000-4000-8000-000000000a01';
const UNSOLICITED_ID = 'c0a80101-0000-4000-8000-000000000a02';
const UNKNOWN_TRAJECTORY_ID = 'c0a80101-0000-4000-8000-000000000aff';
const COLLECTIVE_SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000c01';
const INDIVIDUAL_SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000c02';
const UNASSESSED_SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000c03';
const HEEMSKERK_SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000c04';
const UNKNOWN_SIGNAL_ID = 'c0a80101-0000-4000-8000-000000000cff';
const TABLE_ID = 'c0a80101-0000-4000-8000-000000000d01';
const HEEMSKERK_TABLE_ID = 'c0a80101-0000-4000-8000-000000000d02';
const UNKNOWN_TABLE_ID = 'c0a80101-0000-4000-8000-000000000dff';

const solicited = {
  id: TRAJECTORY_ID,
  municipalityCode: 'GM0375',
  bodyId: BODY_ID,
  kind: 'solicited',
  subject: 'Herziening verordening Wmo 2027',
  question: 'Hoe maken we de Wmo-verordening begrijpelijk voor inwoners?',
  domain: 'wmo',
  policyPhase: 'agenda-setting',
  responseDueOn: '2026-05-01',
};

const unsolicited = {
  ...solicited,
  id: UNSOLICITED_ID,
  kind: 'unsolicited',
  subject: 'Vervoer naar de dagbesteding',
  policyPhase: 'implementation',
};

const approach = {
  forms: ['theme-table', 'interviews'],
  phases: ['agenda-setting', 'preparation'],
  roles: 'De participatieraad leidt de thematafel; de beleidsmedewerker levert de beleidsvraag aan.',
};

const advice = {
  issuedOn: '2026-03-02',
  summary: 'Maak de Wmo-verordening begrijpelijk en dichtbij.',
  clientPerspective: 'Cliënten willen één loket en een vaste contactpersoon.',
  recommendations: [
    { number: 1, text: 'Eén loket voor alle Wmo-vragen.' },
    { number: 2, text: 'Een vaste contactpersoon per cliënt.' },
    { number: 3, text: 'Keukentafelgesprekken bij de cliënt thuis.' },
  ],
};

const response = {
  respondedOn: '2026-04-06',
  decisions: [
    { recommendationNumber: 1, decision: 'adopted' },
    {
      recommendationNumber: 2,
      decision: 'partially-adopted',
      reasoning: 'Alleen voor cliënten met meerdere voorzieningen.',
    },
    { recommendationNumber: 3, decision: 'not-adopted', reasoning: 'Het gesprek op het gemeentehuis blijft de norm.' },
  ],
  documentRef: 'B&W 2026/0412',
};

const signal = (id: string, municipalityCode: string) => ({
  id,
  bodyId: BODY_ID,
  municipalityCode,
  channel: 'meeting',
  receivedOn: '2026-01-15',
  themes: ['toegang'],
  domain: 'wmo',
  summary: 'Bewoners weten niet waar zij met Wmo-vragen terechtkunnen.',
});

const table = (id: string, municipalityCode: string) => ({
  id,
  municipalityCode,
  bodyId: BODY_ID,
  theme: 'Toegang tot de Wmo',
  question: 'Hoe vinden inwoners de weg naar ondersteuning?',
  initiatedBy: 'joint',
  form: 'theme-table',
  expectedGroups: ['client', 'carer'],
});

const fieldsNamed = (body: unknown): Set<string> =>
  new Set((body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name));

interface OpenApi {
  paths: Record<string, Record<string, { operationId: string }>>;
}

describe('advice trajectories over HTTP', () => {
  let api: TestApp;
  let admin: string;
  let official: string;
  let member: string;
  let heemskerkOfficial: string;
  let evaluator: string;
  let councilMember: string;
  let committee: string;
  let outsider: string;
  let pathOf: (operationId: string, id?: string) => string;

  const post = (path: string, token: string, body: object | string = {}) =>
    request(api.http)
      .post(`/api/v1${path}`)
      .set('Authorization', token)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  const on = (sub: string, trajectoryId = TRAJECTORY_ID) => `/advice-trajectories/${trajectoryId}/${sub}`;

  const accepted = (answer: request.Response, revision: number, id = TRAJECTORY_ID): void => {
    expect(answer.body).toEqual({ id, revision, position: expect.any(Number) });
    expect(answer.headers.etag).toBe(`"${revision}"`);
  };

  const refused = (answer: request.Response, code: string, field?: string): void => {
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ code, ...(field ? { invalidParams: [{ name: field }] } : {}) });
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.bearer('admin', ['GM0375', 'GM0396']);
    official = await api.bearer('official', ['GM0375'], 'official-1');
    member = await api.bearer('body-member', ['GM0375'], 'member-1');
    heemskerkOfficial = await api.bearer('official', ['GM0396'], 'official-2');
    evaluator = await api.bearer('evaluator', ['GM0375'], 'evaluator-1');
    councilMember = await api.bearer('council-member', ['GM0375'], 'council-1');
    committee = await api.bearer('dispute-committee', ['GM0375', 'GM0396'], 'committee-1');
    // A body-member login that is no member of the IJmond council.
    outsider = await api.bearer('body-member', ['GM0375'], 'member-9');

    // The signal and table operations are looked up by operationId: their paths are theirs to choose.
    const document = (await request(api.http).get('/api/v1/openapi.json').expect(200)).body as OpenApi;
    pathOf = (operationId, id) => {
      const path = Object.entries(document.paths).find(([, ops]) =>
        Object.values(ops).some((op) => op.operationId === operationId),
      )?.[0];
      if (path === undefined) throw new Error(`The API offers no ${operationId}`);
      return id === undefined ? path : path.replace(/\{[^}]+\}/, id);
    };

    await post('/municipalities', admin, { code: 'GM0375', name: 'Beverwijk' }).expect(201);
    await post('/municipalities', admin, { code: 'GM0396', name: 'Heemskerk' }).expect(201);
    await post('/participation-bodies', admin, {
      id: BODY_ID,
      name: 'Participatieraad IJmond',
      kind: 'regional-participation-council',
      municipalityCodes: ['GM0375', 'GM0396'],
      domains: ['wmo', 'youth'],
    }).expect(201);
    await post('/participation-bodies', admin, {
      id: HEEMSKERK_BODY_ID,
      name: 'Adviesraad Sociaal Domein Heemskerk',
      kind: 'advisory-council',
      municipalityCodes: ['GM0396'],
      domains: ['wmo'],
    }).expect(201);
    await post(`/participation-bodies/${BODY_ID}/members`, admin, {
      displayName: 'Mira de Vries',
      role: 'member',
      expertise: ['lived-experience'],
      subject: 'member-1',
    }).expect(200);

    const assessed: [string, string, 'collective' | 'individual' | null][] = [
      [COLLECTIVE_SIGNAL_ID, 'GM0375', 'collective'],
      [INDIVIDUAL_SIGNAL_ID, 'GM0375', 'individual'],
      [UNASSESSED_SIGNAL_ID, 'GM0375', null],
      [HEEMSKERK_SIGNAL_ID, 'GM0396', 'collective'],
    ];
    for (const [id, code, scope] of assessed) {
      await post(pathOf('RecordSignal'), admin, signal(id, code)).expect(201);
      if (scope) {
        await post(pathOf('AssessSignal', id), admin, { scope, rationale: 'Gehoord in meerdere kernen.' }).expect(200);
      }
    }
    await post(pathOf('OpenTemporaryTable'), admin, table(TABLE_ID, 'GM0375')).expect(201);
    await post(pathOf('OpenTemporaryTable'), admin, table(HEEMSKERK_TABLE_ID, 'GM0396')).expect(201);
  });
  afterAll(() => api.close());

  describe('starting an advice trajectory', () => {
    it('lets an official start solicited advice, with the id the client chose', async () => {
      accepted(await post('/advice-trajectories', official, solicited).expect(201), 0);
    });

    it('lets a body member start unsolicited advice', async () => {
      accepted(await post('/advice-trajectories', member, unsolicited).expect(201), 0, UNSOLICITED_ID);
    });

    it('refuses a body member who asks for solicited advice with 403', async () => {
      const answer = await post('/advice-trajectories', member, { ...solicited, id: undefined }).expect(403);
      refused(answer, 'COMMAND.FORBIDDEN');
    });

    it('refuses an official who starts unsolicited advice with 403', async () => {
      const answer = await post('/advice-trajectories', official, { ...unsolicited, id: undefined }).expect(403);
      refused(answer, 'COMMAND.FORBIDDEN');
    });

    it('refuses an evaluator and a council member with 403', async () => {
      await post('/advice-trajectories', evaluator, { ...solicited, id: undefined }).expect(403);
      await post('/advice-trajectories', councilMember, { ...unsolicited, id: undefined }).expect(403);
    });

    it('refuses an official of another municipality with 403', async () => {
      const answer = await post('/advice-trajectories', heemskerkOfficial, { ...solicited, id: undefined }).expect(403);
      refused(answer, 'COMMAND.FORBIDDEN');
    });

    it('refuses to start the same trajectory twice with 409', async () => {
      const answer = await post('/advice-trajectories', official, solicited).expect(409);
      expect(answer.body).toMatchObject({ status: 409 });
      refused(answer, 'ADVICE_TRAJECTORY.ALREADY_EXISTS');
    });

    it('refuses a body that does not exist, naming it', async () => {
      const answer = await post('/advice-trajectories', official, {
        ...solicited,
        id: undefined,
        bodyId: UNKNOWN_BODY_ID,
      }).expect(422);
      refused(answer, 'PARTICIPATION_BODY.UNKNOWN', 'bodyId');
    });

    it('refuses a body that does not serve the municipality', async () => {
      const answer = await post('/advice-trajectories', official, {
        ...solicited,
        id: undefined,
        bodyId: HEEMSKERK_BODY_ID,
      }).expect(422);
      refused(answer, 'PARTICIPATION_BODY.DOES_NOT_SERVE_MUNICIPALITY', 'bodyId');
    });

    it('refuses a body-member login that is no member of the council with 403', async () => {
      const answer = await post('/advice-trajectories', outsider, { ...unsolicited, id: undefined }).expect(403);
      refused(answer, 'COMMAND.FORBIDDEN');
    });

    it('refuses solicited advice without the question the municipality asks with 422', async () => {
      const { question: _left, ...withoutQuestion } = solicited;
      const answer = await post('/advice-trajectories', official, { ...withoutQuestion, id: undefined }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.QUESTION_MISSING', 'question');
    });

    it('refuses a blank subject with 422', async () => {
      const answer = await post('/advice-trajectories', official, { ...solicited, id: undefined, subject: '   ' });
      expect(answer.status).toBe(422);
      refused(answer, 'ADVICE_TRAJECTORY.SUBJECT_MISSING', 'subject');
    });

    it('names every invalid and unknown field with 400', async () => {
      const answer = await post('/advice-trajectories', official, {
        ...solicited,
        id: 'trajectory-1',
        municipalityCode: 'Beverwijk',
        kind: 'asked',
        policyPhase: 'late',
        responseDueOn: '01-05-2026',
        alderman: 'x',
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(
        new Set(['id', 'municipalityCode', 'kind', 'policyPhase', 'responseDueOn', 'alderman']),
      );
    });
  });

  describe('agreeing the participation approach', () => {
    it('lets an official agree forms, phases and roles', async () => {
      accepted(await post(on('participation-approach'), official, approach).expect(200), 1);
    });

    it('refuses the official who proposed it confirming the proposal itself with 422', async () => {
      const answer = await post(on('participation-approach/_confirm'), official).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.PROPOSER_CANNOT_CONFIRM');
    });

    it('refuses an evaluator with 403', async () => {
      refused(await post(on('participation-approach'), evaluator, approach).expect(403), 'COMMAND.FORBIDDEN');
    });

    it('refuses an official of another municipality with 403', async () => {
      await post(on('participation-approach'), heemskerkOfficial, approach).expect(403);
    });

    it('answers an unknown trajectory with 404', async () => {
      const answer = await post(on('participation-approach', UNKNOWN_TRAJECTORY_ID), official, approach).expect(404);
      refused(answer, 'ADVICE_TRAJECTORY.NOT_FOUND');
    });

    it('answers a trajectory id that is not a UUID with 400 naming it', async () => {
      const answer = await post(on('participation-approach', 'trajectory-1'), official, approach).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['trajectoryId']));
    });

    it('refuses an approach that says nobody’s role with 422', async () => {
      const answer = await post(on('participation-approach'), official, { ...approach, roles: ' ' }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.APPROACH_ROLES_MISSING', 'roles');
    });

    it('names an unknown phase and an empty list of forms with 400', async () => {
      const answer = await post(on('participation-approach'), official, {
        ...approach,
        forms: [],
        phases: ['late'],
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['forms', 'phases']));
    });
  });

  describe('linking a signal', () => {
    it('lets a body member link a signal assessed as collective', async () => {
      accepted(await post(on('linked-signals'), member, { signalId: COLLECTIVE_SIGNAL_ID }).expect(200), 2);
    });

    it('refuses to link the same signal twice with 409', async () => {
      const answer = await post(on('linked-signals'), official, { signalId: COLLECTIVE_SIGNAL_ID }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.SIGNAL_ALREADY_LINKED', 'signalId');
    });

    it('refuses a signal assessed as individual, in words an official understands', async () => {
      const answer = await post(on('linked-signals'), member, { signalId: INDIVIDUAL_SIGNAL_ID }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.SIGNAL_NOT_COLLECTIVE', 'signalId');
      expect(answer.body).toMatchObject({ detail: 'Only a signal assessed as collective can support advice.' });
    });

    it('refuses a signal that has not been assessed yet', async () => {
      const answer = await post(on('linked-signals'), member, { signalId: UNASSESSED_SIGNAL_ID }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.SIGNAL_NOT_COLLECTIVE', 'signalId');
    });

    it('refuses a signal from a municipality the advice is not addressed to', async () => {
      const answer = await post(on('linked-signals'), admin, { signalId: HEEMSKERK_SIGNAL_ID }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.EVIDENCE_OUTSIDE_ADDRESSED_MUNICIPALITIES', 'signalId');
    });

    it('refuses a signal that does not exist, naming it', async () => {
      const answer = await post(on('linked-signals'), member, { signalId: UNKNOWN_SIGNAL_ID }).expect(422);
      refused(answer, 'SIGNAL.UNKNOWN', 'signalId');
    });

    it('refuses an evaluator with 403', async () => {
      await post(on('linked-signals'), evaluator, { signalId: COLLECTIVE_SIGNAL_ID }).expect(403);
    });

    it('answers an unknown trajectory with 404', async () => {
      const answer = await post(on('linked-signals', UNKNOWN_TRAJECTORY_ID), member, {
        signalId: COLLECTIVE_SIGNAL_ID,
      }).expect(404);
      refused(answer, 'ADVICE_TRAJECTORY.NOT_FOUND');
    });

    it('names a signal id that is not a UUID with 400', async () => {
      const answer = await post(on('linked-signals'), member, { signalId: 'signal-1' }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['signalId']));
    });
  });

  describe('linking a temporary table', () => {
    it('lets an official link a table held in the municipality', async () => {
      accepted(await post(on('linked-tables'), official, { tableId: TABLE_ID }).expect(200), 3);
    });

    it('refuses to link the same table twice with 409', async () => {
      const answer = await post(on('linked-tables'), member, { tableId: TABLE_ID }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.TABLE_ALREADY_LINKED', 'tableId');
    });

    it('refuses a table from a municipality the advice is not addressed to', async () => {
      const answer = await post(on('linked-tables'), admin, { tableId: HEEMSKERK_TABLE_ID }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.EVIDENCE_OUTSIDE_ADDRESSED_MUNICIPALITIES', 'tableId');
    });

    it('refuses a table that does not exist, naming it', async () => {
      const answer = await post(on('linked-tables'), official, { tableId: UNKNOWN_TABLE_ID }).expect(422);
      refused(answer, 'TEMPORARY_TABLE.UNKNOWN', 'tableId');
    });

    it('refuses a council member with 403', async () => {
      await post(on('linked-tables'), councilMember, { tableId: TABLE_ID }).expect(403);
    });

    it('answers an unknown trajectory with 404', async () => {
      await post(on('linked-tables', UNKNOWN_TRAJECTORY_ID), official, { tableId: TABLE_ID }).expect(404);
    });
  });

  describe('issuing advice', () => {
    it('refuses a college response before the advice is issued with 409', async () => {
      const answer = await post(on('college-response'), official, response).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.ADVICE_NOT_ISSUED');
    });

    it('refuses a body-member login that is no member of the council with 403', async () => {
      refused(await post(on('advice'), outsider, advice).expect(403), 'COMMAND.FORBIDDEN');
    });

    it('refuses an official with 403: the body issues its advice', async () => {
      refused(await post(on('advice'), official, advice).expect(403), 'COMMAND.FORBIDDEN');
    });

    it('refuses advice without the client perspective', async () => {
      const answer = await post(on('advice'), member, { ...advice, clientPerspective: '  ' }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.CLIENT_PERSPECTIVE_MISSING', 'clientPerspective');
    });

    it('refuses two recommendations with the same number', async () => {
      const answer = await post(on('advice'), member, {
        ...advice,
        recommendations: [
          { number: 1, text: 'Eén loket.' },
          { number: 1, text: 'Een vaste contactpersoon.' },
        ],
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.RECOMMENDATION_NUMBER_REPEATED', 'recommendations[1].number');
    });

    it('refuses advice dated in the future', async () => {
      const answer = await post(on('advice'), member, { ...advice, issuedOn: '2999-01-01' }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.DATE_IN_FUTURE', 'issuedOn');
    });

    it('names missing recommendations and an over-long summary with 400', async () => {
      const answer = await post(on('advice'), member, {
        ...advice,
        summary: 'x'.repeat(10_001),
        recommendations: [],
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['summary', 'recommendations']));
    });

    it('names a recommendation without a number with 400', async () => {
      const answer = await post(on('advice'), member, {
        ...advice,
        recommendations: [{ text: 'Eén loket.' }],
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['recommendations[0].number']));
    });

    it('lets a body member issue the advice with numbered recommendations', async () => {
      accepted(await post(on('advice'), member, advice).expect(200), 4);
    });

    it('answers an unknown trajectory with 404', async () => {
      await post(on('advice', UNKNOWN_TRAJECTORY_ID), member, advice).expect(404);
    });
  });

  describe('recording the college response', () => {
    it('refuses a body member with 403', async () => {
      await post(on('college-response'), member, response).expect(403);
    });

    it('refuses a recommendation not adopted without reasoning', async () => {
      const answer = await post(on('college-response'), official, {
        ...response,
        decisions: [response.decisions[0], response.decisions[1], { recommendationNumber: 3, decision: 'not-adopted' }],
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.REASONING_MISSING', 'decisions[2].reasoning');
    });

    it('refuses a response that leaves a recommendation unanswered', async () => {
      const answer = await post(on('college-response'), official, {
        ...response,
        decisions: response.decisions.slice(0, 2),
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.RECOMMENDATION_UNANSWERED', 'decisions');
    });

    it('refuses an answer to a recommendation the advice does not hold', async () => {
      const answer = await post(on('college-response'), official, {
        ...response,
        decisions: [...response.decisions, { recommendationNumber: 4, decision: 'adopted' }],
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.UNKNOWN_RECOMMENDATION', 'decisions[3].recommendationNumber');
    });

    it('refuses a response dated before the advice', async () => {
      const answer = await post(on('college-response'), official, { ...response, respondedOn: '2026-03-01' }).expect(
        422,
      );
      refused(answer, 'ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'respondedOn');
    });

    it('names an unknown decision with 400', async () => {
      const answer = await post(on('college-response'), official, {
        ...response,
        decisions: [{ recommendationNumber: 1, decision: 'maybe' }],
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['decisions[0].decision']));
    });

    it('records adopted, partially adopted and not adopted, each with its reasoning', async () => {
      accepted(await post(on('college-response'), official, response).expect(200), 5);
      const events = await api.storage.eventStore.readStream(`advice-trajectory-${TRAJECTORY_ID}`);
      expect(events.at(-1)).toMatchObject({
        type: 'CollegeResponseRecorded',
        data: { adviceVersion: 1, decisions: response.decisions, documentRef: 'B&W 2026/0412' },
        metadata: { municipalityCode: 'GM0375', actor: { id: 'official-1', role: 'official' } },
      });
    });

    it('refuses a second response with 409', async () => {
      const answer = await post(on('college-response'), official, response).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.RESPONSE_ALREADY_RECORDED');
    });

    it('refuses to revise advice the college has answered', async () => {
      refused(await post(on('advice'), member, advice).expect(409), 'ADVICE_TRAJECTORY.ADVICE_ALREADY_ANSWERED');
    });

    it('refuses to agree the approach once the advice is out', async () => {
      const answer = await post(on('participation-approach'), official, approach).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.APPROACH_AFTER_ADVICE');
    });
  });

  describe('attaching to a council proposal', () => {
    const proposal = { proposalRef: 'RV-2026-031', attachedOn: '2026-04-20' };

    it('refuses a council decision before the advice is attached with 409', async () => {
      const answer = await post(on('council-decisions'), official, {
        decidedOn: '2026-05-18',
        decision: 'adopted',
      }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.NOT_ATTACHED_TO_PROPOSAL');
    });

    it('refuses to attach advice the college has not answered', async () => {
      const answer = await post(on('council-proposals', UNSOLICITED_ID), official, proposal).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED');
    });

    it('refuses a body member with 403', async () => {
      await post(on('council-proposals'), member, proposal).expect(403);
    });

    it('refuses an attachment dated before the college responded', async () => {
      const answer = await post(on('council-proposals'), official, { ...proposal, attachedOn: '2026-04-01' }).expect(
        422,
      );
      refused(answer, 'ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'attachedOn');
    });

    it('lets an official attach the advice to a council proposal', async () => {
      accepted(await post(on('council-proposals'), official, proposal).expect(200), 6);
    });

    it('refuses to attach it to the same proposal twice with 409', async () => {
      const answer = await post(on('council-proposals'), official, proposal).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.ALREADY_ATTACHED_TO_PROPOSAL', 'proposalRef');
    });

    it('answers an unknown trajectory with 404', async () => {
      await post(on('council-proposals', UNKNOWN_TRAJECTORY_ID), official, proposal).expect(404);
    });
  });

  describe('recording the council decision', () => {
    it('names an unknown decision with 400', async () => {
      const answer = await post(on('council-decisions'), official, {
        decidedOn: '2026-05-18',
        decision: 'vetoed',
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['decision']));
    });

    it('refuses a body member with 403', async () => {
      await post(on('council-decisions'), member, { decidedOn: '2026-05-18', decision: 'adopted' }).expect(403);
    });

    it('lets an official record a postponement and then the decision', async () => {
      const postponed = { decidedOn: '2026-05-18', decision: 'postponed', note: 'Naar de volgende raad.' };
      accepted(await post(on('council-decisions'), official, postponed).expect(200), 7);
      accepted(
        await post(on('council-decisions'), official, { decidedOn: '2026-06-15', decision: 'amended' }).expect(200),
        8,
      );
    });

    it('refuses a second decision on the same proposal with 409', async () => {
      const answer = await post(on('council-decisions'), official, {
        decidedOn: '2026-06-16',
        decision: 'adopted',
      }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.COUNCIL_ALREADY_DECIDED');
    });
  });

  describe('agreeing how the implementation is followed', () => {
    const followUp = {
      checkpoints: [
        { dueOn: '2026-10-01', description: 'Staat het ene loket er?' },
        { dueOn: '2027-04-01', description: 'Hebben cliënten een vaste contactpersoon?' },
      ],
    };

    it('refuses a body member with 403', async () => {
      await post(on('implementation-follow-up'), member, followUp).expect(403);
    });

    it('refuses a checkpoint before the college responded', async () => {
      const answer = await post(on('implementation-follow-up'), official, {
        checkpoints: [{ dueOn: '2026-01-01', description: 'Te vroeg.' }],
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.DATE_OUT_OF_ORDER', 'checkpoints[0].dueOn');
    });

    it('names an empty list and a malformed date with 400', async () => {
      const empty = await post(on('implementation-follow-up'), official, { checkpoints: [] }).expect(400);
      expect(fieldsNamed(empty.body)).toEqual(new Set(['checkpoints']));
      const malformed = await post(on('implementation-follow-up'), official, {
        checkpoints: [{ dueOn: '1 oktober', description: 'x' }],
      }).expect(400);
      expect(fieldsNamed(malformed.body)).toEqual(new Set(['checkpoints[0].dueOn']));
    });

    it('lets an official agree checkpoints', async () => {
      accepted(await post(on('implementation-follow-up'), official, followUp).expect(200), 9);
    });

    it('refuses follow-up on advice the college has not answered', async () => {
      const answer = await post(on('implementation-follow-up', UNSOLICITED_ID), official, followUp).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED');
    });
  });

  describe('reporting implementation progress', () => {
    const progress = { recommendationNumber: 1, status: 'realised', reportedOn: '2026-10-01' };

    it('refuses a body member with 403', async () => {
      await post(on('implementation-progress'), member, progress).expect(403);
    });

    it('refuses a dropped recommendation without a reason', async () => {
      const answer = await post(on('implementation-progress'), official, {
        ...progress,
        recommendationNumber: 3,
        status: 'dropped',
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.DROP_REASON_MISSING', 'note');
    });

    it('refuses a recommendation the advice does not hold', async () => {
      const answer = await post(on('implementation-progress'), official, {
        ...progress,
        recommendationNumber: 9,
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.UNKNOWN_RECOMMENDATION', 'recommendationNumber');
    });

    it('names an unknown status and a number below one with 400', async () => {
      const answer = await post(on('implementation-progress'), official, {
        ...progress,
        recommendationNumber: 0,
        status: 'finished',
      }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['recommendationNumber', 'status']));
    });

    it('lets an official report a realised recommendation', async () => {
      accepted(await post(on('implementation-progress'), official, progress).expect(200), 10);
    });
  });

  describe('disputes', () => {
    it('refuses to resolve when no dispute is open with 409', async () => {
      const answer = await post(on('disputes/_resolve'), committee, { resolution: 'Opgelost.' }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.NO_OPEN_DISPUTE');
    });

    it('lets a body member raise a dispute', async () => {
      const reason = 'De terugkoppeling over aanbeveling 2 is niet gegeven.';
      accepted(await post(on('disputes'), member, { reason }).expect(200), 11);
    });

    it('refuses a second dispute while one is open with 409', async () => {
      const answer = await post(on('disputes'), official, { reason: 'Nog een.' }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.DISPUTE_ALREADY_OPEN');
    });

    it('refuses to close while the dispute is open with 409', async () => {
      refused(await post(on('_close'), official, {}).expect(409), 'ADVICE_TRAJECTORY.DISPUTE_OPEN');
    });

    it('refuses a body member who resolves it with 403', async () => {
      await post(on('disputes/_resolve'), member, { resolution: 'Opgelost.' }).expect(403);
    });

    it('refuses an official, a party to the dispute, and the admin with 403', async () => {
      refused(
        await post(on('disputes/_resolve'), official, { resolution: 'Opgelost.' }).expect(403),
        'COMMAND.FORBIDDEN',
      );
      await post(on('disputes/_resolve'), admin, { resolution: 'Opgelost.' }).expect(403);
    });

    it('refuses a blank resolution with 422', async () => {
      const answer = await post(on('disputes/_resolve'), committee, { resolution: ' ' }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.DISPUTE_RESOLUTION_MISSING', 'resolution');
    });

    it('refuses a stale If-Match with 412', async () => {
      const answer = await post(on('disputes/_resolve'), committee, { resolution: 'Opgelost.' })
        .set('If-Match', '"3"')
        .expect(412);
      refused(answer, 'COMMAND.STALE_REVISION');
    });

    it('lets the independent dispute committee resolve it', async () => {
      const resolution = 'De wethouder heeft de terugkoppeling alsnog schriftelijk gegeven.';
      accepted(await post(on('disputes/_resolve'), committee, { resolution }).set('If-Match', '"11"').expect(200), 12);
    });

    it('answers an unknown trajectory with 404', async () => {
      await post(on('disputes', UNKNOWN_TRAJECTORY_ID), member, { reason: 'x' }).expect(404);
    });
  });

  describe('closing and withdrawing', () => {
    it('refuses to close a trajectory the college has not answered with 409', async () => {
      const answer = await post(on('_close', UNSOLICITED_ID), official, {}).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED');
    });

    it('refuses a body member who closes it with 403', async () => {
      await post(on('_close'), member, {}).expect(403);
    });

    it('lets an official close the trajectory, the whole way recorded in its stream', async () => {
      accepted(await post(on('_close'), official, { note: 'Advies afgerond; uitvoering loopt.' }).expect(200), 13);
      const events = await api.storage.eventStore.readStream(`advice-trajectory-${TRAJECTORY_ID}`);
      expect(events.map((e) => e.type)).toEqual([
        'AdviceTrajectoryStarted',
        'ParticipationApproachProposed',
        'SignalLinked',
        'TemporaryTableLinked',
        'AdviceIssued',
        'CollegeResponseRecorded',
        'AdviceAttachedToCouncilProposal',
        'CouncilDecisionRecorded',
        'CouncilDecisionRecorded',
        'ImplementationFollowUpAgreed',
        'ImplementationProgressReported',
        'DisputeRaised',
        'DisputeResolved',
        'AdviceTrajectoryClosed',
      ]);
    });

    it('refuses anything more on a closed trajectory with 409, before looking at what it names', async () => {
      refused(await post(on('_close'), official, {}).expect(409), 'ADVICE_TRAJECTORY.ENDED');
      const link = await post(on('linked-signals'), member, { signalId: UNKNOWN_SIGNAL_ID }).expect(409);
      refused(link, 'ADVICE_TRAJECTORY.ENDED');
    });

    it('refuses a body-member login that is no member of the council with 403', async () => {
      const answer = await post(on('_withdraw', UNSOLICITED_ID), outsider, { reason: 'Niet meer nodig.' }).expect(403);
      refused(answer, 'COMMAND.FORBIDDEN');
    });

    it("refuses the municipality withdrawing the body's unsolicited advice with 422", async () => {
      const answer = await post(on('_withdraw', UNSOLICITED_ID), official, { reason: 'Niet meer nodig.' }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.NOT_THE_MUNICIPALITYS_TO_WITHDRAW');
    });

    it('refuses a withdrawal without a reason', async () => {
      const blank = await post(on('_withdraw', UNSOLICITED_ID), member, { reason: '  ' }).expect(422);
      refused(blank, 'ADVICE_TRAJECTORY.WITHDRAWAL_REASON_MISSING', 'reason');
      const missing = await post(on('_withdraw', UNSOLICITED_ID), official, {}).expect(400);
      expect(fieldsNamed(missing.body)).toEqual(new Set(['reason']));
    });

    it('lets a member of the body withdraw its own unsolicited trajectory, with the reason', async () => {
      const reason = 'Het vervoer is per 1 juli regionaal opnieuw aanbesteed.';
      accepted(await post(on('_withdraw', UNSOLICITED_ID), member, { reason }).expect(200), 1, UNSOLICITED_ID);
      refused(await post(on('_withdraw', UNSOLICITED_ID), member, { reason }).expect(409), 'ADVICE_TRAJECTORY.ENDED');
    });

    it('answers an unknown trajectory with 404', async () => {
      await post(on('_withdraw', UNKNOWN_TRAJECTORY_ID), official, { reason: 'x' }).expect(404);
      await post(on('_close', UNKNOWN_TRAJECTORY_ID), official, {}).expect(404);
    });
  });

  describe('regional advice, answered by each addressed college', () => {
    const REGIONAL_ID = 'c0a80101-0000-4000-8000-000000000a03';
    const regional = {
      ...solicited,
      id: REGIONAL_ID,
      subject: 'Regionaal vervoer naar de dagbesteding',
      responsibleOfficial: 'official-1',
      portfolioHolder: 'wethouder Zorg',
      adviceDueOn: '2026-03-01',
      addressedTo: ['GM0375', 'GM0396'],
    };
    const answerOf = (municipalityCode?: string) => ({
      respondedOn: '2026-04-06',
      decisions: [{ recommendationNumber: 1, decision: 'adopted' }],
      ...(municipalityCode ? { municipalityCode } : {}),
    });

    it('refuses a municipality the body does not serve, naming it', async () => {
      const answer = await post('/advice-trajectories', official, {
        ...regional,
        id: undefined,
        addressedTo: ['GM0375', 'GM0453'],
      }).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.MUNICIPALITY_NOT_SERVED', 'addressedTo[1]');
    });

    it('names a malformed addressed municipality with 400', async () => {
      const answer = await post('/advice-trajectories', official, { ...regional, addressedTo: ['Velsen'] }).expect(400);
      expect(fieldsNamed(answer.body)).toEqual(new Set(['addressedTo']));
    });

    it('lets an official start advice addressed to two colleges, with its question and people', async () => {
      accepted(await post('/advice-trajectories', official, regional).expect(201), 0, REGIONAL_ID);
      const [started] = await api.storage.eventStore.readStream(`advice-trajectory-${REGIONAL_ID}`);
      expect(started?.data).toMatchObject({
        question: regional.question,
        responsibleOfficial: 'official-1',
        portfolioHolder: 'wethouder Zorg',
        adviceDueOn: '2026-03-01',
        addressedTo: ['GM0375', 'GM0396'],
      });
    });

    it('rests on a signal and a table of the neighbouring addressed municipality', async () => {
      accepted(
        await post(on('linked-signals', REGIONAL_ID), member, { signalId: HEEMSKERK_SIGNAL_ID }),
        1,
        REGIONAL_ID,
      );
      accepted(await post(on('linked-tables', REGIONAL_ID), member, { tableId: HEEMSKERK_TABLE_ID }), 2, REGIONAL_ID);
    });

    it('lets a member issue process advice', async () => {
      const answer = await post(on('advice', REGIONAL_ID), member, {
        ...advice,
        recommendations: [advice.recommendations[0]],
        adviceKind: 'process',
      }).expect(200);
      accepted(answer, 3, REGIONAL_ID);
    });

    it('refuses a college response that names no municipality with 422', async () => {
      const answer = await post(on('college-response', REGIONAL_ID), official, answerOf()).expect(422);
      refused(answer, 'ADVICE_TRAJECTORY.MUNICIPALITY_CODE_REQUIRED');
    });

    it("refuses an official answering for another municipality's college with 403", async () => {
      const answer = await post(on('college-response', REGIONAL_ID), heemskerkOfficial, answerOf('GM0375'));
      expect(answer.status).toBe(403);
      refused(answer, 'COMMAND.FORBIDDEN');
    });

    it('records the answer of each college, by its own official', async () => {
      accepted(await post(on('college-response', REGIONAL_ID), official, answerOf('GM0375')), 4, REGIONAL_ID);
      const heemskerk = await post(on('college-response', REGIONAL_ID), heemskerkOfficial, answerOf('GM0396'));
      accepted(heemskerk, 5, REGIONAL_ID);
    });

    it('refuses the municipality withdrawing advice that was issued with 409', async () => {
      const answer = await post(on('_withdraw', REGIONAL_ID), official, { reason: 'Niet meer nodig.' }).expect(409);
      refused(answer, 'ADVICE_TRAJECTORY.ADVICE_CANNOT_VANISH');
    });

    describe('correcting a college response', () => {
      const correction = {
        reason: 'Het college besloot aanbeveling 1 slechts deels over te nemen; het verslag was onjuist.',
        decisions: [{ recommendationNumber: 1, decision: 'partially-adopted', reasoning: 'Alleen in Heemskerk.' }],
        municipalityCode: 'GM0396',
      };

      it('refuses a body member with 403', async () => {
        await post(on('college-response/_correct', REGIONAL_ID), member, correction).expect(403);
      });

      it('refuses a correction without a reason with 422', async () => {
        const answer = await post(on('college-response/_correct', REGIONAL_ID), heemskerkOfficial, {
          ...correction,
          reason: ' ',
        }).expect(422);
        refused(answer, 'ADVICE_TRAJECTORY.CORRECTION_REASON_MISSING', 'reason');
      });

      it('names a missing reason and decisions with 400', async () => {
        const answer = await post(on('college-response/_correct', REGIONAL_ID), heemskerkOfficial, {}).expect(400);
        expect(fieldsNamed(answer.body)).toEqual(new Set(['reason', 'decisions']));
      });

      it("lets the college's official correct it, the history keeping both", async () => {
        const answer = await post(on('college-response/_correct', REGIONAL_ID), heemskerkOfficial, correction);
        accepted(answer, 6, REGIONAL_ID);
        const events = await api.storage.eventStore.readStream(`advice-trajectory-${REGIONAL_ID}`);
        expect(events.map((e) => e.type).slice(-3)).toEqual([
          'CollegeResponseRecorded',
          'CollegeResponseRecorded',
          'CollegeResponseCorrected',
        ]);
      });
    });

    it('attaches the advice to each council proposal with its page, per municipality', async () => {
      const proposal = { proposalRef: 'RV-2026-031', attachedOn: '2026-04-20' };
      const url = 'https://heemskerk.raadsinformatie.nl/document/31';
      accepted(
        await post(on('council-proposals', REGIONAL_ID), official, { ...proposal, municipalityCode: 'GM0375' }),
        7,
        REGIONAL_ID,
      );
      const heemskerk = await post(on('council-proposals', REGIONAL_ID), heemskerkOfficial, {
        ...proposal,
        proposalUrl: url,
        municipalityCode: 'GM0396',
      });
      accepted(heemskerk, 8, REGIONAL_ID);
      const decided = await post(on('council-decisions', REGIONAL_ID), heemskerkOfficial, {
        decidedOn: '2026-05-18',
        decision: 'adopted',
        municipalityCode: 'GM0396',
      });
      accepted(decided, 9, REGIONAL_ID);
    });
  });

  describe('an approach agreed by both sides, a collective signal and the local term', () => {
    const JOINT_ID = 'c0a80101-0000-4000-8000-000000000a04';
    const CLUSTER_ID = 'c0a80101-0000-4000-8000-000000000c10';
    const { responseDueOn: _none, ...withoutDeadline } = solicited;

    beforeAll(async () => {
      await post('/advice-trajectories', official, { ...withoutDeadline, id: JOINT_ID }).expect(201);
      const second = 'c0a80101-0000-4000-8000-000000000c11';
      await post(pathOf('RecordSignal'), admin, signal(second, 'GM0375')).expect(201);
      await post(pathOf('AssessSignal', second), admin, { scope: 'collective', rationale: 'Vaker gehoord.' }).expect(
        200,
      );
      await post(pathOf('ClusterSignals'), admin, {
        id: CLUSTER_ID,
        signalIds: [COLLECTIVE_SIGNAL_ID, second],
        title: 'Niemand weet waar het Wmo-loket is',
      }).expect(201);
    });

    it('answers a confirmation before anyone proposed with 409 or 422', async () => {
      const answer = await post(on('participation-approach/_confirm', JOINT_ID), official);
      expect([409, 422]).toContain(answer.status);
      refused(answer, 'ADVICE_TRAJECTORY.NO_APPROACH_PROPOSED');
    });

    it('lets the body propose the approach and refuses it confirming its own proposal', async () => {
      accepted(await post(on('participation-approach', JOINT_ID), member, approach).expect(200), 1, JOINT_ID);
      const own = await post(on('participation-approach/_confirm', JOINT_ID), member).expect(422);
      refused(own, 'ADVICE_TRAJECTORY.PROPOSER_CANNOT_CONFIRM');
    });

    it('lets the municipality confirm it, which makes it agreed', async () => {
      accepted(await post(on('participation-approach/_confirm', JOINT_ID), official).expect(200), 2, JOINT_ID);
      const events = await api.storage.eventStore.readStream(`advice-trajectory-${JOINT_ID}`);
      expect(events.at(-1)?.type).toBe('ParticipationApproachConfirmed');
    });

    it("links a cluster's id as a collective signal", async () => {
      accepted(await post(on('linked-signals', JOINT_ID), member, { signalId: CLUSTER_ID }).expect(200), 3, JOINT_ID);
      const events = await api.storage.eventStore.readStream(`advice-trajectory-${JOINT_ID}`);
      expect(events.at(-1)?.data).toMatchObject({ signalId: CLUSTER_ID, collective: true });
    });

    it("sets the college's deadline by the municipality's response term when the request has none", async () => {
      accepted(await post(on('advice', JOINT_ID), member, advice).expect(200), 4, JOINT_ID);
      const events = await api.storage.eventStore.readStream(`advice-trajectory-${JOINT_ID}`);
      expect(events.at(-1)?.data).toMatchObject({ issuedOn: '2026-03-02', responseDueOn: '2026-04-13' });
    });
  });
});
