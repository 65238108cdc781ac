import { TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/bot/intents';
import { createI18n } from '../../src/i18n';
import { createTestBot, quickReplyTitles, say, texts, type TestBot } from '../helpers/bot';

const i18n = createI18n();
const vi = i18n.getFixedT('vi');
const en = i18n.getFixedT('en');
const MENU_VI = MENU_ITEMS.map((k) => vi(`common:menu.${k}`));
const MENU_EN = MENU_ITEMS.map((k) => en(`common:menu.${k}`));

/** One step: what the user types, a locale key whose text must be in one of the replies, and the menu expected. */
type Step = [input: string, expectKey: string, menu?: 'vi' | 'en' | 'none'];
interface Case {
  name: string;
  steps: Step[];
}

const cases: Case[] = [
  { name: 'greets a first "chào" with the disclaimer and the menu', steps: [['chào', 'common:welcome.hello', 'vi']] },
  { name: 'a first real question is still greeted before it is answered', steps: [['Việc làm', 'common:welcome.disclaimer']] },
  { name: 'a domain menu choice lists its top questions', steps: [['hi', 'common:welcome.hello'], ['Học nghề', 'faq:chooseTopic']] },
  { name: 'menu choice typed without diacritics', steps: [['hi', 'common:welcome.hello'], ['hoc nghe', 'faq:chooseTopic']] },
  { name: '"menu" shows the menu', steps: [['hi', 'common:welcome.hello'], ['menu', 'common:menu.prompt', 'vi']] },
  { name: '"hủy" inside the language prompt cancels back to the menu', steps: [['hi', 'common:welcome.hello'], ['Ngôn ngữ/Language', 'common:language.prompt'], ['hủy', 'common:cancel.done', 'vi']] },
  { name: '"huy" (no diacritics) cancels too', steps: [['hi', 'common:welcome.hello'], ['ngon ngu', 'common:language.prompt'], ['huy', 'common:cancel.done', 'vi']] },
  { name: '"bắt đầu lại" restarts', steps: [['hi', 'common:welcome.hello'], ['ngon ngu', 'common:language.prompt'], ['bắt đầu lại', 'common:restart.done', 'vi']] },
  { name: '"bat dau lai" restarts', steps: [['hi', 'common:welcome.hello'], ['bat dau lai', 'common:restart.done', 'vi']] },
  { name: 'help explains what to type', steps: [['hi', 'common:welcome.hello'], ['trợ giúp', 'common:help.text', 'vi']] },
  { name: 'a later "xin chào" is greeted back with the menu, not "I don\'t know"', steps: [['hi', 'common:welcome.hello'], ['menu', 'common:menu.prompt', 'vi'], ['Xin chào!', 'common:greeting.again', 'vi'], ['hello', 'common:greeting.again', 'vi']] },
  { name: 'an unknown question gets an honest "I don\'t know"', steps: [['hi', 'common:welcome.hello'], ['xyz qwerty', 'faq:dontKnow']] },
  { name: 'language switch to English, then menu in English', steps: [['hi', 'common:welcome.hello'], ['Ngôn ngữ/Language', 'common:language.prompt'], ['English', 'common:language.changed', 'en'], ['menu', 'common:menu.prompt', 'en']] },
  { name: 'a wrong language answer re-prompts', steps: [['hi', 'common:welcome.hello'], ['Ngôn ngữ/Language', 'common:language.prompt'], ['tiếng Pháp', 'common:language.retry']] },
  { name: '"english" typed switches at once', steps: [['hi', 'common:welcome.hello'], ['english', 'common:language.changed', 'en']] },
];

describe('main dialog (Vietnamese user)', () => {
  let bot: TestBot;
  beforeEach(() => {
    bot = createTestBot({ locale: 'vi-VN' });
  });
  afterEach(async () => {
    await bot.close();
  });

  for (const c of cases) {
    it(c.name, async () => {
      let lang: 'vi' | 'en' = 'vi';
      for (const [input, key, menu] of c.steps) {
        const replies = await say(bot.adapter, input);
        if (key === 'common:language.changed' && menu === 'en') lang = 'en';
        const t = lang === 'en' ? en : vi;
        const expected = t(key, { feature: '' }).split('“')[0]!.trim();
        expect(texts(replies).some((x) => x.includes(expected)), `"${input}" → ${key}\n${texts(replies).join('\n---\n')}`).toBe(true);
        if (menu === 'vi') expect(quickReplyTitles(replies.at(-1))).toEqual(MENU_VI);
        if (menu === 'en') expect(quickReplyTitles(replies.at(-1))).toEqual(MENU_EN);
      }
    });
  }

  it('remembers the language in user state across conversations of the same user', async () => {
    await say(bot.adapter, 'hi');
    await say(bot.adapter, 'English');
    const replies = await say(bot.adapter, 'menu');
    expect(quickReplyTitles(replies.at(-1))).toEqual(MENU_EN);
    // A new conversation of the same user, through a second adapter on the same database.
    const other = bot.app.attach(new TestAdapter(bot.app.logic, { locale: 'vi-VN', conversation: { id: 'second', isGroup: false, conversationType: '', name: '' } }));
    const fresh = await say(other, 'hi');
    expect(texts(fresh)[0]).toBe(en('common:welcome.hello'));
  });
});

describe('main dialog (English locale)', () => {
  it('greets in English when the activity locale is English', async () => {
    const bot = createTestBot({ locale: 'en-US' });
    const replies = await say(bot.adapter, 'hello');
    expect(texts(replies)[0]).toBe(en('common:welcome.hello'));
    expect(quickReplyTitles(replies.at(-1))).toEqual(MENU_EN);
    await bot.close();
  });
});
