import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent, submitForm } from '../../support/web-session';

/** One more than the API's largest page (200): the smallest list a silent cap would cut. */
const PAST_ONE_PAGE = 201;
const UUID = '[0-9a-f-]{36}';

/**
 * The forms about a body, an agenda or a pilot return to that subject's page, which waits
 * for the command (`?na=`); and no list or choice stops silently at the API's 200 rows.
 */
describe('the pages of a body, an agenda and a pilot', () => {
  let api: TestApp;
  let admin: TestAgent;
  let secretary: TestAgent;
  let adminBearer: string;

  beforeAll(async () => {
    api = await startTestApp('web-subject-pages');
    await seedIjmond(api, ['GM0375']);
    adminBearer = await api.bearer('admin', ['GM0375'], 'pages-admin');
    admin = await signedInAgent(api, 'admin', 'GM0375', 'pages-admin');
    secretary = await signedInAgent(api, 'secretary', 'GM0375', 'pages-secretary');
  });
  afterAll(() => api.close());

  const post = (path: string, body: object, status = 201) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', adminBearer).send(body).expect(status);

  it('returns a new body and its consultation to the body, saved and with its forms', async () => {
    const established = await submitForm(
      admin,
      '/werkruimte/beheer/orgaan',
      {
        name: 'Cliëntenraad Beverwijk',
        kind: 'advisory-council',
        municipalityCodes: 'GM0375',
        domains: 'wmo',
      },
      303,
    );
    const [, bodyId] = new RegExp(`^/werkruimte/organen/(${UUID})\\?na=\\d+$`).exec(
      established.headers['location']!,
    ) ?? [''];
    const page = (await admin.get(established.headers['location']!).expect(200)).text;
    expect(page).toContain('Cliëntenraad Beverwijk');
    expect(page).toContain('Opgeslagen.');
    // A body without members offers the first appointment as the step that follows.
    expect(page).toMatch(/Volgende stap<\/h2><ul[^>]*><li[^>]*><a[^>]*href="[^"]*\/leden\/nieuw">Lid benoemen/);

    const recorded = await submitForm(
      secretary,
      `/werkruimte/organen/${bodyId}/overleg/nieuw`,
      { heldOn: '2026-03-02', with: 'alderman', topics: 'vervoer' },
      303,
    );
    expect(recorded.headers['location']).toMatch(new RegExp(`^/werkruimte/organen/${bodyId}\\?na=\\d+#overleg$`));
    const after = (await secretary.get(recorded.headers['location']!).expect(200)).text;
    expect(after).toContain('Opgeslagen.');
    expect(after).toContain('2 maart 2026');
  });

  it('returns an agenda, its item and its agreement to the agenda page', async () => {
    const drafted = await submitForm(
      secretary,
      `/werkruimte/organen/${IJMOND_BODY_ID}/agenda/nieuw`,
      { year: '2027' },
      303,
    );
    const [, agendaId] = new RegExp(`^/werkruimte/agenda/(${UUID})\\?na=\\d+$`).exec(drafted.headers['location']!) ?? [
      '',
    ];
    const empty = (await secretary.get(drafted.headers['location']!).expect(200)).text;
    expect(empty).toContain('Opgeslagen.');
    expect(empty).toMatch(/Volgende stap<\/h2><ul[^>]*><li[^>]*><a[^>]*href="[^"]*\/punt">Agendapunt toevoegen/);

    const added = await submitForm(
      secretary,
      `/werkruimte/agenda/${agendaId}/punt`,
      { theme: 'Vervoer voor ouderen', source: 'body' },
      303,
    );
    expect(added.headers['location']).toMatch(new RegExp(`^/werkruimte/agenda/${agendaId}\\?na=\\d+$`));
    const withItem = (await secretary.get(added.headers['location']!).expect(200)).text;
    expect(withItem).toContain('Vervoer voor ouderen');
    expect(withItem).toMatch(/Volgende stap<\/h2><ul[^>]*><li[^>]*><a[^>]*href="[^"]*\/instemmen">/);

    const agreed = await submitForm(secretary, `/werkruimte/agenda/${agendaId}/instemmen`, {}, 303);
    expect(agreed.headers['location']).toMatch(new RegExp(`^/werkruimte/agenda/${agendaId}\\?na=\\d+$`));
    const agreedPage = (await secretary.get(agreed.headers['location']!).expect(200)).text;
    expect(agreedPage).toContain('Participatieorgaan (');
  });

  it('returns a new pilot and a finding to the pilot page', async () => {
    const started = await submitForm(
      admin,
      '/werkruimte/beheer/pilot',
      {
        name: 'Pilot IJmond',
        bodyIds: IJMOND_BODY_ID,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        'metric-1': 'written-response-share',
        'target-1': '0,8',
      },
      303,
    );
    const [, pilotId] = new RegExp(`^/werkruimte/pilots/(${UUID})\\?na=\\d+$`).exec(started.headers['location']!) ?? [
      '',
    ];
    expect((await admin.get(started.headers['location']!).expect(200)).text).toContain('Pilot IJmond');

    const evaluator = await signedInAgent(api, 'evaluator', 'GM0375', 'pages-evaluator');
    const found = await submitForm(
      evaluator,
      `/werkruimte/pilots/${pilotId}/bevinding`,
      { topic: 'structure', finding: 'De raad vergadert te weinig.', recordedOn: '2026-11-01' },
      303,
    );
    expect(found.headers['location']).toMatch(new RegExp(`^/werkruimte/pilots/${pilotId}\\?na=\\d+$`));
    const page = (await evaluator.get(found.headers['location']!).expect(200)).text;
    expect(page).toContain('De raad vergadert te weinig.');
    expect(page).toContain('Opgeslagen.');
  });

  describe(`with ${PAST_ONE_PAGE} more municipalities`, () => {
    /** Registered after the IJmond's, so the last of them is past the first page of 200. */
    const code = (n: number): string => `GM${9000 + n}`;
    const last = code(PAST_ONE_PAGE);

    beforeAll(async () => {
      // An admin registers only municipalities it acts for.
      const codes = Array.from({ length: PAST_ONE_PAGE }, (_, i) => code(i + 1));
      const bearer = await api.bearer('admin', codes, 'pages-admin');
      const register = (n: number) =>
        request(api.http)
          .post('/api/v1/municipalities')
          .set('Authorization', bearer)
          .send({ code: code(n), name: `Gemeente ${n}` })
          .expect(201);
      let position = 0;
      for (let n = 1; n <= PAST_ONE_PAGE; n += 20) {
        const answers = await Promise.all(
          Array.from({ length: Math.min(20, PAST_ONE_PAGE - n + 1) }, (_, i) => register(n + i)),
        );
        for (const answer of answers) position = Math.max(position, (answer.body as { position: number }).position);
      }
      // The pages read without ?na=: wait until the register holds every one of them.
      await request(api.http)
        .get(`/api/v1/municipalities?minPosition=${position}&limit=1`)
        .set('Authorization', bearer)
        .expect(200);
    }, 120_000);

    it('names the last of them on its public page and offers it in a form', async () => {
      expect((await request(api.http).get(`/gemeenten/${last}`).expect(200)).text).toContain(
        `Gemeente ${PAST_ONE_PAGE}`,
      );
      const lastAdmin = await signedInAgent(api, 'admin', `GM0375,${last}`, 'pages-admin-2');
      const form = (await lastAdmin.get('/werkruimte/beheer/orgaan').expect(200)).text;
      expect(form).toContain(`Gemeente ${PAST_ONE_PAGE} (${last})`);
    });
  });

  describe(`with ${PAST_ONE_PAGE} members and signals`, () => {
    beforeAll(async () => {
      // One body is one stream: its members one after the other. Signals are streams of their own.
      for (let n = 1; n <= PAST_ONE_PAGE; n += 1) {
        await post(
          `/participation-bodies/${IJMOND_BODY_ID}/members`,
          { displayName: `Lid ${n}`, role: 'member', expertise: ['lived-experience'] },
          200,
        );
      }
      const signal = (n: number) =>
        post('/signals', {
          bodyId: IJMOND_BODY_ID,
          municipalityCode: 'GM0375',
          channel: 'meeting',
          receivedOn: '2026-01-15',
          themes: [`thema ${n}`],
          domain: 'wmo',
          summary: `Signaal ${n}`,
        });
      for (let n = 1; n <= PAST_ONE_PAGE; n += 20) {
        await Promise.all(Array.from({ length: Math.min(20, PAST_ONE_PAGE - n + 1) }, (_, i) => signal(n + i)));
      }
    }, 120_000);

    it("pages a body's members with their count, to the last one", async () => {
      const body = `/werkruimte/organen/${IJMOND_BODY_ID}`;
      const first = (await secretary.get(body).expect(200)).text;
      expect(first).toContain(`Resultaat 1 tot en met 50 van ${PAST_ONE_PAGE}`);
      expect(first).toContain('rel="next"');
      const last = (await secretary.get(`${body}?offset=200`).expect(200)).text;
      expect(last).toContain(`Resultaat 201 tot en met ${PAST_ONE_PAGE} van ${PAST_ONE_PAGE}`);
      expect(last).toContain(`Lid ${PAST_ONE_PAGE}<`);
    });

    it('opens on the newest members right after an appointment', async () => {
      const appointed = await submitForm(
        secretary,
        `/werkruimte/organen/${IJMOND_BODY_ID}/leden/nieuw`,
        { displayName: 'Nieuw Lid', role: 'member', expertise: 'lived-experience' },
        303,
      );
      const page = (await secretary.get(appointed.headers['location']!).expect(200)).text;
      expect(page).toContain('Nieuw Lid<');
      expect(page).toContain('Opgeslagen.');
    });

    it('offers every current member when a membership ends', async () => {
      const form = (await secretary.get(`/werkruimte/organen/${IJMOND_BODY_ID}/leden/beeindigen`).expect(200)).text;
      expect(form.match(new RegExp(`<option value="${UUID}"`, 'g'))?.length).toBeGreaterThan(PAST_ONE_PAGE);
      expect(form).toContain(`Lid ${PAST_ONE_PAGE} (`);
    });

    it('offers every open signal when signals are clustered', async () => {
      const form = (await secretary.get('/werkruimte/signalen/bundelen').expect(200)).text;
      expect(form.match(/name="signalIds"/g)?.length).toBe(PAST_ONE_PAGE);
    });
  });
});
