import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import type { ConversationEvent, QueueEvent } from '../../src/handoff/events';
import { createAccount, signIn, type ConsoleClient } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';
import { RecordingNotifier } from './harness';
import { openSse } from './sse-client';

const vi = createI18n().getFixedT('vi');
let server: RunningServer;
const notifier = new RecordingNotifier();
const counselors: { id: string; client: ConsoleClient }[] = [];
const API = '/console/api/handoff';

beforeAll(async () => {
  server = await startServer({ OFFICE_HOURS: '24/7' }, { handoff: { notifiers: [notifier] } });
  for (let i = 0; i < 10; i += 1) {
    const a = await createAccount(server.stores, 'counselor', `tvv${i}`);
    counselors.push({ id: a.id, client: await signIn(server.url, a.username) });
  }
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

/** A teen on the web chat: a session, then messages; returns the bot's replies of each turn. */
async function teen() {
  const start = (await (await fetch(`${server.url}/web/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: 'vi-VN' }) })).json()) as { token: string };
  const say = async (text: string) => {
    const res = await fetch(`${server.url}/web/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${start.token}` }, body: JSON.stringify({ text }) });
    return ((await res.json()) as { activities: { text?: string; from: string }[] }).activities;
  };
  const events = openSse<{ text?: string; from: string }>(`${server.url}/web/events?token=${encodeURIComponent(start.token)}`);
  await events.ready;
  return { token: start.token, say, events };
}

const cookie = (c: ConsoleClient) => ({ Cookie: c.cookie });
const json = async <T>(res: Response) => (await res.json()) as T;

describe('claiming', () => {
  it('of 100 concurrent claims from 10 counselors exactly one wins, every time; the others are told who has it', async () => {
    for (let round = 0; round < 3; round += 1) {
      const kid = await teen();
      await kid.say('gặp tư vấn viên');
      kid.events.close();
      const queue = await json<{ tickets: { id: string; status: string }[] }>(await counselors[0]!.client.call('GET', `${API}/queue`));
      const ticketId = queue.tickets.find((t) => t.status === 'queued')!.id;
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => counselors[i % 10]!.client.call('POST', `${API}/tickets/${ticketId}/claim`).then(async (r) => ({ status: r.status, body: await json<{ error?: string; holder?: string; ticket?: { claimedBy: string } }>(r) }))),
      );
      const winners = results.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      const losers = results.filter((r) => r.status === 409);
      expect(losers).toHaveLength(99);
      const winner = counselors.find((c) => c.id === winners[0]!.body.ticket!.claimedBy)!;
      expect(losers.every((l) => l.body.error === 'already_claimed' && l.body.holder === `tvv${counselors.indexOf(winner)}`)).toBe(true);
      await winner.client.call('POST', `${API}/tickets/${ticketId}/close`, { outcome: 'duplicate', askRating: false });
    }
  }, 60_000);
});

describe('a web conversation from request to return-to-bot, over HTTP', () => {
  it('alerts every online counselor at once, relays both ways live, and hands the chat back to the bot', async () => {
    const [anna, bao] = [counselors[0]!, counselors[1]!];
    const annaQueue = openSse<QueueEvent>(`${server.url}${API}/events`, cookie(anna.client));
    const baoQueue = openSse<QueueEvent>(`${server.url}${API}/events`, cookie(bao.client));
    await Promise.all([annaQueue.ready, baoQueue.ready]);
    await annaQueue.next((e) => e.type === 'presence');

    const kid = await teen();
    const safety = await kid.say('bố em đánh em suốt, em sợ về nhà lắm');
    expect(safety.map((a) => a.text).join('\n')).toContain('111');
    const isNew = (e: QueueEvent) => e.type === 'alert' && e.alert.kind === 'new';
    const [a1, a2] = await Promise.all([annaQueue.next(isNew), baoQueue.next(isNew)]);
    expect(a1.type === 'alert' && a1.alert.level).toBe('disclosed');
    expect(a2.type === 'alert' && a2.alert.ticketId).toBe(a1.type === 'alert' ? a1.alert.ticketId : '');
    expect(notifier.alerts.at(-1)).toMatchObject({ kind: 'new', level: 'disclosed', counselorsOnline: 2 });
    const ticketId = a1.type === 'alert' ? a1.alert.ticketId : '';

    const open = await json<{ thread: { author: string; text?: string }[]; mine: boolean }>(await anna.client.call('GET', `${API}/tickets/${ticketId}`));
    expect(open.thread.some((m) => m.author === 'teen' && m.text?.includes('đánh em'))).toBe(true);
    expect((await json<{ ticket: { status: string } }>(await anna.client.call('POST', `${API}/tickets/${ticketId}/claim`))).ticket.status).toBe('claimed');
    expect((await kid.events.next((e) => e.text === vi('handoff:claimed'))).from).toBe('bot');

    const conv = openSse<ConversationEvent>(`${server.url}${API}/tickets/${ticketId}/events`, cookie(anna.client));
    await conv.ready;
    expect(await kid.say('em đang ở nhà bạn')).toEqual([]);
    const live = await conv.next((e) => e.type === 'message' && e.message.author === 'teen');
    expect(live.type === 'message' && live.message.text).toBe('em đang ở nhà bạn');

    const sent = await json<{ message: { status: string } }>(await anna.client.call('POST', `${API}/tickets/${ticketId}/messages`, { text: 'Mình là tư vấn viên, mình ở đây với bạn.' }));
    expect(sent.message.status).toBe('sent');
    const received = await kid.events.next((e) => e.text === 'Mình là tư vấn viên, mình ở đây với bạn.');
    expect(received.from).toBe('counselor');

    expect((await bao.client.call('POST', `${API}/tickets/${ticketId}/messages`, { text: 'chen ngang' })).status).toBe(409);
    expect((await anna.client.call('POST', `${API}/tickets/${ticketId}/close`, { outcome: 'not_an_outcome' })).status).toBe(400);
    expect((await anna.client.call('POST', `${API}/tickets/${ticketId}/notes`, { text: 'Đã hướng dẫn gọi 111.' })).status).toBe(200);
    const closed = await anna.client.call('POST', `${API}/tickets/${ticketId}/close`, { outcome: 'referred_hotline', message: 'Tạm biệt bạn!', askRating: false });
    expect(closed.status).toBe(200);
    await kid.events.next((e) => e.text === vi('handoff:returned'));
    expect((await kid.events.next((e) => e.text === 'Tạm biệt bạn!')).from).toBe('counselor');
    const back = await kid.say('menu');
    expect(back.map((a) => a.text)).toEqual([vi('common:menu.prompt')]);

    const audit = await server.stores.audit.list({ action: 'conversation.open', limit: 50 });
    expect(audit.some((e) => e.target === ticketId && e.actorId === anna.id)).toBe(true);
    for (const s of [annaQueue, baoQueue, conv, kid.events]) s.close();
  }, 30_000);

  it('lists canned replies and the other counselors for transfer; the queue shows office hours', async () => {
    const canned = await json<{ replies: { id: string; vi: string; en: string }[] }>(await counselors[2]!.client.call('GET', `${API}/canned`));
    expect(canned.replies.find((r) => r.id === 'emergency_numbers')?.vi).toContain('111');
    const list = await json<{ counselors: { id: string }[] }>(await counselors[2]!.client.call('GET', `${API}/counselors`));
    expect(list.counselors).toHaveLength(9);
    const queue = await json<{ office: { open: boolean }; criticalAfterMs: number }>(await counselors[2]!.client.call('GET', `${API}/queue`));
    expect(queue).toMatchObject({ office: { open: true }, criticalAfterMs: 5 * 60_000 });
  });
});
