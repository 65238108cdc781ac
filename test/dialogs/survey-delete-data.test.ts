import { PassThrough } from 'node:stream';
import { TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/sqlite/db';
import { writeCsv } from '../../src/surveys/export';
import { SurveyLabels } from '../../src/surveys/labels';
import { createTestBot, quickReplyTitles, say, texts, type TestBot } from '../helpers/bot';
import { seedResults } from '../surveys/seed';
import { answers, en, i18n, run, TOTAL, vi, type Step } from './survey-helpers';

const U = 'user1';
const OTHER = 'someone-else';
const MENU = ['training', 'jobs', 'abroad', 'rights', 'quiz', 'counselor', 'deleteData', 'language'].map((k) => `common:menu.${k}`);

/** The bot as the composition root builds it (ErasureMiddleware is part of the app's pipeline). */
function withErasure(bot: TestBot, locale = 'vi-VN'): TestBot {
  return { ...bot, adapter: bot.app.attach(new TestAdapter(bot.app.logic, { locale })) };
}

const quizWithProfile: Step[] = [
  { say: 'hi' },
  { say: vi('common:menu.quiz') },
  { say: '16' },
  { say: 'Đồng ý lưu' },
  ...answers(TOTAL),
  { say: vi('survey:profile.yes') },
  { say: '10' },
  { say: 'Nam', expect: ['survey:profile.thanks'] },
  { say: 'học trung cấp mất bao lâu?', expect: ['faq:sourceLine'] },
  { say: vi('faq:feedback.down') },
];

async function exportedIds(bot: TestBot): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeCsv(bot.stores.surveyResults, {}, out, { labels: new SurveyLabels(i18n, 'vi') });
  return Buffer.concat(chunks).toString('utf8');
}

describe('"xóa dữ liệu của tôi"', () => {
  let base: TestBot;
  let bot: TestBot;
  beforeEach(() => {
    base = createTestBot();
    bot = withErasure(base);
  });
  afterEach(async () => {
    await base.close();
  });

  it('shows what is held and deletes nothing without the confirmation', async () => {
    await run(bot, quizWithProfile);
    const replies = await run(bot, [{ say: 'Xóa dữ liệu của tôi', expect: ['privacy:delete.summary', 'privacy:delete.consent', 'privacy:delete.profile', 'privacy:delete.chat', 'privacy:delete.ask'] }]);
    expect(texts(replies).join('\n')).toContain(vi('privacy:delete.results', { count: 1, code: (await bot.stores.surveyResults.listByUser(U))[0]!.code }));
    expect(quickReplyTitles(replies.at(-1))).toEqual([vi('privacy:delete.all'), vi('privacy:delete.withdraw'), vi('privacy:delete.keep')]);
    await run(bot, [{ say: 'hmm', expect: ['privacy:delete.retry'] }, { say: 'Không xóa', expect: ['privacy:delete.kept'], buttons: MENU }]);
    expect(await bot.stores.surveyResults.listByUser(U)).toHaveLength(1);
    expect(await bot.stores.consents.active(U)).toBeDefined();
  });

  it('after "Xóa tất cả" nothing of the user is left in any store, this turn included, and an export no longer has their result', async () => {
    const [otherId] = await seedResults(bot.stores, [{ userId: OTHER }]);
    await run(bot, quizWithProfile);
    const mine = (await bot.stores.surveyResults.listByUser(U))[0]!.id;
    expect(await exportedIds(bot)).toContain(mine);
    await run(bot, [{ say: 'xoa du lieu' }, { say: 'Xóa tất cả', expect: ['privacy:delete.done'], buttons: MENU }]);

    const db = (bot.stores as TestBot['stores'] & { db: Db }).db;
    expect(await bot.stores.transcripts.countByUser(U)).toBe(0);
    expect((db.prepare("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE '%user1%' OR key LIKE '%Convo1%'").get() as { n: number }).n).toBe(0);
    expect(await bot.stores.consents.listByUser(U)).toEqual([]);
    expect(await bot.stores.surveyResults.listByUser(U)).toEqual([]);
    expect(await bot.stores.surveyProfiles.get(U)).toBeUndefined();
    expect(await bot.stores.feedback.listVotes({})).toEqual([]);
    const csv = await exportedIds(bot);
    expect(csv).not.toContain(mine);
    expect(csv).toContain(otherId);

    // The next message is a fresh conversation: greeted again, quiz consent asked again.
    await run(bot, [{ say: 'hi', expect: ['common:welcome.hello'] }, { say: vi('common:menu.quiz'), expect: ['privacy:consent.age'] }]);
  });

  it('"Chỉ rút đồng ý" stops processing: results and profile deleted, consent kept as withdrawn, chat history kept', async () => {
    await run(bot, quizWithProfile);
    await run(bot, [{ say: 'rút lại đồng ý', expect: ['privacy:delete.ask'] }, { say: 'Chỉ rút đồng ý', expect: ['privacy:delete.withdrawn'] }]);
    expect(await bot.stores.surveyResults.listByUser(U)).toEqual([]);
    expect(await bot.stores.surveyProfiles.get(U)).toBeUndefined();
    expect(await bot.stores.consents.active(U)).toBeUndefined();
    expect((await bot.stores.consents.listByUser(U))[0]?.withdrawnAt).toBeDefined();
    expect(await bot.stores.transcripts.countByUser(U)).toBeGreaterThan(0);
    await run(bot, [{ say: vi('common:menu.quiz'), expect: ['privacy:consent.age'] }]);
  });

  it('with nothing stored it says so; "delete my data" works in English too', async () => {
    const english = withErasure(base, 'en-US');
    const replies = await run(english, [{ say: 'hello' }, { say: 'delete my data', expect: ['privacy:delete.nothing', 'privacy:delete.chat'] }], 'en');
    expect(quickReplyTitles(replies.at(-1))).toEqual([en('privacy:delete.all'), en('privacy:delete.keep')]);
    await run(english, [{ say: 'Delete everything', expect: ['privacy:delete.done'] }], 'en');
  });

  it('with the pipeline the app builds (ErasureMiddleware outermost), not even the deletion turn stays behind', async () => {
    await run(base, quizWithProfile);
    await run(base, [{ say: 'Xóa dữ liệu của tôi' }]);
    const last = await say(base.adapter, 'Xóa tất cả');
    expect(texts(last).join('\n')).toContain(vi('privacy:delete.done'));
    expect(await base.stores.surveyResults.listByUser(U)).toEqual([]);
    expect(await base.stores.consents.listByUser(U)).toEqual([]);
    expect(await base.stores.transcripts.countByUser(U)).toBe(0);
    expect(await base.stores.feedback.listVotes()).toEqual([]);
  });
});
