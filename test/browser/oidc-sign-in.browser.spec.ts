import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { discoverOidc } from '#auth';
import { RecipientDirectory } from '#notifications';
import { appointIjmondMembers, IJMOND_BODY_ID, seedIjmond } from '../support/ijmond';
import { startTestProvider, type TestProvider } from '../support/oidc/oidc-provider';
import { startTestApp, type TestApp } from '../support/test-app';
import { CHROMIUM_ARGS, ensureChromium } from './support/chromium';
import { BROWSER_TEST_TIMEOUT } from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

/** The strict policy the hardened server sends: sign-in and sign-out must live with it. */
const CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The municipality's accounts at its provider, with the claims it gives them. */
const ACCOUNTS = {
  'ambtenaar-1': { roles: ['official'], municipalities: ['GM0375'], email: 'ambtenaar-1@beverwijk.example.nl' },
  'raadslid-1': { roles: ['council-member'], municipalities: ['GM0375'] },
  'lid-1': { roles: ['body-member'], municipalities: ['GM0375'] },
  // A body-member role at the provider, but no membership in the body register.
  'buitenstaander-1': { roles: ['body-member'], municipalities: ['GM0375'] },
};

/** A free loopback port, for the app's redirect URI before the app listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('signing in to the pages through the municipality’s OpenID Provider, in Chromium', () => {
  let provider: TestProvider;
  let api: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    provider = await startTestProvider({
      clientId: 'participatie',
      clientSecret: 'test-client-secret',
      redirectUri: `${baseUrl}/inloggen/terug`,
      postLogoutRedirectUri: `${baseUrl}/inloggen?uit=1`,
      accounts: ACCOUNTS,
    });
    const oidc = await discoverOidc({
      issuerUrl: provider.issuer,
      clientId: 'participatie',
      clientAuth: { kind: 'client-secret', secret: 'test-client-secret' },
      scopes: 'openid profile',
      redirectUri: `${baseUrl}/inloggen/terug`,
      postLogoutRedirectUri: `${baseUrl}/inloggen?uit=1`,
      claims: { rolesClaim: 'roles', municipalitiesClaim: 'municipalities' },
    });
    api = await startTestApp('browser-oidc', undefined, { oidc, publicUrl: baseUrl });
    const server = api.app.getHttpServer() as Server;
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) =>
      response.setHeader('Content-Security-Policy', CSP),
    );
    await api.app.listen(port, '127.0.0.1');
    browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });

    await seedIjmond(api);
    await appointIjmondMembers(api, ['lid-1']);
    // The sign-in reads the body register: wait until the projector has the membership.
    const admin = await api.bearer('admin', ['GM0375']);
    for (let tries = 0; tries < 100; tries += 1) {
      const body = await request(api.http)
        .get(`/api/v1/participation-bodies/${IJMOND_BODY_ID}`)
        .set('Authorization', admin);
      if (JSON.stringify(body.body).includes('lid-1')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await provider?.stop();
  });

  /** A fresh profile that signs in at the provider as `login` and comes back to `next`. */
  async function signIn(login: string, next = '/werkruimte'): Promise<Page> {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`/inloggen?next=${encodeURIComponent(next)}`);
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'any password');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(baseUrl)), page.click('button[type="submit"]')]);
    return page;
  }

  async function sessionCookie(page: Page): Promise<string> {
    const cookies = await page.context().cookies(baseUrl);
    const session = cookies.find((cookie) => cookie.name === 'pe_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    return `pe_session=${session?.value ?? ''}`;
  }

  it('signs an official in, shows the workspace, refuses the admin’s page, and signs out here and at the provider', async () => {
    const page = await signIn('ambtenaar-1');
    expect(new URL(page.url()).pathname).toBe('/werkruimte');
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Werkruimte');
    expect(await page.locator('.site-session').textContent()).toContain('GM0375');
    // The provider's email claim is where the notifications now write to them.
    await expect(new RecipientDirectory(api.storage.database).find('ambtenaar-1')).resolves.toMatchObject({
      email: 'ambtenaar-1@beverwijk.example.nl',
      roles: ['official'],
    });
    const cookie = await sessionCookie(page);

    const refused = await page.goto('/werkruimte/sessies');
    expect(refused?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Geen toegang');

    await page.goto('/werkruimte');
    await Promise.all([page.waitForURL(/\/uitloggen$/), page.click('.site-session button[type="submit"]')]);
    expect(await page.locator('.utrecht-alert').textContent()).toContain('U bent uitgelogd bij deze toepassing.');
    await page.click('#provider-logout');
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await Promise.all([page.waitForURL(`${baseUrl}/inloggen?uit=1`), page.click('button[name="logout"]')]);
    expect(await page.locator('.utrecht-alert').textContent()).toContain('U bent uitgelogd.');

    // The old session cookie is worth nothing now, here or from anywhere else.
    await request(api.http)
      .get('/werkruimte')
      .set('Cookie', cookie)
      .expect(303)
      .expect('Location', /^\/inloggen/);
    await page.context().close();
  });

  it('signs a council member in and refuses them the admin’s sessions page', async () => {
    const page = await signIn('raadslid-1');
    expect(new URL(page.url()).pathname).toBe('/werkruimte');
    expect(await page.locator('.site-session').textContent()).toContain('Raadslid');
    const refused = await page.goto('/werkruimte/sessies');
    expect(refused?.status()).toBe(403);
    await page.context().close();
  });

  it('signs a body member in only through their membership of a body', async () => {
    const member = await signIn('lid-1');
    expect(new URL(member.url()).pathname).toBe('/werkruimte');
    await sessionCookie(member);
    await member.context().close();

    const outsider = await signIn('buitenstaander-1');
    expect(await outsider.locator('h1').textContent()).toBe('Geen lid van een participatieorgaan');
    const cookies = await outsider.context().cookies(baseUrl);
    expect(cookies.find((cookie) => cookie.name === 'pe_session')).toBeUndefined();
    await outsider.context().close();
  });

  it('is signed out at once when an admin revokes the session', async () => {
    const page = await signIn('ambtenaar-1');
    const before = await sessionCookie(page);
    const admin = await api.bearer('admin', ['GM0375']);
    const listed = await request(api.http)
      .get('/api/v1/users/ambtenaar-1/sessions')
      .set('Authorization', admin)
      .expect(200);
    const sessions = listed.body as { sessionId: string }[];
    expect(sessions.length).toBeGreaterThan(0);
    for (const { sessionId } of sessions) {
      await request(api.http).delete(`/api/v1/sessions/${sessionId}`).set('Authorization', admin).expect(204);
    }
    await request(api.http)
      .get('/werkruimte')
      .set('Cookie', before)
      .expect(303)
      .expect('Location', /^\/inloggen/);
    // The browser's next page finds no session and goes back through the provider, which still
    // knows the person (single sign-on): a new session, never the revoked one.
    const providerVisits: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().startsWith(provider.issuer)) providerVisits.push(sent.url());
    });
    await page.goto('/werkruimte');
    expect(new URL(page.url()).pathname).toBe('/werkruimte');
    expect(providerVisits.length).toBeGreaterThan(0);
    expect(await sessionCookie(page)).not.toBe(before);
    await page.context().close();
  });
});
