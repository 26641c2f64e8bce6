import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { appointIjmondMembers, IJMOND_BODY_ID } from '../../support/ijmond';
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
    // A body member acts for the council only as a current member of it, by its login.
    await appointIjmondMembers(api, ['lid-1']);
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

  it('keeps only a session secret in an HttpOnly, SameSite=Lax cookie, never a token', async () => {
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
    // Server-side sessions (issue #18): the cookie names a session in PostgreSQL.
    const cookies = answer.headers['set-cookie'] as unknown as string[];
    const cookie = cookies.find((c) => c.startsWith('pe_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookies.join('\n')).not.toMatch(/eyJ/);
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

  it('neither shows nor takes a command form from a council member, as the API refuses them', async () => {
    const councilMember = await signedInAgent(api, 'council-member', 'GM0375', 'raadslid-2');
    const path = `/werkruimte/trajecten/${SCENARIO.overdueId}/collegereactie`;
    const shown = await councilMember.get(path).expect(403);
    expect(shown.text).toContain('Uw rol of gemeente geeft geen toegang tot deze pagina.');
    // The session's own CSRF token, from a page a council member may see, so only the role is wrong.
    const workspace = await councilMember.get('/werkruimte').expect(200);
    const sent = await councilMember
      .post(path)
      .type('form')
      .send({ _csrf: hiddenValue(workspace.text, '_csrf'), respondedOn: '2026-06-10', 'decision-1': 'adopted' })
      .expect(403);
    expect(sent.text).toContain('Uw rol of gemeente geeft geen toegang tot deze pagina.');
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

  const startRequest = {
    municipalityCode: 'GM0375',
    bodyId: IJMOND_BODY_ID,
    kind: 'solicited',
    subject: 'Schuldhulp dichtbij',
    domain: 'participation-act',
    policyPhase: 'preparation',
  };

  it('shows the Dutch refusal beside the question when a request leaves it out', async () => {
    const form = (await official.get('/werkruimte/trajecten/nieuw').expect(200)).text;
    expect(form).toContain('Adviesvraag (verplicht bij gevraagd advies)');
    const refused = await submitForm(official, '/werkruimte/trajecten/nieuw', startRequest, 422);
    expect(refused.text).toContain(
      'id="field-question-error">Vul de vraag in die de gemeente aan het participatieorgaan stelt.</p>',
    );
    expect(refused.text).toMatch(/<textarea[^>]*id="field-question"[^>]*aria-invalid="true"/);
  });

  it('lets an official start a request with its question, and a member issue a process advice on it', async () => {
    const started = await submitForm(
      official,
      '/werkruimte/trajecten/nieuw',
      {
        ...startRequest,
        question: 'Hoe vinden inwoners met schulden eerder hulp?',
        adviceDueOn: '2026-12-15',
        portfolioHolder: 'wethouder Sociaal Domein',
      },
      303,
    );
    const [, trajectoryId, position] =
      /^\/trajecten\/([0-9a-f-]{36})\?na=(\d+)$/.exec(started.headers['location']!) ?? [];
    expect(trajectoryId).toBeDefined();
    // The forms read the trajectory from the read model: wait until it has the start.
    await request(api.http)
      .get(`/api/v1/advice-trajectories/${trajectoryId}/influence-chain?minPosition=${position}`)
      .set('Authorization', await api.bearer('official', ['GM0375'], 'ambtenaar-1'))
      .expect(200);
    const history = await request(api.http)
      .get(`/api/v1/advice-trajectories/${trajectoryId}/history`)
      .set('Authorization', await api.bearer('official', ['GM0375'], 'ambtenaar-1'))
      .expect(200);
    // The official who starts a request is responsible for it unless another is named.
    expect((history.body as { state: object }).state).toMatchObject({
      question: 'Hoe vinden inwoners met schulden eerder hulp?',
      adviceDueOn: '2026-12-15',
      portfolioHolder: 'wethouder Sociaal Domein',
      responsibleOfficial: 'ambtenaar-1',
    });

    const adviceForm = (await member.get(`/werkruimte/trajecten/${trajectoryId}/advies`).expect(200)).text;
    // Content advice unless the member chooses otherwise.
    expect(adviceForm).toMatch(/<input[^>]*value="content"[^>]*checked/);
    const issued = await submitForm(
      member,
      `/werkruimte/trajecten/${trajectoryId}/advies`,
      {
        issuedOn: '2026-11-20',
        adviceKind: 'process',
        summary: 'Betrek ervaringsdeskundigen al bij het opstellen van de regeling.',
        clientPerspective: 'Inwoners met schulden zijn niet gehoord.',
        'recommendation-1': 'Organiseer eerst een tijdelijke tafel met ervaringsdeskundigen.',
      },
      303,
    );
    expect(issued.headers['location']).toMatch(new RegExp(`^/trajecten/${trajectoryId}\\?na=\\d+$`));
    const issuedAt = /\?na=(\d+)$/.exec(issued.headers['location']!)?.[1];
    const chain = await request(api.http)
      .get(`/api/v1/advice-trajectories/${trajectoryId}/influence-chain?minPosition=${issuedAt}`)
      .set('Authorization', await api.bearer('official', ['GM0375'], 'ambtenaar-1'))
      .expect(200);
    expect((chain.body as { advice?: object }).advice).toMatchObject({ adviceKind: 'process' });
  });

  it('asks which college answers a regional advice, of the municipalities the official acts for', async () => {
    const regionalId = 'c0a80101-0000-4000-8000-00000000aa77';
    let position = 0;
    const send = async (path: string, token: string, body: object): Promise<void> => {
      const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
      expect(answer.status).toBeLessThan(300);
      position = (answer.body as { position: number }).position;
    };
    await send('/advice-trajectories', await api.bearer('body-member', ['GM0375'], 'lid-1'), {
      id: regionalId,
      municipalityCode: 'GM0375',
      addressedTo: ['GM0375', 'GM0396'],
      bodyId: IJMOND_BODY_ID,
      kind: 'unsolicited',
      subject: 'Eén regiotaxi voor de IJmond',
      domain: 'wmo',
      policyPhase: 'agenda-setting',
    });
    await send(`/advice-trajectories/${regionalId}/advice`, await api.bearer('body-member', ['GM0375'], 'lid-1'), {
      issuedOn: '2026-10-01',
      summary: 'Eén regiotaxi voor beide gemeenten.',
      clientPerspective: 'Reizigers stappen nu over bij de gemeentegrens.',
      recommendations: [{ number: 1, text: 'Laat de regiotaxi over de gemeentegrens rijden.' }],
    });
    const heemskerk = await signedInAgent(api, 'official', 'GM0396', 'ambtenaar-h');
    await request(api.http)
      .get(`/api/v1/advice-trajectories/${regionalId}/influence-chain?minPosition=${position}`)
      .set('Authorization', await api.bearer('official', ['GM0396'], 'ambtenaar-h'))
      .expect(200);
    const path = `/werkruimte/trajecten/${regionalId}/collegereactie`;
    const form = (await heemskerk.get(path).expect(200)).text;
    expect(form).toContain('Gemeente van dit college of deze raad');
    expect(form).toMatch(/<select[^>]*name="municipalityCode"/);
    expect(form).toContain('<option value="GM0396" selected>Heemskerk (GM0396)</option>');
    expect(form).not.toContain('<option value="GM0375"');
    await submitForm(
      heemskerk,
      path,
      { municipalityCode: 'GM0396', respondedOn: '2026-10-20', 'decision-1': 'adopted' },
      303,
    );
    const chain = await request(api.http)
      .get(`/api/v1/advice-trajectories/${regionalId}/influence-chain`)
      .set('Authorization', await api.bearer('official', ['GM0396'], 'ambtenaar-h'))
      .expect(200);
    // One college of two has answered: the advice still waits for Beverwijk's.
    expect((chain.body as { collegeResponse?: object }).collegeResponse).toBeUndefined();
    const proposal = (await heemskerk.get(`/werkruimte/trajecten/${regionalId}/raadsvoorstel`).expect(200)).text;
    expect(proposal).toMatch(/<select[^>]*name="municipalityCode"/);
    // A single-municipality trajectory asks nothing of the kind.
    const single = (await official.get(`/werkruimte/trajecten/${SCENARIO.overdueId}/collegereactie`).expect(200)).text;
    expect(single).not.toContain('name="municipalityCode"');
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
    const position = /\?na=(\d+)#tafels$/.exec(contributed.headers['location']!)?.[1];
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
