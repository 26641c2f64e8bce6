import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import { IJMOND_BODY_ID } from '../support/ijmond';
import { readPdf } from '../support/read-pdf';
import { follow, signedInTab } from './support/story-steps';
import {
  BROWSER_TEST_TIMEOUT,
  checkPage,
  checkTab,
  openTab,
  startWebSession,
  submitWithKeyboard,
  tabTo,
  typeDate,
  typeInto,
  type BrowserTab,
  type WebSession,
} from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const AGENDA_ID = 'c0a80101-0000-4000-8000-00000000af01';
const DUE_ID = 'c0a80101-0000-4000-8000-00000000aa03';
const DUE_SUBJECT = 'Respijtzorg voor mantelzorgers';
const OFFICIAL = 'ambtenaar-termijnen';

/** Today in Amsterdam, as a date field holds it. */
const today = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

describe('the record pages in a browser, by keyboard', () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession('browser-records');
    await seedAdviceScenario(session.api);
    await seedRecords(session);
  }, 90_000);
  afterAll(() => session?.close());

  const signIn = (sub: string, roleLabel: string): Promise<BrowserTab> =>
    signedInTab(session, sub, roleLabel, 'GM0375');

  it('an official searches the registers, pages with a count, and reads proposals and disputes', async () => {
    const tab = await signIn('ambtenaar-registers', 'Ambt');
    const { page } = tab;

    await follow(page, '/werkruimte/adviezen');
    expect(await page.locator('h1').textContent()).toBe('Adviesregister');
    expect(await page.getByRole('status').first().textContent()).toBe('Resultaat 1 tot en met 3 van 3');
    await checkTab(tab, 'register-1-adviezen');

    await typeInto(page, 'q', 'loket');
    await submitWithKeyboard(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('loket');
    expect(await page.getByRole('status').first().textContent()).toBe('Resultaat 1 tot en met 1 van 1');
    expect(await page.locator('main table a').allTextContents()).toEqual([SCENARIO.subject]);
    await checkTab(tab, 'register-2-adviezen-gezocht');

    await page.goto('/werkruimte/adviezen?overdue=true');
    expect(await page.locator('main table a').allTextContents()).toEqual(
      expect.arrayContaining([SCENARIO.overdueSubject, DUE_SUBJECT]),
    );
    expect(await page.locator('main table').textContent()).toContain('reactie college te laat');

    await follow(page, '/werkruimte/signalen');
    await checkTab(tab, 'register-3-signalen');
    await follow(page, '/werkruimte/tafels');
    await checkTab(tab, 'register-4-tafels');

    await follow(page, '/werkruimte/raadsvoorstellen');
    expect(await page.getByRole('heading', { name: 'Beverwijk' }).count()).toBe(1);
    expect(await page.locator('main table').textContent()).toContain(SCENARIO.proposalRef);
    await checkTab(tab, 'register-5-raadsvoorstellen');

    await follow(page, '/werkruimte/geschillen');
    await checkTab(tab, 'register-6-geschillen');
  });

  it('an official sees the terms of the trajectories they are responsible for', async () => {
    const tab = await signIn(OFFICIAL, 'Ambt');
    const { page } = tab;
    await follow(page, '/werkruimte/termijnen');
    expect(await page.locator('h1').textContent()).toBe('Mijn termijnen');
    const table = page.getByRole('table', { name: 'Termijnen die verstreken zijn of bijna aflopen' });
    expect(await table.getByRole('row').nth(1).textContent()).toContain(DUE_SUBJECT);
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Reactie van het college');
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Verstreken');
    // Only their own: the scenario's other overdue advice has no responsible official.
    expect(await table.textContent()).not.toContain(SCENARIO.overdueSubject);
    await checkTab(tab, 'termijnen-1-ambtenaar');
  });

  it('a secretary reads a body with its members, composition, agenda, consultations and self-evaluations', async () => {
    const tab = await signIn('secretaris-1', 'Secr');
    const { page } = tab;
    await follow(page, '/werkruimte/organen');
    await checkTab(tab, 'organen-1-lijst');

    await follow(page, `/werkruimte/organen/${IJMOND_BODY_ID}`);
    expect(await page.locator('h1').textContent()).toBe('Participatieraad IJmond');
    expect(
      await page.getByRole('table', { name: 'Leden, ook vroegere, in volgorde van benoeming' }).textContent(),
    ).toContain('Lid scenario-member');
    expect(
      await page
        .getByRole('table', { name: 'Overleg per jaar tegen de norm van de verordening' })
        .getByRole('row')
        .nth(1)
        .textContent(),
    ).toMatch(/^2026.*1 van \d/);
    expect(await page.locator('main').textContent()).toContain('Een jaar van leren samenwerken.');
    await checkTab(tab, 'organen-2-orgaan');

    await follow(page, `/werkruimte/agenda/${AGENDA_ID}`);
    expect(await page.locator('h1').textContent()).toBe('Participatieagenda 2026');
    expect(await page.locator('main').textContent()).toContain('Gemeente (');
    expect(await page.locator('main').textContent()).toContain('De agenda wacht op vaststelling door de andere kant.');
    expect(await page.locator(`main a[href="/trajecten/${SCENARIO.trajectoryId}"]`).count()).toBe(1);
    await checkTab(tab, 'organen-3-agenda');
  });

  it('an evaluator picks a pilot from the list and reads its evaluation and findings', async () => {
    const tab = await signIn('evaluator-records', 'Eval');
    const { page } = tab;
    await follow(page, '/werkruimte/pilots');
    await checkTab(tab, 'pilots-1-lijst');
    await follow(page, `/werkruimte/pilots/${SCENARIO.pilotId}`);
    expect(await page.locator('h1').textContent()).toBe('Pilot participatieraad IJmond');
    expect(await page.getByRole('table', { name: 'Bevindingen van de evaluatoren' }).textContent()).toContain(
      'De samenwerking met het college verliep soepel.',
    );
    await checkTab(tab, 'pilots-2-evaluatie');
  });

  it('the public shows a trajectory as it stood and downloads its PDF for the council', async () => {
    const tab = await openTab(session);
    const { page } = tab;
    await page.goto(`/trajecten/${SCENARIO.trajectoryId}`);
    await typeDate(page, 'op', today());
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(`/trajecten/${SCENARIO.trajectoryId}/stand`);
    expect(await page.locator('main').textContent()).toContain('Het aantal consulenten laat dit niet toe.');
    await checkTab(tab, 'raad-1-traject-op-datum');

    await page.goto(`/trajecten/${SCENARIO.trajectoryId}/stand?op=2020-01-01`);
    expect(await page.locator('h1').textContent()).toBe('Het traject bestond op die datum nog niet.');
    await checkTab(tab, 'raad-2-traject-voor-de-start');

    await page.goto(`/trajecten/${SCENARIO.trajectoryId}`);
    const pdf = await download(tab, `/trajecten/${SCENARIO.trajectoryId}/verslag`);
    expect(pdf.info).toMatchObject({ Title: SCENARIO.subject });
    expect(pdf.language).toBe('nl-NL');
    expect(pdf.outline.map((item) => item.title)).toEqual([
      'Gegevens',
      'Advies van het participatieorgaan',
      'Aanbevelingen en de reactie van het college',
      'Raad',
      'Uitvoering en vervolg',
      'Verloop (vastgelegde stappen)',
    ]);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const expected of [
      'Eén loket voor alle Wmo-vragen.',
      'Een vaste contactpersoon per cliënt.',
      'Het aantal consulenten laat dit niet toe.',
      SCENARIO.proposalRef,
    ]) {
      expect(text).toContain(expected);
    }
    for (const personal of SCENARIO.personalData) expect(text).not.toContain(personal);
    expect(text).not.toContain(OFFICIAL);

    await page.goto(`/raadsvoorstellen/${SCENARIO.proposalRef}`);
    await checkPage(page, 'raad-3-raadsvoorstel');
    const report = await download(tab, `/raadsvoorstellen/${SCENARIO.proposalRef}/verslag`);
    expect(report.info).toMatchObject({ Title: `Raadsvoorstel ${SCENARIO.proposalRef}` });
    expect(report.text.replace(/\s+/g, ' ')).toContain('Het aantal consulenten laat dit niet toe.');
  });

  /** Downloads the PDF behind a link by keyboard and reads it back. */
  async function download(tab: BrowserTab, href: string): Promise<Awaited<ReturnType<typeof readPdf>>> {
    await tabTo(tab.page, `main a[href="${href}"]`, 200);
    const [file] = await Promise.all([tab.page.waitForEvent('download'), tab.page.keyboard.press('Enter')]);
    return readPdf(await readFile(await file.path()));
  }
});

/** Through the API: an agenda with an item, a consultation, a self-evaluation, a finding, and advice with a term. */
async function seedRecords(session: WebSession): Promise<void> {
  const { api } = session;
  const tokens = {
    admin: await api.bearer('admin', ['GM0375', 'GM0396'], 'records-admin'),
    official: await api.bearer('official', ['GM0375'], OFFICIAL),
    member: await api.bearer('body-member', ['GM0375'], 'scenario-member'),
    evaluator: await api.bearer('evaluator', ['GM0375'], 'records-evaluator'),
  };
  let position = 0;
  const post = async (path: string, token: string, body: object): Promise<void> => {
    const answer = await request(api.http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    position = (answer.body as { position: number }).position;
  };
  await post('/participation-agendas', tokens.admin, { id: AGENDA_ID, bodyId: IJMOND_BODY_ID, year: 2026 });
  await post(`/participation-agendas/${AGENDA_ID}/items`, tokens.admin, {
    theme: 'Toegang tot de Wmo',
    source: 'signal',
    signalIds: [SCENARIO.signalId],
  });
  await post(`/participation-agendas/${AGENDA_ID}/_agree`, tokens.official, {});
  await post(`/participation-bodies/${IJMOND_BODY_ID}/consultations`, tokens.admin, {
    heldOn: '2026-03-10',
    with: 'alderman',
    topics: ['Wmo-verordening'],
    agreements: 'De wethouder komt in juni terug.',
  });
  await post(`/participation-bodies/${IJMOND_BODY_ID}/self-evaluations`, tokens.admin, {
    year: 2026,
    summary: 'Een jaar van leren samenwerken.',
  });
  await post(`/pilots/${SCENARIO.pilotId}/findings`, tokens.evaluator, {
    topic: 'collaboration-college',
    finding: 'De samenwerking met het college verliep soepel.',
    recordedOn: '2026-11-01',
  });
  await post('/advice-trajectories', tokens.official, {
    id: DUE_ID,
    municipalityCode: 'GM0375',
    bodyId: IJMOND_BODY_ID,
    kind: 'solicited',
    subject: DUE_SUBJECT,
    question: 'Hoe ontlasten we mantelzorgers?',
    domain: 'wmo',
    policyPhase: 'preparation',
    responseDueOn: '2026-09-01',
    responsibleOfficial: OFFICIAL,
  });
  await post(`/advice-trajectories/${DUE_ID}/advice`, tokens.member, {
    issuedOn: '2026-08-01',
    summary: 'Maak respijtzorg bereikbaar.',
    clientPerspective: 'Mantelzorgers willen even op adem komen.',
    recommendations: [{ number: 1, text: 'Een respijtvoorziening in elke kern.' }],
  });
  // The pages read the registers: wait until they hold the last step.
  await request(api.http).get(`/api/v1/advice-trajectories?minPosition=${position}`).expect(200);
}
