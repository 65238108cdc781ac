import { describe, expect, it } from 'vitest';
import type { ChannelFailureStore, DeliveryFailure } from '../../../src/storage/ports/channel-failures';

type Make = () => Promise<{ store: ChannelFailureStore; reopen?: () => Promise<ChannelFailureStore>; close: () => Promise<void> }>;

const failure = (conversationId: string, at: string, extra: Partial<DeliveryFailure> = {}): DeliveryFailure => ({
  channel: 'messenger', conversationId, userId: conversationId.split(':').pop() ?? '', at, code: 'window_closed',
  reasonKey: 'channels:failure.window_closed', humanAgent: false, ...extra,
});

/** Behaviour every ChannelFailureStore must have. */
export function channelFailuresConformance(make: Make): void {
  describe('ChannelFailureStore', () => {
    it('lists a conversation’s failures oldest first, optionally since a time', async () => {
      const { store, reopen, close } = await make();
      await store.record(failure('messenger:P:u1', '2026-01-02T00:00:00.000Z', { platformCode: '10/2018278', humanAgent: true }));
      await store.record(failure('messenger:P:u1', '2026-01-01T00:00:00.000Z', { code: 'gave_up', reasonKey: 'channels:failure.gave_up' }));
      await store.record(failure('messenger:P:u2', '2026-01-03T00:00:00.000Z'));
      const s2 = reopen ? await reopen() : store;
      const all = await s2.listForConversation('messenger:P:u1');
      expect(all.map((f) => f.code)).toEqual(['gave_up', 'window_closed']);
      expect(all[1]).toEqual(failure('messenger:P:u1', '2026-01-02T00:00:00.000Z', { platformCode: '10/2018278', humanAgent: true }));
      expect(await s2.listForConversation('messenger:P:u1', '2026-01-01T12:00:00.000Z')).toHaveLength(1);
      expect((await s2.listSince('2026-01-01T12:00:00.000Z', 10)).map((f) => f.userId)).toEqual(['u1', 'u2']);
      expect(await s2.listSince('2026-01-01T00:00:00.000Z', 1)).toHaveLength(1);
      await close();
    });

    it('deletes by user and purges by age', async () => {
      const { store, close } = await make();
      await store.record(failure('messenger:P:u1', '2026-01-01T00:00:00.000Z'));
      await store.record(failure('messenger:P:u2', '2026-02-01T00:00:00.000Z'));
      await store.record(failure('messenger:P:u2', '2026-03-01T00:00:00.000Z'));
      expect(await store.deleteByUser('u1')).toBe(1);
      expect(await store.purgeBefore('2026-02-15T00:00:00.000Z')).toBe(1);
      expect(await store.listSince('', 10)).toHaveLength(1);
      await close();
    });
  });
}
