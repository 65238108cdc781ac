import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createI18n } from '../../src/i18n';
import { launchChromium } from '../helpers/browser';
import { createAccount, TEST_PASSWORD } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';

const i18n = createI18n();
const vi = i18n.getFixedT('vi');
/** The console's strings, as the browser gets them (namespace console-queue, key "queue"). */
const cq = (key: string, vars?: Record<string, unknown>) => vi(`console-queue:queue.${key}`, vars);

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  server = await startServer({ OFFICE_HOURS: '24/7' });
  ({ browser, close: closeBrowser } = await launchChromium());
}, 60_000);
afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

/** Records browser notifications (headless Chromium has no notification centre to look at). */
function fakeNotifications(): void {
  const calls: { title: string; body?: string }[] = [];
  (window as unknown as { __notifications: typeof calls }).__notifications = calls;
  class FakeNotification {
    static permission = 'granted';
    static requestPermission() {
      return Promise.resolve('granted');
    }
    constructor(title: string, opts?: { body?: string }) {
      calls.push({ title, ...(opts?.body ? { body: opts.body } : {}) });
    }
  }
  (window as unknown as { Notification: unknown }).Notification = FakeNotification;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('handoff end to end in headless Chromium', () => {
  it('risk message on the web chat → counselor alerted → claims → replies → teen receives it → close → the bot answers again', async () => {
    const counselor = await createAccount(server.stores, 'counselor', 'tuvanvien1');
    const errors: string[] = [];

    // The counselor, on a phone, signed in and watching the queue.
    const desk = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })).newPage();
    desk.on('pageerror', (e) => errors.push(e.message));
    desk.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await desk.addInitScript(fakeNotifications);
    await desk.goto(`${server.url}/console?lang=vi`);
    await desk.fill('#username', counselor.username);
    await desk.fill('#password', TEST_PASSWORD);
    await desk.click('#login-submit');
    await desk.locator('#queue-table').waitFor({ state: 'attached' });
    await desk.locator('.empty', { hasText: cq('empty') }).waitFor();
    errors.length = 0; // the shell's "who am I?" before sign-in answers 401 by design

    // The teen, on the try-it chat.
    const chat = await (await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })).newPage();
    chat.on('pageerror', (e) => errors.push(e.message));
    await chat.goto(server.url + '/');
    await chat.locator('.msg.bot', { hasText: vi('common:welcome.hello') }).waitFor();
    await chat.fill('#input', 'bố em đánh em suốt, em sợ về nhà lắm');
    await chat.press('#input', 'Enter');
    await chat.locator('.msg.bot', { hasText: '111' }).first().waitFor();

    // Alerted at once: the row, the badge, a browser notification.
    const row = desk.locator('tr.q-row').first();
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(cq('level.disclosed'));
    await expect.poll(() => desk.locator('#badge-queue').textContent()).toBe('1');
    await expect.poll(() => desk.evaluate(() => (window as unknown as { __notifications: { title: string }[] }).__notifications.map((n) => n.title))).toContain(cq('alert.new'));
    expect(await overflow(desk)).toBeLessThanOrEqual(0);

    // Claims, reads the thread, replies.
    await row.locator('button.claim').click();
    const reply = desk.locator('textarea#reply');
    await reply.waitFor();
    await desk.locator('.msg.teen', { hasText: 'bố em đánh em suốt' }).waitFor();
    await chat.locator('.msg.bot', { hasText: vi('handoff:claimed') }).waitFor();
    await reply.fill('Chào bạn, mình là tư vấn viên. Bây giờ bạn có an toàn không?');
    await desk.click('#send');
    await desk.locator('.msg.counselor', { hasText: cq('state.sent') }).waitFor();
    expect(await overflow(desk)).toBeLessThanOrEqual(0);

    // The teen's browser receives it, marked as a person's message; the teen's answer reaches the console live.
    await chat.locator('.msg.counselor', { hasText: 'Bây giờ bạn có an toàn không?' }).waitFor();
    const botLines = await chat.locator('.msg.bot').count();
    await chat.fill('#input', 'em đang ở nhà bà');
    await chat.press('#input', 'Enter');
    await desk.locator('.msg.teen', { hasText: 'em đang ở nhà bà' }).waitFor();
    await chat.locator('.msg.user', { hasText: 'em đang ở nhà bà' }).waitFor();
    expect(await chat.locator('.msg.bot').count()).toBe(botLines); // the bot stays silent while a person owns the chat

    // Closes with an outcome: the teen is told the bot is back, and the bot answers the next message.
    await desk.selectOption('#outcome', 'referred_hotline');
    await desk.uncheck('#ask-rating');
    await desk.click('#close-ticket');
    await desk.locator('#queue-table').waitFor({ state: 'attached' });
    await chat.locator('.msg.bot', { hasText: vi('handoff:returned') }).waitFor();
    await chat.fill('#input', 'menu');
    await chat.press('#input', 'Enter');
    await chat.locator('.msg.bot', { hasText: vi('common:menu.prompt') }).last().waitFor();

    const [closed] = await server.stores.audit.list({ action: 'ticket.close', limit: 1 });
    expect(await server.stores.tickets.get(closed!.target!)).toMatchObject({ status: 'closed', outcome: 'referred_hotline', reason: 'risk', level: 'disclosed' });
    expect((await server.stores.audit.list({ action: 'conversation.open', limit: 5 })).map((e) => e.actorName)).toContain('tuvanvien1');
    await desk.screenshot({ path: `${server.dataDir}/console-queue.png` });
    expect(errors).toEqual([]);
  }, 60_000);
});
