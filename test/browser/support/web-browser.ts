import { mkdirSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';

/** Where every page's screenshot goes, one PNG per page and width. */
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-output', 'screenshots');

/** Per scenario: a real browser on a busy 2-core machine walks several pages. */
export const BROWSER_TEST_TIMEOUT = 180_000;

const DESKTOP = { width: 1280, height: 900 };
/** 1280 CSS pixels at 200% zoom leave a 640 px wide layout viewport. */
const ZOOMED = { width: 640, height: 900 };
/** The strict policy the hardened server sends; the pages must live with it. */
const CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface WebSession {
  readonly api: TestApp;
  readonly browser: Browser;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** The whole app listening on loopback, and Chromium to drive it. */
export async function startWebSession(label: string): Promise<WebSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const executablePath = ensureChromium();
  const [api, browser] = await Promise.all([
    startTestApp(label),
    chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
  ]);
  const server = api.app.getHttpServer() as Server;
  // Before the app answers: the strict policy the hardened server sends (helmet, trust's work).
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) =>
    response.setHeader('Content-Security-Policy', CSP),
  );
  await api.app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    api,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}

export interface BrowserTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  readonly problems: string[];
}

/** A fresh browser profile (own cookies) in Dutch, collecting every error the page reports. */
export async function openTab(session: WebSession): Promise<BrowserTab> {
  const context = await session.browser.newContext({
    baseURL: session.baseUrl,
    viewport: DESKTOP,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A refused form answers 400/422 on purpose; only its sub-resources must never fail.
    const isDocument = message.location().url === page.url();
    if (isDocument && message.text().startsWith('Failed to load resource')) return;
    problems.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/**
 * What every page must pass: no axe violations (WCAG 2.1 A and AA), no horizontal scrolling
 * or clipped content at 200% zoom, and a screenshot at both widths.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  await page.setViewportSize(ZOOMED);
  // Let resize observers (the charts) lay out again at the new width.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => !element.closest('.utrecht-table-container--overflow-inline, canvas, .chart-canvas'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, clipped: clipped.slice(0, 5) };
  });
  expect({ page: name, scrollsSideways: overflow.scrollWidth > overflow.width, clipped: overflow.clipped }).toEqual({
    page: name,
    scrollsSideways: false,
    clipped: [],
  });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-200-procent.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

/**
 * Tabs from the top of the page through every link, button and field, and checks that each
 * one takes the focus, visibly: nothing on the page needs a mouse.
 */
export async function checkKeyboardReach(page: Page, name: string): Promise<void> {
  const expected = await page.evaluate(() => {
    const focusable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type=hidden]), select, textarea, [tabindex="0"]',
      ),
    ].filter((element) => element.getClientRects().length > 0 || element.classList.contains('utrecht-skip-link'));
    // A radio group is one tab stop; the arrow keys move within it.
    const seenGroups = new Set<string>();
    const stops = focusable.filter((element) => {
      if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
      if (seenGroups.has(element.name)) return false;
      seenGroups.add(element.name);
      return true;
    });
    stops.forEach((element, index) => element.setAttribute('data-tab-stop', String(index)));
    return stops.length;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const invisible: string[] = [];
  for (let step = 0; step < expected + 5 && reached.size < expected; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const indicated =
        (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
        style.boxShadow !== 'none' ||
        element.matches(':focus-visible');
      const group = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : undefined;
      const stop =
        element.getAttribute('data-tab-stop') ??
        (group
          ? document.querySelector(`input[type=radio][name="${group}"][data-tab-stop]`)?.getAttribute('data-tab-stop')
          : null);
      return { stop, indicated, label: `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}` };
    });
    if (focused?.stop) reached.add(focused.stop);
    if (focused && !focused.indicated) invisible.push(focused.label);
  }
  expect({ page: name, reached: reached.size, invisible }).toEqual({ page: name, reached: expected, invisible: [] });
}

/**
 * A page as every spec checks it: `checkPage` (axe, 200% zoom, screenshots), `checkKeyboardReach`,
 * and no console error, page error or CSP violation in the tab since its last check.
 */
export async function checkTab(tab: BrowserTab, name: string): Promise<void> {
  await checkPage(tab.page, name);
  await checkKeyboardReach(tab.page, name);
  expect(tab.problems.splice(0)).toEqual([]);
}

/** Presses Tab until the element matching `selector` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxSteps = 80): Promise<void> {
  for (let step = 0; step < maxSteps; step += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types into the field `name` after tabbing to it. */
export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, `[name="${name}"]`);
  await page.keyboard.type(text);
}

let dateOrder: 'dmy' | 'mdy' | undefined;

/**
 * The order a date field takes its day, month and year in, which follows the browser's own
 * language (Debian's Chromium: the system's), found once by typing into a scratch field.
 */
async function dateOrderOf(page: Page): Promise<'dmy' | 'mdy'> {
  if (dateOrder !== undefined) return dateOrder;
  const probe = await page.context().newPage();
  await probe.setContent('<input type="date" id="probe" aria-label="probe">');
  await probe.focus('#probe');
  await probe.keyboard.type('01022003');
  dateOrder = (await probe.inputValue('#probe')) === '2003-02-01' ? 'dmy' : 'mdy';
  await probe.close();
  return dateOrder;
}

/** A date field by keyboard, its segments typed in the order the field shows them. */
export async function typeDate(page: Page, name: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const order = await dateOrderOf(page);
  await tabTo(page, `[name="${name}"]`);
  await page.keyboard.type(order === 'dmy' ? `${day}${month}${year}` : `${month}${day}${year}`);
  const value = await page.inputValue(`[name="${name}"]`);
  if (value !== isoDate) throw new Error(`Typing ${isoDate} into ${name} gave '${value}'`);
}

/** Chooses in a select by typing the start of the option's label, as keyboard users do. */
export async function chooseOption(page: Page, name: string, labelStart: string): Promise<void> {
  await tabTo(page, `[name="${name}"]`);
  await page.keyboard.type(labelStart);
}

/** Chooses a radio button: tab into the group, then arrow to the option with this value. */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[name="${name}"]`);
  for (let step = 0; step < 10; step += 1) {
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (current === value) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option ${value} in the radio group ${name}`);
}

/** Submits the page's main form with the keyboard: tab to its submit button, press Enter (or Space). */
export async function submitWithKeyboard(page: Page, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, 'main button[type=submit]');
  // The answer may be a redirect (recorded) or the same form again (refused): wait for either.
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
}
