import { describe, expect, it } from 'vitest';
import type { ChannelOutboxStore, OutboxEntry } from '../../../src/storage/ports/channel-outbox';

type Make = () => Promise<{ store: ChannelOutboxStore; reopen?: () => Promise<ChannelOutboxStore>; close: () => Promise<void> }>;

const item = (conversationId: string, payload: string, nextAttemptAt = 0, channel = 'messenger'): OutboxEntry => ({
  channel, conversationId, userId: conversationId.split(':').pop() ?? '', payload, humanAgent: payload.startsWith('human'),
  createdAt: 1, nextAttemptAt, attempts: 0,
});

/** Behaviour every ChannelOutboxStore must have. */
export function channelOutboxConformance(make: Make): void {
  describe('ChannelOutboxStore', () => {
    it('returns only the due head of each conversation, and leases it by pushing its next attempt', async () => {
      const { store, close } = await make();
      await store.add(item('c1', 'one'));
      await store.add(item('c1', 'two'));
      await store.add(item('c2', 'human-x', 500));
      expect(await store.hasPending('messenger', 'c1')).toBe(true);
      expect(await store.hasPending('messenger', 'c3')).toBe(false);
      const due = await store.claimDue('messenger', 100, 10, 1000);
      expect(due.map((d) => d.payload)).toEqual(['one']);
      expect(await store.claimDue('messenger', 600, 10, 1000)).toMatchObject([{ payload: 'human-x', humanAgent: true }]);
      expect(await store.claimDue('messenger', 700, 10, 1000)).toEqual([]);
      await store.remove(due[0]!.id);
      expect((await store.claimDue('messenger', 700, 10, 1000)).map((d) => d.payload)).toEqual(['two']);
      await close();
    });

    it('reschedules with attempts and last error, and survives a reopen', async () => {
      const { store, reopen, close } = await make();
      const id = await store.add(item('c1', 'one'));
      await store.reschedule(id, 5000, 3, 'rate limited');
      const s2 = reopen ? await reopen() : store;
      expect(await s2.claimDue('messenger', 4999, 10, 100)).toEqual([]);
      const [d] = await s2.claimDue('messenger', 5000, 10, 100);
      expect(d).toMatchObject({ id, attempts: 3, lastError: 'rate limited', conversationId: 'c1' });
      expect(await s2.pending('messenger')).toBe(1);
      expect(await s2.pending('zalo')).toBe(0);
      await close();
    });

    it('drops a user’s unsent messages on a deletion request', async () => {
      const { store, close } = await make();
      await store.add(item('messenger:P:u1', 'one'));
      await store.add(item('messenger:P:u2', 'two'));
      expect(await store.deleteByUser('u1')).toBe(1);
      expect(await store.hasPending('messenger', 'messenger:P:u1')).toBe(false);
      expect(await store.pending('messenger')).toBe(1);
      await close();
    });
  });
}
