import request from 'supertest';
import { SCENARIO, seedAdviceScenario } from '../../support/advice-scenario';
import { IJMOND_BODY_ID } from '../../support/ijmond';
import { readPdf } from '../../support/read-pdf';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent } from '../../support/web-session';

const RESPONSIBLE = 'ambtenaar-verantwoordelijk';
const LATE_RESPONSE = 'c0a80101-0000-4000-8000-00000000ba01';
const LATE_ADVICE = 'c0a80101-0000-4000-8000-00000000ba02';
/** More advice than one page of the register holds (50). */
const MANY = 52;

interface DeadlineAnswer {
  holder: string;
  total: number;
  items: { trajectory: { id: string }; deadlines: { kind: string; dueOn: string; overdue: boolean }[] }[];
}

describe('terms, paged registers and reports for the council over HTTP', () => {
  let api: TestApp;
  let position = 0;

  beforeAll(async () => {
    api = await startTestApp('e2e-deadlines-records');
    await seedAdviceScenario(api);
    const official = await api.bearer('official', ['GM0375'], RESPONSIBLE);
    const member = await api.bearer('body-member', ['GM0375'], 'scenario-member');
    const post = async (path: string, token: string, body: object): Promise<void> => {
      const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
      if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      position = (answer.body as { position: number }).position;
    };
    const trajectory = (id: string, subject: string, extra: object) => ({
      id,
      municipalityCode: 'GM0375',
      bodyId: IJMOND_BODY_ID,
      kind: 'solicited',
      subject,
      question: 'Wat vindt de raad?',
      domain: 'wmo',
      policyPhase: 'preparation',
      ...extra,
    });
    await post(
      '/advice-trajectories',
      official,
      trajectory(LATE_RESPONSE, 'Reactie te laat', { responseDueOn: '2026-02-01', responsibleOfficial: RESPONSIBLE }),
    );
    await post(`/advice-trajectories/${LATE_RESPONSE}/advice`, member, {
      issuedOn: '2026-01-10',
      summary: 'Een advies.',
      clientPerspective: 'Cliënten willen gehoord worden.',
      recommendations: [{ number: 1, text: 'Doe het.' }],
    });
    await post(
      '/advice-trajectories',
      official,
      trajectory(LATE_ADVICE, 'Advies te laat', { adviceDueOn: '2026-02-01', responsibleOfficial: 'iemand-anders' }),
    );
    for (let n = 0; n < MANY - 4; n += 1) {
      const id = `c0a80101-0000-4000-8000-${String(n).padStart(12, '0')}`;
      await post('/advice-trajectories', official, trajectory(id, `Advies nummer ${n}`, {}));
    }
  }, 120_000);
  afterAll(() => api?.close());

  const deadlines = async (role: 'official' | 'secretary', sub: string): Promise<DeadlineAnswer> => {
    const token = await api.bearer(role, ['GM0375'], sub);
    const answer = await request(api.http)
      .get(`/api/v1/deadlines?minPosition=${position}`)
      .set('Authorization', token)
      .expect(200);
    return answer.body as DeadlineAnswer;
  };

  it("answers an official's own trajectories with the college's response overdue", async () => {
    const answer = await deadlines('official', RESPONSIBLE);
    expect(answer.holder).toBe('official');
    expect(answer.items.map((item) => [item.trajectory.id, item.deadlines])).toEqual([
      [LATE_RESPONSE, [{ kind: 'college-response', dueOn: '2026-02-01', overdue: true }]],
    ]);
  });

  it('answers another official nothing of it, and the public 401', async () => {
    expect((await deadlines('official', 'ambtenaar-zonder-trajecten')).total).toBe(0);
    await request(api.http).get('/api/v1/deadlines').expect(401);
  });

  it("answers the body's side with the body's advice that is overdue", async () => {
    const answer = await deadlines('secretary', 'secretaris-termijnen');
    expect(answer.holder).toBe('body');
    expect(answer.items.map((item) => [item.trajectory.id, item.deadlines.map((d) => d.kind)])).toEqual([
      [LATE_ADVICE, ['body-advice']],
    ]);
  });

  it('pages the advice register with its whole count instead of stopping at a cap', async () => {
    const agent = await signedInAgent(api, 'official', 'GM0375', 'ambtenaar-bladeren');
    const first = await agent.get('/werkruimte/adviezen').expect(200);
    expect(first.text).toContain(`Resultaat 1 tot en met 50 van ${MANY}`);
    expect(first.text).toContain('rel="next" href="/werkruimte/adviezen?offset=50"');
    const second = await agent.get('/werkruimte/adviezen?offset=50').expect(200);
    expect(second.text).toContain(`Resultaat 51 tot en met ${MANY} van ${MANY}`);
    expect(second.text).toContain('rel="prev"');
    const searched = await agent.get('/werkruimte/adviezen?q=reactie&kind=solicited').expect(200);
    expect(searched.text).toContain('Resultaat 1 tot en met 1 van 1');
    expect(searched.text).toContain(`href="/trajecten/${LATE_RESPONSE}"`);
  });

  it("downloads a trajectory's history as a PDF with the recommendations and the college's reasoning", async () => {
    const answer = await request(api.http)
      .get(`/trajecten/${SCENARIO.trajectoryId}/verslag`)
      .buffer(true)
      .parse(binary);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="adviestraject-.*\.pdf"$/);
    const pdf = await readPdf(answer.body as Buffer);
    expect(pdf.info).toMatchObject({ Title: SCENARIO.subject });
    expect(pdf.language).toBe('nl-NL');
    expect(pdf.outline.map((item) => item.title)).toContain('Aanbevelingen en de reactie van het college');
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Eén loket voor alle Wmo-vragen.');
    expect(text).toContain('Het aantal consulenten laat dit niet toe.');
    for (const personal of SCENARIO.personalData) expect(text).not.toContain(personal);
  });

  it("downloads a council proposal's report as a PDF", async () => {
    const answer = await request(api.http)
      .get(`/raadsvoorstellen/${SCENARIO.proposalRef}/verslag`)
      .buffer(true)
      .parse(binary);
    expect(answer.status).toBe(200);
    const pdf = await readPdf(answer.body as Buffer);
    expect(pdf.info).toMatchObject({ Title: `Raadsvoorstel ${SCENARIO.proposalRef}` });
    expect(pdf.outline.map((item) => item.title)).toEqual([`${SCENARIO.subject} (GM0375)`]);
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('Een vaste contactpersoon per cliënt.');
  });
});

/** Collects a binary answer as one Buffer (supertest parses only text types by default). */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  // While parsing, superagent hands over the answer's stream itself.
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
