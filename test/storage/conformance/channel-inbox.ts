import { describe, expect, it } from 'vitest';
import type { ChannelInboxStore, InboxEntry } from '../../../src/storage/ports/channel-inbox';

type Make = () => Promise<{ store: ChannelInboxStore; reopen?: () => Promise<ChannelInboxStore>; close: () => Promise<void> }>;

const entry = (userKey: string, dedupeKey: string, channel = 'messenger'): InboxEntry => ({
  channel, userKey, dedupeKey, payload: JSON.stringify({ dedupeKey }), receivedAt: 1000,
});
const lease = { now: 10_000, leaseMs: 5000, owner: 'w1' };

/** Behaviour every ChannelInboxStore must have (SQLite today, Cosmos DB later). */
export function channelInboxConformance(make: Make): void {
  describe('ChannelInboxStore', () => {
    it('stores new entries once: duplicates in one call and across calls are dropped', async () => {
      const { store, close } = await make();
      expect(await store.enqueue([entry('u1', 'a'), entry('u1', 'b'), entry('u1', 'a')], 1)).toBe(2);
      expect(await store.enqueue([entry('u1', 'a'), entry('u2', 'c')], 2)).toBe(1);
      expect(await store.enqueue([entry('u1', 'a', 'zalo')], 3)).toBe(1); // keys are per channel
      expect(await store.pending('messenger')).toBe(3);
      await close();
    });

    it('leases only the oldest item of each user, oldest users first, one lease per user', async () => {
      const { store, close } = await make();
      await store.enqueue([entry('u1', 'a'), entry('u2', 'b'), entry('u1', 'c'), entry('u3', 'd')], 1);
      const first = await store.claim('messenger', { ...lease, limit: 10 });
      expect(first.map((i) => i.dedupeKey)).toEqual(['a', 'b', 'd']);
      expect(first.every((i) => i.attempts === 1)).toBe(true);
      expect(await store.claim('messenger', { ...lease, limit: 10 })).toEqual([]);
      await store.complete(first[0]!.id);
      const next = await store.claim('messenger', { ...lease, limit: 10 });
      expect(next.map((i) => [i.dedupeKey, i.payload])).toEqual([['c', JSON.stringify({ dedupeKey: 'c' })]]);
      await close();
    });

    it('removes finished items in the same write as the next claim', async () => {
      const { store, close } = await make();
      await store.enqueue([entry('u1', 'a'), entry('u1', 'b'), entry('u2', 'c')], 1);
      const first = await store.claim('messenger', { ...lease, limit: 1 });
      const next = await store.claim('messenger', { ...lease, limit: 5, done: [first[0]!.id] });
      expect(next.map((i) => i.dedupeKey)).toEqual(['b', 'c']);
      expect(await store.claim('messenger', { ...lease, limit: 0, done: next.map((i) => i.id) })).toEqual([]);
      expect(await store.pending('messenger')).toBe(0);
      await close();
    });

    it('respects the limit and the channel', async () => {
      const { store, close } = await make();
      await store.enqueue([entry('u1', 'a'), entry('u2', 'b'), entry('u3', 'c', 'zalo')], 1);
      expect((await store.claim('messenger', { ...lease, limit: 1 })).map((i) => i.dedupeKey)).toEqual(['a']);
      expect((await store.claim('zalo', { ...lease, limit: 5 })).map((i) => i.dedupeKey)).toEqual(['c']);
      await close();
    });

    it('makes an item claimable again when its lease expires, counting attempts; renew extends it', async () => {
      const { store, close } = await make();
      await store.enqueue([entry('u1', 'a'), entry('u2', 'b')], 1);
      const [a, b] = await store.claim('messenger', { ...lease, limit: 2 });
      await store.renew([b!.id], 'w1', lease.now + 20_000);
      const later = { ...lease, now: lease.now + 6000, owner: 'w2' };
      const again = await store.claim('messenger', { ...later, limit: 5 });
      expect(again.map((i) => [i.id, i.attempts])).toEqual([[a!.id, 2]]);
      await close();
    });

    it('keeps items and dedupe keys when reopened; purgeSeen forgets old keys only', async () => {
      const { store, reopen, close } = await make();
      await store.enqueue([entry('u1', 'a')], 100);
      await store.enqueue([entry('u1', 'b')], 200);
      const s2 = reopen ? await reopen() : store;
      expect(await s2.pending('messenger')).toBe(2);
      expect(await s2.enqueue([entry('u1', 'a')], 300)).toBe(0);
      expect(await s2.purgeSeen(150)).toBe(1);
      expect(await s2.enqueue([entry('u1', 'a')], 400)).toBe(1);
      expect(await s2.enqueue([entry('u1', 'b')], 400)).toBe(0);
      await close();
    });
  });
}
