import request from 'supertest';
import { Follows, RecipientDirectory } from '#notifications';
import { startSmtpSink, type SmtpSink } from '../../../libs/notifications/src/testing/smtp-sink';
import { BEVERWIJK, playScenario, scenarioFor } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { outboxSettled } from '../../support/outbox-settled';

const scenario = scenarioFor(BEVERWIJK);
const PUBLIC_URL = 'https://adviesraad.example.nl';
const SECRETARY = 'secretaris-beverwijk';
const FOLLOWER = 'raadslid-beverwijk';
const address = (sub: string): string => `${sub}@beverwijk.example.nl`;

/** The mails to one address, by subject, in the order the SMTP server received them. */
/** The subjects one person received, in a fixed order: the sender delivers in parallel, so arrival order varies. */
const subjectsTo = (smtp: SmtpSink, to: string): string[] =>
  smtp.received
    .filter((m) => m.to === to)
    .map((m) => m.subject)
    .sort();
const sorted = (subjects: string[]): string[] => [...subjects].sort();

describe('mail from the demo story, over HTTP into a real SMTP server', () => {
  let smtp: SmtpSink;
  let api: TestApp;
  const subject = `Herziening verordening Wmo 2027 ${BEVERWIJK.name}`;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    process.env['SMTP_URL'] = smtp.url;
    process.env['PUBLIC_URL'] = PUBLIC_URL;
    api = await startTestApp('mail');
    const directory = new RecipientDirectory(api.storage.database);
    await directory.save({
      subject: SECRETARY,
      email: address(SECRETARY),
      roles: ['secretary'],
      bodyIds: [scenario.ids.bodyId],
      weeklyDigest: false,
    });
    await directory.save({ subject: FOLLOWER, email: address(FOLLOWER), roles: [], bodyIds: [], weeklyDigest: false });
    await new Follows(api.storage.database).follow(FOLLOWER, { kind: 'trajectory', id: scenario.ids.trajectoryId });
    const admin = await api.bearer('admin', [BEVERWIJK.code], 'admin-beverwijk');
    await playScenario(scenario, (path, body) =>
      request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
    await smtp.waitFor(9);
    await outboxSettled(api.storage.database);
  });
  afterAll(async () => {
    delete process.env['SMTP_URL'];
    delete process.env['PUBLIC_URL'];
    await api.close();
    await smtp.close();
  });

  it("tells the body's secretary of the college's response, the council proposal and the dispute, once each", () => {
    expect(subjectsTo(smtp, address(SECRETARY))).toEqual(
      sorted([
        `Reactie van het college over "${subject}"`,
        `Advies bij raadsvoorstel ${scenario.ids.proposalRef}`,
        `Geschil gemeld over "${subject}"`,
      ]),
    );
  });

  it('tells whoever follows the trajectory of each step, once each', () => {
    expect(subjectsTo(smtp, address(FOLLOWER))).toEqual(
      sorted([
        `Advies uitgebracht over "${subject}"`,
        `Reactie van het college over "${subject}"`,
        `Advies bij raadsvoorstel ${scenario.ids.proposalRef}`,
        `Geschil gemeld over "${subject}"`,
      ]),
    );
  });

  it('tells the reporter who agreed that the signal was assessed and used in advice, with a stop link', () => {
    const contact = `w.zonneveld.${BEVERWIJK.code.toLowerCase()}@voorbeeld.nl`;
    expect(subjectsTo(smtp, contact)).toEqual(
      sorted(['Uw signaal is bekeken', 'Uw signaal wordt gebruikt in een advies']),
    );
    smtp.received
      .filter((m) => m.to === contact)
      .forEach((m) => expect(m.text).toContain(`${PUBLIC_URL}/werkruimte/berichten/afmelden?t=`));
  });

  it('links each message to the page it is about', () => {
    const advice = smtp.received.find((m) => m.to === address(FOLLOWER));
    expect(advice?.text).toContain(`${PUBLIC_URL}/trajecten/${scenario.ids.trajectoryId}`);
  });

  it('shows the outbox in /metrics: its depth and age, and messages per kind and outcome', async () => {
    const metrics = (await request(api.http).get('/metrics').expect(200)).text;
    expect(metrics).toContain('participation_notification_outbox_depth 0');
    expect(metrics).toContain('participation_notification_outbox_oldest_age_seconds 0');
    expect(metrics).toContain('participation_notification_messages{kind="advice-issued",status="sent"} 1');
    expect(metrics).toContain('participation_notification_messages{kind="response-recorded",status="sent"} 2');
  });

  it('stops mail to the reporter who follows the stop link and presses its button, and not before', async () => {
    const contact = `w.zonneveld.${BEVERWIJK.code.toLowerCase()}@voorbeeld.nl`;
    const mail = smtp.received.find((m) => m.to === contact);
    const link = new URL(/https:\S+afmelden\S+/.exec(mail?.text ?? '')?.[0] ?? PUBLIC_URL);
    const optedOut = async (): Promise<number> =>
      (await api.storage.database.query('SELECT 1 FROM notification_opt_outs')).rows.length;
    const asked = await request(api.http).get(`${link.pathname}${link.search}`).expect(200);
    expect(asked.text).toContain('Stop de berichten');
    expect(await optedOut()).toBe(0);
    const stopped = await request(api.http)
      .post(link.pathname)
      .type('form')
      .send({ t: link.searchParams.get('t') })
      .expect(201);
    expect(stopped.text).toContain('U krijgt geen berichten meer');
    expect(await optedOut()).toBe(1);
  });

  it('refuses a stop link we did not make', async () => {
    const answer = await request(api.http).get('/werkruimte/berichten/afmelden?t=bm9ib2R5.forged').expect(200);
    expect(answer.text).toContain('Deze link werkt niet');
  });
});
