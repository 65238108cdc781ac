import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signZalo } from '../../../src/channels/zalo/verify';
import { postZalo, ZALO_SECRETS, zaloHarness, zaloTextBody } from '../support/harness';

type Harness = Awaited<ReturnType<typeof zaloHarness>>;

// A 19-digit Zalo user id: larger than 2^53, so it must never pass through Number().
const USER = '8437265910283746501';

describe('Zalo webhook', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await zaloHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('accepts a signed user_send_text, keeps the id as a string and answers through /v3.0/oa/message/cs', async () => {
    const started = Date.now();
    expect(await postZalo(h.url, zaloTextBody(USER, 'msg1', 'xin chào', h.clock.now))).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await h.zalo.waitForSends(1)).toBe(true);
    expect(h.turns[0]).toMatchObject({ type: 'message', text: 'xin chào', channelId: 'zalo', id: 'msg1' });
    expect(h.turns[0]?.from?.id).toBe(USER);
    expect(h.turns[0]?.conversation?.id).toBe(`zalo:OA1:${USER}`);
    expect(h.zalo.sends[0]?.body.recipient.user_id).toBe(USER);
    expect(h.zalo.texts(USER)).toEqual(['echo: xin chào']);
    expect(h.zalo.sends[0]?.token).toBe(h.zalo.accessToken);
  });

  it('answers a forged, missing or wrong-secret signature with 401 and runs no turn', async () => {
    const body = zaloTextBody(USER, 'msg2', 'hi', h.clock.now);
    expect(await postZalo(h.url, body, `mac=${'a'.repeat(64)}`)).toBe(401);
    expect(await postZalo(h.url, body, null)).toBe(401);
    expect(await postZalo(h.url, body, signZalo(body, String(h.clock.now), ZALO_SECRETS.appId, ZALO_SECRETS.appSecret))).toBe(401);
    expect(await postZalo(h.url, 'not json', `mac=${'a'.repeat(64)}`)).toBe(401);
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(0);
    expect(h.zalo.sends).toHaveLength(0);
  });

  it('runs a redelivered msg_id once', async () => {
    const body = zaloTextBody(USER, 'msg-dup', 'một lần', h.clock.now);
    expect(await postZalo(h.url, body)).toBe(200);
    expect(await postZalo(h.url, body)).toBe(200);
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(1);
    expect(h.zalo.texts(USER)).toHaveLength(1);
  });

  it('ignores oa_send_* echoes and receipts, welcomes a follower, and handles chat-now and submitted info', async () => {
    const ts = String(h.clock.now);
    const echo = JSON.stringify({ app_id: '111', event_name: 'oa_send_text', timestamp: ts, sender: { id: 'OA1' }, recipient: { id: USER }, message: { text: 'echo: hi', msg_id: 'e1' } });
    const seen = JSON.stringify({ app_id: '111', event_name: 'user_seen_message', timestamp: ts, sender: { id: USER }, recipient: { id: 'OA1' }, message: { msg_ids: ['e1'] } });
    const follow = JSON.stringify({ app_id: '111', event_name: 'follow', timestamp: ts, oa_id: 'OA1', follower: { id: USER }, source: 'oa_profile' });
    const chatnow = JSON.stringify({ app_id: '111', event_name: 'user_click_chatnow', timestamp: String(h.clock.now + 1), oa_id: 'OA1', user_id: USER });
    const info = JSON.stringify({ app_id: '111', event_name: 'user_submit_info', timestamp: String(h.clock.now + 2), sender: { id: USER }, recipient: { id: 'OA1' }, info: { name: 'A' } });
    for (const b of [echo, seen, follow, chatnow, info]) expect(await postZalo(h.url, b)).toBe(200);
    await h.channel.whenIdle();
    expect(h.turns.map((t) => [t.type, t.name])).toEqual([
      ['conversationUpdate', undefined],
      ['event', 'chatOpened'],
      ['event', 'userSubmittedInfo'],
    ]);
    expect(h.turns[0]?.membersAdded?.[0]?.id).toBe(USER);
    expect(h.zalo.sends).toHaveLength(0);
    // Event times in the future are clamped to the clock (a window never starts later than now).
    expect((await h.stores.contacts.get('zalo', USER))?.lastInboundAt).toBe(h.clock.now);
  });

  it('answers an image politely and passes a captioned one to the bot', async () => {
    const ts = String(h.clock.now);
    const image = JSON.stringify({ app_id: '111', event_name: 'user_send_image', timestamp: ts, sender: { id: USER }, recipient: { id: 'OA1' }, message: { msg_id: 'img1', attachments: [{ type: 'image', payload: { url: 'https://example.invalid/a.jpg' } }] } });
    const captioned = JSON.stringify({ app_id: '111', event_name: 'user_send_image', timestamp: ts, sender: { id: USER }, recipient: { id: 'OA1' }, message: { msg_id: 'img2', text: 'đây là hợp đồng', attachments: [{ type: 'image', payload: { url: 'https://example.invalid/b.jpg' } }] } });
    expect(await postZalo(h.url, image)).toBe(200);
    expect(await postZalo(h.url, captioned)).toBe(200);
    expect(await h.zalo.waitForSends(2)).toBe(true);
    expect(h.zalo.texts(USER)[0]).toMatch(/ảnh/);
    expect(h.turns).toHaveLength(1);
    expect(h.turns[0]?.attachments?.[0]?.contentUrl).toBe('https://example.invalid/b.jpg');
  });
});
