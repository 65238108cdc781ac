import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import restify from 'restify';
import pino from 'pino';
import type { Activity, TurnContext } from 'botbuilder';
import { createI18n } from '../../../src/i18n';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { createSqliteChannelStores, type ChannelStores } from '../../../src/channels/shared/stores';
import { createMessengerChannel, type MessengerSettings } from '../../../src/channels/messenger';
import { createZaloChannel, type ZaloChannelHandle, type ZaloSettings } from '../../../src/channels/zalo';
import type { ChannelHandle, WorkerSettings } from '../../../src/channels/shared/runtime';
import type { MessengerAdapter } from '../../../src/channels/messenger/adapter';
import { signHub } from '../../../src/channels/messenger/verify';
import { signZalo } from '../../../src/channels/zalo/verify';
import { FakeGraph } from '../../fakes/fake-graph';
import { FakeZalo } from '../../fakes/fake-zalo';

export const MESSENGER_SECRETS = { verifyToken: 'verify-me', appSecret: 'test_app_secret', pageAccessToken: 'PAGE_TOKEN', graphVersion: 'v24.0' };
export const ZALO_SECRETS = { appId: '111', appSecret: 'zalo_app_secret', oaSecretKey: 'test_oa_secret' };

export const silentLogger = pino({ level: 'silent' });
export const i18n = createI18n();

/** A settable clock for window rules. */
export class ManualClock {
  constructor(public now = Date.UTC(2026, 0, 10, 8, 0, 0)) {}
  readonly fn = (): number => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-channels-'));
}

/** A restify server like the lead's: queryParser, no body parser. */
export async function startRestify(register: (s: restify.Server) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  register(server);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Records every turn and answers messages with "echo: <text>" (and a suggested action when asked). */
export function recordingLogic(turns: Partial<Activity>[], reply?: (ctx: TurnContext) => Promise<void>) {
  return async (ctx: TurnContext): Promise<void> => {
    turns.push({ ...ctx.activity });
    if (reply) await reply(ctx);
    else if (ctx.activity.type === 'message') await ctx.sendActivity(`echo: ${ctx.activity.text ?? ''}`);
  };
}

/** Writes non-ASCII as \uXXXX, the way Meta serialises (and signs) webhook bodies. */
export function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function messengerEnvelope(items: object[], pageId = 'PAGE1', extra: object = {}): string {
  return escapeNonAscii(JSON.stringify({ object: 'page', entry: [{ id: pageId, time: 1700000000000, messaging: items, ...extra }] }));
}

export function messengerText(psid: string, mid: string, text: string, timestamp: number, pageId = 'PAGE1'): object {
  return { sender: { id: psid }, recipient: { id: pageId }, timestamp, message: { mid, text } };
}

export async function post(url: string, body: string | Buffer, headers: Record<string, string>): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  await res.arrayBuffer();
  return res.status;
}

export function postMessenger(baseUrl: string, body: string, signature = signHub(body, MESSENGER_SECRETS.appSecret)): Promise<number> {
  return post(`${baseUrl}/webhooks/messenger`, body, signature ? { 'X-Hub-Signature-256': signature } : {});
}

export function zaloTextBody(userId: string, msgId: string, text: string, timestamp: number, oaId = 'OA1'): string {
  return JSON.stringify({
    app_id: ZALO_SECRETS.appId,
    user_id_by_app: `app-${userId}`,
    event_name: 'user_send_text',
    timestamp: String(timestamp),
    sender: { id: userId },
    recipient: { id: oaId },
    message: { text, msg_id: msgId },
  });
}

export function postZalo(baseUrl: string, body: string, signature?: string | null): Promise<number> {
  let sig = signature;
  if (sig === undefined) {
    const ts = (JSON.parse(body) as { timestamp: string }).timestamp;
    sig = signZalo(body, String(ts), ZALO_SECRETS.appId, ZALO_SECRETS.oaSecretKey);
  }
  return post(`${baseUrl}/webhooks/zalo`, body, sig ? { 'X-ZEvent-Signature': sig } : {});
}

interface HarnessBase {
  url: string;
  db: Db;
  stores: ChannelStores;
  turns: Partial<Activity>[];
  clock: ManualClock;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock?: ManualClock;
  reply?: (ctx: TurnContext) => Promise<void>;
  workers?: WorkerSettings;
}

const FAST: WorkerSettings = { pollMs: 50, outboxIntervalMs: 50, leaseMs: 5000 };

/** Fake Graph + SQLite file + Messenger channel on a restify server, workers started. */
export async function messengerHarness(o: HarnessOptions = {}): Promise<HarnessBase & { graph: FakeGraph; channel: ChannelHandle<MessengerAdapter> }> {
  const graph = await FakeGraph.start({ accessToken: MESSENGER_SECRETS.pageAccessToken, appSecret: MESSENGER_SECRETS.appSecret });
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'test.sqlite'));
  const stores = createSqliteChannelStores(db);
  const clock = o.clock ?? new ManualClock();
  const turns: Partial<Activity>[] = [];
  const settings: MessengerSettings = { ...MESSENGER_SECRETS, graphUrl: graph.url };
  const channel = createMessengerChannel({
    settings, stores, logic: recordingLogic(turns, o.reply), logger: silentLogger, i18n, clock: clock.fn, workers: { ...FAST, ...o.workers },
  });
  const server = await startRestify((s) => channel.registerRoutes(s));
  channel.start();
  return {
    url: server.url, db, stores, turns, clock, graph, channel,
    async close() {
      await channel.stop();
      await server.close();
      await graph.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fake Zalo + SQLite file + Zalo channel (connected with the fake's refresh token), workers started. */
export async function zaloHarness(o: HarnessOptions = {}): Promise<HarnessBase & { zalo: FakeZalo; channel: ZaloChannelHandle }> {
  const zalo = await FakeZalo.start({ appId: ZALO_SECRETS.appId, appSecret: ZALO_SECRETS.appSecret });
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'test.sqlite'));
  const stores = createSqliteChannelStores(db);
  const clock = o.clock ?? new ManualClock();
  const turns: Partial<Activity>[] = [];
  const settings: ZaloSettings = { ...ZALO_SECRETS, refreshToken: zalo.refreshToken, apiUrl: zalo.url, oauthUrl: zalo.url };
  const channel = createZaloChannel({
    settings, stores, logic: recordingLogic(turns, o.reply), logger: silentLogger, i18n, clock: clock.fn, workers: { ...FAST, ...o.workers },
  });
  const server = await startRestify((s) => channel.registerRoutes(s));
  channel.start();
  return {
    url: server.url, db, stores, turns, clock, zalo, channel,
    async close() {
      await channel.stop();
      await server.close();
      await zalo.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
