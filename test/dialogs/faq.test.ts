import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReviewedDate } from '../../src/knowledge/render';
import { assess } from '../../src/safety';
import { createTestBot, quickReplyTitles, say, texts, type TestBot } from '../helpers/bot';
import { ABSTAIN_STREAK_OFFER } from '../../dialogs/faq';

let bot: TestBot;
beforeEach(async () => {
  bot = createTestBot({ locale: 'vi-VN', org: { unit: 'Đoàn phường Thử Nghiệm', phone: '0000' } });
  await say(bot.adapter, 'hi');
});
afterEach(async () => {
  await bot.close();
});

const t = () => bot.app.services.i18n.getFixedT('vi');
const kb = () => bot.app.services.knowledge.kb;
/** Entries whose first question the matcher answers with that same entry (the dialog's "answer" path). */
const answerable = () =>
  kb().entries.filter((e) => {
    const r = bot.app.services.knowledge.answerer.ask(e.questions.vi[0]!, 'vi');
    return r.kind === 'answer' && r.entry.id === e.id;
  });

describe('FAQ answering', () => {
  it('answers a stored question with its source line, related questions and 👍/👎', async () => {
    const entry = answerable().find((e) => e.related.length > 0)!;
    const replies = await say(bot.adapter, entry.questions.vi[0]!);
    const answer = replies.at(-1)!;
    expect(answer.text).toContain(t()(`kb:${entry.id}.answer`, { orgContact: '' }).slice(0, 40));
    expect(answer.text).toContain(t()('faq:sourceLine', { source: entry.source.vi, date: formatReviewedDate(entry.reviewed, 'vi') }));
    const titles = quickReplyTitles(answer);
    expect(titles.includes(t()('faq:seeMore'))).toBe(entry.more !== undefined);
    expect(titles).toContain(t()('faq:feedback.up'));
    expect(titles).toContain(t()('faq:feedback.down'));
    expect(titles).toContain(t()('common:menu.back'));
    const related = kb().byId(entry.related[0]!)!;
    expect(titles).toContain(related.questions.vi[0]);
  });

  it('"Xem thêm" gives the longer text; "Ý bạn là…" options answer the entry tapped', async () => {
    const entry = kb().entries.find((e) => e.more)!;
    let replies = await say(bot.adapter, entry.questions.vi[0]!);
    if (replies.at(-1)?.text === t()('faq:didYouMean')) {
      expect(quickReplyTitles(replies.at(-1))).toContain(entry.questions.vi[0]);
      replies = await say(bot.adapter, entry.questions.vi[0]!);
    }
    expect(replies.at(-1)?.text).toContain(entry.source.vi);
    const more = await say(bot.adapter, t()('faq:seeMore'));
    expect(more.at(-1)?.text).toContain(entry.more!.vi.slice(0, 30));
    expect(quickReplyTitles(more.at(-1))).not.toContain(t()('faq:seeMore'));
  });

  it('a related question tapped answers that entry exactly', async () => {
    // (A related question that is itself a risk disclosure gets the safety answer instead: not this test's path.)
    const calm = (q: string) => assess(q).level === null && !assess(q).illegalRequest;
    const entry = answerable().find((e) => e.related.length > 0 && calm(e.questions.vi[0]!) && calm(kb().byId(e.related[0]!)!.questions.vi[0]!))!;
    await say(bot.adapter, entry.questions.vi[0]!);
    const related = kb().byId(entry.related[0]!)!;
    const replies = await say(bot.adapter, related.questions.vi[0]!);
    expect(replies.at(-1)?.text).toContain(related.source.vi);
  });

  it('fills the organisation contact from configuration', async () => {
    const entry = answerable().find((e) => e.answer.vi.includes('{{orgContact}}'))!;
    await say(bot.adapter, 'menu');
    const replies = await say(bot.adapter, entry.questions.vi[0]!);
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('Đoàn phường Thử Nghiệm');
    expect(text).not.toContain('{{orgContact}}');
  });

  it('stores a 👎 vote with the entry, channel and the scrubbed question', async () => {
    const entry = answerable()[0]!;
    await say(bot.adapter, entry.questions.vi[0]!);
    const thanks = await say(bot.adapter, t()('faq:feedback.down'));
    expect(texts(thanks)[0]).toContain(t()('faq:feedback.thanksDown'));
    const votes = await bot.stores.feedback.listVotes();
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ entryId: entry.id, vote: 'down', channel: 'test' });
  });

  it('abstains honestly on an out-of-scope question, logs it scrubbed, and offers a counselor', async () => {
    const replies = await say(bot.adapter, 'công thức nấu phở bò, em tên là Lan, sđt 0912345678');
    expect(replies.at(-1)?.text).toContain(t()('faq:dontKnow'));
    expect(quickReplyTitles(replies.at(-1))).toContain(t()('common:menu.counselor'));
    const logged = await bot.stores.feedback.listUnanswered();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.text).not.toContain('0912345678');
    expect(logged[0]!.text).not.toContain('Lan');
  });

  it(`offers a person more strongly after ${ABSTAIN_STREAK_OFFER} unanswered questions in a row`, async () => {
    const oos = ['giá iphone 17 bao nhiêu', 'đội nào vô địch world cup 2022', 'cách giải phương trình bậc hai'];
    let last: string | undefined;
    for (const q of oos) last = (await say(bot.adapter, q)).at(-1)?.text;
    expect(last).toContain(t()('faq:offerCounselorStreak'));
  });

  it('a domain menu lists that domain\'s questions, and tapping one answers it', async () => {
    const replies = await say(bot.adapter, 'Làm việc ở nước ngoài');
    const titles = quickReplyTitles(replies.at(-1));
    const abroad = kb().byDomain('abroad').map((e) => e.questions.vi[0]);
    expect(titles.slice(0, -1).every((x) => abroad.includes(x))).toBe(true);
    expect(titles.at(-1)).toBe(t()('common:menu.back'));
    const first = kb().byDomain('abroad').find((e) => e.questions.vi[0] === titles[0])!;
    const answer = await say(bot.adapter, titles[0]!);
    expect(answer.at(-1)?.text).toContain(first.source.vi);
  });
});
