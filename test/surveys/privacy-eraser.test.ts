import { TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/sqlite/db';
import { DataEraser, ERASURE_PLAN } from '../../src/privacy/eraser';
import { createTestBot, type TestBot } from '../helpers/bot';
import { answers, run, TOTAL, vi, type Step } from '../dialogs/survey-helpers';

const U = 'teen-erase-a';
const V = 'teen-keep-b';
const AT = '2026-03-01T10:00:00.000Z';

/** Keys of the SQLite store set that are engine handles, not stores. */
const ENGINE_HANDLES = new Set(['db']);

/**
 * Tables with no user id column, and why erasure does not look at them by user. A new table must be added
 * here or get a user_id column (and then be erased): the test fails until it is classified.
 */
const TABLES_WITHOUT_USER_COLUMN: Record<string, string> = {
  bot_state: 'keys contain the user or conversation id; checked separately below',
  ticket_messages: "deleted with the user's tickets (ON DELETE CASCADE); checked below",
  ticket_notes: "deleted with the user's tickets (ON DELETE CASCADE); checked below",
  channel_dedupe: 'platform message ids only, no content',
  channel_tokens: 'Page/OA tokens',
  channel_locks: 'process locks',
  channel_oauth_states: 'OAuth PKCE states of the OA connection',
  console_accounts: 'staff accounts',
  console_sessions: 'staff sessions',
  audit_log: 'staff actions; exports record filters, never user ids',
  schema_migrations: 'schema versions',
};
/** Tables with a user column that erasure deliberately leaves, and why. */
const TRANSIENT_TABLES: Record<string, string> = {
  channel_inbox: 'a verified webhook event waits here only until its turn has run (the deletion request itself)',
};

function adapterFor(bot: TestBot, userId: string): TestAdapter {
  return bot.app.attach(
    new TestAdapter(bot.app.logic, { locale: 'vi-VN', from: { id: userId, name: '' }, conversation: { id: `conv-${userId}`, isGroup: false, conversationType: '', name: '' } }),
  );
}

const quiz = (choice: string): Step[] => [
  { say: 'hi' },
  { say: vi('common:menu.quiz') },
  { say: '17' },
  { say: choice },
  ...answers(TOTAL),
  { say: vi('survey:profile.yes') },
  { say: '11' },
  { say: 'Nữ' },
];

describe('DataEraser', () => {
  let bot: TestBot;
  beforeEach(() => {
    bot = createTestBot();
  });
  afterEach(async () => {
    await bot.close();
  });

  it('has a step for every key of the real store set, and no step for a key that is not there', () => {
    const runtime = Object.keys(bot.stores).filter((k) => !ENGINE_HANDLES.has(k));
    expect(runtime.filter((k) => !(k in ERASURE_PLAN))).toEqual([]);
    expect(Object.keys(ERASURE_PLAN).filter((k) => !runtime.includes(k))).toEqual([]);
  });

  it('deletes one user\'s data from every table that holds it and leaves other users\' data alone', async () => {
    const db = (bot.stores as TestBot['stores'] & { db: Db }).db;
    for (const [user, steps] of [[U, quiz('Đồng ý lưu')], [V, quiz('Đồng ý lưu')]] as const) {
      const adapter = adapterFor(bot, user);
      await run({ ...bot, adapter }, [...steps, { say: 'mua điện thoại trả góp ở đâu' }, { say: 'học trung cấp mất bao lâu?' }, { say: vi('faq:feedback.down') }]);
      await run({ ...bot, adapter }, [{ say: 'mình muốn chết quá' }]);
    }
    const ticket = (await bot.stores.tickets.openFor(`conv-${U}`))!;
    await bot.stores.tickets.addNote({ ticketId: ticket.id, at: AT, authorId: 'counselor-1', text: 'ghi chú' });
    await bot.stores.riskFlags.recordMiss({ conversationId: `conv-${U}`, userId: U, by: 'staff-1', at: new Date(AT) });
    for (const user of [U, V]) {
      await bot.stores.channels.outbox.add({ channel: 'zalo', conversationId: `conv-${user}`, userId: user, payload: '{}', humanAgent: false, createdAt: 1, nextAttemptAt: 1, attempts: 0 });
      await bot.stores.channels.contacts.recordInbound({ channel: 'zalo', userId: user, conversationId: `conv-${user}`, at: 1 });
      await bot.stores.channels.failures.record({ channel: 'zalo', conversationId: `conv-${user}`, userId: user, at: AT, code: 'window_closed', reasonKey: 'channels:failure.window_closed', humanAgent: false });
    }

    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    const userColumn = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).find((c) => c === 'user_id' || c === 'user_key');
    const count = (t: string, col: string, user: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t} WHERE ${col} = ?`).get(user) as { n: number }).n;
    const withUser = tables.filter((t) => userColumn(t) && !(t in TRANSIENT_TABLES));
    expect(tables.filter((t) => !userColumn(t) && !(t in TABLES_WITHOUT_USER_COLUMN))).toEqual([]);
    const threadRows = (tickets: string[]) =>
      (db.prepare(`SELECT (SELECT COUNT(*) FROM ticket_messages WHERE ticket_id IN (${tickets.map(() => '?').join(',')})) + (SELECT COUNT(*) FROM ticket_notes WHERE ticket_id IN (${tickets.map(() => '?').join(',')})) AS n`).get(...tickets, ...tickets) as { n: number }).n;
    const stateKeys = (user: string) => (db.prepare('SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE ?').get(`%${user}%`) as { n: number }).n;

    // Every table with a user column holds data of both users before (so the test really covers it).
    for (const t of withUser) expect(count(t, userColumn(t)!, U), `${t} seeded for U`).toBeGreaterThan(0);
    const before = Object.fromEntries(withUser.map((t) => [t, count(t, userColumn(t)!, V)]));
    expect(threadRows([ticket.id])).toBeGreaterThan(1);
    expect(stateKeys(U)).toBeGreaterThan(0);

    const report = await new DataEraser(bot.stores).erase({ userId: U, conversationId: `conv-${U}` });

    for (const t of withUser) expect(count(t, userColumn(t)!, U), `${t} still holds U`).toBe(0);
    for (const t of withUser) expect(count(t, userColumn(t)!, V), `${t} lost V's rows`).toBe(before[t]);
    expect(threadRows([ticket.id])).toBe(0);
    expect(stateKeys(U)).toBe(0);
    expect(stateKeys(V)).toBeGreaterThan(0);
    for (const store of ['botState', 'transcripts', 'tickets', 'feedback', 'riskFlags', 'channels', 'consents', 'surveyResults', 'surveyProfiles']) {
      expect(report[store], store).toBeGreaterThan(0);
    }
  }, 60_000);

  it('reports a failing store after trying all the others, so a partial erasure is never called complete', async () => {
    await bot.stores.consents.record({ userId: U, channel: 'test', ageBand: '18+', textVersion: 'v', parentalConfirmed: false, givenAt: AT });
    const broken = { ...bot.stores, feedback: { ...bot.stores.feedback, deleteByUser: () => Promise.reject(new Error('disk full')) } };
    await expect(new DataEraser(broken).erase({ userId: U })).rejects.toThrow(/feedback/);
    expect(await bot.stores.consents.listByUser(U)).toEqual([]);
  });
});
