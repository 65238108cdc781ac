import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RetentionJob } from '../../src/handoff/retention';
import { createLogger } from '../../src/logger';
import { openSqliteStores, type Stores } from '../../src/storage';
import { tempDir } from '../helpers/tmp';
import { ManualClock } from './harness';

const DAY = 24 * 60 * 60 * 1000;
let stores: Stores;
let cleanup: () => void;
let clock: ManualClock;

beforeEach(() => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  stores = openSqliteStores(tmp.dir);
  clock = new ManualClock(Date.parse('2026-01-01T00:00:00.000Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  await stores.close();
  cleanup();
});

const ago = (days: number) => new Date(clock.ms - days * DAY).toISOString();
const line = (conversationId: string, days: number, text = 'x') =>
  stores.transcripts.append({ conversationId, userId: `u-${conversationId}`, channel: 'web', direction: 'in', type: 'message', text, at: ago(days) });
const job = (extra: { purged: string[] }) =>
  new RetentionJob({
    transcripts: stores.transcripts,
    tickets: stores.tickets,
    ordinaryDays: 90,
    safetyDays: 365,
    now: clock.now,
    logger: createLogger('silent'),
    extra: [{ name: 'channel-failures', purge: async (c) => (extra.purged.push(c.ordinaryBefore), 3) }],
  });

describe('retention job', () => {
  it('expires ordinary chats after 90 days and safety cases after 365, by the fake clock', async () => {
    await line('ordinary', 100);
    await line('ordinary', 10);
    await line('safety', 200);
    await stores.transcripts.markSafety('safety');
    await line('safety', 400);
    // The risk arrived in the first message: logged after the flag, so stored as ordinary until the job re-marks it.
    await stores.tickets.request({ conversationId: 'late', userId: 'u-late', channel: 'web', lang: 'vi', reason: 'risk', level: 'imminent', priority: 100, at: ago(150) });
    await line('late', 150);
    const purged: string[] = [];
    const report = await job({ purged }).runOnce();
    expect(report.transcripts).toEqual({ ordinary: 1, safety: 1 });
    expect(report.extra).toEqual({ 'channel-failures': 3 });
    expect(purged).toEqual([ago(90)]);
    expect((await stores.transcripts.recent('ordinary', 10)).map((e) => e.at)).toEqual([ago(10)]);
    expect((await stores.transcripts.recent('safety', 10)).map((e) => e.at)).toEqual([ago(200)]);
    expect(await stores.transcripts.recent('late', 10)).toHaveLength(1);
  });

  it('expires handoff threads by ticket kind and strips old closed tickets of the user id', async () => {
    const plain = await stores.tickets.request({ conversationId: 'p', userId: 'u-p', channel: 'web', lang: 'vi', reason: 'user_request', priority: 10, at: ago(120) });
    const risk = await stores.tickets.request({ conversationId: 'r', userId: 'u-r', channel: 'web', lang: 'vi', reason: 'risk', level: 'disclosed', priority: 80, at: ago(120) });
    for (const t of [plain.ticket, risk.ticket]) {
      await stores.tickets.addMessage({ ticketId: t.id, at: ago(120), author: 'teen', text: 'x', status: 'received' });
      await stores.tickets.close(t.id, 'anna', 'resolved', ago(119));
    }
    const report = await job({ purged: [] }).runOnce();
    expect(report.tickets).toBe(2);
    expect(await stores.tickets.messages(plain.ticket.id, 10)).toEqual([]);
    expect(await stores.tickets.messages(risk.ticket.id, 10)).toHaveLength(1);
    expect((await stores.tickets.get(plain.ticket.id))?.userId).toBe('');
    clock.advance(300 * DAY);
    await job({ purged: [] }).runOnce();
    expect(await stores.tickets.messages(risk.ticket.id, 10)).toEqual([]);
    expect(await stores.tickets.get(risk.ticket.id)).toMatchObject({ userId: '', outcome: 'resolved' });
  });

  it('runs at start and then on its schedule', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await line('ordinary', 100);
    const purged: string[] = [];
    const j = job({ purged });
    j.start(60 * 60 * 1000);
    await vi.waitFor(() => expect(purged).toHaveLength(1));
    clock.advance(DAY);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    await vi.waitFor(() => expect(purged).toHaveLength(2));
    expect(purged[1]).toBe(ago(90));
    await j.stop();
    await vi.advanceTimersByTimeAsync(3 * 60 * 60 * 1000);
    expect(purged).toHaveLength(2);
  });
});
