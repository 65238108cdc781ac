/**
 * A minimal server process for the crash-recovery test: one SQLite file, the Messenger channel, a restify
 * server on a random port. argv: <sqlite file> <graph url> <hang|echo>. Prints "READY <port>" when
 * listening and "TURN <mid>" when a turn starts. In "hang" mode turns never finish (the test kills -9).
 */
import pino from 'pino';
import { createI18n } from '../../../src/i18n';
import { openDatabase } from '../../../src/storage/sqlite/db';
import { createSqliteChannelStores } from '../../../src/channels/shared/stores';
import { createMessengerChannel } from '../../../src/channels/messenger';
import { MESSENGER_SECRETS, startRestify } from './harness';

async function main(): Promise<void> {
  const [file, graphUrl, mode] = process.argv.slice(2);
  if (!file || !graphUrl || !mode) throw new Error('usage: crash-child <sqlite> <graph url> <hang|echo>');
  const stores = createSqliteChannelStores(openDatabase(file));
  const channel = createMessengerChannel({
    settings: { ...MESSENGER_SECRETS, graphUrl },
    stores,
    logger: pino({ level: 'silent' }),
    i18n: createI18n(),
    workers: { leaseMs: 1000, pollMs: 100, outboxIntervalMs: 100 },
    logic: async (ctx) => {
      process.stdout.write(`TURN ${ctx.activity.id ?? ''}\n`);
      if (mode === 'hang') await new Promise(() => undefined);
      await ctx.sendActivity(`echo: ${ctx.activity.text ?? ''}`);
    },
  });
  const server = await startRestify((s) => channel.registerRoutes(s));
  channel.start();
  process.stdout.write(`READY ${new URL(server.url).port}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
