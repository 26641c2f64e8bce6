import { SignJWT } from 'jose';
import request from 'supertest';
import { loadOrCreateSigningKey } from '#auth';
import { RecipientDirectory } from '#notifications';
import { startSmtpSink, type SmtpSink } from '../../../libs/notifications/src/testing/smtp-sink';
import { BEVERWIJK, playScenario, scenarioFor } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';

const scenario = scenarioFor(BEVERWIJK);
const SERVICE_USER = 'ambtenaar-met-token';
const ADDRESS = 'ambtenaar-met-token@beverwijk.example.nl';

describe("a bearer token's email claim, for staff who never sign in on the pages", () => {
  let smtp: SmtpSink;
  let api: TestApp;

  /** A token as a provider's service deployment sends it: the contract's claims and `email`, `name`. */
  const tokenWith = async (sub: string, extra: Record<string, unknown>): Promise<string> => {
    const key = await loadOrCreateSigningKey(api.dataDir);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: ['official'], municipalities: [BEVERWIJK.code], ...extra })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer('participation-engine-local')
      .setAudience('participation-engine')
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(key.privateKey);
    return `Bearer ${token}`;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    process.env['SMTP_URL'] = smtp.url;
    api = await startTestApp('bearer-contact');
  });
  afterAll(async () => {
    delete process.env['SMTP_URL'];
    await api.close();
    await smtp.close();
  });

  it('records the address at the first request, as a sign-in does, and nothing for a token without one', async () => {
    const directory = new RecipientDirectory(api.storage.database);
    await request(api.http)
      .get('/api/v1/me')
      .set('Authorization', await tokenWith('zonder-adres', {}))
      .expect(200);
    expect(await directory.find('zonder-adres')).toBeNull();

    const token = await tokenWith('met-adres', { email: 'met-adres@beverwijk.example.nl', name: 'M. Adres' });
    await request(api.http).get('/api/v1/me').set('Authorization', token).expect(200);
    await request(api.http).get('/api/v1/me').set('Authorization', token).expect(200);
    expect(await directory.find('met-adres')).toEqual({
      subject: 'met-adres',
      email: 'met-adres@beverwijk.example.nl',
      displayName: 'M. Adres',
      roles: ['official'],
      bodyIds: [],
      weeklyDigest: false,
    });
  });

  it('keeps a digest choice already made, as a sign-in does', async () => {
    const directory = new RecipientDirectory(api.storage.database);
    await directory.save({ subject: 'kiest-digest', email: 'oud@x.nl', roles: [], bodyIds: [], weeklyDigest: true });
    await request(api.http)
      .get('/api/v1/me')
      .set('Authorization', await tokenWith('kiest-digest', { email: 'nieuw@beverwijk.example.nl' }))
      .expect(200);
    expect(await directory.find('kiest-digest')).toMatchObject({
      email: 'nieuw@beverwijk.example.nl',
      weeklyDigest: true,
    });
  });

  it('mails a follower known only from their token', async () => {
    const admin = await api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
    const at = scenario.steps.findIndex((step) => step.operationId === 'IssueAdvice');
    const play = (steps: typeof scenario.steps) =>
      playScenario({ ...scenario, steps }, (path, body) =>
        request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
      );
    await play(scenario.steps.slice(0, at));
    await request(api.http)
      .put(`/api/v1/advice-trajectories/${scenario.ids.trajectoryId}/following`)
      .set('Authorization', await tokenWith(SERVICE_USER, { email: ADDRESS }))
      .expect(204);
    await play(scenario.steps.slice(at));
    const subject = `Advies uitgebracht over "Herziening verordening Wmo 2027 ${BEVERWIJK.name}"`;
    const mails = await smtp.waitForMatch((mail) => mail.to === ADDRESS && mail.subject === subject);
    expect(mails).toHaveLength(1);
  });
});
