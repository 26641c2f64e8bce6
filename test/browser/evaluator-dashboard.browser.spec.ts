import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { SCENARIO, seedAdviceScenario } from '../support/advice-scenario';
import { signedInTab } from './support/story-steps';
import {
  BROWSER_TEST_TIMEOUT,
  checkKeyboardReach,
  checkPage,
  startWebSession,
  submitWithKeyboard,
  tabTo,
  typeInto,
  type WebSession,
} from './support/web-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

/** Follows a download link by keyboard and answers the downloaded file. */
async function downloadByKeyboard(page: Page, href: string): Promise<{ name: string; content: Buffer }> {
  await tabTo(page, `a[href="${href}"]`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), content: await readFile(await download.path()) };
}

describe("the evaluators' dashboard in a browser", () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession('browser-dashboard');
    await seedAdviceScenario(session.api);
  }, 60_000);
  afterAll(() => session?.close());

  it('an evaluator finds the pilot, reads its charts and tables, and downloads the CSV and the XLSX', async () => {
    const tab = await signedInTab(session, 'evaluator-1', 'Eval', 'GM0375, GM0396');
    const { page } = tab;

    await tabTo(page, 'header a[href="/evaluatie"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    await checkPage(page, 'evaluatie-1-kies-pilot');
    await typeInto(page, 'pilot', SCENARIO.pilotId);
    await submitWithKeyboard(page, 'Space');
    expect(new URL(page.url()).pathname).toBe(`/evaluatie/${SCENARIO.pilotId}`);

    // Chart.js drew the chart from the server's description; the table beside it holds the numbers.
    await page.waitForFunction(() => {
      const chart = (window as unknown as { Chart?: { getChart(canvas: Element): unknown } }).Chart;
      const canvas = document.querySelector('#total-chart');
      return chart !== undefined && canvas !== null && chart.getChart(canvas) !== undefined;
    });
    expect(await page.getByRole('img', { name: /Staafdiagram: aandelen van Alle organen samen/ }).count()).toBe(1);
    const table = page.getByRole('table', { name: 'Meetpunten van Alle organen samen' });
    expect(await table.getByRole('row', { name: /Aantal signalen/ }).textContent()).toBe(
      'Aantal signalenhoger is beter12Nee',
    );
    await checkPage(page, 'evaluatie-2-pilot');
    await checkKeyboardReach(page, 'evaluatie-2-pilot');

    const csv = await downloadByKeyboard(page, `/evaluatie/${SCENARIO.pilotId}/meetpunten.csv`);
    expect(csv.name).toBe(`pilot-${SCENARIO.pilotId}.csv`);
    const lines = csv.content.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('scope,scopeId,metric,value,target,met,direction,topic,finding,recordedOn');
    expect(lines).toContain(`total,${SCENARIO.pilotId},signals-count,1,2,false,higher-is-better,,,`);

    const xlsx = await downloadByKeyboard(page, `/evaluatie/${SCENARIO.pilotId}/meetpunten.xlsx`);
    expect(xlsx.name).toBe(`pilot-${SCENARIO.pilotId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const yardstickLines = lines.filter((line) => line.length > 0 && !line.startsWith('finding,'));
    expect(workbook.worksheets[0]!.rowCount).toBe(yardstickLines.length);

    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });
});
