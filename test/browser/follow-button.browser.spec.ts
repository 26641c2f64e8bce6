import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import { signedInTab } from './support/story-steps';
import {
  BROWSER_TEST_TIMEOUT,
  checkTab,
  openTab,
  startWebSession,
  tabTo,
  type BrowserTab,
  type WebSession,
} from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const TRAJECTORY_PAGE = `/trajecten/${SCENARIO.trajectoryId}`;
const PROPOSAL_PAGE = `/raadsvoorstellen/${SCENARIO.proposalRef}`;

describe('the follow button in a browser, by keyboard', () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession('browser-follow');
    await seedAdviceScenario(session.api);
  }, 90_000);
  afterAll(() => session?.close());

  /** Tabs to the follow section's button and presses it with Enter, as a keyboard user does. */
  async function pressFollowButton(tab: BrowserTab, label: string): Promise<void> {
    const button = tab.page.locator('#volgen button');
    expect(await button.textContent()).toBe(label);
    await tabTo(tab.page, '#volgen button', 200);
    await Promise.all([tab.page.waitForNavigation({ waitUntil: 'load' }), tab.page.keyboard.press('Enter')]);
  }

  const asCouncillor = (): Promise<BrowserTab> => signedInTab(session, 'raadslid-volgt', 'Raadslid', 'GM0375');

  it('a councillor follows a trajectory and stops again; the page says which', async () => {
    const tab = await asCouncillor();
    const { page } = tab;
    await page.goto(TRAJECTORY_PAGE);
    await checkTab(tab, 'volgen-1-traject');

    await pressFollowButton(tab, 'Volgen');
    expect(new URL(page.url()).pathname).toBe(TRAJECTORY_PAGE);
    expect(await page.locator('#volgen button').textContent()).toBe('Niet meer volgen');
    expect(await page.locator('#volgen').textContent()).toContain('U volgt dit adviestraject');
    await checkTab(tab, 'volgen-2-traject-gevolgd');

    await pressFollowButton(tab, 'Niet meer volgen');
    expect(await page.locator('#volgen button').textContent()).toBe('Volgen');
  });

  it('a councillor follows a council proposal by keyboard', async () => {
    const tab = await asCouncillor();
    const { page } = tab;
    await page.goto(PROPOSAL_PAGE);
    await pressFollowButton(tab, 'Volgen');
    expect(await page.locator('#volgen button').textContent()).toBe('Niet meer volgen');
    await checkTab(tab, 'volgen-3-raadsvoorstel-gevolgd');
  });

  it('shows the public no follow button', async () => {
    const tab = await openTab(session);
    await tab.page.goto(TRAJECTORY_PAGE);
    expect(await tab.page.locator('#volgen').count()).toBe(0);
    expect(tab.problems).toEqual([]);
  });
});
