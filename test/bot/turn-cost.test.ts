import type { TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { turnT } from '../../src/bot/turn';
import { createI18n } from '../../src/i18n';
import { createTestBot, say, texts, type TestBot } from '../helpers/bot';

/** What the per-turn savings rely on (bench:turns measures their effect; these check they stay correct). */
describe('per-turn caches', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('the dialog memory configuration built on the first turn is reused by later turns', async () => {
    bot = createTestBot();
    const seen: unknown[] = [];
    bot.adapter.use(async (context, next) => {
      await next();
      seen.push(context.turnState.get('DialogStateManagerConfiguration'));
    });
    // Turns that use the dialog stack (a menu tap or a question with no flow in progress does not build it).
    await say(bot.adapter, 'hi');
    await say(bot.adapter, 'Ngôn ngữ/Language');
    await say(bot.adapter, 'tiếng Pháp');
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBeDefined();
    // If botbuilder-dialogs renames its turn-state key, the configuration is rebuilt each turn and this fails.
    expect(seen[2]).toBe(seen[1]);
  });

  it('a remembered translation is the same text i18next gives, per language, and options still interpolate', () => {
    const i18n = createI18n();
    const ctx = (locale: string) => ({ activity: { locale }, turnState: new Map() }) as unknown as TurnContext;
    const tVi = turnT(ctx('vi-VN'), i18n);
    const tEn = turnT(ctx('en-US'), i18n);
    expect(tVi('common:menu.prompt')).toBe(i18n.getFixedT('vi')('common:menu.prompt'));
    expect(tVi('common:menu.prompt')).toBe(tVi('common:menu.prompt'));
    expect(tEn('common:menu.prompt')).toBe(i18n.getFixedT('en')('common:menu.prompt'));
    expect(tEn('common:menu.prompt')).not.toBe(tVi('common:menu.prompt'));
    const withOptions = tVi('survey:pausedAside', { n: 3, total: 12 });
    expect(withOptions).toBe(i18n.getFixedT('vi')('survey:pausedAside', { n: 3, total: 12 }));
    expect(withOptions).toContain('12');
  });

  it('replies stay right across turns in both languages with the caches in place', async () => {
    bot = createTestBot();
    const vi = createI18n().getFixedT('vi');
    await say(bot.adapter, 'hi');
    expect(texts(await say(bot.adapter, 'menu'))[0]).toBe(vi('common:menu.prompt'));
    await say(bot.adapter, 'english');
    const en = createI18n().getFixedT('en');
    expect(texts(await say(bot.adapter, 'menu'))[0]).toBe(en('common:menu.prompt'));
  });
});
