import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths';
import { loadSurveySettings } from '../../src/surveys/settings';
import { NOTICE_VERSION } from '../../src/surveys/notice';
import { createTestBot, quickReplyTitles, say, texts, type TestBot } from '../helpers/bot';
import { answers, question, run, TOTAL, vi, type Step } from './survey-helpers';

const USER = 'user1';
/** Greeting, quiz from the menu, age and consent choice. */
const start = (age: string, choice: string): Step[] => [
  { say: 'hi', expect: ['common:welcome.hello'] },
  { say: vi('common:menu.quiz'), expect: ['privacy:consent.age'] },
  { say: age, expect: ['privacy:consent.notice'] },
  { say: choice, expect: ['survey:intro', question(1)] },
];
const ANSWER_BUTTONS = ['survey:answers.like', 'survey:answers.neutral', 'survey:answers.dislike', 'survey:back', 'survey:pause'];

interface Case {
  name: string;
  steps: Step[];
  /** Checked after the steps, on the same bot. */
  after?: (bot: TestBot) => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'happy path, 16-17 with consent: progress, result, stored with consent, profile offered, counselor offered',
    steps: [
      ...start('16', 'Đồng ý lưu'),
      { say: 'Thích', expect: [question(2)], buttons: ANSWER_BUTTONS },
      ...answers(TOTAL - 2, 'ko thích'),
      { say: 'bình thường', expect: ['survey:result.heading', 'survey:result.topIntro', 'survey:result.pathsHeading', 'survey:result.hint', 'survey:result.saved', 'survey:profile.offer'] },
      { say: vi('survey:profile.no'), expect: ['survey:result.closing'], buttons: ['common:menu.counselor', 'common:menu.training', 'common:menu.quiz', 'common:menu.back'] },
    ],
    after: async (bot) => {
      const consent = await bot.stores.consents.active(USER);
      expect(consent).toMatchObject({ ageBand: '16-17', textVersion: NOTICE_VERSION, parentalConfirmed: false });
      const results = await bot.stores.surveyResults.listByUser(USER);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ consentId: consent?.id, ageBand: '16-17', lang: 'vi', maxScore: 12 });
      expect(results[0]!.scores.R).toBe(2);
      expect(await bot.stores.surveyProfiles.get(USER)).toBeUndefined();
    },
  },
  {
    name: 'under 16 without a parent\'s agreement: anonymous, result shown, nothing stored',
    steps: [...start('14 tuổi', 'Làm ẩn danh'), ...answers(TOTAL - 1), { say: 'Thích', expect: ['survey:result.heading', 'survey:result.notSaved', 'survey:result.closing', { key: 'survey:profile.offer', not: true }] }],
    after: async (bot) => {
      expect(await bot.stores.consents.listByUser(USER)).toEqual([]);
      expect(await bot.stores.surveyResults.count({})).toBe(0);
      expect(await bot.stores.surveyProfiles.get(USER)).toBeUndefined();
      const state = await bot.stores.botState.read([`test/users/${USER}/`]);
      expect(JSON.stringify(state)).not.toContain('surveyProgress":{');
      // Nor in the chat transcript: the age, the consent choice, the answers and the result are not kept.
      const kept = (await bot.stores.transcripts.recent('Convo1', 500)).map((e) => e.text ?? '');
      expect(kept.length).toBeGreaterThan(0); // the greeting before the quiz is an ordinary turn, kept
      expect(kept.filter((x) => x === 'Thích')).toEqual([]);
      expect(kept).not.toContain('Làm ẩn danh');
      expect(kept).not.toContain('14 tuổi');
    },
  },
  {
    name: 'under 16: a plain "đồng ý" is not a parent\'s agreement, the choice is asked again',
    steps: [
      { say: 'hi' },
      { say: 'trắc nghiệm nghề nghiệp', expect: ['privacy:consent.age'] },
      { say: vi('privacy:consent.ages.13-15'), expect: ['privacy:consent.askChild'] },
      { say: 'đồng ý', expect: ['privacy:consent.choiceRetry'] },
      { say: 'bố mẹ đồng ý', expect: ['privacy:consent.recorded', question(1)] },
    ],
    after: async (bot) => expect(await bot.stores.consents.active(USER)).toMatchObject({ ageBand: '13-15', parentalConfirmed: true }),
  },
  {
    name: 'a wrong age or answer re-prompts kindly',
    steps: [{ say: 'hi' }, { say: 'holland' }, { say: 'mấy tuổi cũng được', expect: ['privacy:consent.ageRetry'] }, { say: '17', expect: ['privacy:consent.askAdult'] }, { say: 'ok' }, { say: 'abc', expect: ['survey:retry', question(1)] }],
  },
  {
    name: '"quay lại" changes the last answer; on the first item it says there is nothing to go back to',
    steps: [
      ...start('18', 'Đồng ý lưu'),
      { say: 'quay lại', expect: ['survey:backAtFirst', question(1)] },
      { say: 'Thích', expect: [question(2)] },
      { say: 'Thích', expect: [question(3)] },
      { say: 'Quay lại', expect: ['survey:backDone', question(2)] },
      { say: 'Không thích', expect: [question(3)] },
    ],
    after: async (bot) => {
      const state = JSON.stringify(await bot.stores.botState.read([`test/users/${USER}/`]));
      expect(state).toContain('"answers":[2,0]');
    },
  },
  {
    name: '"hủy" cancels the quiz and drops the answers',
    steps: [...start('18', 'Đồng ý lưu'), { say: 'Thích' }, { say: 'hủy', expect: ['common:cancel.done'] }, { say: 'tiếp tục', expect: ['survey:resume.nothing'] }],
  },
  {
    name: '"tạm dừng" pauses; the FAQ works meanwhile; "tiếp tục" resumes at the same item',
    steps: [
      ...start('18', 'Đồng ý lưu'),
      ...answers(3),
      { say: 'tạm dừng', expect: [{ key: 'survey:paused', vars: { n: 4, total: TOTAL } }], buttons: ['survey:continueButton', 'common:menu.back'] },
      { say: 'học trung cấp mất mấy năm', expect: ['faq:sourceLine'] },
      { say: 'Tiếp tục', expect: [question(4)] },
      { say: 'Thích', expect: [question(5)] },
    ],
  },
  {
    name: '"menu" keeps the answers; choosing the quiz again asks to carry on or start a new one',
    steps: [
      ...start('18', 'Đồng ý lưu'),
      ...answers(2),
      { say: 'menu', expect: [{ key: 'survey:pausedAside', vars: { n: 3, total: TOTAL } }, 'common:menu.prompt'] },
      { say: vi('common:menu.quiz'), expect: [{ key: 'survey:resume.ask', vars: { done: 2, total: TOTAL } }], buttons: ['survey:resume.continue', 'survey:resume.restart'] },
      { say: 'hmm', expect: ['survey:resume.retry'] },
      { say: 'Làm tiếp', expect: [question(3)] },
      { say: 'menu' },
      { say: 'khám phá nghề' },
      { say: 'Làm bài mới', expect: ['privacy:consent.existing', question(1)] },
    ],
  },
  {
    name: 'a question mid-quiz is answered by the FAQ, then the same item is asked again',
    steps: [...start('18', 'Đồng ý lưu'), ...answers(1), { say: 'học trung cấp mất bao lâu?', expect: ['faq:sourceLine', 'survey:afterQuestion', question(2)] }, { say: 'Thích', expect: [question(3)] }],
  },
  {
    name: 'another menu choice mid-quiz keeps the quiz and goes there',
    steps: [...start('18', 'Đồng ý lưu'), ...answers(1), { say: vi('common:menu.training'), expect: ['survey:pausedAside', 'faq:chooseTopic'] }, { say: 'tiếp tục', expect: [question(2)] }],
  },
  {
    name: 'a risk message mid-quiz gets the safety answer (not taken as an answer); the next message resumes the quiz',
    steps: [
      ...start('18', 'Đồng ý lưu'),
      ...answers(1),
      { say: 'em muon tu tu', expect: ['safety:checkIn.ask', { key: 'survey:retry', not: true }, { key: 'survey:question', not: true }] },
      { say: 'Thích', expect: [question(3)] },
    ],
  },
];

describe('career-interest survey dialog', () => {
  let bot: TestBot;
  beforeEach(() => {
    bot = createTestBot({ locale: 'vi-VN' });
  });
  afterEach(async () => {
    await bot.close();
  });

  for (const c of cases) {
    it(c.name, async () => {
      await run(bot, c.steps);
      if (c.after) await c.after(bot);
    });
  }

  it('a disclosed risk mid-quiz hands the chat to a person; the answers so far are kept for later', async () => {
    await run(bot, [...start('18', 'Đồng ý lưu'), ...answers(2)]);
    const replies = await say(bot.adapter, 'mình muốn chết quá');
    expect(texts(replies).join('\n')).toContain('111');
    expect(texts(replies).join('\n')).not.toContain(vi('survey:retry'));
    const state = JSON.stringify(await bot.stores.botState.read([`test/users/${USER}/`]));
    expect(state).toContain('"answers":[2,2]');
  });

  it('remembers a consent and a profile: the second quiz does not ask again and the result carries the profile', async () => {
    bot.app.services.surveys = loadSurveySettings({ localitiesFile: projectPath('src', 'surveys', 'data', 'localities.example.yaml') });
    await run(bot, [
      ...start('15', 'Bố mẹ đã đồng ý'),
      ...answers(TOTAL - 1),
      { say: 'Thích', expect: ['survey:profile.offer'] },
      { say: 'Trả lời thêm', expect: ['survey:profile.grade'] },
      { say: '13', expect: ['survey:profile.gradeRetry'] },
      { say: 'lop 8', expect: ['survey:profile.locality'] },
      { say: 'Hà Nội', expect: ['survey:profile.localityNone'] },
      { say: 'ví dụ', expect: [] },
    ]);
    const pick = await say(bot.adapter, 'xa vi du');
    expect(texts(pick).join('\n')).toContain(vi('survey:profile.localityPick'));
    expect(quickReplyTitles(pick.at(-1))).toContain('Xã Ví Dụ Ba');
    await run(bot, [
      { say: 'Xã Ví Dụ Ba', expect: ['survey:profile.gender'] },
      { say: 'Không muốn nói', expect: ['survey:profile.thanks', 'survey:result.closing'] },
      { say: 'Khám phá nghề hợp với mình', expect: ['privacy:consent.existing', question(1)] },
      ...answers(TOTAL - 1, 'Bình thường'),
      { say: 'Không thích', expect: ['survey:result.saved', 'survey:result.flat', 'survey:result.closing', { key: 'survey:profile.offer', not: true }] },
    ]);
    const results = await bot.stores.surveyResults.listByUser(USER);
    expect(results).toHaveLength(2);
    for (const r of results) expect(r).toMatchObject({ grade: 'g8', locality: 'vd-xa-1', ageBand: '13-15' });
    expect(results.every((r) => r.gender === undefined)).toBe(true);
    expect(await bot.stores.surveyProfiles.get(USER)).toMatchObject({ grade: 'g8', locality: 'vd-xa-1', ageBand: '13-15' });
  });

  it('stores nothing when consent was withdrawn during the quiz', async () => {
    await run(bot, [...start('18', 'Đồng ý lưu'), ...answers(TOTAL - 1)]);
    await bot.stores.consents.withdraw(USER, new Date().toISOString());
    await run(bot, [{ say: 'Thích', expect: ['survey:result.heading', 'survey:result.notSaved'] }]);
    expect(await bot.stores.surveyResults.count({})).toBe(0);
  });

  it('shows local programmes from configuration that fit the top letters', async () => {
    bot.app.services.surveys = loadSurveySettings({ localProgrammesFile: projectPath('src', 'surveys', 'data', 'local-programmes.example.yaml') });
    // Likes only Social items: S first.
    const { ITEMS } = await import('./survey-helpers');
    await run(bot, start('18', 'Làm ẩn danh'));
    let last: string[] = [];
    for (const item of ITEMS) last = texts(await say(bot.adapter, item.type === 'S' ? 'Thích' : 'Không thích'));
    const all = last.join('\n');
    expect(all).toContain(vi('survey:result.programmesHeading'));
    expect(all).toContain('Ví dụ: Cao đẳng điều dưỡng');
    expect(all).not.toContain('Ví dụ: Lớp điện dân dụng');
  });
});

describe('survey in English', () => {
  it('runs the same flow with English buttons and texts', async () => {
    const bot = createTestBot({ locale: 'en-US' });
    try {
      const replies = await run(
        bot,
        [
          { say: 'hello' },
          { say: 'Find careers for me', expect: ['privacy:consent.age'], buttons: ['privacy:consent.ages.under13', 'privacy:consent.ages.13-15', 'privacy:consent.ages.16-17', 'privacy:consent.ages.18+'] },
          { say: '18 or older', expect: ['privacy:consent.notice', 'privacy:consent.askAdult'] },
          { say: 'Yes, keep it', expect: ['survey:intro'] },
          { say: 'Like', expect: ['survey:question'] },
          { say: 'back', expect: ['survey:backDone'] },
          ...answers(TOTAL - 1, 'Dislike'),
          { say: 'Like', expect: ['survey:result.heading', 'survey:result.saved'] },
          { say: 'No, thanks', expect: ['survey:result.closing'] },
        ],
        'en',
      );
      expect(quickReplyTitles(replies.at(-1))).toContain('Talk to a counselor');
    } finally {
      await bot.close();
    }
  });
});
