import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { hiddenValue, signedInAgent } from '../../support/web-session';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * A reverse proxy on the server's own machine, as nginx, a tunnel or a sidecar would be: it
 * connects from loopback on behalf of whoever reached it, and says so in X-Forwarded-For.
 */
function forwardingProxy(targetPort: number): Promise<Server> {
  const proxy = createServer((incoming, outgoing) => {
    const forwarded = httpRequest(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': '203.0.113.9', via: '1.1 proxy' },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(proxy)));
}

/** Signs in like a browser and returns the session cookie it got, as a `Cookie` header. */
async function sessionCookieOf(api: TestApp, sub: string): Promise<string> {
  const page = await request(api.http).get('/inloggen').expect(200);
  const csrf = /pe_csrf=[^;]+/.exec(String(page.headers['set-cookie'] ?? ''))?.[0] ?? '';
  const answer = await request(api.http)
    .post('/inloggen')
    .set('Cookie', csrf)
    .type('form')
    .send({ _csrf: hiddenValue(page.text, '_csrf'), sub, role: 'official', municipalities: 'GM0375' })
    .expect(303);
  return /pe_session=[^;]+/.exec(String(answer.headers['set-cookie'] ?? ''))?.[0] ?? '';
}

describe('local sign-in of the embedded default (no identity provider)', () => {
  let api: TestApp;
  let proxy: Server;
  let proxyUrl: string;

  beforeAll(async () => {
    api = await startTestApp('local-sign-in');
    const server = (await api.app.listen(0, '127.0.0.1')) as Server;
    proxy = await forwardingProxy((server.address() as AddressInfo).port);
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await api.close();
  });

  it('signs in a browser on the server itself into a session, without a token in any cookie', async () => {
    const agent = await signedInAgent(api, 'official', 'GM0375', 'ambtenaar-1');
    const page = await agent.get('/werkruimte').expect(200);
    expect(page.text).toContain('Uitloggen');
  });

  it('gives a request that came through a forwarding proxy no sign-in, where the old rule gave it any role', async () => {
    // The old rule looked at the socket only: the proxy connects from 127.0.0.1, so it issued.
    const oldRule = (remoteAddress: string): boolean => /^(127\.\d+\.\d+\.\d+|::1)$/.test(remoteAddress);
    expect(oldRule('127.0.0.1')).toBe(true);

    const agent = request.agent(proxyUrl);
    const page = await agent.get('/inloggen').expect(200);
    expect(page.text).not.toContain('name="role"');
    const refused = await agent
      .post('/inloggen')
      .type('form')
      .send({ _csrf: hiddenValue(page.text, '_csrf'), sub: 'intruder', role: 'admin', municipalities: 'GM0375' });
    expect(refused.status).toBe(403);
    expect(String(refused.headers['set-cookie'] ?? '')).not.toMatch(/pe_session=/);
    await agent
      .get('/werkruimte')
      .expect(303)
      .expect('Location', /^\/inloggen/);
  });

  it.each([
    ['Forwarded', 'for=203.0.113.9'],
    ['X-Forwarded-For', '203.0.113.9'],
    ['X-Real-IP', '203.0.113.9'],
    ['Via', '1.1 tunnel'],
  ])('refuses to sign in a loopback request that carries %s', async (header, value) => {
    const agent = request.agent(api.http);
    const page = await agent.get('/inloggen').set(header, value).expect(200);
    const refused = await agent
      .post('/inloggen')
      .set(header, value)
      .type('form')
      .send({ _csrf: hiddenValue(page.text, '_csrf'), sub: 'x', role: 'admin', municipalities: 'GM0375' });
    expect(refused.status).toBe(403);
  });

  it('refuses a form whose CSRF token belongs to another session', async () => {
    const mine = await signedInAgent(api, 'admin', 'GM0375', 'beheerder-1');
    const theirs = await signedInAgent(api, 'admin', 'GM0375', 'beheerder-2');
    const theirPage = await theirs.get('/werkruimte/sessies').expect(200);
    const myPage = await mine.get('/werkruimte/sessies').expect(200);
    const theirToken = hiddenValue(theirPage.text, '_csrf');
    expect(theirToken).not.toBe(hiddenValue(myPage.text, '_csrf'));
    await mine.post('/uitloggen').type('form').send({ _csrf: theirToken }).expect(303).expect('Location', '/');
    await mine.get('/werkruimte').expect(200);
  });

  it('ends the session on sign-out and refuses the old cookie afterwards', async () => {
    const cookie = await sessionCookieOf(api, 'ambtenaar-2');
    const page = await request(api.http).get('/werkruimte').set('Cookie', cookie).expect(200);
    await request(api.http)
      .post('/uitloggen')
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: hiddenValue(page.text, '_csrf') })
      .expect(303)
      .expect('Location', '/inloggen?uit=1');
    await request(api.http)
      .get('/werkruimte')
      .set('Cookie', cookie)
      .expect(303)
      .expect('Location', /^\/inloggen/);
  });

  it("lets an admin list a user's sessions and revoke one, over the API and on the page", async () => {
    const user = await signedInAgent(api, 'council-member', 'GM0375', 'raadslid-7');
    await user.get('/werkruimte').expect(200);
    const listed = await request(api.http)
      .get('/api/v1/users/raadslid-7/sessions')
      .set('Authorization', await api.bearer('admin'))
      .expect(200);
    const sessions = listed.body as { sessionId: string }[];
    expect(sessions).toHaveLength(1);
    const sessionId = sessions[0]?.sessionId ?? '';
    await request(api.http)
      .get('/api/v1/users/raadslid-7/sessions')
      .set('Authorization', await api.bearer('official'))
      .expect(403);

    const admin = await signedInAgent(api, 'admin', 'GM0375', 'beheerder-3');
    const page = await admin.get('/werkruimte/sessies?gebruiker=raadslid-7').expect(200);
    expect(page.text).toContain(sessionId);
    await admin
      .post('/werkruimte/sessies/intrekken')
      .type('form')
      .send({ _csrf: hiddenValue(page.text, '_csrf'), handle: sessionId, subject: 'raadslid-7' })
      .expect(200);
    await user.get('/werkruimte').expect(303);
    await request(api.http)
      .delete(`/api/v1/sessions/${sessionId}`)
      .set('Authorization', await api.bearer('admin'))
      .expect(404);
  });
});
