import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotStateStore } from '../../../src/storage';

export interface BotStateHarness {
  store: BotStateStore;
  /** Closes and opens the same database again. */
  reopen: () => Promise<BotStateStore>;
  /** A second, independent connection to the same database (another process or instance). */
  second?: () => Promise<BotStateStore>;
  close: () => Promise<void>;
}

/**
 * What every bot-state engine must do, whatever it is built on: botbuilder Storage semantics with eTag
 * optimistic concurrency. Runs against SQLite now and Cosmos DB later.
 */
export function botStateConformance(make: () => Promise<BotStateHarness>): void {
  describe('bot state storage', () => {
    let h: BotStateHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('reads back what was written, with an eTag', async () => {
      await h.store.write({ 'webchat/users/u1': { profile: { lang: 'en' } } });
      const items = await h.store.read(['webchat/users/u1', 'missing']);
      expect(Object.keys(items)).toEqual(['webchat/users/u1']);
      expect(items['webchat/users/u1'].profile).toEqual({ lang: 'en' });
      expect(typeof items['webchat/users/u1'].eTag).toBe('string');
    });

    it('a write with the current eTag succeeds and changes the eTag', async () => {
      await h.store.write({ k: { n: 1 } });
      const first = (await h.store.read(['k'])).k;
      await h.store.write({ k: { ...first, n: 2 } });
      const second = (await h.store.read(['k'])).k;
      expect(second.n).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('a stale write fails and leaves the stored item unchanged', async () => {
      await h.store.write({ k: { n: 1 } });
      const stale = (await h.store.read(['k'])).k;
      await h.store.write({ k: { ...stale, n: 2 } });
      await expect(h.store.write({ k: { ...stale, n: 3 } })).rejects.toThrow(/eTag|precondition/i);
      expect((await h.store.read(['k'])).k.n).toBe(2);
    });

    it('"*" and a missing eTag always write', async () => {
      await h.store.write({ k: { n: 1 } });
      await h.store.write({ k: { n: 2, eTag: '*' } });
      await h.store.write({ k: { n: 3 } });
      expect((await h.store.read(['k'])).k.n).toBe(3);
    });

    it('of concurrent writers holding the same eTag, exactly one wins', async () => {
      await h.store.write({ k: { n: 0 } });
      const base = (await h.store.read(['k'])).k;
      const other = h.second ? await h.second() : h.store;
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? other : h.store).write({ k: { ...base, n: i + 1 } })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('deletes items, and deleting a missing key is not an error', async () => {
      await h.store.write({ a: { n: 1 }, b: { n: 2 } });
      await h.store.delete(['a', 'nope']);
      expect(Object.keys(await h.store.read(['a', 'b']))).toEqual(['b']);
    });

    it('deletes every item whose key names a user', async () => {
      await h.store.write({ 'webchat/users/w-1': { x: 1 }, 'webchat/conversations/c-9/w-1': { x: 2 }, 'webchat/users/w-2': { x: 3 } });
      expect(await h.store.deleteMatching('w-1')).toBe(2);
      expect(Object.keys(await h.store.read(['webchat/users/w-1', 'webchat/users/w-2']))).toEqual(['webchat/users/w-2']);
    });

    it('keeps data across close and reopen', async () => {
      await h.store.write({ k: { text: 'Tiếng Việt có dấu', n: 7 } });
      const reopened = await h.reopen();
      const k = (await reopened.read(['k'])).k;
      expect(k.text).toBe('Tiếng Việt có dấu');
      expect(k.n).toBe(7);
    });
  });
}
