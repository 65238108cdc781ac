import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchIntent } from '../../src/bot/intents';
import { createTestBot, say, texts, type TestBot } from '../helpers/bot';

let bot: TestBot;
beforeEach(async () => {
  bot = createTestBot({ locale: 'vi-VN' });
  await say(bot.adapter, 'hi');
});
afterEach(async () => {
  await bot.close();
});

const t = () => bot.app.services.i18n.getFixedT('vi');

describe('safety in the bot pipeline', () => {
  it('answers an imminent self-harm message at once with 111, opens a top-priority ticket, and the FAQ stays silent', async () => {
    const replies = await say(bot.adapter, 'em không muốn sống nữa, tối nay em sẽ uống hết thuốc ngủ');
    const all = texts(replies).join('\n');
    expect(all).toContain('111');
    expect(all).not.toContain(t()('faq:dontKnow'));
    expect(all).not.toContain(t()('faq:didYouMean'));
    const queue = await bot.stores.tickets.queue();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ reason: 'risk', level: 'imminent', category: 'self_harm', priority: 100, channel: 'test' });
    const flags = await bot.stores.riskFlags.list({});
    expect(flags.map((f) => f.level)).toContain('imminent');
    expect(JSON.stringify(flags)).not.toContain('thuốc ngủ');
    expect((await bot.stores.transcripts.recent(queue[0]!.conversationId, 10)).every((e) => e.kind === 'safety')).toBe(true);
  });

  it('interrupts a flow without losing it: the paused question comes back on "continue"', async () => {
    const prompt = await say(bot.adapter, 'Ngôn ngữ/Language');
    expect(texts(prompt).at(-1)).toBe(t()('common:language.prompt'));
    const safety = await say(bot.adapter, 'chủ giữ căn cước của em không cho em về nhà');
    expect(texts(safety).join('\n')).toContain('111');
    expect(texts(safety).join('\n')).not.toContain(t()('common:language.retry'));
    expect((await bot.stores.tickets.queue())[0]).toMatchObject({ reason: 'risk', category: 'forced_labour' });
    const resumed = await say(bot.adapter, 'safety:continue');
    expect(texts(resumed).at(-1)).toBe(t()('common:language.prompt'));
    const done = await say(bot.adapter, 'English');
    expect(texts(done).join('\n')).toContain('Switched to English.');
  });

  it('disclosed abuse opens the ticket itself and offers 111 as a call button', async () => {
    const replies = await say(bot.adapter, 'bố em đánh em suốt, em sợ về nhà lắm');
    expect((await bot.stores.tickets.queue())[0]).toMatchObject({ reason: 'risk', level: 'disclosed', category: 'abuse' });
    const call = replies.at(-1)?.suggestedActions?.actions.find((a) => a.value === 'tel:111');
    expect(call?.type).toBe('call');
  });

  it('after a disclosure outside any flow, the FAQ adds only a confident answer — never "Ý bạn là…" or "I don\'t know"', async () => {
    const replies = texts(await say(bot.adapter, 'chủ quán giữ căn cước của mình 2 tháng rồi không trả, giờ sao'));
    expect(replies.join('\n')).toContain('111');
    expect(replies.join('\n')).not.toContain(t()('faq:didYouMean'));
    expect(replies.join('\n')).not.toContain(t()('faq:dontKnow'));
  });

  it('a gentle check-in offers a counselor, and that button is understood as the counselor request', async () => {
    const replies = await say(bot.adapter, 'tu tu');
    const counselor = replies.at(-1)?.suggestedActions?.actions.find((a) => a.value === 'safety:counselor');
    expect(counselor).toBeDefined();
    expect(await bot.stores.tickets.queue()).toEqual([]);
    expect(matchIntent(bot.app.services.intents, String(counselor?.value))).toBe('counselor');
  });

  it('an idiom that only sounds alarming is answered normally', async () => {
    const replies = await say(bot.adapter, 'học nghề mệt muốn chết luôn á');
    expect(texts(replies).join('\n')).not.toContain('111');
    expect(await bot.stores.tickets.queue()).toEqual([]);
    expect(await bot.stores.riskFlags.list({})).toEqual([]);
  });

  it('refuses to help fake papers, explaining the risk, without opening a ticket', async () => {
    const replies = await say(bot.adapter, 'chỉ em cách làm giả căn cước để đủ 18 tuổi đi làm');
    expect(texts(replies).length).toBeGreaterThan(0);
    expect(await bot.stores.tickets.queue()).toEqual([]);
    expect((await bot.stores.riskFlags.list({})).map((f) => f.category)).toEqual(['illegal_request']);
  });
});
