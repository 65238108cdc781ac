import { createBotApp, type BotApp } from '../../src/bot/app';
import { createChannelPlugins } from '../../src/channels';
import { loadConfig } from '../../src/config';
import { createI18n } from '../../src/i18n';
import { testKnowledge } from './knowledge';
import { createLogger } from '../../src/logger';
import { createHttpApp, type HttpApp } from '../../src/server/server';
import { openSqliteStores, type Stores } from '../../src/storage';
import { tempDir } from './tmp';

export interface RunningServer {
  url: string;
  http: HttpApp;
  app: BotApp;
  stores: Stores;
  dataDir: string;
  stop(): Promise<void>;
}

/** The real HTTP app on 127.0.0.1 (a free port), real SQLite in a temp folder. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const tmp = tempDir();
  const config = loadConfig({ DATA_DIR: tmp.dir, HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const logger = createLogger(config.LOG_LEVEL);
  const i18n = createI18n();
  const stores = openSqliteStores(config.dataDir);
  const app = createBotApp({ i18n, stores, logger, knowledge: testKnowledge(i18n) });
  const channels = createChannelPlugins({ config, app, stores, logger, i18n });
  const http = createHttpApp({ config, logger, i18n, app, stores, channels });
  const { port } = await http.listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    http,
    app,
    stores,
    dataDir: tmp.dir,
    stop: async () => {
      await http.shutdown();
      tmp.cleanup();
    },
  };
}
