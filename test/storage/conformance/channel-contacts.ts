import { describe, expect, it } from 'vitest';
import { INBOUND_GRANULARITY_MS, type ChannelContactStore } from '../../../src/storage/ports/channel-contacts';

type Make = () => Promise<{ store: ChannelContactStore; reopen?: () => Promise<ChannelContactStore>; close: () => Promise<void> }>;

/** Behaviour every ChannelContactStore must have. */
export function channelContactsConformance(make: Make): void {
  describe('ChannelContactStore', () => {
    it('records the last inbound time, never moves it backwards, and is at most the granularity early', async () => {
      const { store, close } = await make();
      await store.recordInbound({ channel: 'messenger', userId: 'p', conversationId: 'c', at: 100_000 });
      await store.recordInbound({ channel: 'messenger', userId: 'p', conversationId: 'c', at: 100_500 });
      const at = (await store.get('messenger', 'p'))!.lastInboundAt;
      expect(at).toBeGreaterThanOrEqual(100_500 - INBOUND_GRANULARITY_MS);
      expect(at).toBeLessThanOrEqual(100_500);
      await close();
    });

    it('keeps the latest of two inbound times', async () => {
      const { store, close } = await make();
      await store.recordInbound({ channel: 'zalo', userId: '8437265910283746501', conversationId: 'zalo:OA:8437265910283746501', at: 2000 });
      await store.recordInbound({ channel: 'zalo', userId: '8437265910283746501', conversationId: 'zalo:OA:8437265910283746501', at: 1000 });
      expect(await store.get('zalo', '8437265910283746501')).toEqual({
        channel: 'zalo', userId: '8437265910283746501', conversationId: 'zalo:OA:8437265910283746501', lastInboundAt: 2000,
      });
      expect(await store.get('messenger', '8437265910283746501')).toBeUndefined();
      await store.recordInbound({ channel: 'zalo', userId: '8437265910283746501', conversationId: 'zalo:OA:8437265910283746501', at: 2000 + INBOUND_GRANULARITY_MS });
      expect((await store.get('zalo', '8437265910283746501'))?.lastInboundAt).toBe(2000 + INBOUND_GRANULARITY_MS);
      await close();
    });

    it('keeps offered options until taken once', async () => {
      const { store, reopen, close } = await make();
      await store.recordInbound({ channel: 'zalo', userId: 'u', conversationId: 'c', at: 1 });
      const options = [{ title: 'Học nghề', value: 'học nghề' }, { title: 'Việc làm', value: 'việc làm' }];
      await store.setOptions('zalo', 'u', options);
      const s2 = reopen ? await reopen() : store;
      expect((await s2.get('zalo', 'u'))?.options).toEqual(options);
      expect(await s2.takeOptions('zalo', 'u')).toEqual(options);
      expect(await s2.takeOptions('zalo', 'u')).toBeUndefined();
      await s2.setOptions('zalo', 'u', options);
      await s2.setOptions('zalo', 'u', null);
      expect(await s2.takeOptions('zalo', 'u')).toBeUndefined();
      await close();
    });

    it('deletes a user on request', async () => {
      const { store, close } = await make();
      await store.recordInbound({ channel: 'zalo', userId: 'u', conversationId: 'c', at: 1 });
      await store.recordInbound({ channel: 'messenger', userId: 'u', conversationId: 'c2', at: 1 });
      expect(await store.deleteByUser('u')).toBe(2);
      expect(await store.get('zalo', 'u')).toBeUndefined();
      await close();
    });
  });
}
