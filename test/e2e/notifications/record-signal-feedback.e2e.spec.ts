import { appointIjmondMembers, IJMOND_BODY_ID } from '../../support/ijmond';
import { seedAdviceScenario } from '../../support/advice-scenario';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedInAgent, submitForm } from '../../support/web-session';

const SIGNAL = {
  municipalityCode: 'GM0375',
  bodyId: IJMOND_BODY_ID,
  channel: 'meeting',
  receivedOn: '2026-02-03',
  themes: 'vervoer',
  domain: 'wmo',
  summary: 'De buurtbus rijdt niet meer op zondag.',
  reporterName: 'J. de Vries',
};

describe("the signal form's choice to keep the reporter informed by e-mail", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('web-feedback-by-mail');
    await seedAdviceScenario(api);
    await appointIjmondMembers(api, ['lid-1']);
  });
  afterAll(() => api.close());

  it('offers the choice, in Dutch', async () => {
    const member = await signedInAgent(api, 'body-member', 'GM0375', 'lid-1');
    const page = (await member.get('/werkruimte/signalen/nieuw').expect(200)).text;
    expect(page).toContain('De melder wil per e-mail horen wat er met het signaal gebeurt');
    expect(page).toContain('name="feedbackByMail"');
  });

  it("shows the domain's refusal beside the contact field when the address is missing", async () => {
    const member = await signedInAgent(api, 'body-member', 'GM0375', 'lid-1');
    const answer = await submitForm(member, '/werkruimte/signalen/nieuw', { ...SIGNAL, feedbackByMail: 'yes' }, 422);
    expect(answer.text).toContain(
      'id="field-reporterContact-error">De melder wil per e-mail horen wat er met het signaal gebeurt. Vul een e-mailadres in.</p>',
    );
  });

  it('records the signal with the choice when an address is given', async () => {
    const member = await signedInAgent(api, 'body-member', 'GM0375', 'lid-1');
    const answer = await submitForm(
      member,
      '/werkruimte/signalen/nieuw',
      { ...SIGNAL, reporterContact: 'j.devries@voorbeeld.nl', feedbackByMail: 'yes' },
      303,
    );
    expect(answer.headers['location']).toMatch(/^\/werkruimte\?na=\d+#signalen$/);
  });
});
