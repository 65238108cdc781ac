import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApp, type BotApp } from '../../src/bot/app';
import { createMessengerChannel } from '../../src/channels/messenger';
import { createZaloChannel } from '../../src/channels/zalo';
import type { TicketSummary } from '../../src/handoff';
import { createLogger } from '../../src/logger';
import { openSqliteStores, type Stores } from '../../src/storage';
import { FakeGraph } from '../fakes/fake-graph';
import { FakeZalo } from '../fakes/fake-zalo';
import { testKnowledge } from '../helpers/knowledge';
import { tempDir } from '../helpers/tmp';
import { i18n, MESSENGER_SECRETS, messengerEnvelope, messengerText, postMessenger, postZalo, silentLogger, startRestify, ZALO_SECRETS, zaloTextBody } from '../channels/support/harness';
import { ManualClock } from './harness';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const FAST = { pollMs: 20, outboxIntervalMs: 50, leaseMs: 5000 };

let stores: Stores;
let app: BotApp;
let graph: FakeGraph;
let zalo: FakeZalo;
let url: string;
let stop: () => Promise<void>;
const clock = new ManualClock(Date.parse('2026-03-02T03:00:00.000Z'));
const anna = { id: 'acc-anna', username: 'anna' };

beforeAll(async () => {
  const tmp = tempDir();
  stores = openSqliteStores(tmp.dir);
  await stores.consoleAccounts.create({ ...anna, displayName: 'Anna', role: 'counselor', passwordHash: 'x', disabled: false, createdAt: clock.now().toISOString(), updatedAt: clock.now().toISOString() });
  app = createBotApp({ i18n, stores, logger: createLogger('silent'), knowledge: testKnowledge(i18n), now: clock.now, handoff: { settings: { officeHours: '24/7' } } });
  graph = await FakeGraph.start({ accessToken: MESSENGER_SECRETS.pageAccessToken, appSecret: MESSENGER_SECRETS.appSecret });
  zalo = await FakeZalo.start({ appId: ZALO_SECRETS.appId, appSecret: ZALO_SECRETS.appSecret });
  const common = { stores: stores.channels, logic: app.logic, logger: silentLogger, i18n, clock: () => clock.ms, workers: FAST };
  const messenger = createMessengerChannel({ ...common, settings: { ...MESSENGER_SECRETS, graphUrl: graph.url } });
  const zaloChannel = createZaloChannel({ ...common, settings: { ...ZALO_SECRETS, refreshToken: zalo.refreshToken, apiUrl: zalo.url, oauthUrl: zalo.url } });
  for (const ch of [messenger, zaloChannel]) {
    app.attach(ch.adapter);
    app.services.handoff.relay.register(ch.name, { adapter: ch.adapter, windowFor: (u, h) => ch.adapter.windowFor(u, h) });
  }
  const server = await startRestify((s) => {
    messenger.registerRoutes(s);
    zaloChannel.registerRoutes(s);
  });
  url = server.url;
  messenger.start();
  zaloChannel.start();
  stop = async () => {
    await messenger.stop();
    await zaloChannel.stop();
    await server.close();
    await graph.close();
    await zalo.close();
    await stores.close();
    tmp.cleanup();
  };
}, 30_000);
afterAll(async () => {
  await stop?.();
});

const desk = () => app.services.handoff.desk;
async function ticketFor(userId: string): Promise<TicketSummary> {
  let found: TicketSummary | undefined;
  await expect.poll(async () => (found = (await desk().queue()).find((t) => t.id && (t.channel === 'messenger' || t.channel === 'zalo') && t.status === 'queued')), { timeout: 5000 }).toBeDefined();
  const ticket = await stores.tickets.get(found!.id);
  expect(ticket?.userId).toBe(userId);
  return found!;
}
async function askForCounselor(channel: 'messenger' | 'zalo', userId: string, n: number): Promise<string> {
  if (channel === 'messenger') await postMessenger(url, messengerEnvelope([messengerText(userId, `m.${n}`, 'gặp tư vấn viên', clock.ms)]));
  else await postZalo(url, zaloTextBody(userId, `z.${n}`, 'gặp tư vấn viên', clock.ms));
  const t = await ticketFor(userId);
  await desk().claim(t.id, anna);
  return t.id;
}
const windowOf = async (id: string) => (await desk().queue()).find((t) => t.id === id)!.window;

describe('relay through Messenger (fake Graph API)', () => {
  it('inside 24 h: the counselor\'s message goes as RESPONSE, untagged; the bot\'s messages are never tagged', async () => {
    const id = await askForCounselor('messenger', 'PSID-H', 1);
    const item = await desk().reply(id, anna, 'Chào bạn, mình là tư vấn viên.');
    expect(item.status).toBe('sent');
    const last = graph.sent('PSID-H').at(-1) as { messaging_type: string; tag?: string; message: { text: string } };
    expect(last).toMatchObject({ messaging_type: 'RESPONSE', message: { text: 'Chào bạn, mình là tư vấn viên.' } });
    expect(last.tag).toBeUndefined();
    expect(await windowOf(id)).toMatchObject({ allowed: true, free: true, humanAgentTag: false });
  });

  it('between 24 h and 7 days: HUMAN_AGENT on the counselor\'s message only; the bot\'s return notice cannot go and says so', async () => {
    const id = (await stores.tickets.openFor('messenger:PAGE1:PSID-H'))!.id;
    clock.advance(30 * HOUR);
    const w = await windowOf(id);
    expect(w).toMatchObject({ allowed: true, humanAgentTag: true });
    expect(w.remainingMs).toBe(7 * DAY - 30 * HOUR);
    expect((await desk().reply(id, anna, 'Bạn còn đó không?')).status).toBe('sent');
    expect(graph.sent('PSID-H').at(-1)).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    const before = graph.sent('PSID-H').length;
    await desk().close(id, anna, { outcome: 'no_response', message: 'Khi cần bạn cứ nhắn nhé.', askRating: true });
    const sent = graph.sent('PSID-H').slice(before) as { tag?: string; message: { text: string } }[];
    expect(sent.map((b) => [b.message.text, b.tag])).toEqual([['Khi cần bạn cứ nhắn nhé.', 'HUMAN_AGENT']]);
    const thread = await stores.tickets.messages(id, 100);
    const notices = thread.filter((m) => m.author === 'system' && m.text === i18n.getFixedT('vi')('handoff:returned'));
    expect(notices[0]).toMatchObject({ status: 'failed', failureCode: 'window_closed' });
    // Regression (chatwoot#15887): across the whole conversation, only human-typed messages carried the tag.
    const tagged = graph.sent('PSID-H').filter((b) => b.tag === 'HUMAN_AGENT').map((b) => (b.message as { text: string }).text);
    expect(tagged).toEqual(['Bạn còn đó không?', 'Khi cần bạn cứ nhắn nhé.']);
  });

  it('after 7 days: the reply is refused before the API, shown failed with what to do instead', async () => {
    const id = await askForCounselor('messenger', 'PSID-W', 2);
    clock.advance(8 * DAY);
    expect(await windowOf(id)).toMatchObject({ allowed: false, reason: 'window_closed' });
    const before = graph.sent('PSID-W').length;
    const item = await desk().reply(id, anna, 'Xin lỗi vì trả lời muộn.');
    expect(item).toMatchObject({ status: 'failed', failure: { code: 'window_closed' } });
    expect(graph.sent('PSID-W').length).toBe(before);
    expect(i18n.getFixedT('vi')(`console-queue:queue.instead.${item.failure!.code}`)).toContain('111');
    await desk().close(id, anna, { outcome: 'no_response', askRating: false });
  });

  it('a blocked Page (551) comes back as user_unavailable with the platform code', async () => {
    const id = await askForCounselor('messenger', 'PSID-U', 3);
    graph.failNext('PSID-U', 'unavailable');
    const item = await desk().reply(id, anna, 'Chào bạn');
    expect(item).toMatchObject({ status: 'failed', failure: { code: 'user_unavailable' } });
    expect(item.failure?.platformCode).toContain('551');
    await desk().close(id, anna, { outcome: 'no_response', askRating: false });
  });
});

describe('relay through Zalo OA (fake Zalo API)', () => {
  it('free inside 48 h, billed to 7 days, then refused; the API\'s own -230 is shown the same way', async () => {
    const user = '9000000000000000042';
    const id = await askForCounselor('zalo', user, 1);
    expect((await desk().reply(id, anna, 'Chào bạn')).status).toBe('sent');
    expect(zalo.texts(user).at(-1)).toBe('Chào bạn');
    expect(await windowOf(id)).toMatchObject({ allowed: true, free: true, freeRemainingMs: 48 * HOUR });
    clock.advance(3 * DAY);
    expect(await windowOf(id)).toMatchObject({ allowed: true, free: false });
    expect((await desk().reply(id, anna, 'Bạn ổn chứ?')).status).toBe('sent');
    zalo.failNext(user, 'window');
    expect(await desk().reply(id, anna, 'Mình vẫn ở đây')).toMatchObject({ status: 'failed', failure: { code: 'window_closed', platformCode: '-230' } });
    clock.advance(5 * DAY);
    const before = zalo.sends.length;
    expect(await desk().reply(id, anna, 'Còn đó không?')).toMatchObject({ status: 'failed', failure: { code: 'window_closed' } });
    expect(zalo.sends.length).toBe(before);
  });
});
