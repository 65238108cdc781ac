import { afterEach, describe, expect, it } from 'vitest';
import { TurnContext, type ConversationReference } from 'botbuilder';
import { ChannelSendError, WindowClosedError } from '../../../src/channels/shared/errors';
import { waitFor } from '../../fakes/http';
import { messengerEnvelope, messengerHarness, messengerText, postMessenger } from '../support/harness';

type Harness = Awaited<ReturnType<typeof messengerHarness>>;
const HOUR = 3600_000;

/** Attempts of the oldest parked message (undefined when the outbox is empty). */
function headAttempts(h: Harness): number | undefined {
  const row = h.db.prepare('SELECT attempts FROM channel_outbox ORDER BY id LIMIT 1').get() as { attempts: number } | undefined;
  return row?.attempts;
}

async function firstContact(h: Harness, psid = 'PSID1'): Promise<Partial<ConversationReference>> {
  expect(await postMessenger(h.url, messengerEnvelope([messengerText(psid, `m_${psid}_${h.clock.now}`, 'chào', h.clock.now)]))).toBe(200);
  await h.channel.whenIdle();
  const turn = h.turns.find((t) => t.from?.id === psid);
  return TurnContext.getConversationReference(turn!);
}

function counselorSays(h: Harness, ref: Partial<ConversationReference>, text: string): Promise<void> {
  return h.channel.adapter.continueConversationAsync('app-id', ref, async (ctx) => {
    await ctx.sendActivity({ type: 'message', text, channelData: { humanAgent: true } });
  });
}

describe('Messenger sending rules', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('sends a counselor message inside 24 h as RESPONSE, between 24 h and 7 days with HUMAN_AGENT, and refuses after 7 days', async () => {
    h = await messengerHarness();
    const ref = await firstContact(h);
    h.graph.sent().splice(0);
    h.clock.advance(2 * HOUR);
    await counselorSays(h, ref, 'Chị ở đây.');
    h.clock.advance(28 * HOUR);
    await counselorSays(h, ref, 'Em còn cần hỗ trợ không?');
    const sent = h.graph.sent('PSID1').slice(-2);
    expect(sent[0]).toMatchObject({ messaging_type: 'RESPONSE' });
    expect(sent[0]).not.toHaveProperty('tag');
    expect(sent[1]).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    h.clock.advance(6 * 24 * HOUR);
    await expect(counselorSays(h, ref, 'Quá hạn')).rejects.toBeInstanceOf(WindowClosedError);
    expect(h.graph.texts('PSID1')).not.toContain('Quá hạn');
    const failures = await h.stores.failures.listForConversation('messenger:PAGE1:PSID1');
    expect(failures.at(-1)).toMatchObject({ code: 'window_closed', humanAgent: true, reasonKey: 'channels:failure.window_closed' });
  });

  it('never tags bot output: a bot message after 24 h is refused and recorded, not tagged', async () => {
    h = await messengerHarness();
    const ref = await firstContact(h);
    h.clock.advance(25 * HOUR);
    const bot = h.channel.adapter.continueConversationAsync('app-id', ref, async (ctx) => {
      await ctx.sendActivity({ type: 'message', text: 'Nhắc lịch', channelData: { tag: 'HUMAN_AGENT' } });
    });
    await expect(bot).rejects.toBeInstanceOf(WindowClosedError);
    expect(h.graph.sent().some((b) => b.tag !== undefined)).toBe(false);
    const decision = await h.channel.adapter.windowFor('PSID1', true);
    expect(decision).toMatchObject({ allowed: true, tag: 'HUMAN_AGENT' });
    expect(decision.remainingMs).toBe(7 * 24 * HOUR - 25 * HOUR);
  });

  it('records a window error from Graph for the handoff layer, without crashing the worker', async () => {
    h = await messengerHarness();
    h.graph.failNext('PSID1', 'window');
    await firstContact(h);
    const recorded = await h.stores.failures.listForConversation('messenger:PAGE1:PSID1');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ code: 'window_closed', platformCode: '10/2018278', humanAgent: false });
    // The worker keeps going: the next message is answered.
    h.clock.advance(1000);
    await firstContact(h, 'PSID2');
    expect(h.graph.texts('PSID2')).toEqual(['echo: chào']);
  });

  it('marks a user who blocked the Page as unavailable and a dead token as bad_token', async () => {
    h = await messengerHarness();
    h.graph.failNext('PSID1', 'unavailable');
    h.graph.failNext('PSID2', 'token');
    await firstContact(h, 'PSID1');
    await firstContact(h, 'PSID2');
    expect((await h.stores.failures.listForConversation('messenger:PAGE1:PSID1'))[0]?.code).toBe('user_unavailable');
    expect((await h.stores.failures.listForConversation('messenger:PAGE1:PSID2'))[0]?.code).toBe('bad_token');
    expect(await h.stores.outbox.pending('messenger')).toBe(0);
  });

  it('parks rate-limited messages in the outbox, keeps later ones behind them, and retries with backoff', async () => {
    h = await messengerHarness({ reply: async (ctx) => { await ctx.sendActivities([{ type: 'message', text: 'một' }, { type: 'message', text: 'hai' }]); } });
    h.graph.failNext('PSID1', 'rate', 'rate');
    await firstContact(h);
    expect(h.graph.texts('PSID1')).toEqual([]);
    expect(await h.stores.outbox.pending('messenger')).toBe(2);
    h.clock.advance(1300); // first backoff (1 s ± 20 %): the retry meets the second 613
    expect(await waitFor(() => headAttempts(h) === 2)).toBe(true);
    expect(h.graph.texts('PSID1')).toEqual([]);
    h.clock.advance(2500); // second backoff (2 s ± 20 %)
    expect(await h.graph.waitForSent(2, 'PSID1')).toBe(true);
    expect(h.graph.texts('PSID1')).toEqual(['một', 'hai']);
    expect(await h.stores.outbox.pending('messenger')).toBe(0);
  });

  it('gives up on a temporary failure after the retry budget and records it', async () => {
    h = await messengerHarness();
    h.graph.failNext('PSID1', ...Array<'temporary'>(8).fill('temporary'));
    await firstContact(h);
    for (let i = 0; i < 8 && (await h.stores.outbox.pending('messenger')) > 0; i += 1) {
      const before = headAttempts(h);
      h.clock.advance(6 * 60_000);
      expect(await waitFor(() => headAttempts(h) !== before)).toBe(true);
    }
    expect(await h.stores.outbox.pending('messenger')).toBe(0);
    const failures = await h.stores.failures.listForConversation('messenger:PAGE1:PSID1');
    expect(failures[0]).toMatchObject({ code: 'gave_up', platformCode: '1200' });
    expect(h.graph.texts('PSID1')).toEqual([]);
  });

  it('sends typing_on as a separate call with only the recipient', async () => {
    h = await messengerHarness({ reply: async (ctx) => { await ctx.sendActivities([{ type: 'typing' }, { type: 'message', text: 'xong' }]); } });
    await firstContact(h);
    const sent = h.graph.sent('PSID1');
    expect(sent[0]).toEqual({ recipient: { id: 'PSID1' }, sender_action: 'typing_on' });
    expect(sent[1]).toMatchObject({ messaging_type: 'RESPONSE', message: { text: 'xong' } });
    expect(h.graph.refused).toEqual([]);
  });

  it('refuses edits and deletes with a typed error', async () => {
    h = await messengerHarness();
    await expect(h.channel.adapter.updateActivity()).rejects.toThrow(/cannot edit/);
    await expect(h.channel.adapter.deleteActivity()).rejects.toThrow(/cannot delete/);
    expect(new WindowClosedError('messenger', undefined, 'x')).toBeInstanceOf(ChannelSendError);
  });
});
