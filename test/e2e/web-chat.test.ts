import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createI18n } from '../../src/i18n';
import { launchChromium } from '../helpers/browser';
import { startServer, type RunningServer } from '../helpers/server';

const vi = createI18n().getFixedT('vi');
let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  server = await startServer();
  ({ browser, close: closeBrowser } = await launchChromium());
}, 60_000);
afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

describe('try-it chat page in headless Chromium (phone-sized)', () => {
  it('shows the welcome and menu, and a tapped quick reply gets the bot\'s answer', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url + '/');
    await page.locator('.msg.bot', { hasText: vi('common:welcome.hello') }).waitFor();
    const quick = page.locator('#quick button');
    await expect.poll(() => quick.allTextContents()).toContain(vi('common:menu.training'));

    // Nothing is wider than the phone screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.locator('#quick button', { hasText: vi('common:menu.language') }).click();
    await page.locator('.msg.user', { hasText: vi('common:menu.language') }).waitFor();
    await page.locator('.msg.bot', { hasText: vi('common:language.prompt') }).waitFor();
    await page.locator('#quick button', { hasText: 'English' }).click();
    await page.locator('.msg.bot', { hasText: 'Switched to English.' }).waitFor();

    // Typed text with the keyboard, answered in English now.
    await page.fill('#input', 'menu');
    await page.press('#input', 'Enter');
    await expect.poll(() => page.locator('#quick button').allTextContents()).toContain('Talk to a counselor');
    await page.screenshot({ path: `${server.dataDir}/chat.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resumes the same conversation after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    await page.goto(server.url + '/');
    await page.locator('.msg.bot', { hasText: vi('common:welcome.hello') }).waitFor();
    await page.fill('#input', 'trợ giúp');
    await page.press('#input', 'Enter');
    await page.locator('.msg.bot', { hasText: vi('common:help.text').split('\n')[0]! }).waitFor();
    await page.reload();
    await page.locator('.msg.user', { hasText: 'trợ giúp' }).waitFor();
    await page.close();
  });

  it('serves the widget script that opens the chat in a frame on another site', async () => {
    // The Youth Union's website: another origin on loopback that includes the widget.
    const site = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><h1>Đoàn Thanh niên</h1><script src="${server.url}/widget.js" data-lang="vi"></script>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
      await page.locator(`button[aria-label="${vi('common:web.openChat')}"]`).click();
      await page.frameLocator('iframe').locator('.msg.bot', { hasText: vi('common:welcome.hello') }).waitFor();
      await page.close();
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
