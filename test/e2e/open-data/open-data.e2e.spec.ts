import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { loadScenario } from '../../../apps/cli/src/demo/load-scenario';
import { defaultStart, demoScenario, IJMOND, scenarioCalendar } from '../../../apps/cli/src/demo/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';

interface OpenDataFile {
  municipalityCode: string;
  dataset: string;
  format: 'csv' | 'json';
  url: string;
  schemaUrl: string;
}

/** Values of the demo that describe persons: names, contact details, what they told a table. */
function personalDataOf(steps: ReturnType<typeof demoScenario>): string[] {
  const found = new Set<string>();
  for (const step of steps) {
    const body = step.body as Record<string, unknown>;
    const reporter = body['reporter'] as Record<string, unknown> | undefined;
    for (const value of [reporter?.['name'], reporter?.['contact'], body['displayName']]) {
      if (typeof value === 'string' && value.trim().length > 3) found.add(value);
    }
    if (step.operationId === 'RecordContribution' || step.operationId === 'RecordSignal') {
      const summary = body['summary'];
      if (typeof summary === 'string') found.add(summary);
    }
  }
  return [...found];
}

describe("the demo's open data", () => {
  let api: TestApp;
  let files: OpenDataFile[];
  let personalData: string[];
  let host: string;

  beforeAll(async () => {
    api = await startTestApp('open-data');
    await api.app.listen(0, '127.0.0.1');
    const url = (await api.app.getUrl()).replace(/\/$/, '').replace('[::1]', '127.0.0.1');
    host = new URL(url).host;
    const steps = demoScenario(scenarioCalendar(defaultStart(new Date())));
    personalData = personalDataOf(steps);
    const result = await loadScenario(
      {
        url,
        tokenFor: async (actor) =>
          (await api.bearer(actor.role, [...actor.municipalities], actor.sub)).replace(/^Bearer /, ''),
      },
      steps,
    );
    // The files are read from the read models: wait until they hold the whole demo.
    await request(api.http)
      .get(`/api/v1/advice-trajectories?minPosition=${result.lastPosition}`)
      .set('Authorization', await api.bearer('admin', [...IJMOND]))
      .expect(200);
    const listed = await request(api.http).get('/api/v1/open-data').expect(200);
    files = (listed.body as { files: OpenDataFile[] }).files;
  }, 240_000);

  afterAll(() => api.close());

  const pathOf = (url: string): string => new URL(url).pathname;

  it('lists a CSV and a JSON file of every dataset for every municipality, without a token', () => {
    expect(new Set(files.map((f) => f.municipalityCode))).toEqual(new Set(IJMOND));
    expect(files).toHaveLength(IJMOND.length * 3 * 2);
    expect(files.every((f) => new URL(f.url).host === host)).toBe(true);
  });

  it('publishes JSON files that validate against their published schema, with rows in them', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    let rows = 0;
    for (const file of files.filter((f) => f.format === 'json')) {
      const schema = (await request(api.http).get(pathOf(file.schemaUrl)).expect(200)).text;
      const data = (await request(api.http).get(pathOf(file.url)).expect(200)).body as { rows: unknown[] };
      const validate = ajv.getSchema(file.schemaUrl) ?? ajv.compile(JSON.parse(schema) as object);
      expect([file.url, validate(data), validate.errors ?? []]).toEqual([file.url, true, []]);
      rows += data.rows.length;
    }
    expect(rows).toBeGreaterThan(0);
  });

  it('publishes CSV files with the same rows as their JSON', async () => {
    for (const file of files.filter((f) => f.format === 'csv')) {
      const csv = await request(api.http).get(pathOf(file.url)).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const json = (
        await request(api.http)
          .get(pathOf(file.url.replace(/\.csv$/, '.json')))
          .expect(200)
      ).body as {
        rows: unknown[];
      };
      const lines = csv.text.split('\r\n').filter((line) => line !== '');
      expect(lines.length).toBeGreaterThanOrEqual(json.rows.length + 1);
    }
  });

  it('holds no personal data of the demo, in any file', async () => {
    expect(personalData.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = (await request(api.http).get(pathOf(file.url)).expect(200)).text;
      expect([file.url, personalData.filter((datum) => text.includes(datum))]).toEqual([file.url, []]);
    }
  });

  it('lists the downloads on a public Dutch page, linking every file', async () => {
    const page = await request(api.http).get('/opendata').expect(200);
    expect(page.text).toContain('CC0');
    for (const file of files) expect(page.text).toContain(`href="${pathOf(file.url)}"`);
  });

  it('describes the files in DCAT (JSON-LD) under the CC0 licence', async () => {
    const catalog = await request(api.http).get('/api/v1/open-data/catalog.jsonld').expect(200);
    const body = JSON.parse(catalog.text) as {
      '@type': string;
      'dct:license': { '@id': string };
      'dcat:dataset': unknown[];
    };
    expect(body['@type']).toBe('dcat:Catalog');
    expect(body['dct:license']['@id']).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(body['dcat:dataset']).toHaveLength(IJMOND.length * 3);
  });
});
