import type { BotApp } from '../../src/bot/app';
import { loadConfig } from '../../src/config';
import { createI18n } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { composeService, type ServiceDeps } from '../../src/server/compose';
import type { HttpApp } from '../../src/server/server';
import { openSqliteStores, type SqliteOptions, type Stores } from '../../src/storage';
import { testKnowledge } from './knowledge';
import { tempDir } from './tmp';

export interface RunningServer {
  url: string;
  http: HttpApp;
  app: BotApp;
  stores: Stores;
  dataDir: string;
  stop(): Promise<void>;
}

/** Extra wiring for tests: a clock, handoff hooks (notifiers…), survey files, SQLite options. */
export type ServerOptions = Pick<ServiceDeps, 'now' | 'handoff' | 'surveys'> & { sqlite?: SqliteOptions };

/** The real service (same wiring as src/index.ts) on 127.0.0.1, a free port, real SQLite in a temp folder. */
export async function startServer(env: Record<string, string> = {}, opts: ServerOptions = {}): Promise<RunningServer> {
  const tmp = tempDir();
  const config = loadConfig({ DATA_DIR: tmp.dir, HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const logger = createLogger(config.LOG_LEVEL);
  const i18n = createI18n();
  const { sqlite, ...service } = opts;
  const stores = openSqliteStores(config.dataDir, sqlite);
  const { app, http } = composeService({ config, logger, i18n, stores, knowledge: testKnowledge(i18n), ...service });
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
