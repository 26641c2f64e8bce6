import type { Page } from 'playwright-core';
import {
  checkPage,
  chooseOption,
  chooseRadio,
  openTab,
  submitWithKeyboard,
  tabTo,
  typeDate,
  typeInto,
  type BrowserTab,
  type WebSession,
} from './web-browser';

/** One field filled by keyboard: text, a date, a select by its label's start, a radio, a checkbox. */
export type Entry =
  | readonly ['text', string, string]
  | readonly ['date', string, string]
  | readonly ['select', string, string]
  | readonly ['radio', string, string]
  | readonly ['tick', string, string];

/** A fresh browser profile signed in with the sign-in page, as `sub` in `role` for these municipalities. */
export async function signedInTab(
  session: WebSession,
  sub: string,
  roleLabel: string,
  municipalities: string,
): Promise<BrowserTab> {
  const tab = await openTab(session);
  await tab.page.goto('/inloggen');
  await typeInto(tab.page, 'sub', sub);
  await chooseOption(tab.page, 'role', roleLabel);
  await typeInto(tab.page, 'municipalities', municipalities);
  await submitWithKeyboard(tab.page);
  expect(new URL(tab.page.url()).pathname).toBe('/werkruimte');
  return tab;
}

/** Follows a link by keyboard: tab to it, press Enter, wait for the page. */
export async function follow(page: Page, href: string): Promise<void> {
  await tabTo(page, `main a[href="${href}"]`, 200);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

/** Ticks the checkbox `name` with this value by keyboard. */
async function tick(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[name="${name}"][value="${value}"]`, 200);
  await page.keyboard.press('Space');
}

export async function fill(page: Page, entries: readonly Entry[]): Promise<void> {
  for (const [kind, name, value] of entries) {
    if (kind === 'text') await typeInto(page, name, value);
    else if (kind === 'date') await typeDate(page, name, value);
    else if (kind === 'select') await chooseOption(page, name, value);
    else if (kind === 'radio') await chooseRadio(page, name, value);
    else await tick(page, name, value);
  }
}

export interface FormStep {
  /** The form's address; reached by its link when `linkOn` says the current page offers it. */
  readonly path: string;
  /** The screenshots' name. */
  readonly shot: string;
  readonly entries: readonly Entry[];
  /** Submit the empty form first, and check the page in its error state. */
  readonly emptyFirst?: boolean;
  readonly byLink?: boolean;
  /** False for a form met again in a loop: it was checked the first time. */
  readonly check?: boolean;
}

/**
 * One form of the story: opened (by its link or its address), checked with axe and at 200%,
 * sent empty to show its refusals (checked again), then filled by keyboard and sent. Returns
 * the address it was sent on to.
 */
export async function runForm(page: Page, step: FormStep): Promise<URL> {
  if (step.byLink) await follow(page, step.path);
  else await page.goto(step.path);
  expect(new URL(page.url()).pathname).toBe(step.path);
  if (step.check ?? true) await checkPage(page, step.shot);
  if (step.emptyFirst ?? true) {
    await submitWithKeyboard(page);
    expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
    await checkPage(page, `${step.shot}-fouten`);
  }
  await fill(page, step.entries);
  await submitWithKeyboard(page);
  const after = new URL(page.url());
  if (after.pathname === step.path) {
    const refusal = await page.getByRole('alert').textContent();
    throw new Error(`${step.shot} was refused: ${refusal ?? ''}`);
  }
  return after;
}

/** The first link under the trajectory page's "Volgende stap". */
export async function nextStepOf(page: Page): Promise<string | null> {
  const link = page.locator('main h2:text-is("Volgende stap") + ul a').first();
  return (await link.count()) > 0 ? link.textContent() : null;
}
