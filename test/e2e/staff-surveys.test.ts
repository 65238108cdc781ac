import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { projectPath } from '../../src/paths';
import { launchChromium } from '../helpers/browser';
import { createAccount } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';
import { seedResults } from '../surveys/seed';

const i18n = createI18n();
const vi = (key: string, vars?: Record<string, unknown>) => i18n.getFixedT('vi')(`console-surveys:${key}`, vars);
let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let username: string;
let inXa1: string[];

beforeAll(async () => {
  server = await startServer({}, { surveys: { localitiesFile: projectPath('src', 'surveys', 'data', 'localities.example.yaml') } });
  username = (await createAccount(server.stores, 'staff')).username;
  const localities = ['vd-xa-1', 'vd-xa-2', 'vd-phuong-1', undefined];
  const codes = ['SAE', 'RIC', 'AES', 'ECS', 'IRC', 'CES'];
  const ids = await seedResults(
    server.stores,
    Array.from({ length: 24 }, (_, i) => ({
      userId: `teen-${i}`,
      completedAt: new Date(Date.UTC(2026, 2, 1 + i, 3)).toISOString(),
      code: codes[i % codes.length],
      channel: i % 3 === 0 ? 'web' : 'zalo',
      ageBand: i % 2 === 0 ? ('13-15' as const) : ('16-17' as const),
      ...(localities[i % 4] ? { locality: localities[i % 4] } : {}),
    })),
  );
  inXa1 = ids.filter((_, i) => i % 4 === 0);
  ({ browser, close: closeBrowser } = await launchChromium());
}, 60_000);
afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

async function signedIn(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, locale: 'vi-VN', acceptDownloads: true });
  await page.goto(`${server.url}/console#/surveys`);
  await page.locator('#login-form').waitFor();
  // From here on (the shell's own "who am I?" before sign-in answers 401 by design) no error is expected.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.fill('#username', username);
  await page.fill('#password', 'correct horse battery staple');
  await page.click('#login-submit');
  await page.goto(`${server.url}/console#/surveys`);
  await page.locator('#svy-total').waitFor();
  return { page, errors };
}

describe('staff survey pages in headless Chromium', () => {
  it('filters, draws the charts, exports an XLSX with the filtered rows and opens one result (laptop)', async () => {
    const { page, errors } = await signedIn({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('#svy-total').textContent()).toBe('24');
    // Real charts: six bars for the strongest group, stacked bars per locality, columns over time.
    const bar = page.locator('#svy-charts [data-bar="S"] rect').first();
    expect(Number(await bar.getAttribute('width'))).toBeGreaterThan(0);
    expect(await page.locator('#svy-charts [data-bar="vd-xa-1"] rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#svy-charts rect[data-bucket]').count()).toBe(1);
    // The view's own layout rules (a constructed stylesheet, allowed by the page's CSP) are applied.
    expect(await page.locator('#svy-charts').evaluate((e) => getComputedStyle(e).display)).toBe('grid');

    await page.selectOption('#svy-locality', 'vd-xa-1');
    await page.click('#svy-apply');
    await expect.poll(() => page.locator('#svy-total').textContent()).toBe(String(inXa1.length));
    await expect.poll(() => page.locator('#svy-results tbody tr').count()).toBe(inXa1.length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#svy-export-xlsx')]);
    expect(download.suggestedFilename()).toMatch(/^ket-qua-trac-nghiem-\d{8}\.xlsx$/);
    const file = `${server.dataDir}/download.xlsx`;
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const exported: string[] = [];
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) exported.push(row.getCell(1).text);
    });
    expect(exported.sort()).toEqual([...inXa1].sort());
    const audit = await server.stores.audit.list({ action: 'export.xlsx' });
    expect(audit[0]).toMatchObject({ actorName: username, details: { filters: { locality: 'vd-xa-1' }, rows: inXa1.length } });

    await page.locator('#svy-results tbody tr').first().click();
    await page.locator('#svy-detail h1').waitFor();
    expect(await page.locator('#svy-detail h1').textContent()).toMatch(/^Kết quả mã [RIASEC]{3}$/);
    expect(await page.locator('#svy-detail svg rect').count()).toBe(6);
    await page.click('#svy-back');
    await page.locator('#svy-total').waitFor();
    await page.screenshot({ path: `${server.dataDir}/surveys-laptop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is usable on a phone: nothing wider than the screen, charts and list shown', async () => {
    const { page, errors } = await signedIn({ width: 360, height: 740 });
    await page.locator('#svy-charts svg').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chartWidth = await page.locator('#svy-charts figure').first().evaluate((e) => e.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThanOrEqual(360);
    expect(await page.locator('#svy-results tbody tr').count()).toBe(24);
    expect(await page.locator('h1').first().textContent()).toBe(vi('surveys.heading'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
