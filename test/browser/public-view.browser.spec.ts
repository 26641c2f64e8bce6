import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import {
  checkKeyboardReach,
  checkPage,
  openTab,
  startWebSession,
  submitWithKeyboard,
  tabTo,
  typeInto,
  chooseOption,
  BROWSER_TEST_TIMEOUT,
  type BrowserTab,
  type WebSession,
} from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('the public council view in a browser', () => {
  let session: WebSession;
  let tab: BrowserTab;

  beforeAll(async () => {
    session = await startWebSession('browser-public');
    const position = await seedAdviceScenario(session.api);
    await fetch(`${session.baseUrl}/api/v1/advice-trajectories?minPosition=${position}`);
    tab = await openTab(session);
  }, 60_000);
  afterAll(() => session?.close());
  afterEach(() => expect(tab.problems.splice(0)).toEqual([]));

  it('leads the public from the landing page to a trajectory and its council proposal', async () => {
    const { page } = tab;
    await page.goto('/');
    await checkPage(page, 'publiek-1-start');
    await checkKeyboardReach(page, 'publiek-1-start');

    await tabTo(page, 'a[href="/gemeenten/GM0375"]');
    await Promise.all([page.waitForURL('**/gemeenten/GM0375'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Adviezen aan de gemeente Beverwijk');
    await checkPage(page, 'publiek-2-gemeente');
    await checkKeyboardReach(page, 'publiek-2-gemeente');

    await tabTo(page, `a[href="/trajecten/${SCENARIO.trajectoryId}"]`);
    await Promise.all([page.waitForURL(`**/trajecten/${SCENARIO.trajectoryId}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(SCENARIO.subject);
    const recommendations = page.getByRole('table', {
      name: 'Per aanbeveling het besluit van college en raad en de uitvoering',
    });
    expect(await recommendations.getByRole('row').nth(2).textContent()).toContain(
      'Het aantal consulenten laat dit niet toe.',
    );
    await checkPage(page, 'publiek-3-traject');
    await checkKeyboardReach(page, 'publiek-3-traject');

    await tabTo(page, `a[href="/raadsvoorstellen/${SCENARIO.proposalRef}"]`);
    await Promise.all([page.waitForURL(`**/raadsvoorstellen/${SCENARIO.proposalRef}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(`Raadsvoorstel ${SCENARIO.proposalRef}`);
    await checkPage(page, 'publiek-4-raadsvoorstel');
    await checkKeyboardReach(page, 'publiek-4-raadsvoorstel');

    const text = await page.locator('body').textContent();
    for (const personal of SCENARIO.personalData) expect(text).not.toContain(personal);
  });

  it('switches to English with the language link', async () => {
    const { page } = tab;
    await page.goto(`/trajecten/${SCENARIO.trajectoryId}`);
    await tabTo(page, 'a[hreflang="en"]');
    await Promise.all([page.waitForURL('**?lang=en'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'Recommendations and what became of them' }).count()).toBe(1);
    await checkPage(page, 'publiek-5-traject-engels');
    await page.goto('/?lang=nl');
  });

  it('lets a council member sign in with the keyboard alone and read the trajectory', async () => {
    const { page } = tab;
    await page.goto('/inloggen');
    await checkPage(page, 'raadslid-1-inloggen');
    await checkKeyboardReach(page, 'raadslid-1-inloggen');
    await typeInto(page, 'sub', 'raadslid-1');
    await chooseOption(page, 'role', 'Raadslid');
    await typeInto(page, 'municipalities', 'GM0375');
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe('/werkruimte');
    expect(await page.locator('header').textContent()).toContain('Ingelogd als Raadslid voor GM0375');
    await checkPage(page, 'raadslid-2-werkruimte');
    await checkKeyboardReach(page, 'raadslid-2-werkruimte');

    await tabTo(page, `main a[href="/trajecten/${SCENARIO.trajectoryId}"]`);
    await Promise.all([page.waitForURL(`**/trajecten/${SCENARIO.trajectoryId}`), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { name: 'Tijdlijn' }).count()).toBe(1);
    expect(await page.getByText('Besluit van de raad vastgelegd').count()).toBe(1);
    // A council member records nothing: no forms are offered.
    expect(await page.getByRole('heading', { name: 'Vastleggen' }).count()).toBe(0);
    await checkPage(page, 'raadslid-3-traject');
  });
});
