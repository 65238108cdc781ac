import { describe, expect, it } from 'vitest';
import { CardFactory, MessageFactory } from 'botbuilder';
import { toGraphBodies, type GraphBody, type GraphMessage } from '../../../src/channels/messenger/mapping';
import { validateSend } from '../../fakes/fake-graph';

const TEXTS = { optionsPrompt: 'Chọn nhé:', linksLabel: 'Xem thêm:' };
const msg = (b: GraphBody): GraphMessage => (b as { message: GraphMessage }).message;
const asSend = (b: GraphBody) => ({ recipient: { id: 'P' }, ...('message' in b ? { messaging_type: 'RESPONSE' } : {}), ...b });

describe('Messenger outbound mapping', () => {
  it('splits long text at 2000 characters on sentence boundaries', () => {
    const sentence = 'Bạn được học nghề miễn phí nếu thuộc diện hỗ trợ. ';
    const text = sentence.repeat(100).trim();
    const bodies = toGraphBodies(MessageFactory.text(text), TEXTS);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) {
      expect(msg(b).text!.length).toBeLessThanOrEqual(2000);
      expect(msg(b).text!.endsWith('.')).toBe(true);
      expect(validateSend(asSend(b))).toBeUndefined();
    }
    expect(bodies.map((b) => msg(b).text).join(' ')).toBe(text);
  });

  it('turns imBack suggested actions into at most 13 quick replies with titles of at most 20 characters', () => {
    const choices = Array.from({ length: 15 }, (_, i) => `Lựa chọn rất dài số ${i + 1} cho bạn`);
    const bodies = toGraphBodies(MessageFactory.suggestedActions(choices, 'Bạn muốn hỏi gì?'), TEXTS);
    expect(bodies).toHaveLength(1);
    const qr = msg(bodies[0]!).quick_replies!;
    expect(qr).toHaveLength(13);
    for (const q of qr) {
      expect(q.content_type).toBe('text');
      expect(q.title.length).toBeLessThanOrEqual(20);
    }
    expect(qr[0]!.payload).toBe(choices[0]);
    expect(validateSend(asSend(bodies[0]!))).toBeUndefined();
  });

  it('puts the quick replies on the last chunk only, and gives a bare choice a prompt text', () => {
    const long = toGraphBodies(MessageFactory.suggestedActions(['A', 'B'], 'Câu. '.repeat(600)), TEXTS);
    expect(long.length).toBeGreaterThan(1);
    expect(long.slice(0, -1).every((b) => msg(b).quick_replies === undefined)).toBe(true);
    expect(msg(long[long.length - 1]!).quick_replies).toHaveLength(2);
    const bare = toGraphBodies(MessageFactory.suggestedActions(['A']), TEXTS);
    expect(msg(bare[0]!).text).toBe('Chọn nhé:');
  });

  it('maps a hero card to button templates of at most 3 buttons', () => {
    const card = CardFactory.heroCard('Tư vấn', 'Chọn cách liên hệ', undefined, [
      { type: 'imBack', title: 'Nhắn tin', value: 'nhắn tin' },
      { type: 'openUrl', title: 'Trang web', value: 'https://example.invalid' },
      { type: 'call', title: 'Gọi 111', value: '111' },
      { type: 'imBack', title: 'Để sau', value: 'để sau' },
    ]);
    const bodies = toGraphBodies(MessageFactory.attachment(card), TEXTS);
    expect(bodies).toHaveLength(2);
    const first = msg(bodies[0]!).attachment!.payload as { template_type: string; buttons: { type: string }[] };
    expect(first.template_type).toBe('button');
    expect(first.buttons.map((b) => b.type)).toEqual(['postback', 'web_url', 'phone_number']);
    for (const b of bodies) expect(validateSend(asSend(b))).toBeUndefined();
  });

  it('sends typing as its own sender action', () => {
    expect(toGraphBodies({ type: 'typing' }, TEXTS)).toEqual([{ sender_action: 'typing_on' }]);
    expect(validateSend({ recipient: { id: 'P' }, sender_action: 'typing_on' })).toBeUndefined();
  });
});
