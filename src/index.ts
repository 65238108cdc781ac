import { ConfigError, loadConfigFromProcess, type Config } from './config';
import { createI18n } from './i18n';
import { bootKnowledge, KnowledgeBaseError, type Knowledge } from './knowledge';
import { MODEL_PATH, riskModel } from './safety/classifier';
import { createLogger } from './logger';
import { composeService } from './server/compose';
import { openConfiguredStores, type Stores } from './storage';

/** Composition root: configuration, storage, bot, channels, HTTP server, signals. Nothing else lives here. */
async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfigFromProcess();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error:\n${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const i18n = createI18n();
  // Content first: a bad knowledge-base file stops start-up before any database connection is made.
  let knowledge: Knowledge;
  try {
    knowledge = bootKnowledge(i18n);
  } catch (err) {
    if (err instanceof KnowledgeBaseError) {
      process.stderr.write(`Knowledge base error:\n${err.message}\n`);
      process.exit(65);
    }
    throw err;
  }
  // The risk model too: a broken model file would otherwise fail the safety check of the first message.
  try {
    riskModel();
  } catch (err) {
    process.stderr.write(`Risk model error (${MODEL_PATH}):\n${err instanceof Error ? err.message : String(err)}\nRetrain it with npm run risk:train.\n`);
    process.exit(65);
  }
  const stores: Stores = await openConfiguredStores(config, {
    backgroundCheckpoints: true,
    onEventError: (err) => logger.warn({ err }, 'event feed read failed; retrying'),
  });
  const { http } = composeService({ config, logger, i18n, stores, knowledge });
  const { port } = await http.listen();
  logger.info(
    { port, storage: stores.engine, messenger: config.channels.messenger, zalo: config.channels.zalo, botFrameworkAuth: config.channels.botFrameworkAuth },
    `Bạn Đồng Hành is listening on http://localhost:${port}`,
  );
  if (!config.channels.messenger) logger.info('Messenger is not enabled (MESSENGER_* settings are not set)');
  if (!config.channels.zalo) logger.info('Zalo OA is not enabled (ZALO_* settings are not set)');

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight turns');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    http.shutdown().then(
      () => {
        logger.info('shut down cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}


main().catch((err: unknown) => {
  process.stderr.write(`Fatal: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
