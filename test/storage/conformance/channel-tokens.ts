import { describe, expect, it } from 'vitest';
import type { ChannelTokenStore } from '../../../src/storage/ports/channel-tokens';

type Make = () => Promise<{ store: ChannelTokenStore; reopen?: () => Promise<ChannelTokenStore>; close: () => Promise<void> }>;

/** Behaviour every ChannelTokenStore must have. */
export function channelTokensConformance(make: Make): void {
  describe('ChannelTokenStore', () => {
    it('saves and replaces a token pair, surviving a reopen', async () => {
      const { store, reopen, close } = await make();
      expect(await store.get('zalo:oa')).toBeUndefined();
      await store.save('zalo:oa', { accessToken: 'a1', refreshToken: 'r1', expiresAt: 10, obtainedAt: 1 });
      await store.save('zalo:oa', { accessToken: 'a2', refreshToken: 'r2', expiresAt: 20, obtainedAt: 2 });
      const s2 = reopen ? await reopen() : store;
      expect(await s2.get('zalo:oa')).toEqual({ accessToken: 'a2', refreshToken: 'r2', expiresAt: 20, obtainedAt: 2 });
      await close();
    });

    it('gives a lock to one owner at a time until it expires or is released', async () => {
      const { store, close } = await make();
      expect(await store.tryLock('k', 'a', 1000, 500)).toBe(true);
      expect(await store.tryLock('k', 'b', 1200, 500)).toBe(false);
      expect(await store.tryLock('k', 'a', 1200, 500)).toBe(true);
      expect(await store.tryLock('k', 'b', 1800, 500)).toBe(true);
      await store.unlock('k', 'a'); // not the owner any more: no effect
      expect(await store.tryLock('k', 'a', 1900, 500)).toBe(false);
      await store.unlock('k', 'b');
      expect(await store.tryLock('k', 'a', 1900, 500)).toBe(true);
      await close();
    });

    it('hands out an OAuth state verifier once, and never after it expired', async () => {
      const { store, close } = await make();
      await store.saveOAuthState('s1', 'v1', 1000);
      await store.saveOAuthState('s2', 'v2', 1000);
      expect(await store.takeOAuthState('s1', 500)).toBe('v1');
      expect(await store.takeOAuthState('s1', 500)).toBeUndefined();
      expect(await store.takeOAuthState('s2', 1000)).toBeUndefined();
      expect(await store.takeOAuthState('nope', 0)).toBeUndefined();
      await close();
    });
  });
}
