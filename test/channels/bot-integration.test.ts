import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/bot/intents';
import { FakeGraph } from '../fakes/fake-graph';
import { FakeZalo } from '../fakes/fake-zalo';
import { startServer, type RunningServer } from '../helpers/server';
import { MESSENGER_SECRETS, ZALO_SECRETS, messengerEnvelope, messengerText, postMessenger, postZalo, zaloTextBody } from './support/harness';

/** The real bot (dialogs, FAQ, safety, SQLite) behind the real Messenger and Zalo webhooks, fake platform APIs. */
let server: RunningServer;
let graph: FakeGraph;
let zalo: FakeZalo;

beforeAll(async () => {
  graph = await FakeGraph.start({ accessToken: MESSENGER_SECRETS.pageAccessToken, appSecret: MESSENGER_SECRETS.appSecret });
  zalo = await FakeZalo.start({ appId: ZALO_SECRETS.appId, appSecret: ZALO_SECRETS.appSecret });
  server = await startServer({
    MESSENGER_VERIFY_TOKEN: MESSENGER_SECRETS.verifyToken,
    MESSENGER_APP_SECRET: MESSENGER_SECRETS.appSecret,
    MESSENGER_PAGE_ACCESS_TOKEN: MESSENGER_SECRETS.pageAccessToken,
    MESSENGER_GRAPH_URL: graph.url,
    MESSENGER_GRAPH_VERSION: MESSENGER_SECRETS.graphVersion,
    ZALO_APP_ID: ZALO_SECRETS.appId,
    ZALO_APP_SECRET: ZALO_SECRETS.appSecret,
    ZALO_OA_SECRET_KEY: ZALO_SECRETS.oaSecretKey,
    ZALO_REFRESH_TOKEN: zalo.refreshToken,
    ZALO_API_URL: zalo.url,
    ZALO_OAUTH_URL: zalo.url,
  });
});
afterAll(async () => {
  await server.stop();
  await graph.close();
  await zalo.close();
});

const vi = () => server.app.services.i18n.getFixedT('vi');

describe('the bot on Messenger', () => {
  it('greets a new user with the menu as quick replies', async () => {
    expect(await postMessenger(server.url, messengerEnvelope([messengerText('PSID-1', 'm.1', 'xin chào', Date.now())]))).toBe(200);
    expect(await graph.waitForSent(3, 'PSID-1')).toBe(true);
    expect(graph.texts('PSID-1')[0]).toBe(vi()('common:welcome.hello'));
    const last = graph.sent('PSID-1').at(-1) as { message?: { quick_replies?: { title: string }[] }; messaging_type?: string };
    expect(last.messaging_type).toBe('RESPONSE');
    expect(last.message?.quick_replies?.length).toBe(MENU_ITEMS.length);
  });

  it('answers a risk message with the safety reply and opens a ticket for the Messenger conversation', async () => {
    const before = graph.sent('PSID-1').length;
    await postMessenger(server.url, messengerEnvelope([messengerText('PSID-1', 'm.2', 'chủ giữ căn cước của em, không cho em về nhà', Date.now())]));
    expect(await graph.waitForSent(before + 2, 'PSID-1')).toBe(true);
    expect(graph.texts('PSID-1').slice(before).join('\n')).toContain('111');
    // The ticket is opened right after the reply is sent, in the same turn.
    await expect.poll(async () => (await server.stores.tickets.queue()).find((t) => t.channel === 'messenger')).toMatchObject({ reason: 'risk', category: 'forced_labour' });
  });

  it('refuses a forged signature with 401 and runs no turn', async () => {
    // Counted for the forged sender only: the previous test's handoff may still be sending to its own user.
    expect(await postMessenger(server.url, messengerEnvelope([messengerText('PSID-2', 'm.3', 'hi', Date.now())]), 'sha256=' + '0'.repeat(64))).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(graph.sent('PSID-2')).toEqual([]);
  });
});

describe('the bot on Zalo OA', () => {
  it('greets a new user and answers in Vietnamese', async () => {
    expect(await postZalo(server.url, zaloTextBody('9000000000000000001', 'z.1', 'chào bạn', Date.now()))).toBe(200);
    expect(await zalo.waitForSends(3, '9000000000000000001')).toBe(true);
    expect(zalo.texts('9000000000000000001')[0]).toBe(vi()('common:welcome.hello'));
  });
});

describe('channels without settings', () => {
  it('are not enabled: their webhook routes answer 404', async () => {
    const plain = await startServer();
    try {
      expect((await fetch(`${plain.url}/webhooks/messenger`, { method: 'POST', body: '{}' })).status).toBe(404);
      expect((await fetch(`${plain.url}/webhooks/zalo`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});
