import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationReference } from 'botbuilder';
import { markNoTranscript } from '../../src/privacy/markers';
import { handoffBot, textsOf, type HandoffBot } from './harness';

let h: HandoffBot;
const vi = () => h.app.services.i18n.getFixedT('vi');
const desk = () => h.app.services.handoff.desk;
const ticketOf = async () => (await h.stores.tickets.queue())[0]!;

beforeEach(async () => {
  h = await handoffBot();
  await h.say('hi');
});
afterEach(async () => {
  await h.close();
});

describe('the pipeline', () => {
  it('runs the safety middleware before the gate (so the safety answer always goes out), and the gate is shared by every adapter', () => {
    const names = h.app.middleware.map((m) => m.constructor.name);
    expect(names.indexOf('SafetyMiddleware')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('SafetyMiddleware')).toBeLessThan(names.indexOf('HandoffGate'));
    expect(names.filter((n) => n === 'HandoffGate')).toHaveLength(1);
  });
});

describe('triggers', () => {
  it.each(['Gặp tư vấn viên', 'gap tu van vien', 'cho em nói chuyện với người thật được không', 'Talk to a counselor', 'I want to talk to a real person please', 'safety:counselor'])(
    '"%s" opens a request and tells the teen a person will come',
    async (text) => {
      const replies = await h.say(text);
      const t = await ticketOf();
      expect(t).toMatchObject({ status: 'queued', reason: 'user_request', priority: 10, channel: 'test', lang: 'vi' });
      expect(textsOf(replies).join('\n')).toContain(vi()('handoff:queued.open'));
      expect(replies.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toContain(vi()('handoff:queued.cancel'));
    },
  );

  it('the safety answer\'s "talk to a counselor" button keeps the risk level it followed as priority', async () => {
    const checkIn = await h.say('tu tu');
    expect(checkIn.at(-1)?.suggestedActions?.actions.map((a) => String(a.value))).toContain('safety:counselor');
    await h.say('safety:counselor');
    expect(await ticketOf()).toMatchObject({ reason: 'risk', level: 'possible', priority: 50 });
  });

  it('shows the teen\'s commune/ward only while they consent to share it', async () => {
    const at = h.clock.now().toISOString();
    await h.stores.consents.record({ userId: 'user1', channel: 'test', ageBand: '16-17', textVersion: 'v1', parentalConfirmed: false, givenAt: at });
    await h.stores.surveyProfiles.save({ userId: 'user1', locality: 'phuong-1', updatedAt: at });
    await h.say('gặp tư vấn viên');
    expect((await ticketOf()).locality).toBe('phuong-1');
    await h.say(vi()('handoff:queued.cancel'));
    await h.stores.consents.withdraw('user1', at);
    await h.say('gặp tư vấn viên');
    expect((await ticketOf()).locality).toBeUndefined();
  });

  it('a question that only mentions counselors goes to the FAQ, not the queue', async () => {
    await h.say('tư vấn viên là ai vậy');
    expect(await h.stores.tickets.queue()).toEqual([]);
  });

  it('three unanswered questions in a row, then the offered counselor button: reason "abstentions"', async () => {
    for (const q of ['xyz qwe asd', 'zzz kkk mmm', 'ppp ooo iii']) await h.say(q);
    const offer = await h.say('lll jjj hhh');
    expect(textsOf(offer).join('\n')).toContain(vi()('faq:offerCounselorStreak'));
    await h.say(vi()('common:menu.counselor'));
    expect(await ticketOf()).toMatchObject({ reason: 'abstentions', status: 'queued' });
  });

  it('a risk message opens a risk ticket with its level as priority, and alerts at once', async () => {
    await h.counselor('anna');
    const replies = await h.say('bố em đánh em suốt, em sợ về nhà lắm');
    expect(textsOf(replies).join('\n')).toContain('111');
    const t = await ticketOf();
    expect(t).toMatchObject({ reason: 'risk', level: 'disclosed', priority: 80 });
    expect(h.queueEvents.filter((e) => e.type === 'alert').map((e) => e.type === 'alert' && e.alert.kind)).toEqual(['new']);
    expect(h.notifier.alerts.map((a) => a.kind)).toEqual(['new']);
    expect(JSON.stringify(h.notifier.alerts)).not.toContain('đánh');
    // The thread holds the earlier turns as context and the triggering message with its level.
    const lines = await h.stores.tickets.messages(t.id, 50);
    expect(lines.filter((m) => m.context).length).toBeGreaterThan(0);
    expect(lines.find((m) => !m.context && m.author === 'teen')).toMatchObject({ riskLevel: 'disclosed' });
  });
});

describe('while queued', () => {
  it('the bot still answers, and both sides of the exchange reach the ticket live', async () => {
    await h.say('gặp tư vấn viên');
    const t = await ticketOf();
    const events = h.watch(t.id);
    const replies = await h.say('Menu');
    expect(replies.length).toBeGreaterThan(0);
    const authors = events.filter((e) => e.type === 'message').map((e) => (e.type === 'message' ? e.message.author : ''));
    expect(authors).toEqual(['teen', 'bot']);
  });

  it('a turn that must not be kept (a survey answer, a consent choice) is not copied to the ticket', async () => {
    h.adapter.use({
      onTurn: async (ctx, next) => {
        if (ctx.activity.text === '3') markNoTranscript(ctx);
        await next();
      },
    });
    await h.say('gặp tư vấn viên');
    const t = await ticketOf();
    const count = async () => (await h.stores.tickets.messages(t.id, 200)).length;
    const before = await count();
    await h.say('3');
    expect(await count()).toBe(before);
    await h.say('menu');
    expect(await count()).toBe(before + 2);
  });

  it('"Cancel request" withdraws an ordinary request and the bot takes over again', async () => {
    await h.say('gặp tư vấn viên');
    const replies = await h.say(vi()('handoff:queued.cancel'));
    expect(textsOf(replies)).toEqual([vi()('handoff:queued.cancelled')]);
    expect(await h.stores.tickets.queue()).toEqual([]);
    const t = await h.stores.tickets.latestFor('Convo1');
    expect(t).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
  });

  it('a risk case cannot be withdrawn by the teen (S11): it stays in the queue', async () => {
    await h.say('chủ giữ căn cước của em không cho em về nhà');
    const replies = await h.say('Cancel request');
    expect(textsOf(replies).join('\n')).toContain(vi()('handoff:queued.riskStays'));
    expect((await ticketOf()).status).toBe('queued');
  });
});

describe('while a person owns the chat', () => {
  let anna: { id: string; username: string };
  let ticketId: string;
  beforeEach(async () => {
    anna = await h.counselor('anna');
    await h.say('gặp tư vấn viên');
    ticketId = (await ticketOf()).id;
    await desk().claim(ticketId, anna);
  });

  it('tells the teen a person joined, then the bot stays silent: the message goes only to the counselor', async () => {
    expect(textsOf(h.sent)).toContain(vi()('handoff:claimed'));
    const events = h.watch(ticketId);
    const replies = await h.say('menu');
    expect(replies).toEqual([]);
    expect(events.map((e) => e.type === 'message' && e.message.text)).toEqual(['menu']);
  });

  it('a proactive bot message (a reminder, any later feature) is withheld by the gate', async () => {
    const ref = JSON.parse((await h.stores.tickets.get(ticketId))!.reference!) as Partial<ConversationReference>;
    h.sent.length = 0;
    await h.adapter.continueConversation(ref, async (ctx) => {
      const res = await ctx.sendActivity('Nhắc bạn làm tiếp bài trắc nghiệm nhé!');
      expect(res).toBeUndefined();
    });
    expect(h.sent).toEqual([]);
  });

  it('the safety answer still goes out, and the owner is alerted to risk inside their chat', async () => {
    const annaSees = h.listenAs(anna.id);
    const replies = await h.say('em không muốn sống nữa, tối nay em sẽ uống hết thuốc ngủ');
    expect(textsOf(replies).join('\n')).toContain('111');
    expect((await h.stores.tickets.get(ticketId))!.priority).toBe(100);
    const alert = annaSees.find((e) => e.type === 'alert' && e.alert.kind === 'risk_in_chat');
    expect(alert?.type === 'alert' && alert.alert.to).toBe(anna.id);
    // Directed alerts reach only their counselor.
    expect(h.queueEvents.some((e) => e.type === 'alert' && e.alert.kind === 'risk_in_chat')).toBe(false);
  });

  it('relays the owner\'s message marked as human-typed; another counselor\'s is blocked', async () => {
    h.sent.length = 0;
    const mine = await desk().reply(ticketId, anna, 'Chào bạn, mình là tư vấn viên.');
    expect(mine.status).toBe('sent');
    expect(h.sent.map((a) => [a.text, (a.channelData as { humanAgent?: boolean }).humanAgent])).toEqual([['Chào bạn, mình là tư vấn viên.', true]]);
    const bao = await h.counselor('bao');
    await expect(desk().reply(ticketId, bao, 'xin chào')).rejects.toMatchObject({ code: 'not_owner' });
    // Even a forged relay turn for the wrong counselor is stopped at the gate.
    const t = (await h.stores.tickets.get(ticketId))!;
    const forged = await h.app.services.handoff.relay.sendAsCounselor(t, bao.id, 'giả mạo');
    expect(forged.status).toBe('blocked');
    expect(textsOf(h.sent)).not.toContain('giả mạo');
  });

  it('close: goodbye first, then the return notice (it is a bot again), the rating, and the bot answers again', async () => {
    h.sent.length = 0;
    await desk().close(ticketId, anna, { outcome: 'resolved', message: 'Tạm biệt bạn nhé!', askRating: true });
    expect(textsOf(h.sent)).toEqual(['Tạm biệt bạn nhé!', vi()('handoff:returned'), vi()('handoff:rating.ask')]);
    expect(h.sent[2]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['1', '2', '3', '4', '5', vi()('handoff:rating.skip')]);
    const thanks = await h.say('5');
    expect(textsOf(thanks)).toEqual([vi()('handoff:rating.thanks')]);
    expect(await h.stores.tickets.get(ticketId)).toMatchObject({ status: 'closed', outcome: 'resolved', rating: 5, ratingPending: false });
    // Regression (chatwoot#4008): the next message goes to the bot, not to the previous counselor.
    const answer = await h.say('menu');
    expect(textsOf(answer)).toEqual([vi()('common:menu.prompt')]);
    await expect(desk().reply(ticketId, anna, 'còn đó không?')).rejects.toMatchObject({ code: 'closed' });
  });

  it('a message that is not a rating clears the question and goes to the bot', async () => {
    await desk().close(ticketId, anna, { outcome: 'resolved', askRating: true });
    const answer = await h.say('menu');
    expect(textsOf(answer)).toEqual([vi()('common:menu.prompt')]);
    expect(await h.stores.tickets.get(ticketId)).toMatchObject({ ratingPending: false });
    expect((await h.stores.tickets.get(ticketId))?.rating).toBeUndefined();
  });

  it('only the owner may close, transfer or release; a transfer moves the chat and alerts the new owner', async () => {
    const bao = await h.counselor('bao');
    const baoSees = h.listenAs(bao.id);
    await expect(desk().close(ticketId, bao, { outcome: 'resolved', askRating: false })).rejects.toMatchObject({ code: 'not_owner', holderName: 'ANNA' });
    await expect(desk().release(ticketId, bao)).rejects.toMatchObject({ code: 'not_owner' });
    await expect(desk().transfer(ticketId, anna, 'nobody')).rejects.toMatchObject({ code: 'bad_target' });
    const moved = await desk().transfer(ticketId, anna, bao.id, 'Bạn này cần hỗ trợ về pháp lý');
    expect(moved).toMatchObject({ claimedBy: bao.id, claimedByName: 'BAO' });
    expect(baoSees.some((e) => e.type === 'alert' && e.alert.kind === 'transfer' && e.alert.to === bao.id)).toBe(true);
    expect((await h.stores.tickets.notes(ticketId)).map((n) => n.text)).toEqual(['Bạn này cần hỗ trợ về pháp lý']);
    await expect(desk().reply(ticketId, anna, 'x')).rejects.toMatchObject({ code: 'not_owner' });
    expect((await desk().reply(ticketId, bao, 'Chào bạn')).status).toBe('sent');
  });

  it('opening a conversation is written to the audit log', async () => {
    const view = await desk().open(ticketId, anna);
    expect(view.mine).toBe(true);
    expect(view.thread.length).toBeGreaterThan(0);
    const audit = await h.stores.audit.list({ action: 'conversation.open', limit: 10 });
    expect(audit.map((a) => [a.actorName, a.target])).toEqual([['anna', ticketId]]);
  });
});

describe('return to bot resets what was running', () => {
  it('a prompt that was waiting before the handoff does not swallow the first message after it', async () => {
    const anna = await h.counselor('anna');
    await h.say('Ngôn ngữ/Language');
    await h.say('chủ giữ căn cước của em không cho em về nhà');
    const t = await ticketOf();
    await desk().claim(t.id, anna);
    await desk().close(t.id, anna, { outcome: 'referred_hotline', askRating: false });
    const after = await h.say('qwerty asdfgh');
    expect(textsOf(after).join('\n')).not.toContain(vi()('common:language.retry'));
    expect(textsOf(after).join('\n')).toContain(vi()('faq:dontKnow'));
  });
});

describe('out of office hours', () => {
  it('says when a person will read it, with the hotline; the case keeps its place', async () => {
    h.clock.set('2026-01-17T13:00:00.000Z'); // Saturday 20:00 in Hanoi
    const replies = await h.say('gặp tư vấn viên');
    const text = textsOf(replies).join('\n');
    expect(text).toContain('07:30 Thứ 2, 19/01');
    expect(text).toContain(vi()('handoff:queued.danger'));
    expect((await ticketOf()).status).toBe('queued');
  });

  it('a risk message gets the safety answer, then the hours, with the safety buttons kept on the last message', async () => {
    h.clock.set('2026-01-17T13:00:00.000Z');
    const replies = await h.say('bố em đánh em suốt, em sợ về nhà lắm');
    const text = textsOf(replies).join('\n');
    expect(text.indexOf('111')).toBeLessThan(text.indexOf('07:30 Thứ 2'));
    expect(replies.at(-1)?.suggestedActions?.actions.find((a) => a.value === 'tel:111')?.type).toBe('call');
    // Once a day, not on every message.
    const again = await h.say('bố em lại đánh em');
    expect(textsOf(again).join('\n')).not.toContain('07:30 Thứ 2');
  });
});
