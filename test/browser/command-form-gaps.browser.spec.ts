import { randomUUID } from 'node:crypto';
import { follow, signedInTab } from './support/story-steps';
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

  beforeAll(async () => {
    session = await startWebSession('browser-form-gaps');
  }, 60_000);
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
});
