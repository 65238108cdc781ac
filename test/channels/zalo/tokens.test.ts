import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteChannelTokenStore } from '../../../src/storage/sqlite/channel-tokens';
import { ZaloOAuthClient } from '../../../src/channels/zalo/api';
import { ZALO_TOKEN_KEY, ZaloTokenManager } from '../../../src/channels/zalo/tokens';
import { ChannelSendError } from '../../../src/channels/shared/errors';
import { FakeZalo } from '../../fakes/fake-zalo';
import { ManualClock, silentLogger, tempDir, ZALO_SECRETS } from '../support/harness';

describe('Zalo token manager', () => {
  let zalo: FakeZalo;
  let dir: string;
  let db: Db;
  let store: SqliteChannelTokenStore;
  const clock = new ManualClock();

  beforeEach(async () => {
    zalo = await FakeZalo.start({ appId: ZALO_SECRETS.appId, appSecret: ZALO_SECRETS.appSecret });
    dir = tempDir();
    db = openDatabase(path.join(dir, 't.sqlite'));
    store = new SqliteChannelTokenStore(db);
  });
  afterEach(async () => {
    await zalo.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const manager = (initialRefreshToken?: string) =>
    new ZaloTokenManager({
      store,
      oauth: new ZaloOAuthClient({ oauthUrl: zalo.url, ...ZALO_SECRETS }),
      clock: clock.fn,
      logger: silentLogger,
      ...(initialRefreshToken ? { initialRefreshToken } : {}),
    });

  it('makes exactly one refresh call for many concurrent callers, across two managers on one store', async () => {
    zalo.refreshDelayMs = 50;
    const a = manager(zalo.refreshToken);
    const b = manager(zalo.refreshToken);
    const tokens = await Promise.all([...Array.from({ length: 10 }, () => a.accessToken()), ...Array.from({ length: 10 }, () => b.accessToken())]);
    expect(zalo.refreshCalls()).toBe(1);
    expect(new Set(tokens)).toEqual(new Set([zalo.accessToken]));
  });

  it('saves the rotated refresh token before handing out the access token', async () => {
    const m = manager(zalo.refreshToken);
    const token = await m.accessToken();
    const stored = await store.get(ZALO_TOKEN_KEY);
    expect(stored).toMatchObject({ accessToken: token, refreshToken: zalo.refreshToken });
    expect(stored!.expiresAt - stored!.obtainedAt).toBe(90_000_000);
  });

  it('uses the configured refresh token only while nothing is stored', async () => {
    const first = zalo.refreshToken;
    await manager(first).accessToken();
    clock.advance(25 * 3600_000);
    // The configured (now used-up) token is ignored: the stored rotated one is used.
    await manager(first).accessToken();
    expect(zalo.tokenCalls.map((c) => c.refresh_token)).toEqual([first, 'RT1']);
  });

  it('refreshes near expiry, and after a -216 only if nobody else already did', async () => {
    const m = manager(zalo.refreshToken);
    const t1 = await m.accessToken();
    const t2 = await m.refresh(t1);
    expect(t2).not.toBe(t1);
    expect(await m.refresh(t1)).toBe(t2); // a stale caller gets the new token without another call
    expect(zalo.refreshCalls()).toBe(2);
    clock.advance(24.5 * 3600_000);
    expect(await m.accessToken()).not.toBe(t2);
    expect(zalo.refreshCalls()).toBe(3);
  });

  it('says "not connected" without a token, and bad_token when the refresh token is refused', async () => {
    await expect(manager().accessToken()).rejects.toMatchObject({ kind: 'not_connected' });
    const err = await manager('RT-unknown').accessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelSendError);
    expect((err as ChannelSendError).kind).toBe('bad_token');
  });
});
