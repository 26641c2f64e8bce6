import request from 'supertest';
import { BEVERWIJK, playScenario, scenarioFor } from '../support/scenario';
import { signedInTab } from './support/story-steps';
import { BROWSER_TEST_TIMEOUT, checkTab, startWebSession, type WebSession } from './support/web-browser';
import { outboxSettled } from '../support/outbox-settled';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const scenario = scenarioFor(BEVERWIJK);

describe('the outbox page in a browser', () => {
  let session: WebSession;

  beforeAll(async () => {
    delete process.env['SMTP_URL'];
    session = await startWebSession('browser-messages');
    const admin = await session.api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
    await playScenario(scenario, (path, body) =>
      request(session.api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
    await outboxSettled(session.api.storage.database);
  }, 90_000);
  afterAll(() => session?.close());

  it('shows an admin the kept mails, readable and reachable by keyboard', async () => {
    const tab = await signedInTab(session, 'admin-beverwijk', 'Beh', BEVERWIJK.code);
    const { page } = tab;
    await page.goto('/werkruimte/berichten?status=kept');
    expect(await page.locator('h1').textContent()).toBe('Berichten');
    expect(await page.locator('article h2').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('Bewaard (geen mailserver)');
    await checkTab(tab, 'berichten');
  });
});
