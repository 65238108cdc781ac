import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MESSENGER_SECRETS,
  messengerEnvelope,
  messengerHarness,
  messengerText,
  postMessenger,
} from '../support/harness';

type Harness = Awaited<ReturnType<typeof messengerHarness>>;

describe('Messenger webhook', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await messengerHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('echoes the challenge on a correct handshake and refuses a wrong token with 403', async () => {
    const ok = await fetch(`${h.url}/webhooks/messenger?hub.mode=subscribe&hub.verify_token=${MESSENGER_SECRETS.verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const bad = await fetch(`${h.url}/webhooks/messenger?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444`);
    expect(bad.status).toBe(403);
    expect(await bad.text()).not.toContain('1158201444');
  });

  it('answers a forged or missing signature with 401 and runs no turn', async () => {
    const body = messengerEnvelope([messengerText('PSID1', 'm_forged', 'hi', h.clock.now)]);
    expect(await postMessenger(h.url, body, `sha256=${'0'.repeat(64)}`)).toBe(401);
    expect(await postMessenger(h.url, body, '')).toBe(401);
    expect(await postMessenger(h.url, body, 'sha1=abc')).toBe(401);
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(0);
    expect(await h.stores.inbox.pending('messenger')).toBe(0);
    expect(h.graph.sent()).toHaveLength(0);
  });

  it('verifies the \\u-escaped bytes Meta signs, and maps the text back to Vietnamese', async () => {
    const body = messengerEnvelope([messengerText('PSID1', 'm_1', 'xin chào', h.clock.now)]);
    expect(body).toContain('\\u00e0');
    expect(await postMessenger(h.url, body)).toBe(200);
    expect(await h.graph.waitForSent(1)).toBe(true);
    expect(h.turns[0]).toMatchObject({ type: 'message', text: 'xin chào', channelId: 'messenger', id: 'm_1' });
    expect(h.turns[0]?.from?.id).toBe('PSID1');
    expect(h.turns[0]?.conversation?.id).toBe('messenger:PAGE1:PSID1');
    expect(h.graph.texts('PSID1')).toEqual(['echo: xin chào']);
    expect(h.graph.sent('PSID1')[0]).toMatchObject({ messaging_type: 'RESPONSE' });
    expect(h.graph.sent('PSID1')[0]).not.toHaveProperty('tag');
  });

  it('runs the same delivery only once (dedupe by mid)', async () => {
    const body = messengerEnvelope([messengerText('PSID1', 'm_dup', 'một lần thôi', h.clock.now)]);
    expect(await postMessenger(h.url, body)).toBe(200);
    expect(await postMessenger(h.url, body)).toBe(200);
    await h.channel.whenIdle();
    // A redelivery with a different entry time still has the same mid.
    const again = body.replace('"time":1700000000000', '"time":1700000009999');
    expect(await postMessenger(h.url, again)).toBe(200);
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(1);
    expect(h.graph.texts('PSID1')).toHaveLength(1);
  });

  it('handles every entry and messaging item of a batch, in order per user', async () => {
    const t = h.clock.now;
    const body = JSON.stringify({
      object: 'page',
      entry: [
        { id: 'PAGE1', time: t, messaging: [messengerText('PSID1', 'm_a', 'một', t), messengerText('PSID2', 'm_x', 'khác', t)] },
        { id: 'PAGE1', time: t, messaging: [messengerText('PSID1', 'm_b', 'hai', t + 1), messengerText('PSID1', 'm_c', 'ba', t + 2)] },
      ],
    });
    expect(await postMessenger(h.url, body)).toBe(200);
    expect(await h.graph.waitForSent(4)).toBe(true);
    await h.channel.whenIdle();
    expect(h.graph.texts('PSID1')).toEqual(['echo: một', 'echo: hai', 'echo: ba']);
    expect(h.graph.texts('PSID2')).toEqual(['echo: khác']);
  });

  it('never answers echoes, standby, reads or deliveries', async () => {
    const t = h.clock.now;
    const echo = { sender: { id: 'PAGE1' }, recipient: { id: 'PSID1' }, timestamp: t, message: { mid: 'm_echo', text: 'echo: hi', is_echo: true, app_id: 1234 } };
    const read = { sender: { id: 'PSID1' }, recipient: { id: 'PAGE1' }, timestamp: t, read: { watermark: t } };
    const delivery = { sender: { id: 'PSID1' }, recipient: { id: 'PAGE1' }, timestamp: t, delivery: { watermark: t } };
    const standby = [messengerText('PSID1', 'm_standby', 'to the inbox app', t)];
    const body = messengerEnvelope([echo, read, delivery], 'PAGE1', { standby });
    expect(await postMessenger(h.url, body)).toBe(200);
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(0);
    expect(h.graph.sent()).toHaveLength(0);
  });

  it('maps quick-reply payloads and postbacks to the bot choice, and Get Started to a welcome', async () => {
    const t = h.clock.now;
    const qr = { sender: { id: 'PSID1' }, recipient: { id: 'PAGE1' }, timestamp: t, message: { mid: 'm_qr', text: 'Học nghề', quick_reply: { payload: 'học nghề ở đâu' } } };
    const pb = { sender: { id: 'PSID1' }, recipient: { id: 'PAGE1' }, timestamp: t + 1, postback: { mid: 'm_pb', title: 'Gặp tư vấn viên', payload: 'gặp tư vấn viên' } };
    const gs = { sender: { id: 'PSID1' }, recipient: { id: 'PAGE1' }, timestamp: t + 2, postback: { title: 'Bắt đầu', payload: 'GET_STARTED' } };
    expect(await postMessenger(h.url, messengerEnvelope([qr, pb, gs]))).toBe(200);
    await h.graph.waitForSent(2);
    await h.channel.whenIdle();
    expect(h.turns.map((a) => [a.type, a.text])).toEqual([
      ['message', 'học nghề ở đâu'],
      ['message', 'gặp tư vấn viên'],
      ['conversationUpdate', undefined],
    ]);
    expect(h.turns[0]?.value).toBe('học nghề ở đâu');
    expect(h.turns[2]?.membersAdded?.[0]?.id).toBe('PSID1');
  });

  it('answers a photo or sticker politely instead of passing it to the bot logic', async () => {
    const t = h.clock.now;
    const photo = { sender: { id: 'PSID9' }, recipient: { id: 'PAGE1' }, timestamp: t, message: { mid: 'm_img', attachments: [{ type: 'image', payload: { url: 'https://example.invalid/x.jpg' } }] } };
    expect(await postMessenger(h.url, messengerEnvelope([photo]))).toBe(200);
    expect(await h.graph.waitForSent(1, 'PSID9')).toBe(true);
    expect(h.turns).toHaveLength(0);
    expect(h.graph.texts('PSID9')[0]).toMatch(/ảnh/);
  });

  it('acknowledges before a slow turn finishes', async () => {
    await h.close();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    h = await messengerHarness({ reply: async (ctx) => { await gate; await ctx.sendActivity('late'); } });
    const started = Date.now();
    expect(await postMessenger(h.url, messengerEnvelope([messengerText('PSID1', 'm_slow', 'hi', h.clock.now)]))).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(h.graph.sent()).toHaveLength(0);
    release();
    expect(await h.graph.waitForSent(1)).toBe(true);
  });

  it('answers 413 to an oversized body and 400 to signed non-JSON', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    expect(await postMessenger(h.url, big)).toBe(413);
    expect(await postMessenger(h.url, 'not json')).toBe(400);
  });
});
