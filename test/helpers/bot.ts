import { TestAdapter, type Activity } from 'botbuilder';
import { createBotApp, type BotApp } from '../../src/bot/app';
import { testKnowledge } from './knowledge';
import { createI18n } from '../../src/i18n';
import type { OrgProfile } from '../../src/knowledge';
import { createLogger } from '../../src/logger';
import { openSqliteStores, type Stores } from '../../src/storage';
import { tempDir } from './tmp';

export interface TestBot {
  app: BotApp;
  adapter: TestAdapter;
  stores: Stores;
  dataDir: string;
  close(): Promise<void>;
}

/** The real bot on a real SQLite file in a temp folder, driven by botbuilder's TestAdapter. */
export function createTestBot(opts: { locale?: string; dataDir?: string; org?: OrgProfile } = {}): TestBot {
  const tmp = opts.dataDir ? { dir: opts.dataDir, cleanup: () => undefined } : tempDir();
  const stores = openSqliteStores(tmp.dir);
  const i18n = createI18n();
  const app = createBotApp({ i18n, stores, logger: createLogger('silent'), knowledge: testKnowledge(i18n), ...(opts.org ? { org: opts.org } : {}) });
  const template: Partial<Activity> = { locale: opts.locale ?? 'vi-VN' };
  const adapter = app.attach(new TestAdapter(app.logic, template));
  return {
    app,
    adapter,
    stores,
    dataDir: tmp.dir,
    close: async () => {
      await stores.close();
      tmp.cleanup();
    },
  };
}

/** Sends one message and collects every reply of that turn. */
export async function say(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(text);
  return adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
}

export const texts = (replies: Partial<Activity>[]): string[] => replies.map((r) => r.text ?? '');
export const quickReplyTitles = (reply: Partial<Activity> | undefined): string[] =>
  (reply?.suggestedActions?.actions ?? []).map((a) => String(a.title));
