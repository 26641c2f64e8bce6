import ExcelJS from 'exceljs';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { SCENARIO, seedAdviceScenario } from '../../support/advice-scenario';
import { IJMOND_BODY_ID } from '../../support/ijmond';
import { adminDatabase, startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent } from '../../support/web-session';

const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

const FINDING = 'Ambtenaren betrekken de raad nu vóór de beleidsnota er ligt.';

describe("the evaluators' dashboard", () => {
  let api: TestApp;
  let evaluator: TestAgent;

  beforeAll(async () => {
    api = await startTestApp('web-dashboard');
    await seedAdviceScenario(api);
    const bearer = await api.bearer('evaluator', ['GM0375']);
    const recorded = await request(api.http)
      .post(`/api/v1/pilots/${SCENARIO.pilotId}/findings`)
      .set('Authorization', bearer)
      .send({ topic: 'collaboration-officials', finding: FINDING, recordedOn: '2026-11-20' })
      .expect(200);
    const position = (recorded.body as { position: number }).position;
    await request(api.http)
      .get(`/api/v1/pilots/${SCENARIO.pilotId}/evaluation?minPosition=${position}`)
      .set('Authorization', bearer)
      .expect(200);
    evaluator = await signedInAgent(api, 'evaluator', 'GM0375, GM0396', 'evaluator-1');
  });
  afterAll(() => api.close());

  it('goes from the chosen pilot id to its evaluation', async () => {
    await evaluator
      .get(`/evaluatie?pilot=${SCENARIO.pilotId}`)
      .expect(303)
      .expect('Location', `/evaluatie/${SCENARIO.pilotId}`);
  });

  it('shows each yardstick against its target, with a named chart and its data table', async () => {
    const html = (await evaluator.get(`/evaluatie/${SCENARIO.pilotId}`).expect(200)).text;
    expect(html).toContain('Evaluatie van de pilot: Pilot participatieraad IJmond');
    expect(html).toMatch(
      /<th class="utrecht-table__header-cell" scope="row">Aantal signalen<\/th><td class="utrecht-table__cell">hoger is beter<\/td><td class="utrecht-table__cell">1<\/td><td class="utrecht-table__cell">2<\/td><td class="utrecht-table__cell">Nee<\/td>/,
    );
    expect(html).toMatch(
      /<canvas id="total-chart" role="img" aria-label="Staafdiagram: aandelen van Alle organen samen/,
    );
    expect(html).toContain('<script src="/assets/chart.umd.min.js" defer></script>');
  });

  it('says in Dutch which way each yardstick improves', async () => {
    const html = (await evaluator.get(`/evaluatie/${SCENARIO.pilotId}`).expect(200)).text;
    expect(html).toMatch(
      /scope="row">Aandeel tafels waar een verwachte groep ontbrak<\/th><td class="utrecht-table__cell">lager is beter<\/td>/,
    );
  });

  it("shows the evaluators' findings beside the yardsticks", async () => {
    const html = (await evaluator.get(`/evaluatie/${SCENARIO.pilotId}`).expect(200)).text;
    expect(html).toContain('Bevindingen van de evaluatoren');
    expect(html).toMatch(
      new RegExp(
        `scope="row">Samenwerking met het ambtelijk apparaat</th><td class="utrecht-table__cell">${FINDING}</td>`,
      ),
    );
  });

  it('shows the result of the audit-trail check', async () => {
    const html = (await evaluator.get(`/evaluatie/${SCENARIO.pilotId}`).expect(200)).text;
    expect(html).toMatch(/Het logboek is ongeschonden: \d+ gebeurtenissen gecontroleerd\./);
    // The check is incremental (ADR 31): the page says what it does not re-read, and what does.
    expect(html).toContain('export-evidence en verify-evidence');
  });

  it('downloads the CSV as the API exports it', async () => {
    const fromApi = await request(api.http)
      .get(`/api/v1/pilots/${SCENARIO.pilotId}/evaluation-export`)
      .set('Authorization', await api.bearer('evaluator', ['GM0375']))
      .expect(200);
    const download = await evaluator.get(`/evaluatie/${SCENARIO.pilotId}/meetpunten.csv`).expect(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="pilot-${SCENARIO.pilotId}.csv"`);
    expect(download.text).toBe(fromApi.text);
    expect(download.text).toContain(`total,${SCENARIO.pilotId},signals-count,1,2,false,higher-is-better,,,`);
    expect(download.text).toContain(`,collaboration-officials,${FINDING},2026-11-20\r\n`);
  });

  it('downloads the same rows as an Excel workbook', async () => {
    const download = await evaluator
      .get(`/evaluatie/${SCENARIO.pilotId}/meetpunten.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer against an older @types/node.
    await workbook.xlsx.load(download.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toEqual([
      undefined,
      'scope',
      'scopeId',
      'metric',
      'Meetpunt',
      'Richting',
      'value',
      'target',
      'met',
    ]);
    expect(rows).toContainEqual([
      undefined,
      'total',
      SCENARIO.pilotId,
      'signals-count',
      'Aantal signalen',
      'hoger is beter',
      1,
      2,
      false,
    ]);
    const csv = (await evaluator.get(`/evaluatie/${SCENARIO.pilotId}/meetpunten.csv`)).text.trim().split('\r\n');
    expect(rows).toHaveLength(csv.filter((line) => !line.startsWith('finding,')).length);
    const findings = workbook.worksheets[1]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(findings).toEqual([
      [undefined, 'Onderwerp', 'Bevinding', 'Vastgelegd op'],
      [undefined, 'Samenwerking met het ambtelijk apparaat', FINDING, '2026-11-20'],
    ]);
  });

  it('answers an unknown pilot with a page that says so', async () => {
    const html = (await evaluator.get('/evaluatie/c0a80101-0000-4000-8000-00000000beef').expect(404)).text;
    expect(html).toContain('Deze pilot bestaat niet of valt buiten uw gemeenten.');
  });
  it('says where the trail breaks when an event row was edited in the database', async () => {
    // The dashboard's check walks what is new since its last walk (ADR 0031); an edit to events
    // walked before is the evidence verifier's to find. So the edited event is a new one, recorded
    // last, after the tests that count this scenario's signals.
    const recorded = await request(api.http)
      .post('/api/v1/signals')
      .set('Authorization', await api.bearer('secretary', ['GM0375']))
      .send({
        bodyId: IJMOND_BODY_ID,
        municipalityCode: 'GM0375',
        channel: 'meeting',
        receivedOn: '2026-01-16',
        themes: ['toegang'],
        domain: 'wmo',
        summary: 'Nog een signaal over de toegang.',
      })
      .expect(201);
    const stream = `signal-${(recorded.body as { id: string }).id}`;
    await adminDatabase(api).query(
      `UPDATE es_events SET data = jsonb_set(data, '{channel}', '"vervalst"') WHERE stream_id = $1 AND stream_revision = 0`,
      [stream],
    );
    const html = (await evaluator.get(`/evaluatie/${SCENARIO.pilotId}`).expect(200)).text;
    expect(html).toContain(`Eerste afwijking: in ${stream}, gebeurtenis 0: de inhoud van de gebeurtenis is gewijzigd.`);
  });
});
