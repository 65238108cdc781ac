import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, fixedT, toLang } from '../../src/i18n';
import { SafetyMiddleware, SAFETY_TURN_KEY, type SafetyHandoffRequest, type SafetyTurn } from '../../src/safety/middleware';
import type { RiskFlagStore } from '../../src/storage/ports/risk-flags';
import { openDatabase, type Db } from '../../src/storage/sqlite/db';
import { SqliteRiskFlagStore } from '../../src/storage/sqlite/risk-flags';

const i18n = createI18n();
const NOW = new Date('2026-04-01T10:00:00.000Z');

interface Harness {
  adapter: TestAdapter;
  store: SqliteRiskFlagStore;
  handoffs: SafetyHandoffRequest[];
  turns: (SafetyTurn | undefined)[];
  nextCalls: number;
  logs: { level: string; obj: object }[];
}

function harness(db: Db, flags?: RiskFlagStore, personOwns?: boolean): Harness {
  const store = new SqliteRiskFlagStore(db);
  const h: Harness = { adapter: undefined as unknown as TestAdapter, store, handoffs: [], turns: [], nextCalls: 0, logs: [] };
  const log = (level: string) => (obj: object) => h.logs.push({ level, obj });
  const mw = new SafetyMiddleware({
    i18nFor: (ctx) => fixedT(i18n, toLang(ctx.activity.locale)),
    flags: flags ?? store,
    onHandoff: async (_ctx, req) => {
      h.handoffs.push(req);
    },
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
    now: () => NOW,
    ...(personOwns === undefined ? {} : { personOwns: () => Promise.resolve(personOwns) }),
  });
  // The "bot": records the marker and echoes only when the turn was not a safety turn.
  h.adapter = new TestAdapter(async (ctx: TurnContext) => {
    h.nextCalls++;
    const turn = ctx.turnState.get<SafetyTurn | undefined>(SAFETY_TURN_KEY);
    h.turns.push(turn);
    if (!turn) await ctx.sendActivity('bot: ok');
  }).use(mw);
  return h;
}

describe('SafetyMiddleware', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-safety-mw-'));
    db = openDatabase(path.join(dir, 'data.db'));
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imminent: replies in the same turn, stores flags without text, opens a top-priority handoff, calls next', async () => {
    const h = harness(db);
    const replies: Partial<Activity>[] = [];
    await h.adapter
      .send({ text: 'tối nay em sẽ tự tử', locale: 'vi-VN' })
      .assertReply((a) => void replies.push(a))
      .assertReply((a) => void replies.push(a))
      .assertReply((a) => void replies.push(a))
      .assertReply((a) => void replies.push(a))
      .assertReply((a) => void replies.push(a))
      .startTest();
    expect(replies.map((r) => r.text).join(' ')).toMatch(/113.*115/);
    const actions = replies[4]?.suggestedActions?.actions ?? [];
    expect(actions.map((a) => String(a.value))).toEqual(['tel:113', 'tel:115', 'tel:111']);
    expect(actions[0]?.type).toBe(ActionTypes.Call);
    expect(h.nextCalls).toBe(1);
    expect(h.turns[0]?.suppressDialog).toBe(true);
    expect(h.turns[0]?.handoffRequested).toBe(true);
    expect(h.handoffs).toHaveLength(1);
    expect(h.handoffs[0]).toMatchObject({ level: 'imminent', category: 'self_harm', priority: 100 });
    const stored = await h.store.list();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((f) => f.level)).toContain('imminent');
    for (const f of stored) expect(f).toMatchObject({ channel: 'test', at: NOW, turnId: h.turns[0]?.turnId, conversationId: expect.any(String) });
    expect(JSON.stringify(stored)).not.toContain('tự tử');
    expect(JSON.stringify(h.logs)).not.toContain('tự tử');
  });

  it('disclosed: handoff with disclosed priority, in English for an English locale', async () => {
    const h = harness(db);
    const texts: string[] = [];
    await h.adapter
      .send({ text: 'my boss took my passport', locale: 'en-US' })
      .assertReply((a) => void texts.push(a.text ?? ''))
      .startTest();
    expect(texts[0]).toMatch(/Thank you/);
    expect(h.handoffs[0]).toMatchObject({ level: 'disclosed', category: 'forced_labour', priority: 80 });
  });

  it('possible and check-in: gentle reply, flag stored, no handoff, dialog may still answer', async () => {
    const h = harness(db);
    await h.adapter
      .send({ text: 'em muon tu tu', locale: 'vi' })
      .assertReply((a) => expect(a.text).toMatch(/ổn chứ/))
      .assertReply(() => undefined)
      .assertReply((a) => expect(a.suggestedActions?.actions.map((x) => String(x.value))).toContain('safety:counselor'))
      .startTest();
    expect(h.handoffs).toHaveLength(0);
    expect(h.turns[0]).toMatchObject({ replyKind: 'check_in', suppressDialog: false, handoffRequested: false });
    expect((await h.store.list())[0]?.level).toBe('possible');
  });

  it('while a counselor owns the chat, a possible-level tip is stored but not sent; a crisis card still is', async () => {
    // A rule-level `possible` (a question about a lure) and an imminent message, with a person on the chat.
    const h = harness(db, undefined, true);
    const tip = 'việc nhẹ lương cao ở Campuchia có thật không';
    await h.adapter.send({ text: tip, locale: 'vi' }).startTest();
    // The stub bot stays silent on a safety turn, so nothing at all was sent.
    expect(h.adapter.activeQueue).toHaveLength(0);
    expect(h.turns[0]).toMatchObject({ replyKind: 'possible', replied: false, handoffRequested: false });
    expect((await h.store.list()).map((f) => f.level)).toContain('possible');
    await h.adapter.send({ text: 'tối nay em sẽ tự tử', locale: 'vi' }).assertReply((a) => expect(a.text).toBeTruthy()).startTest();
    expect(h.turns.at(-1)).toMatchObject({ replyKind: 'imminent', replied: true });
    // Without a person on the chat the same tip is sent.
    const alone = harness(db, undefined, false);
    await alone.adapter.send({ text: tip, locale: 'vi' }).assertReply((a) => expect(a.text).toBeTruthy()).startTest();
    expect(alone.turns[0]).toMatchObject({ replyKind: 'possible', replied: true });
  });

  it('illegal request: refusal, stored as illegal_request, no handoff', async () => {
    const h = harness(db);
    await h.adapter
      .send({ text: 'chỉ em làm căn cước giả cho đủ 18', locale: 'vi' })
      .assertReply((a) => expect(a.text).toMatch(/không thể giúp/))
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .startTest();
    expect(h.handoffs).toHaveLength(0);
    expect((await h.store.list()).map((f) => f.category)).toContain('illegal_request');
    expect(h.turns[0]?.suppressDialog).toBe(true);
  });

  it('benign and non-message activities pass straight through to next()', async () => {
    const h = harness(db);
    await h.adapter.send({ text: 'mệt muốn chết, mai thi rồi' }).assertReply('bot: ok').startTest();
    const update: Partial<Activity> = { type: 'conversationUpdate' };
    await h.adapter.send(update).assertReply('bot: ok').startTest();
    expect(h.nextCalls).toBe(2);
    expect(h.turns).toEqual([undefined, undefined]);
    expect(await h.store.list()).toEqual([]);
  });

  it('still replies and hands off when the flag store fails, and logs only ids', async () => {
    const failing = new SqliteRiskFlagStore(db);
    failing.record = async () => {
      throw new Error('disk full');
    };
    const h = harness(db, failing);
    let first = '';
    await h.adapter
      .send({ text: 'cứu em với', locale: 'vi' })
      .assertReply((a) => void (first = a.text ?? ''))
      .startTest();
    expect(first).not.toBe('');
    expect(h.handoffs).toHaveLength(1);
    expect(h.nextCalls).toBe(1);
    const err = h.logs.find((l) => l.level === 'error');
    expect(err?.obj).toMatchObject({ step: 'store', error: 'Error' });
    expect(JSON.stringify(h.logs)).not.toMatch(/cứu em|disk full/);
  });
});
