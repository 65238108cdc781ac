import { afterEach, describe, expect, it } from 'vitest';
import { MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import { WindowClosedError } from '../../../src/channels/shared/errors';
import { ZALO_TOKEN_KEY } from '../../../src/channels/zalo/tokens';
import { postZalo, zaloHarness, zaloTextBody } from '../support/harness';

type Harness = Awaited<ReturnType<typeof zaloHarness>>;
const USER = '5551234567890123456';
const HOUR = 3600_000;

async function say(h: Harness, msgId: string, text: string): Promise<void> {
  expect(await postZalo(h.url, zaloTextBody(USER, msgId, text, h.clock.now))).toBe(200);
  await h.channel.whenIdle();
}

const menu = async (ctx: TurnContext): Promise<void> => {
  if (ctx.activity.text === 'menu') await ctx.sendActivity(MessageFactory.suggestedActions([{ type: 'imBack', title: 'Học nghề', value: 'học nghề' }, { type: 'imBack', title: 'Việc làm', value: 'việc làm' }], 'Bạn quan tâm gì?'));
  else await ctx.sendActivity(`echo: ${ctx.activity.text ?? ''}`);
};

describe('Zalo sending rules', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('sends options as oa.query.show buttons whose payload is the value the bot expects', async () => {
    h = await zaloHarness({ reply: menu });
    await say(h, 'm1', 'menu');
    const message = h.zalo.sends[0]?.body.message;
    expect(message?.text).toBe('Bạn quan tâm gì?');
    expect(message?.attachment?.payload?.buttons).toEqual([
      { title: 'Học nghề', type: 'oa.query.show', payload: 'học nghề' },
      { title: 'Việc làm', type: 'oa.query.show', payload: 'việc làm' },
    ]);
  });

  it('falls back to numbered options when buttons are refused, and reads a typed "2" as the second option', async () => {
    h = await zaloHarness({ reply: menu });
    h.zalo.rejectButtons = true;
    await say(h, 'm1', 'menu');
    const numbered = h.zalo.texts(USER)[0] ?? '';
    expect(numbered).toContain('1. Học nghề');
    expect(numbered).toContain('2. Việc làm');
    expect(numbered).toMatch(/1, 2/);
    await say(h, 'm2', '2');
    expect(h.turns[1]).toMatchObject({ text: 'việc làm', value: 'việc làm' });
    // Options answer one question only: a later "2" is just "2".
    await say(h, 'm3', '2');
    expect(h.turns[2]?.text).toBe('2');
  });

  it('splits text longer than 2000 characters', async () => {
    h = await zaloHarness({ reply: async (ctx) => { await ctx.sendActivity('Câu trả lời dài. '.repeat(300)); } });
    await say(h, 'm1', 'hỏi');
    const texts = h.zalo.texts(USER);
    expect(texts.length).toBe(3);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(2000);
  });

  it('refreshes once on -216 and retries, saving the rotated pair first', async () => {
    h = await zaloHarness();
    await say(h, 'm1', 'một');
    const before = await h.stores.tokens.get(ZALO_TOKEN_KEY);
    h.zalo.revokeAccessToken();
    await say(h, 'm2', 'hai');
    expect(h.zalo.texts(USER)).toEqual(['echo: một', 'echo: hai']);
    expect(h.zalo.refreshCalls()).toBe(2); // the first connection + one refresh
    const after = await h.stores.tokens.get(ZALO_TOKEN_KEY);
    expect(after?.refreshToken).toBe(h.zalo.refreshToken);
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(h.zalo.sends.at(-1)?.token).toBe(after?.accessToken);
  });

  it('records -230 as window closed, and parks -32 in the outbox until the backoff passes', async () => {
    h = await zaloHarness();
    h.zalo.failNext(USER, 'window');
    await say(h, 'm1', 'một');
    expect((await h.stores.failures.listForConversation(`zalo:OA1:${USER}`))[0]).toMatchObject({ code: 'window_closed', platformCode: '-230' });
    h.zalo.failNext(USER, 'rate');
    await say(h, 'm2', 'hai');
    expect(await h.stores.outbox.pending('zalo')).toBe(1);
    h.clock.advance(1500);
    expect(await h.zalo.waitForSends(1, USER)).toBe(true);
    expect(h.zalo.texts(USER)).toEqual(['echo: hai']);
  });

  it('allows sends for 7 days (free for 48 h) and refuses proactive ones after that', async () => {
    h = await zaloHarness();
    await say(h, 'm1', 'chào');
    const ref: Partial<ConversationReference> = TurnContext.getConversationReference(h.turns[0]!);
    h.clock.advance(50 * HOUR);
    const billed = await h.channel.adapter.windowFor(USER);
    expect(billed).toMatchObject({ allowed: true, free: false });
    await h.channel.adapter.continueConversationAsync('x', ref, async (ctx) => { await ctx.sendActivity('Chị hỏi thăm em.'); });
    expect(h.zalo.texts(USER)).toContain('Chị hỏi thăm em.');
    h.clock.advance(6 * 24 * HOUR);
    await expect(h.channel.adapter.continueConversationAsync('x', ref, async (ctx) => { await ctx.sendActivity('Muộn rồi'); })).rejects.toBeInstanceOf(WindowClosedError);
    expect(h.zalo.texts(USER)).not.toContain('Muộn rồi');
  });
});
