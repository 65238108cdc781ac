import { describe, expect, it } from 'vitest';
import { WebAdapter, type WebActivity } from '../../../src/channels/web/adapter';
import { InProcessEventBus } from '../../../src/storage/in-process-events';

const reference = (conversationId: string) => ({
  channelId: 'webchat',
  serviceUrl: 'web',
  conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  user: { id: 'w-teen', name: '' },
  bot: { id: 'bandonghanh', name: 'Bạn Đồng Hành' },
});

describe('web adapter: proactive messages', () => {
  it('reach the browser stream held by another instance, once, through the shared bus', async () => {
    const bus = new InProcessEventBus();
    const a = new WebAdapter(bus);
    const b = new WebAdapter(bus);
    const onB: WebActivity[] = [];
    const onA: WebActivity[] = [];
    b.subscribe('conv-1', (x) => onB.push(x));
    a.subscribe('conv-2', (x) => onA.push(x));
    // A counselor's reply handled on instance A for a teen whose stream is on instance B.
    await a.continueConversation(reference('conv-1'), async (ctx) => {
      await ctx.sendActivity({ type: 'message', text: 'Chào em, chị là tư vấn viên.', channelData: { humanAgent: true } });
    });
    await expect.poll(() => onB.length).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(onB).toHaveLength(1);
    expect(onB[0]).toMatchObject({ text: 'Chào em, chị là tư vấn viên.', from: 'counselor' });
    expect(onA).toEqual([]);
    a.closeStreams();
    b.closeStreams();
    await bus.close();
  });

  it('keeps a message for a browser that is not connected and replays it when it subscribes', async () => {
    const web = new WebAdapter();
    await web.continueConversation(reference('conv-3'), async (ctx) => {
      await ctx.sendActivity('Tin nhắn khi em chưa mở trang');
    });
    const got: WebActivity[] = [];
    web.subscribe('conv-3', (x) => got.push(x));
    expect(got.map((x) => x.text)).toEqual(['Tin nhắn khi em chưa mở trang']);
  });

  it('ends every open stream on shutdown', () => {
    const web = new WebAdapter();
    let ended = 0;
    web.subscribe('c', () => undefined, () => (ended += 1));
    web.subscribe('d', () => undefined, () => (ended += 1));
    web.closeStreams();
    expect(ended).toBe(2);
  });
});
