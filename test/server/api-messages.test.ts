import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { FakeBotConnector } from '../fakes/bot-connector';
import { startServer, type RunningServer } from '../helpers/server';

const vi = createI18n().getFixedT('vi');
let server: RunningServer;
let connector: FakeBotConnector;
let serviceUrl: string;

const activity = (text: string, id: string, conversation = 'emu-conv-1') => ({
  type: 'message',
  id,
  channelId: 'emulator',
  serviceUrl,
  timestamp: new Date().toISOString(),
  locale: 'vi-VN',
  from: { id: 'emu-user-1', name: 'User', role: 'user' },
  recipient: { id: 'bot', name: 'Bot', role: 'bot' },
  conversation: { id: conversation },
  text,
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

beforeAll(async () => {
  connector = new FakeBotConnector();
  serviceUrl = await connector.start();
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
  await connector.stop();
});

describe('POST /api/messages (Bot Framework, anonymous as with the Emulator)', () => {
  it('answers a message with replies delivered to the connector', async () => {
    const res = await post(activity('xin chào', 'a1'));
    expect(res.status).toBe(200);
    await connector.waitFor(3);
    const replies = connector.activities();
    expect(replies.map((r) => r.text)).toContain(vi('common:welcome.hello'));
    const last = replies.at(-1) as { suggestedActions?: { actions: { title: string }[] }; replyToId?: string };
    expect(last.suggestedActions?.actions.map((a) => a.title)).toContain(vi('common:menu.counselor'));
    expect(connector.calls.every((c) => c.path.startsWith('/v3/conversations/emu-conv-1/activities'))).toBe(true);
    expect(last.replyToId).toBe('a1');
  });

  it('keeps state between turns (second message routes a menu choice)', async () => {
    const before = connector.activities().length;
    await post(activity('Ngôn ngữ/Language', 'a2'));
    await connector.waitFor(before + 1);
    expect(connector.activities().at(-1)?.text).toBe(vi('common:language.prompt'));
  });

  it('records the messages in and out in the transcript store', async () => {
    const entries = await server.stores.transcripts.recent('emu-conv-1', 50);
    expect(entries.filter((e) => e.direction === 'in').map((e) => e.text)).toEqual(['xin chào', 'Ngôn ngữ/Language']);
    expect(entries.filter((e) => e.direction === 'out').length).toBeGreaterThanOrEqual(3);
  });

  it('rejects malformed JSON with 400 and runs no turn', async () => {
    const before = connector.calls.length;
    const res = await post('{"type": "message", ');
    expect(res.status).toBe(400);
    expect(connector.calls.length).toBe(before);
  });

  it('rejects a forged Authorization header when authentication is on', async () => {
    const secured = await startServer({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' });
    try {
      const res = await fetch(`${secured.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer forged.token.value' },
        body: JSON.stringify(activity('hi', 'x1', 'secure-conv')),
      });
      expect(res.status).toBe(401);
      expect(await secured.stores.transcripts.recent('secure-conv', 5)).toEqual([]);
    } finally {
      await secured.stop();
    }
  });
});

describe('health probes', () => {
  it('GET /healthz says alive and GET /readyz checks storage', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', storage: 'sqlite' });
  });

  it('GET /readyz answers 503 when storage is gone', async () => {
    const other = await startServer();
    await other.stores.close();
    const res = await fetch(`${other.url}/readyz`);
    expect(res.status).toBe(503);
    await other.stop();
  });
});
