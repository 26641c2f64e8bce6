import ExcelJS from 'exceljs';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { RecordedEvent } from '#event-store';
import { operationsOf, pathOf, type OpenApiDocument, type Operation } from '../../support/openapi-operations';
import { BEVERWIJK, playScenario, scenarioFor } from '../../support/scenario';
import { signedInAgent } from '../../support/web-session';
import { startObservedApp, type ObservedApp } from '../operations/observed-app';

const scenario = scenarioFor(BEVERWIJK);
/** The open-data file asked for is the one with the college's reasoning, the likeliest to carry free text. */
const PATH_VALUES: Record<string, string> = {
  ...scenario.ids,
  code: BEVERWIJK.code,
  file: 'recommendations.csv',
  schema: 'recommendations.schema.json',
};
/** Where the crawl of the pages starts: the public view, the workspace and the dashboard. */
const START_PAGES = ['/', '/werkruimte', '/evaluatie', `/evaluatie/${scenario.ids.pilotId}`, '/opendata'];
const MOST_PAGES = 300;
const NOT_VISITED = /^\/(uitloggen|inloggen)/;

/** Every personal datum of the scenario that occurs in `text`. */
const personalDataIn = (text: string): string[] => scenario.personalData.filter((datum) => text.includes(datum));

/** The ids of everyone whose data the events hold sealed. */
function personIdsOf(events: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['personId'] === 'string') ids.add(record['personId']);
    Object.values(record).forEach(visit);
  };
  events.forEach((event) => visit(event.data));
  return [...ids];
}

/** Keeps an answer's bytes as they came, whatever its type. */
const asBytes = (response: request.Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The text a reader gets from an answer: spreadsheet cells included, since XLSX is zipped. */
async function readableText(response: request.Response): Promise<string> {
  const bytes = response.body as Buffer;
  if (!/spreadsheetml/.test(response.headers['content-type'] ?? '')) return bytes.toString('utf8');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return JSON.stringify(workbook.worksheets.map((sheet) => sheet.getSheetValues()));
}

describe('a person forgotten is found nowhere', () => {
  let api: ObservedApp;
  let admin: string;
  let queries: Operation[];
  let position = 0;

  const askEveryQuery = async (): Promise<Record<string, string>> => {
    const answers: Record<string, string> = {};
    for (const operation of queries) {
      const path = pathOf(operation, (name) => encodeURIComponent(PATH_VALUES[name] ?? 'missing'));
      const response = await request(api.http)
        .get(`${path}?minPosition=${position}`)
        .set('Authorization', admin)
        .buffer(true);
      answers[`${operation.operationId} ${response.status}`] = response.text;
    }
    return answers;
  };

  /** Every page reachable by links from the start pages, as a signed-in admin reads it. */
  const crawlPages = async (agent: TestAgent): Promise<Record<string, string>> => {
    const pages: Record<string, string> = {};
    const queue = [...START_PAGES];
    while (queue.length > 0 && Object.keys(pages).length < MOST_PAGES) {
      const path = queue.shift() as string;
      if (path in pages) continue;
      const response = await agent.get(path).buffer(true).parse(asBytes);
      pages[path] = await readableText(response);
      for (const [, link] of pages[path].matchAll(/href="(\/[^"#]*)"/g)) {
        const target = (link ?? '').replace(/&amp;/g, '&');
        if (!NOT_VISITED.test(target) && !target.startsWith('/assets/') && !(target in pages)) queue.push(target);
      }
    }
    return pages;
  };

  const leaksIn = (texts: Record<string, string>): string[] =>
    Object.entries(texts).flatMap(([where, text]) => personalDataIn(text).map((datum) => `${where}: ${datum}`));

  beforeAll(async () => {
    api = await startObservedApp('forgotten-everywhere');
    admin = await api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
    position = await playScenario(scenario, (path, body) =>
      request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
    const document = (await request(api.http).get('/api/v1/openapi.json').expect(200)).body as OpenApiDocument;
    queries = operationsOf(document).filter((operation) => operation.method === 'GET');
  });
  afterAll(() => api.close());

  it('shows an admin the personal data before, through the API and the pages (the sweep reaches it)', async () => {
    const agent = await signedInAgent(api, 'admin', BEVERWIJK.code, 'admin-beverwijk');
    expect(leaksIn(await askEveryQuery()).length).toBeGreaterThan(0);
    expect(leaksIn(await crawlPages(agent)).length).toBeGreaterThan(0);
  });

  describe('after ForgetPerson for everyone in the records', () => {
    beforeAll(async () => {
      const persons = personIdsOf(await api.storage.sealedEventStore.readAll({ maxCount: 10_000 }));
      expect(persons.length).toBeGreaterThanOrEqual(3);
      const secondAdmin = await api.bearer('admin', [BEVERWIJK.code], 'second-admin-beverwijk');
      for (const personId of persons) {
        await request(api.http).post(`/api/v1/persons/${personId}/_forget`).set('Authorization', admin).expect(201);
        const forgotten = await request(api.http)
          .post(`/api/v1/persons/${personId}/forgetting/_confirm`)
          .set('Authorization', secondAdmin)
          .expect(200);
        position = (forgotten.body as { position: number }).position;
      }
    });

    it('is in no API answer, export included', async () => {
      expect(leaksIn(await askEveryQuery())).toEqual([]);
    });

    it('shows the member as erased in ListMembers, name and profile alike', async () => {
      const { bodyId, memberId } = scenario.ids;
      const answer = await request(api.http)
        .get(`/api/v1/participation-bodies/${bodyId}/members?minPosition=${position}`)
        .set('Authorization', admin)
        .expect(200);
      const [member] = (answer.body as { items: { displayName: object; profile?: object }[] }).items;
      expect(member?.displayName).toEqual({ personId: memberId, erased: true });
      expect(member?.profile).toEqual({ personId: memberId, erased: true });
    });

    it('is on no page and in no download', async () => {
      const agent = await signedInAgent(api, 'admin', BEVERWIJK.code, 'admin-beverwijk');
      const pages = await crawlPages(agent);
      expect(Object.keys(pages).length).toBeGreaterThan(10);
      expect(leaksIn(pages)).toEqual([]);
    });

    it('is in no read model row and no stored event', async () => {
      const { rows } = await api.storage.database.query<{ text: string }>(
        `SELECT doc::text AS text FROM read_model_rows
         UNION ALL SELECT data::text || metadata::text FROM es_events`,
      );
      expect(leaksIn(Object.fromEntries(rows.map((row, i) => [String(i), row.text])))).toEqual([]);
    });

    it('is in no notification, waiting or sent (ADR 34)', async () => {
      const { rows } = await api.storage.database.query<{ text: string }>(
        `SELECT row_to_json(o)::text AS text FROM notification_outbox o
         UNION ALL SELECT doc::text FROM notification_context`,
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(leaksIn(Object.fromEntries(rows.map((row, i) => [`notification ${i}`, row.text])))).toEqual([]);
    });

    it('is in no log line', () => {
      expect(api.logLines().length).toBeGreaterThan(0);
      expect(personalDataIn(api.logText())).toEqual([]);
    });

    it('leaves the audit trail intact', async () => {
      const evaluator = await api.bearer('evaluator', [BEVERWIJK.code], 'evaluator-beverwijk');
      const verification = await request(api.http)
        .get('/api/v1/audit-trail/verification')
        .set('Authorization', evaluator)
        .expect(200);
      expect(verification.body).toMatchObject({ intact: true, checked: expect.any(Number) });
      expect((verification.body as { checked: number }).checked).toBeGreaterThan(scenario.steps.length);
    });
  });
});
