import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { IJMOND_BODY_ID } from '../../support/ijmond';
import { SCENARIO, seedAdviceScenario } from '../../support/advice-scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { hiddenValue, signedInAgent, submitForm } from '../../support/web-session';

describe('the workspace forms', () => {
  let api: TestApp;
  let member: TestAgent;
  let official: TestAgent;

  beforeAll(async () => {
    api = await startTestApp('web-workspace');
    await seedAdviceScenario(api);
    member = await signedInAgent(api, 'body-member', 'GM0375', 'lid-1');
    official = await signedInAgent(api, 'official', 'GM0375', 'ambtenaar-1');
  });
  afterAll(() => api.close());

  it('sends a visitor without a session to the sign-in page', async () => {
    await request(api.http).get('/werkruimte').expect(303).expect('Location', '/inloggen?next=%2Fwerkruimte');
  });

  it('refuses a sign-in form without its CSRF token', async () => {
    const answer = await request(api.http)
      .post('/inloggen')
      .type('form')
      .send({ sub: 'x', role: 'admin', municipalities: 'GM0375' })
      .expect(403);
    expect(answer.text).toContain('Uw formulier is verlopen');
    expect(answer.headers['set-cookie']?.toString() ?? '').not.toContain('pe_token=ey');
  });

  it('keeps the token in an HttpOnly, SameSite=Strict cookie', async () => {
    const agent = request.agent(api.http);
    const page = await agent.get('/inloggen').expect(200);
    const answer = await agent
      .post('/inloggen')
      .type('form')
      .send({
        _csrf: hiddenValue(page.text, '_csrf'),
        sub: 'raadslid-1',
        role: 'council-member',
        municipalities: 'GM0375',
      })
      .expect(303);
    const cookie = (answer.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('pe_token='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('shows the advice register with the overdue response marked', async () => {
    const html = (await official.get('/werkruimte').expect(200)).text;
    expect(html).toContain('1 advies wacht te lang op een reactie.');
    expect(html).toMatch(/utrecht-table__row--overdue"><th[^>]*><a[^>]*>Vervoer naar de dagbesteding/);
  });

  it('lets a body member record a signal, and shows it in the register', async () => {
    const answer = await submitForm(
      member,
      '/werkruimte/signalen/nieuw',
      {
        municipalityCode: 'GM0375',
        bodyId: IJMOND_BODY_ID,
        channel: 'living-room-talk',
        receivedOn: '2026-02-03',
        themes: 'vervoer, eenzaamheid',
        domain: 'wmo',
        summary: 'Ouderen in Wijk aan Zee missen een buurtbus.',
      },
      303,
    );
    const html = (await member.get(answer.headers['location']!).expect(200)).text;
    expect(html).toContain('Ouderen in Wijk aan Zee missen een buurtbus.');
    expect(html).toContain('Opgeslagen.');
  });

  it('says what is missing next to the field, in Dutch, before asking the API', async () => {
    const answer = await submitForm(
      member,
      '/werkruimte/signalen/nieuw',
      {
        municipalityCode: 'GM0375',
        bodyId: IJMOND_BODY_ID,
        channel: 'meeting',
        receivedOn: '',
        themes: 'vervoer',
        domain: 'wmo',
        summary: 'Iets',
      },
      400,
    );
    expect(answer.text).toContain('id="field-receivedOn-error">Vul dit veld in.</p>');
    expect(answer.text).toContain('aria-invalid="true"');
  });

  it("shows the domain's refusal next to the field it names", async () => {
    const answer = await submitForm(
      member,
      '/werkruimte/signalen/nieuw',
      {
        municipalityCode: 'GM0375',
        bodyId: IJMOND_BODY_ID,
        channel: 'meeting',
        receivedOn: '2099-01-01',
        themes: 'vervoer',
        domain: 'wmo',
        summary: 'Iets over later.',
      },
      422,
    );
    expect(answer.text).toContain('id="field-receivedOn-error">De ontvangstdatum ligt in de toekomst.</p>');
  });

  it('refuses a council member the form commands, as the API does', async () => {
    const councilMember = await signedInAgent(api, 'council-member', 'GM0375', 'raadslid-2');
    const answer = await submitForm(
      councilMember,
      `/werkruimte/trajecten/${SCENARIO.overdueId}/collegereactie`,
      {
        respondedOn: '2026-06-10',
        'decision-1': 'adopted',
      },
      403,
    );
    expect(answer.text).toContain('Uw rol of gemeente staat dit niet toe.');
  });

  it('asks the reasoning for a recommendation the college does not adopt, then records the response', async () => {
    const path = `/werkruimte/trajecten/${SCENARIO.overdueId}/collegereactie`;
    const refused = await submitForm(official, path, { respondedOn: '2026-06-10', 'decision-1': 'not-adopted' }, 422);
    expect(refused.text).toContain(
      'id="field-reasoning-1-error">Het college moet motiveren waarom het een aanbeveling niet of deels overneemt.</p>',
    );
    const recorded = await submitForm(
      official,
      path,
      {
        respondedOn: '2026-06-10',
        'decision-1': 'not-adopted',
        'reasoning-1': 'De vervoerder is voor twee jaar gecontracteerd.',
      },
      303,
    );
    const html = (await official.get(recorded.headers['location']!).expect(200)).text;
    expect(html).toContain('De vervoerder is voor twee jaar gecontracteerd.');
    expect(html).toContain('College heeft gereageerd');
  });

  it('opens a table, records a session and a contribution through the forms', async () => {
    const opened = await submitForm(
      member,
      '/werkruimte/tafels/nieuw',
      {
        municipalityCode: 'GM0375',
        bodyId: IJMOND_BODY_ID,
        theme: 'Vervoer',
        question: 'Hoe komen ouderen bij de huisarts?',
        initiatedBy: 'body',
        form: 'living-room-talks',
        expectedGroups: ['client', 'youth'],
      },
      303,
    );
    const register = (await member.get(opened.headers['location']!).expect(200)).text;
    const tableId = /\/werkruimte\/tafels\/([0-9a-f-]{36})\/bijeenkomst/.exec(register)?.[1];
    expect(register).toContain('Hoe komen ouderen bij de huisarts?');
    const refused = await submitForm(
      member,
      `/werkruimte/tafels/${tableId}/bijeenkomst`,
      { heldOn: '2026-11-03', 'attendance-client': 'drie' },
      400,
    );
    expect(refused.text).toContain('id="field-attendance-client-error">Vul een heel getal van 0 of meer in.</p>');
    await submitForm(
      member,
      `/werkruimte/tafels/${tableId}/bijeenkomst`,
      { heldOn: '2026-11-03', 'attendance-client': '3', 'attendance-youth': '2' },
      303,
    );
    const contributed = await submitForm(
      member,
      `/werkruimte/tafels/${tableId}/bijdrage`,
      { perspective: 'youth', summary: 'Jongeren willen meerijden als vrijwilliger.' },
      303,
    );
    const position = /\?na=(\d+)$/.exec(contributed.headers['location']!)?.[1];
    const table = await request(api.http)
      .get(`/api/v1/temporary-tables/${tableId}?minPosition=${position}`)
      .set('Authorization', await api.bearer('body-member', ['GM0375']))
      .expect(200);
    expect(table.body).toMatchObject({ theme: 'Vervoer', status: 'open' });
    expect(JSON.stringify(table.body)).toContain('Jongeren willen meerijden als vrijwilliger.');
  });

  it('attaches advice to a council proposal and reports its implementation through the forms', async () => {
    const attached = await submitForm(
      official,
      `/werkruimte/trajecten/${SCENARIO.trajectoryId}/raadsvoorstel`,
      { proposalRef: 'RV-2026-077', attachedOn: '2026-07-01' },
      303,
    );
    expect(attached.headers['location']).toMatch(new RegExp(`^/trajecten/${SCENARIO.trajectoryId}\\?na=\\d+$`));
    const dropped = await submitForm(
      official,
      `/werkruimte/trajecten/${SCENARIO.trajectoryId}/uitvoering`,
      { recommendationNumber: '2', status: 'dropped', reportedOn: '2026-11-02' },
      422,
    );
    expect(dropped.text).toContain('id="field-note-error">Licht toe waarom de aanbeveling vervalt.</p>');
    const reported = await submitForm(
      official,
      `/werkruimte/trajecten/${SCENARIO.trajectoryId}/uitvoering`,
      {
        recommendationNumber: '2',
        status: 'dropped',
        reportedOn: '2026-11-02',
        note: 'Niet overgenomen door het college.',
      },
      303,
    );
    const html = (await official.get(reported.headers['location']!).expect(200)).text;
    expect(html).toContain('Vervallen (2 november 2026): Niet overgenomen door het college.');
    expect(html).toContain('href="/raadsvoorstellen/RV-2026-077"');
  });

  it('signs out', async () => {
    const agent = await signedInAgent(api, 'official', 'GM0375', 'ambtenaar-2');
    const page = await agent.get('/werkruimte').expect(200);
    await agent
      .post('/uitloggen')
      .type('form')
      .send({ _csrf: hiddenValue(page.text, '_csrf') })
      .expect(303);
    await agent.get('/werkruimte').expect(303);
  });
});
