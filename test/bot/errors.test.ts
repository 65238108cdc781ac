import { TestAdapter, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/app';
import { createI18n } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { openSqliteStores, type Stores } from '../../src/storage';
import { say, texts } from '../helpers/bot';
import { testKnowledge } from '../helpers/knowledge';
import { tempDir } from '../helpers/tmp';

const i18n = createI18n();

/** Real stores whose next `control.failures` bot-state writes fail (a database hiccup). */
function flakyStores(dir: string, control: { failures: number }): Stores {
  const stores = openSqliteStores(dir);
  const realWrite = stores.botState.write.bind(stores.botState);
  stores.botState.write = (changes: StoreItems) => (control.failures-- > 0 ? Promise.reject(new Error('disk I/O error')) : realWrite(changes));
  return stores;
}

describe('onTurnError', () => {
  it('apologises in the user\'s language, logs a correlation id without the text, and resets the dialog stack', async () => {
    const tmp = tempDir();
    const control = { failures: 0 };
    const stores = flakyStores(tmp.dir, control);
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => lines.push(l) });
    const app = createBotApp({ i18n, stores, logger, knowledge: testKnowledge(i18n) });
    const adapter = app.attach(new TestAdapter(app.logic, { locale: 'en-US' }));

    await say(adapter, 'hi');
    await say(adapter, 'Ngôn ngữ/Language'); // now inside the language prompt
    control.failures = 1; // the end-of-turn save fails
    const replies = await say(adapter, 'tiếng Pháp secret-text-123');
    expect(texts(replies).at(-1)).toBe(i18n.getFixedT('en')('common:error.apology'));

    const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'unhandled error in turn');
    expect(entry?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.join('\n')).not.toContain('secret-text-123');

    // The stack was reset: the next message is routed from the top (to the FAQ), not re-prompted as a language answer.
    const after = await say(adapter, 'xyz');
    expect(texts(after)[0]).toContain(i18n.getFixedT('en')('faq:dontKnow'));
    await stores.close();
    tmp.cleanup();
  });
});
