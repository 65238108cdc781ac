/**
 * npm run bench:turns [-- --conversations=50 --turns=20 --storage=sqlite]
 *
 * N concurrent conversations through POST /api/messages of the real bot (SQLite state and transcripts),
 * replies delivered to a fake Bot Connector on loopback; in the same run, the same harness against a minimal
 * botbuilder EchoBot with MemoryStorage as the baseline. Prints turns/s, p50/p99 and the ratio.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import { FakeBotConnector } from '../fakes/bot-connector';
import { startServer } from '../helpers/server';
import { cliOptions, printTable, runLoad, type LoadResult } from './harness';

const opts = cliOptions();
const CONVERSATIONS = Number(opts.conversations ?? 50);
const TURNS = Number(opts.turns ?? 20);
const STORAGE = opts.storage ?? 'sqlite';
const TARGET_RATIO = 0.9;
/** After the first (welcome) turn, each of these gets exactly one reply, as the echo does. */
const SCRIPT = ['xin chào', 'menu', 'trợ giúp', 'hoc nghe', 'Việc làm', 'menu', 'huy'];

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function post(url: string, body: unknown): Promise<number> {
  const data = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': data.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const activity = (serviceUrl: string, run: string, c: number, i: number) => ({
  type: 'message',
  id: `${run}-${c}-${i}`,
  channelId: 'emulator',
  serviceUrl,
  locale: 'vi-VN',
  from: { id: `${run}-user-${c}`, role: 'user' },
  recipient: { id: 'bot', role: 'bot' },
  conversation: { id: `${run}-conv-${c}` },
  text: SCRIPT[i % SCRIPT.length],
});

async function startEchoBot(): Promise<{ url: string; stop: () => Promise<void> }> {
  const conversationState = new ConversationState(new MemoryStorage());
  const count = conversationState.createProperty<number>('count');
  class EchoBot extends ActivityHandler {
    constructor() {
      super();
      this.onMessage(async (context, next) => {
        await count.set(context, (await count.get(context, 0)) + 1);
        await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
        await next();
      });
    }
    override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
      await super.run(context);
      await conversationState.saveChanges(context);
    }
  }
  const bot = new EchoBot();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.post('/api/messages', restify.plugins.bodyParser({ mapParams: false }), async (req, res) => {
    await adapter.process(req, res, (ctx) => bot.run(ctx));
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => {
      server.close(() => resolve());
    }),
  };
}

async function measure(name: string, url: string, serviceUrl: string, run: string): Promise<LoadResult> {
  // Warm-up: JIT, connections, SQLite pages.
  await runLoad('warm-up', 4, 3, (c, i) => post(`${url}/api/messages`, activity(serviceUrl, `${run}w`, c, i)).then((s) => s === 200));
  return runLoad(name, CONVERSATIONS, TURNS, (c, i) => post(`${url}/api/messages`, activity(serviceUrl, run, c, i)).then((s) => s === 200));
}

async function main(): Promise<void> {
  if (STORAGE !== 'sqlite') {
    console.error(`--storage=${STORAGE}: only sqlite is available in this build`);
    process.exit(2);
  }
  const connector = new FakeBotConnector();
  const serviceUrl = await connector.start();
  const echo = await startEchoBot();
  const bot = await startServer();
  console.log(`bench:turns — ${CONVERSATIONS} concurrent conversations × ${TURNS} turns, Node ${process.version}`);
  const rows: LoadResult[] = [];
  // Alternate the two so that neither always runs on a warmer machine.
  rows.push(await measure('EchoBot + MemoryStorage (baseline)', echo.url, serviceUrl, 'e1'));
  rows.push(await measure(`Bạn Đồng Hành + ${STORAGE}`, bot.url, serviceUrl, 'b1'));
  rows.push(await measure('EchoBot + MemoryStorage (baseline)', echo.url, serviceUrl, 'e2'));
  rows.push(await measure(`Bạn Đồng Hành + ${STORAGE}`, bot.url, serviceUrl, 'b2'));
  printTable(rows);
  const best = (prefix: string) => Math.max(...rows.filter((r) => r.name.startsWith(prefix)).map((r) => r.turnsPerSecond));
  const ratio = best('Bạn') / best('EchoBot');
  console.log(`\nthroughput ratio (best of 2 runs each): ${ratio.toFixed(2)}× the EchoBot (target ≥ ${TARGET_RATIO}×) — ${ratio >= TARGET_RATIO ? 'MET' : 'NOT MET'}`);
  const transcripts = await bot.stores.transcripts.recent(`b2-conv-0`, 1000);
  console.log(`persisted: ${transcripts.length} transcript entries for one conversation of the last run`);
  await bot.stop();
  await echo.stop();
  await connector.stop();
  agent.destroy();
}

void main();
