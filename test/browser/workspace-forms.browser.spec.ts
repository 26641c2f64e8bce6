import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import { appointIjmondMembers } from '../support/ijmond';
import { follow, signedInTab } from './support/story-steps';
import {
  checkKeyboardReach,
  checkPage,
  chooseOption,
  chooseRadio,
  startWebSession,
  submitWithKeyboard,
  typeDate,
  typeInto,
  BROWSER_TEST_TIMEOUT,
  type BrowserTab,
  type WebSession,
} from './support/web-browser';

const SIGNAL_SUMMARY = 'Ouderen in Wijk aan Zee missen een buurtbus naar de huisarts.';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('recording a trajectory through the forms, by keyboard', () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession('browser-workspace');
    await seedAdviceScenario(session.api);
    // A body member acts for the council only as a current member of it, by its login.
    await appointIjmondMembers(session.api, ['lid-1']);
  }, 60_000);
  afterAll(() => session?.close());

  const signIn = (sub: string, roleLabel: string): Promise<BrowserTab> =>
    signedInTab(session, sub, roleLabel, 'GM0375');

  it('a body member records and assesses a signal, starts a trajectory, links the signal and issues advice', async () => {
    const tab = await signIn('lid-1', 'Lid');
    const { page } = tab;

    await follow(page, '/werkruimte/signalen/nieuw');
    await checkPage(page, 'formulier-1-signaal');
    await checkKeyboardReach(page, 'formulier-1-signaal');
    // Nothing filled in: every required field says so, and the page stays accessible.
    await submitWithKeyboard(page);
    expect(await page.locator('#field-summary-error').textContent()).toBe('Vul dit veld in.');
    await checkPage(page, 'formulier-1-signaal-fouten');

    await chooseOption(page, 'municipalityCode', 'Bev');
    await chooseOption(page, 'bodyId', 'Part');
    await chooseOption(page, 'channel', 'Huis');
    await typeDate(page, 'receivedOn', '2026-11-02');
    await typeInto(page, 'themes', 'vervoer, eenzaamheid');
    await chooseOption(page, 'domain', 'Wmo');
    await typeInto(page, 'summary', SIGNAL_SUMMARY);
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe('/werkruimte');
    expect(await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBe(1);
    const row = page.getByRole('row').filter({ hasText: SIGNAL_SUMMARY });
    const assessHref = await row.getByRole('link', { name: 'Beoordelen' }).getAttribute('href');

    await follow(page, assessHref!);
    await checkPage(page, 'formulier-2-beoordelen');
    await chooseRadio(page, 'scope', 'collective');
    await typeInto(page, 'rationale', 'In meerdere kernen gehoord.');
    await submitWithKeyboard(page);
    expect(await row.textContent()).toContain('Beoordeeld (Collectief)');

    await follow(page, '/werkruimte/trajecten/nieuw');
    await checkPage(page, 'formulier-3-traject');
    await chooseOption(page, 'municipalityCode', 'Bev');
    await chooseOption(page, 'bodyId', 'Part');
    await chooseRadio(page, 'kind', 'unsolicited');
    await typeInto(page, 'subject', 'Een buurtbus voor Wijk aan Zee');
    await chooseOption(page, 'domain', 'Wmo');
    await chooseOption(page, 'policyPhase', 'Agenda');
    await submitWithKeyboard(page);
    const trajectoryPath = new URL(page.url()).pathname;
    expect(trajectoryPath).toMatch(/^\/trajecten\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').textContent()).toBe('Een buurtbus voor Wijk aan Zee');

    await follow(page, `/werkruimte${trajectoryPath}/signaal-koppelen`);
    await checkPage(page, 'formulier-4-signaal-koppelen');
    await chooseOption(page, 'signalId', '2');
    await submitWithKeyboard(page);
    expect(await page.getByRole('table', { name: 'Signalen waarop het advies steunt' }).textContent()).toContain(
      'vervoer, eenzaamheid',
    );

    await follow(page, `/werkruimte${trajectoryPath}/advies`);
    await checkPage(page, 'formulier-5-advies');
    await checkKeyboardReach(page, 'formulier-5-advies');
    await typeDate(page, 'issuedOn', '2026-11-10');
    await typeInto(page, 'summary', 'Zet een buurtbus in die de kernen verbindt.');
    await typeInto(page, 'clientPerspective', 'Ouderen zonder auto komen nu niet bij de huisarts.');
    await typeInto(page, 'recommendation-1', 'Laat twee keer per dag een buurtbus rijden.');
    await typeInto(page, 'recommendation-2', 'Werf vrijwilligers als chauffeur.');
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(trajectoryPath);
    expect(await page.getByText('Advies uitgebracht, wacht op college').count()).toBe(1);
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('an official records the college response per recommendation, with the reasoning the domain asks for', async () => {
    const tab = await signIn('ambtenaar-1', 'Ambt');
    const { page } = tab;
    await follow(page, `/trajecten/${SCENARIO.overdueId}`);
    await checkPage(page, 'ambtenaar-1-traject');
    await follow(page, `/werkruimte/trajecten/${SCENARIO.overdueId}/collegereactie`);
    await checkPage(page, 'formulier-6-collegereactie');
    await checkKeyboardReach(page, 'formulier-6-collegereactie');

    await typeDate(page, 'respondedOn', '2026-11-20');
    await typeInto(page, 'documentRef', 'B&W 2026/0999');
    await chooseRadio(page, 'decision-1', 'partially-adopted');
    await submitWithKeyboard(page);
    // The domain refuses a partial adoption without reasoning; the page says so beside the field.
    expect(await page.locator('#field-reasoning-1-error').textContent()).toBe(
      'Het college moet motiveren waarom het een aanbeveling niet of deels overneemt.',
    );
    await checkPage(page, 'formulier-6-collegereactie-weigering');

    await typeInto(page, 'reasoning-1', 'Een maximale wachttijd komt in het nieuwe contract van 2027.');
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(`/trajecten/${SCENARIO.overdueId}`);
    const recommendations = page.getByRole('table', {
      name: 'Per aanbeveling het besluit van college en raad en de uitvoering',
    });
    expect(await recommendations.textContent()).toContain('Deels overgenomen');
    expect(await recommendations.textContent()).toContain(
      'Een maximale wachttijd komt in het nieuwe contract van 2027.',
    );
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('every other form, and the page for what does not exist, passes axe and the 200% check', async () => {
    const tab = await signIn('beheerder-1', 'Beheer');
    const { page } = tab;
    const forms = [
      ['formulier-7-tafel', '/werkruimte/tafels/nieuw'],
      ['formulier-8-bijeenkomst', `/werkruimte/tafels/${SCENARIO.tableId}/bijeenkomst`],
      ['formulier-9-bijdrage', `/werkruimte/tafels/${SCENARIO.tableId}/bijdrage`],
      ['formulier-10-raadsvoorstel', `/werkruimte/trajecten/${SCENARIO.trajectoryId}/raadsvoorstel`],
      ['formulier-11-uitvoering', `/werkruimte/trajecten/${SCENARIO.trajectoryId}/uitvoering`],
    ] as const;
    for (const [name, path] of forms) {
      await page.goto(path);
      await checkPage(page, name);
    }
    await checkKeyboardReach(page, 'formulier-11-uitvoering');
    const missing = await page.goto('/trajecten/c0a80101-0000-4000-8000-00000000ffff');
    expect(missing?.status()).toBe(404);
    await checkPage(page, 'niet-gevonden');
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });
});
