/**
 * A fresh process for the survey's resume test: opens the bot on an existing SQLite data folder and sends
 * messages as the same user. argv: <data dir> <conversation id>=<message>… Prints the replies of each
 * message as one JSON line.
 */
import { TestAdapter } from 'botbuilder';
import { createTestBot, say, texts } from '../helpers/bot';

async function main(): Promise<void> {
  const [dataDir, ...turns] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: survey-resume-child <data dir> <conversation id>=<message>…');
  const bot = createTestBot({ dataDir });
  const adapters = new Map<string, TestAdapter>();
  for (const turn of turns) {
    const [conversationId = '', message = ''] = turn.split(/=(.*)/s);
    let adapter = adapters.get(conversationId);
    if (!adapter) {
      adapter = bot.app.attach(new TestAdapter(bot.app.logic, { locale: 'vi-VN', conversation: { id: conversationId, isGroup: false, conversationType: '', name: '' } }));
      adapters.set(conversationId, adapter);
    }
    process.stdout.write(`${JSON.stringify(texts(await say(adapter, message)))}\n`);
  }
  await bot.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
