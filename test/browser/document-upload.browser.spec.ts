import type { Page } from 'playwright-core';
import request from 'supertest';
import { renamedExecutable, tinyDocx, tinyPdf } from '../../libs/documents/src/testing';
import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import { appointIjmondMembers, IJMOND_BODY_ID } from '../support/ijmond';
import { follow, signedInTab } from './support/story-steps';
import {
  checkKeyboardReach,
  checkPage,
  chooseOption,
  startWebSession,
  submitWithKeyboard,
  tabTo,
  BROWSER_TEST_TIMEOUT,
  type WebSession,
} from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const UPLOAD = `/werkruimte/trajecten/${SCENARIO.trajectoryId}/documenten`;

/** Chooses a file as a keyboard user does: tab to the chooser, press Space, pick the file. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await tabTo(page, 'input[type=file][name="file"]');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(file);
}

describe('adding a document beside the advice, by keyboard', () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession('browser-documents');
    await seedAdviceScenario(session.api);
    // The advice letter is the body's: added by a current member of it, by login.
    await appointIjmondMembers(session.api, ['lid-documenten']);
    const secretary = await session.api.bearer('secretary', ['GM0375'], 'secretaris-documenten');
    await request(session.api.http)
      .post(`/api/v1/participation-bodies/${IJMOND_BODY_ID}/consultations`)
      .set('Authorization', secretary)
      .send({ heldOn: '2026-03-12', with: 'alderman', topics: ['werkagenda'] })
      .expect(200);
  }, 90_000);
  afterAll(() => session?.close());

  it('refuses a renamed executable beside the field, then keeps the PDF and lists it on the trajectory', async () => {
    const { page, problems } = await signedInTab(session, 'lid-documenten', 'Lid', 'GM0375');
    await page.goto(`/trajecten/${SCENARIO.trajectoryId}`);
    await follow(page, UPLOAD);
    expect(new URL(page.url()).pathname).toBe(UPLOAD);
    await checkPage(page, 'document-toevoegen');
    await checkKeyboardReach(page, 'document-toevoegen');
    // A body member writes only the advice letter: it is chosen already.
    expect(await page.locator('input[name="kind"][value="advice-letter"]').isChecked()).toBe(true);

    await chooseFile(page, { name: 'advies.pdf', mimeType: 'application/pdf', buffer: renamedExecutable() });
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(UPLOAD);
    expect(await page.locator('#field-file-error').textContent()).toContain('Dit is geen PDF-, ODT- of DOCX-bestand');
    expect(await page.locator('#field-file').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-file').getAttribute('aria-describedby')).toContain('field-file-error');
    expect(await page.getByRole('alert').textContent()).toContain('Bestand');
    await checkPage(page, 'document-toevoegen-fouten');
    await checkKeyboardReach(page, 'document-toevoegen-fouten');

    await chooseFile(page, {
      name: 'Adviesbrief Wmo.pdf',
      mimeType: 'application/pdf',
      buffer: await tinyPdf('Advies'),
    });
    await submitWithKeyboard(page);
    const landed = new URL(page.url());
    expect(landed.pathname).toBe(`/trajecten/${SCENARIO.trajectoryId}`);
    const documents = page.locator('section[aria-labelledby="documenten"]');
    expect(await documents.getByRole('link', { name: 'Adviesbrief Wmo.pdf' }).count()).toBe(1);
    expect(await documents.textContent()).toContain('Adviesbrief');
    // The way on: the list offers the next upload, the page its next steps.
    expect(await documents.getByRole('link', { name: 'Document toevoegen' }).count()).toBe(1);
    await checkPage(page, 'document-toegevoegd');
    expect(problems).toEqual([]);
  });

  it('refuses a file sent without choosing one, in words beside the field', async () => {
    const { page } = await signedInTab(session, 'lid-documenten', 'Lid', 'GM0375');
    await page.goto(UPLOAD);
    await submitWithKeyboard(page);
    expect(await page.locator('#field-file-error').textContent()).toBe('Kies een bestand.');
  });

  it("lets the secretary add a consultation's notes from the body's page, sealed", async () => {
    const { page, problems } = await signedInTab(session, 'secretaris-documenten', 'Secretaris', 'GM0375');
    const body = `/werkruimte/organen/${IJMOND_BODY_ID}`;
    const notes = `${body}/documenten`;
    await page.goto(body);
    await follow(page, notes);
    expect(await page.locator('main').textContent()).toContain('versleuteld bewaard');
    await checkPage(page, 'verslag-overleg-toevoegen');
    await checkKeyboardReach(page, 'verslag-overleg-toevoegen');
    await chooseOption(page, 'consultationId', '2026-03-12');
    await chooseFile(page, {
      name: 'Verslag overleg.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: tinyDocx('Overleg met de wethouder'),
    });
    await submitWithKeyboard(page);
    expect(new URL(page.url()).pathname).toBe(body);
    expect(problems).toEqual([]);
  });
});
