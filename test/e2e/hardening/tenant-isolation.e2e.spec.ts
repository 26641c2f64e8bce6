import request from 'supertest';
import { ROLES, type Role } from '#application';
import { operationsOf, pathOf, type OpenApiDocument, type Operation } from '../../support/openapi-operations';
import { BEVERWIJK, playScenario, scenarioFor, VELSEN, type Scenario } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent } from '../../support/web-session';
import { tinyPdf } from '../../../libs/documents/src/testing/document.fixtures';

const beverwijk = scenarioFor(BEVERWIJK);
const velsen = scenarioFor(VELSEN);

/** What of Beverwijk's records no one from Velsen may see: ids, code, name, personal data. */
const BEVERWIJK_MARKERS = [...Object.values(beverwijk.ids), BEVERWIJK.code, BEVERWIJK.name, ...beverwijk.personalData];

/** Beverwijk's record for each path parameter; a query with a parameter not here fails the test. */
const PATH_VALUES: Record<string, string> = {
  ...beverwijk.ids,
  code: BEVERWIJK.code,
  file: 'advice.json',
  schema: 'advice.schema.json',
};

/**
 * Published to everyone, the same with or without a token: open data and public documents. A
 * caller of another municipality may read them as anyone may; they must still hold no personal data.
 */
const PUBLISHED = new Set([
  'GetOpenDataFile',
  'GetOpenDataCatalog',
  'GetOpenDataSchema',
  'ListOpenDataSets',
  'GetDocument',
]);
const mentionsBeverwijk = (body: unknown): boolean => JSON.stringify(body ?? null).includes(BEVERWIJK.code);

/** Query parameters that name a tenant's records, aimed at Beverwijk's. */
const QUERY_VALUES: Record<string, string> = {
  municipalityCode: BEVERWIJK.code,
  streamId: `signal-${beverwijk.ids.signalId}`,
  bodyId: beverwijk.ids.bodyId,
};

/** Queries that show no record's id: what shows the fixture reaches them (records counted, the caller's municipality). */
const REACHED_WITHOUT_IDS: Record<string, (body: unknown) => boolean> = {
  VerifyAuditTrail: (body) => ((body as { checked?: number }).checked ?? 0) > 0,
  GetCurrentCaller: (body) => (body as { municipalities?: string[] }).municipalities?.includes(BEVERWIJK.code) === true,
  ListUserSessions: (body) => Array.isArray(body) && body.length > 0,
  // The scenario's trajectory has its advice and response on record: no term is near or past.
  ListDeadlines: (body) => Array.isArray((body as { items?: unknown }).items),
  GetOpenDataCatalog: mentionsBeverwijk,
  ListOpenDataSets: mentionsBeverwijk,
  GetOpenDataSchema: (body) => typeof body === 'object' && body !== null && '$schema' in body,
  // A document answers its bytes, no record's id: reached when they come back whole.
  GetDocument: (body) => Buffer.isBuffer(body) && body.subarray(0, 5).toString('latin1') === '%PDF-',
  // The notifications write the outbox after the events, on their own time: the list is reached, perhaps still empty.
  ListOutboxMessages: (body) => Array.isArray((body as { items?: unknown }).items),
  // A reference names a proposal per municipality: the answer lists the caller's own, Beverwijk's among them.
  GetCouncilProposalFollowing: mentionsBeverwijk,
};

/** Queries only some roles may run: Beverwijk's own of that role asks instead of its evaluator. */
const ASKED_AS: Record<string, Role> = {
  ListPersonalDataAccess: 'data-protection-officer',
  ListOutboxMessages: 'admin',
  ListUserSessions: 'admin',
};

/** A Beverwijk official signed in to the pages: their sessions are a Beverwijk record. */
const BEVERWIJK_OFFICIAL = 'official-beverwijk-pages';

/** The answer as the caller reads it, less a problem's `instance`: that only echoes the path they sent. */
function answerText(response: request.Response): string {
  if (Buffer.isBuffer(response.body)) return response.body.toString('latin1');
  if (!/problem\+json/.test(response.headers['content-type'] ?? '')) return response.text;
  const { instance: _echo, ...problem } = response.body as Record<string, unknown>;
  return JSON.stringify(problem);
}

describe('tenant isolation of every query', () => {
  let api: TestApp;
  let queries: Operation[];
  let position = 0;

  const ask = (operation: Operation, token: string | undefined, withQuery: boolean) => {
    const query = withQuery
      ? operation.parameters
          .filter((p) => p.in === 'query' && QUERY_VALUES[p.name] !== undefined)
          .map((p) => `${p.name}=${encodeURIComponent(QUERY_VALUES[p.name] ?? '')}`)
      : [];
    const path = pathOf(operation, (name) => {
      const value = PATH_VALUES[name];
      if (value === undefined) throw new Error(`${operation.operationId}: no Beverwijk record for {${name}}`);
      return encodeURIComponent(value);
    });
    const call = request(api.http)
      .get(`${path}?${[...query, `minPosition=${position}`].join('&')}`)
      .buffer(true);
    if (operation.operationId === 'GetDocument') {
      call.parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    }
    return token ? call.set('Authorization', token) : call;
  };

  const play = async (scenario: Scenario): Promise<number> => {
    const admin = await api.bearer('admin', [scenario.tenant.code], `admin-${scenario.tenant.code}`);
    return playScenario(scenario, (path, body) =>
      request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
  };

  beforeAll(async () => {
    api = await startTestApp('tenant-isolation');
    await play(beverwijk);
    position = await play(velsen);
    await signedInAgent(api, 'official', BEVERWIJK.code, BEVERWIJK_OFFICIAL);
    PATH_VALUES.subject = BEVERWIJK_OFFICIAL;
    const letter = await request(api.http)
      .post(`/api/v1/advice-trajectories/${beverwijk.ids.trajectoryId}/documents`)
      .set('Authorization', await api.bearer('secretary', [BEVERWIJK.code], `secretary-${BEVERWIJK.code}`))
      .field('kind', 'advice-letter')
      .attach('file', await tinyPdf('Adviesbrief'), { filename: 'adviesbrief.pdf', contentType: 'application/pdf' })
      .expect(200);
    const attached = letter.body as { sha256: string; position: number };
    PATH_VALUES.sha256 = attached.sha256;
    position = Math.max(position, attached.position);
    // Someone of Beverwijk is shown personal data, so the access log holds a Beverwijk record.
    await request(api.http)
      .get(`/api/v1/signals/${beverwijk.ids.signalId}?minPosition=${position}`)
      .set('Authorization', await api.bearer('admin', [BEVERWIJK.code], `admin-${BEVERWIJK.code}`))
      .expect(200);
    const document = (await request(api.http).get('/api/v1/openapi.json').expect(200)).body as OpenApiDocument;
    queries = operationsOf(document).filter((operation) => operation.method === 'GET');
  });
  afterAll(() => api.close());

  it('finds the queries in the served document', () => {
    expect(queries.map((q) => q.operationId)).toEqual(
      expect.arrayContaining([
        'ListSignals',
        'GetSignal',
        'ListAdvice',
        'GetPilotEvaluation',
        'ExportPilotEvaluation',
        'ListParticipationBodies',
        'ListMembers',
        'GetBodyComposition',
        'ListConsultations',
        'ListSelfEvaluations',
        'ListParticipationAgendas',
        'GetParticipationAgenda',
        'ListPilots',
        'GetTrajectoryFollowing',
        'GetCouncilProposalFollowing',
      ]),
    );
  });

  it("shows Beverwijk's own evaluator (or the role a query is for) Beverwijk's records through every query", async () => {
    const evaluator = await api.bearer('evaluator', [BEVERWIJK.code], 'evaluator-beverwijk');
    const blind: string[] = [];
    for (const operation of queries) {
      const role = ASKED_AS[operation.operationId];
      const asker = role ? await api.bearer(role, [BEVERWIJK.code], `${role}-beverwijk`) : evaluator;
      const response = await ask(operation, asker, false);
      const reachedBy = REACHED_WITHOUT_IDS[operation.operationId];
      const reached = reachedBy
        ? reachedBy(response.body)
        : Object.values(beverwijk.ids).some((id) => response.text.includes(id));
      if (response.status !== 200 || !reached) blind.push(`${operation.operationId}: ${response.status}`);
    }
    expect(blind).toEqual([]);
  });

  it.each([true, false])(
    "gives every role of Velsen 403, 404 or none of Beverwijk's data (Beverwijk named in the query: %s)",
    async (withQuery) => {
      const leaks: string[] = [];
      for (const role of ROLES) {
        const token = await api.bearer(role, [VELSEN.code], `${role}-velsen`);
        for (const operation of queries) {
          const response = await ask(operation, token, withQuery);
          if (response.status === 403 || response.status === 404) continue;
          const markers = PUBLISHED.has(operation.operationId) ? beverwijk.personalData : BEVERWIJK_MARKERS;
          const seen = markers.filter((marker) => answerText(response).includes(marker));
          if (response.status !== 200 || seen.length > 0) {
            leaks.push(`${operation.operationId} as ${role}: ${response.status} ${seen.join(', ')}`);
          }
        }
      }
      expect(leaks).toEqual([]);
    },
  );

  it('answers every query without a token with 401, or at most the public view without personal data', async () => {
    const answers: string[] = [];
    for (const operation of queries) {
      const response = await ask(operation, undefined, true);
      const text = answerText(response);
      const seen = response.status === 401 ? BEVERWIJK_MARKERS : beverwijk.personalData;
      const leaked = seen.filter((marker) => text.includes(marker));
      if (![200, 401, 403, 404].includes(response.status) || leaked.length > 0) {
        answers.push(`${operation.operationId}: ${response.status} ${leaked.join(', ')}`);
      }
    }
    expect(answers).toEqual([]);
  });
});
