import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import { IJMOND_BODY_ID } from '../support/ijmond';
import { fill, follow, signedInTab } from './support/story-steps';
import {
  checkPage,
  startWebSession,
  submitWithKeyboard,
  typeInto,
  BROWSER_TEST_TIMEOUT,
  type WebSession,
} from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('the forms the whole story does not walk', () => {
  let session: WebSession;
  /** A request of the municipality with no advice yet: the official may still withdraw it. */
  const requestId = randomUUID();

  beforeAll(async () => {
    session = await startWebSession('browser-form-gaps');
    await seedAdviceScenario(session.api);
    const official = await session.api.bearer('official', ['GM0375'], 'scenario-official');
    const started = await request(session.api.http)
      .post('/api/v1/advice-trajectories')
      .set('Authorization', official)
      .send({
        id: requestId,
        municipalityCode: 'GM0375',
        bodyId: IJMOND_BODY_ID,
        kind: 'solicited',
        subject: 'Een nieuw loket voor mantelzorgers',
        question: 'Waar moet het loket voor mantelzorgers komen?',
        domain: 'wmo',
        policyPhase: 'preparation',
        responseDueOn: '2026-12-01',
      });
    expect(started.status).toBe(201);
  }, 120_000);
  afterAll(() => session?.close());

  it('forgetting a person takes two administrators: the one who asked cannot also confirm', async () => {
    const personId = randomUUID();
    const first = await signedInTab(session, 'beheerder-a', 'Beh', 'GM0375');
    const second = await signedInTab(session, 'beheerder-b', 'Beh', 'GM0375');

    // The first administrator asks; the form says plainly that nothing is erased yet.
    await follow(first.page, '/werkruimte/beheer/persoon-vergeten');
    const intro = await first.page.locator('main').textContent();
    expect(intro).toContain('er wordt nog niets gewist');
    expect(intro).toContain('tweede beheerder');
    await typeInto(first.page, 'personId', personId);
    await submitWithKeyboard(first.page);
    expect(new URL(first.page.url()).pathname).toBe('/werkruimte');
    expect(await first.page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBe(1);

    // The same administrator cannot confirm their own request: the refusal stands beside the form.
    await follow(first.page, '/werkruimte/beheer/persoon-vergeten/bevestigen');
    await typeInto(first.page, 'personId', personId);
    await submitWithKeyboard(first.page);
    expect(new URL(first.page.url()).pathname).toBe('/werkruimte/beheer/persoon-vergeten/bevestigen');
    expect(await first.page.getByRole('alert').textContent()).toContain(
      'U vroeg zelf om deze persoon te vergeten. Een andere beheerder moet het verzoek bevestigen.',
    );
    await checkPage(first.page, 'formulier-vergeten-bevestigen-fouten');

    // A different administrator confirms, and the person is forgotten.
    await follow(second.page, '/werkruimte/beheer/persoon-vergeten/bevestigen');
    await checkPage(second.page, 'formulier-vergeten-bevestigen');
    await typeInto(second.page, 'personId', personId);
    await submitWithKeyboard(second.page);
    expect(new URL(second.page.url()).pathname).toBe('/werkruimte');
    expect(await second.page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBe(1);

    // Confirming again finds nothing pending, and says so in Dutch.
    await first.page.goto('/werkruimte');
    await follow(first.page, '/werkruimte/beheer/persoon-vergeten/bevestigen');
    await typeInto(first.page, 'personId', personId);
    await submitWithKeyboard(first.page);
    expect(await first.page.getByRole('alert').textContent()).toContain('Deze persoon is al vergeten.');

    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('the trajectory forms stay accessible in their error state, and a request is withdrawn', async () => {
    const official = await signedInTab(session, 'scenario-official', 'Amb', 'GM0375');
    const { page } = official;

    // Confirming an approach nobody proposed, after the advice: the domain refuses, beside the form.
    await page.goto(`/werkruimte/trajecten/${SCENARIO.overdueId}/participatieaanpak/bevestigen`);
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(
      `/werkruimte/trajecten/${SCENARIO.overdueId}/participatieaanpak/bevestigen`,
    );
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).not.toContain('Dit kan niet worden vastgelegd.');
    await checkPage(page, 'formulier-aanpak-bevestigen-fouten');

    // Every table of the municipality is linked already: sent without one, the field says so.
    await page.goto(`/werkruimte/trajecten/${SCENARIO.trajectoryId}/tafel-koppelen`);
    await submitWithKeyboard(page);
    expect(await page.locator('#field-tableId-error').textContent()).toBe('Maak een keuze.');
    await checkPage(page, 'formulier-tafel-koppelen-fouten');

    // The college has not answered the overdue advice, so it cannot be closed yet.
    await page.goto(`/werkruimte/trajecten/${SCENARIO.overdueId}/afsluiten`);
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(`/werkruimte/trajecten/${SCENARIO.overdueId}/afsluiten`);
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).not.toContain('Dit kan niet worden vastgelegd.');
    await checkPage(page, 'formulier-traject-afsluiten-fouten');

    // The official withdraws the municipality's own request, reached from the trajectory's page.
    await page.goto(`/trajecten/${requestId}`);
    await follow(page, `/werkruimte/trajecten/${requestId}/intrekken`);
    await checkPage(page, 'formulier-traject-intrekken');
    await submitWithKeyboard(page);
    expect(await page.locator('#field-reason-error').textContent()).toBe('Vul dit veld in.');
    await checkPage(page, 'formulier-traject-intrekken-fouten');
    await typeInto(page, 'reason', 'Het loket komt er via de regio; een eigen advies is niet meer nodig.');
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(`/trajecten/${requestId}`);
    expect(await page.locator('main').textContent()).toContain('Ingetrokken');

    expect(official.problems).toEqual([]);
    await official.context.close();
  });

  it('a secretary appoints a member with the profile they declare, only with their consent', async () => {
    const secretary = await signedInTab(session, 'scenario-secretary', 'Sec', 'GM0375');
    const { page } = secretary;
    const formPath = `/werkruimte/organen/${IJMOND_BODY_ID}/leden/nieuw`;

    await page.goto(formPath);
    await checkPage(page, 'formulier-lid-benoemen');
    await fill(page, [
      ['text', 'displayName', 'Fatma Yilmaz'],
      ['select', 'role', 'Lid'],
      ['tick', 'expertise', 'lived-experience'],
      ['text', 'profile-district', 'Wijk aan Zee'],
      ['text', 'profile-ageBand', '65-74'],
      ['text', 'profile-education', 'mbo'],
    ]);
    // A profile without the member's consent: the domain refuses it, beside the consent box.
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(formPath);
    expect(await page.locator('#field-profileConsent-error').textContent()).toBe(
      'Het profiel van een lid leggen we alleen vast als het lid daar toestemming voor geeft.',
    );
    await checkPage(page, 'formulier-lid-benoemen-fouten');

    // What was typed stays; with the consent ticked the member and their profile are recorded.
    await fill(page, [['tick', 'profileConsent', 'true']]);
    await submitWithKeyboard(page);
    // Back on the body's page, which waited until its members include the new one.
    expect(new URL(page.url()).pathname).toBe(`/werkruimte/organen/${IJMOND_BODY_ID}`);
    expect(await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="leden"]').textContent()).toContain('Fatma Yilmaz');

    const admin = await session.api.bearer('admin', ['GM0375'], 'scenario-admin');
    const members = await request(session.api.http)
      .get(`/api/v1/participation-bodies/${IJMOND_BODY_ID}/members`)
      .set('Authorization', admin);
    expect(members.status).toBe(200);
    const appointed = (members.body as { items: { displayName: unknown; profile?: unknown }[] }).items.find((member) =>
      JSON.stringify(member.displayName).includes('Fatma Yilmaz'),
    );
    expect(appointed?.profile).toEqual(
      expect.objectContaining({ district: 'Wijk aan Zee', ageBand: '65-74', education: 'mbo' }),
    );

    expect(secretary.problems).toEqual([]);
    await secretary.context.close();
  });
});
