import request from 'supertest';
import { hiddenValue } from '../../support/web-session';
import { startTestApp, type TestApp } from '../../support/test-app';

const MINUTE = 60_000;

/** A clock the test moves: sessions are judged by it, nothing waits. */
const clock = { now: new Date(Date.UTC(2026, 11, 7, 9, 0)) };
const advance = (minutes: number): void => {
  clock.now = new Date(clock.now.getTime() + minutes * MINUTE);
};

describe('page sessions behind https, with an idle limit and an absolute lifetime', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('session-limits', undefined, {
      publicUrl: 'https://participatie.gemeente.example',
      secureCookies: true,
      sessionLimits: { idleMs: 30 * MINUTE, absoluteMs: 8 * 60 * MINUTE },
      now: () => clock.now,
    });
  });
  afterAll(() => api.close());

  /** Signs in as a browser would over https, and returns the cookies it must send back. */
  async function signIn(sub: string, role = 'official'): Promise<{ cookie: string; setCookies: string[] }> {
    const page = await request(api.http).get('/inloggen').expect(200);
    const csrf = (page.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const answer = await request(api.http)
      .post('/inloggen')
      .set('Cookie', csrf)
      .type('form')
      .send({ _csrf: hiddenValue(page.text, '_csrf'), sub, role, municipalities: 'GM0375' })
      .expect(303);
    const setCookies = answer.headers['set-cookie'] as unknown as string[];
    const session = setCookies.find((c) => c.startsWith('__Host-pe_session=')) ?? '';
    return { cookie: session.split(';')[0] ?? '', setCookies };
  }

  const workspace = (cookie: string) => request(api.http).get('/werkruimte').set('Cookie', cookie);
  /** A signed-in page that asks the API nothing: the admin's sessions page. */
  const sessionsPage = (cookie: string) => request(api.http).get('/werkruimte/sessies').set('Cookie', cookie);

  it('names every cookie __Host- and marks it Secure, HttpOnly, path /, without a domain', async () => {
    const page = await request(api.http).get('/inloggen').expect(200);
    const csrfCookie = (page.headers['set-cookie'] as unknown as string[])[0] ?? '';
    expect(csrfCookie).toMatch(/^__Host-pe_csrf=/);
    const { setCookies } = await signIn('ambtenaar-secure');
    const session = setCookies.find((c) => c.startsWith('__Host-pe_session=')) ?? '';
    for (const cookie of [csrfCookie, session]) {
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
    }
    expect(setCookies.some((c) => c.startsWith('pe_session='))).toBe(false);
  });

  it('ignores a session cookie without the __Host- prefix, as a planted one would be', async () => {
    const { cookie } = await signIn('ambtenaar-planted');
    await workspace(cookie.replace('__Host-', '')).expect(303);
    await workspace(cookie).expect(200);
  });

  it('ends a session unused for longer than the idle limit', async () => {
    const { cookie } = await signIn('ambtenaar-idle');
    advance(29);
    await workspace(cookie).expect(200);
    advance(29);
    await workspace(cookie).expect(200);
    advance(31);
    await workspace(cookie)
      .expect(303)
      .expect('Location', /^\/inloggen/);
  });

  it('ends a busy session at its absolute lifetime', async () => {
    const { cookie } = await signIn('beheerder-busy', 'admin');
    for (let minutes = 0; minutes < 8 * 60 - 25; minutes += 25) {
      advance(25);
      await sessionsPage(cookie).expect(200);
    }
    advance(26);
    await sessionsPage(cookie)
      .expect(303)
      .expect('Location', /^\/inloggen/);
  });
});
