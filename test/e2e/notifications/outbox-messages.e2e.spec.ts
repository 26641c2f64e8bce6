import request from 'supertest';
import { RecipientDirectory } from '#notifications';
import { BEVERWIJK, playScenario, scenarioFor, VELSEN } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent } from '../../support/web-session';
import { outboxSettled } from '../../support/outbox-settled';

const scenario = scenarioFor(BEVERWIJK);
const SECRETARY = 'secretaris-beverwijk';

interface OutboxList {
  items: { recipient: string; subject: string; body: string; status: string; kind: string; attempts: number }[];
  total: number;
  offset: number;
  limit: number;
}

describe('the outbox for the admin, without a mail server (embedded default)', () => {
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    delete process.env['SMTP_URL'];
    api = await startTestApp('outbox-messages');
    await new RecipientDirectory(api.storage.database).save({
      subject: SECRETARY,
      email: `${SECRETARY}@beverwijk.example.nl`,
      roles: ['secretary'],
      bodyIds: [scenario.ids.bodyId],
      weeklyDigest: false,
    });
    admin = await api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
    await playScenario(scenario, (path, body) =>
      request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
    await outboxSettled(api.storage.database);
  });
  afterAll(() => api.close());

  it('shows the admin the kept messages about their municipality, with their text, paged with a total', async () => {
    const list = (
      await request(api.http).get('/api/v1/outbox-messages?status=kept&limit=2').set('Authorization', admin).expect(200)
    ).body as OutboxList;
    expect(list.items).toHaveLength(2);
    expect(list.total).toBeGreaterThan(2);
    expect(list).toMatchObject({ offset: 0, limit: 2 });
    const all = (
      await request(api.http).get('/api/v1/outbox-messages?status=kept&limit=200').set('Authorization', admin)
    ).body as OutboxList;
    const toSecretary = all.items.find((m) => m.recipient === SECRETARY && m.kind === 'response-recorded');
    expect(toSecretary).toMatchObject({ status: 'kept', attempts: 1 });
    expect(toSecretary?.body).toContain(`/trajecten/${scenario.ids.trajectoryId}`);
    expect(all.items.every((m) => m.status === 'kept')).toBe(true);
  });

  it('names no resident: their messages show an empty recipient', async () => {
    const all = (await request(api.http).get('/api/v1/outbox-messages?limit=200').set('Authorization', admin))
      .body as OutboxList;
    const toResidents = all.items.filter((m) => m.kind.startsWith('signal-'));
    expect(toResidents.length).toBeGreaterThan(0);
    expect(toResidents.every((m) => m.recipient === '')).toBe(true);
  });

  it('shows no failed messages when none failed', async () => {
    const failed = (
      await request(api.http).get('/api/v1/outbox-messages?status=failed').set('Authorization', admin).expect(200)
    ).body as OutboxList;
    expect(failed).toMatchObject({ items: [], total: 0 });
  });

  it("shows another municipality's admin none of them", async () => {
    const velsen = await api.bearer('admin', [VELSEN.code], 'admin-velsen');
    const list = (await request(api.http).get('/api/v1/outbox-messages').set('Authorization', velsen).expect(200))
      .body as OutboxList;
    expect(list).toMatchObject({ items: [], total: 0 });
  });

  it.each(['secretary', 'official', 'body-member', 'evaluator'] as const)(
    'refuses the role %s with 403',
    async (role) => {
      const token = await api.bearer(role, [BEVERWIJK.code], `${role}-beverwijk`);
      await request(api.http).get('/api/v1/outbox-messages').set('Authorization', token).expect(403);
    },
  );

  it('refuses a status it does not know, naming the parameter', async () => {
    const answer = await request(api.http).get('/api/v1/outbox-messages?status=lost').set('Authorization', admin);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('status');
  });

  it('shows the admin the messages on /werkruimte/berichten, and the stop link still answers', async () => {
    const agent = await signedInAgent(api, 'admin', BEVERWIJK.code, 'admin-beverwijk');
    const page = await agent.get('/werkruimte/berichten?status=kept').expect(200);
    expect(page.text).toContain('<h1');
    expect(page.text).toContain('Berichten');
    expect(page.text).toContain('Bewaard (geen mailserver)');
    expect(page.text).toContain(`Reactie van het college over`);
    const stop = await request(api.http).get('/werkruimte/berichten/afmelden?t=bm9ib2R5.forged').expect(200);
    expect(stop.text).toContain('Deze link werkt niet');
  });

  it('refuses the page to a secretary', async () => {
    const agent = await signedInAgent(api, 'secretary', BEVERWIJK.code, SECRETARY);
    const page = await agent.get('/werkruimte/berichten');
    expect(page.status).toBe(403);
  });
});
