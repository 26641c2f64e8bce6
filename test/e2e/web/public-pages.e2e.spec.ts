import request from 'supertest';
import { SCENARIO, seedAdviceScenario } from '../../support/advice-scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { hiddenValue } from '../../support/web-session';

describe('the public council view', () => {
  let api: TestApp;

  const page = async (path: string, status = 200): Promise<string> => {
    const answer = await request(api.http).get(path);
    expect({ path, status: answer.status }).toEqual({ path, status });
    return answer.text;
  };

  beforeAll(async () => {
    api = await startTestApp('web-public');
    const position = await seedAdviceScenario(api);
    await request(api.http).get(`/api/v1/advice-trajectories?minPosition=${position}`).expect(200);
  });
  afterAll(() => api.close());

  it('lists every municipality on the landing page, in Dutch', async () => {
    const html = await page('/');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl"/);
    expect(html).toContain('href="/gemeenten/GM0375">Beverwijk</a>');
    expect(html).toContain('href="/gemeenten/GM0396">Heemskerk</a>');
  });

  it("shows a municipality's advice with its status", async () => {
    const html = await page('/gemeenten/GM0375');
    expect(html).toContain(
      `<a class="utrecht-link" href="/trajecten/${SCENARIO.trajectoryId}">${SCENARIO.subject}</a>`,
    );
    expect(html).toContain('Raad heeft besloten');
    expect(html).toContain('Advies uitgebracht, wacht op college');
  });

  it("tells a trajectory's whole course: signals, tables, advice, each recommendation's fate, council", async () => {
    const html = await page(`/trajecten/${SCENARIO.trajectoryId}`);
    expect(html).toContain('Adviestraject gestart');
    expect(html).toContain('Advies uitgebracht');
    expect(html).toContain('Bijeenkomst');
    expect(html).toContain('Toegang tot de Wmo');
    expect(html).toContain('Cliënten: minder dan 5');
    expect(html).toContain('Het aantal consulenten laat dit niet toe.');
    expect(html).toContain('Gerealiseerd');
    expect(html).toContain('Geamendeerd');
    expect(html).toContain(`href="/raadsvoorstellen/${SCENARIO.proposalRef}"`);
  });

  it('tells the story by the days the steps happened, oldest first', async () => {
    const html = await page(`/trajecten/${SCENARIO.trajectoryId}`);
    const timeline = /<ol class="utrecht-ordered-list timeline">(.*?)<\/ol>/.exec(html)?.[1] ?? '';
    const entries = [...timeline.matchAll(/<li[^>]*><time[^>]*>([^<]*)<\/time>: ([^<]*)<\/li>/g)].map(
      ([, date, text]) => `${date}: ${text}`,
    );
    expect(entries).toEqual([
      '15 januari 2026: Signaal ontvangen (Bijeenkomst) over toegang',
      '2 maart 2026: Advies uitgebracht met 2 aanbevelingen',
      '6 april 2026: Het college reageerde schriftelijk',
      '20 april 2026: Bij raadsvoorstel RV-2026-031 gevoegd',
      '15 juni 2026: De raad besloot over raadsvoorstel RV-2026-031: Geamendeerd',
      '1 oktober 2026: Uitvoering van aanbeveling 1: Gerealiseerd',
    ]);
  });

  it('shows the advice attached to a council proposal', async () => {
    const html = await page(`/raadsvoorstellen/${SCENARIO.proposalRef}`);
    expect(html).toContain(SCENARIO.subject);
    expect(html).toContain('Niet overgenomen');
  });

  it('shows no personal data on any public page', async () => {
    const pages = await Promise.all(
      [
        '/',
        '/gemeenten/GM0375',
        `/trajecten/${SCENARIO.trajectoryId}`,
        `/raadsvoorstellen/${SCENARIO.proposalRef}`,
      ].map((path) => page(path)),
    );
    for (const html of pages) for (const personal of SCENARIO.personalData) expect(html).not.toContain(personal);
  });

  it('sets no CSRF cookie on a page without a form, and one on the sign-in form', async () => {
    const cookiesOf = async (path: string): Promise<string> =>
      String((await request(api.http).get(path).expect(200)).headers['set-cookie'] ?? '');
    expect(await cookiesOf(`/trajecten/${SCENARIO.trajectoryId}`)).not.toContain('pe_csrf=');
    expect(await cookiesOf('/gemeenten/GM0375')).not.toContain('pe_csrf=');
    const signIn = await request(api.http).get('/inloggen').expect(200);
    const csrf = /pe_csrf=([^;]+)/.exec(String(signIn.headers['set-cookie'] ?? ''))?.[1];
    // The form carries the very token its cookie holds.
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hiddenValue(signIn.text, '_csrf')).toBe(csrf);
  });

  it('answers in English when asked, and remembers it', async () => {
    const answer = await request(api.http).get('/?lang=en').expect(200);
    expect(answer.text).toMatch(/<html lang="en"/);
    expect(answer.text).toContain('Choose a municipality');
    const cookie = answer.headers['set-cookie'] as unknown as string[];
    const again = await request(api.http).get('/gemeenten/GM0375').set('Cookie', cookie).expect(200);
    expect(again.text).toContain('Advice to the municipality of Beverwijk');
  });

  it('answers a page for what does not exist', async () => {
    expect(await page('/trajecten/c0a80101-0000-4000-8000-00000000ffff', 404)).toContain('Niet gevonden');
    expect(await page('/trajecten/not-a-uuid', 404)).toContain('Niet gevonden');
    expect(await page('/gemeenten/GM9999', 404)).toContain('Niet gevonden');
  });

  it('serves only the listed stylesheets and scripts', async () => {
    await request(api.http)
      .get('/assets/utrecht-components.css')
      .expect(200)
      .expect('Content-Type', /text\/css/);
    await request(api.http)
      .get('/assets/chart.umd.min.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
    await request(api.http).get('/assets/..%2Fpackage.json').expect(404);
  });

  it('keeps the pages out of the OpenAPI document and the API under its prefix', async () => {
    const openapi = await request(api.http).get('/api/v1/openapi.json').expect(200);
    const paths = Object.keys((openapi.body as { paths: object }).paths);
    const pages = /^\/(gemeenten|trajecten|raadsvoorstellen|inloggen|uitloggen|werkruimte|evaluatie|assets)?(\/|$)/;
    expect(paths.filter((path) => pages.test(path))).toEqual([]);
    await request(api.http).get('/api/v1/municipalities').expect(200);
  });
});
