import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChannelTokenStore, OAuthTokenPair } from '../../storage/ports/channel-tokens';
import { ChannelSendError } from '../shared/errors';
import { sleep } from '../shared/http';
import type { TokenResponse, ZaloOAuthClient } from './api';
import { CHANNEL } from './events';

export const ZALO_TOKEN_KEY = 'zalo:oa';
/** Refresh an hour before expiry (access tokens live 25 h, §2.6), so sends never race the deadline. */
export const REFRESH_MARGIN_MS = 60 * 60 * 1000;
const LOCK_TTL_MS = 30_000;
const LOCK_WAIT_STEP_MS = 100;

export interface ZaloTokenManagerOptions {
  store: ChannelTokenStore;
  oauth: Pick<ZaloOAuthClient, 'refresh'>;
  clock: () => number;
  logger: Logger;
  /** ZALO_REFRESH_TOKEN: used once, only while no pair is stored. */
  initialRefreshToken?: string;
  key?: string;
}

/** Builds the pair to store from a token answer. */
export function pairFrom(t: TokenResponse, now: number): OAuthTokenPair {
  return { accessToken: t.accessToken, refreshToken: t.refreshToken, expiresAt: now + t.expiresInMs, obtainedAt: now };
}

/**
 * The OA access token. Zalo refresh tokens are single use and rotate (§2.6), so a refresh is single-flight
 * in this process (one shared promise) and across processes (a store lock), and the new pair is saved
 * BEFORE the new access token is handed out: a crash after the refresh can never lose the grant.
 */
export class ZaloTokenManager {
  private inflight: Promise<string> | undefined;
  /** The last pair read or saved: saves a read per send. A stale copy only costs one -216 and a re-read. */
  private cached: OAuthTokenPair | undefined;
  private readonly owner = randomUUID();
  private readonly key: string;

  constructor(private readonly o: ZaloTokenManagerOptions) {
    this.key = o.key ?? ZALO_TOKEN_KEY;
  }

  /** A usable access token, refreshing first when it is missing or near expiry. */
  async accessToken(): Promise<string> {
    if (this.cached && this.fresh(this.cached)) return this.cached.accessToken;
    const pair = await this.o.store.get(this.key);
    if (pair && this.fresh(pair)) {
      this.cached = pair;
      return pair.accessToken;
    }
    return this.refresh(pair?.accessToken);
  }

  /** Refreshes unless someone already replaced `stale` (the token that just failed with -216/-220). */
  refresh(stale?: string): Promise<string> {
    this.cached = undefined;
    this.inflight ??= this.refreshOnce(stale).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private fresh(p: OAuthTokenPair): boolean {
    return p.expiresAt - REFRESH_MARGIN_MS > this.o.clock();
  }

  private async refreshOnce(stale: string | undefined): Promise<string> {
    const deadline = Date.now() + LOCK_TTL_MS;
    while (!(await this.o.store.tryLock(this.key, this.owner, this.o.clock(), LOCK_TTL_MS))) {
      if (Date.now() > deadline) throw new ChannelSendError(CHANNEL, 'temporary', undefined, 'zalo token refresh lock busy');
      await sleep(LOCK_WAIT_STEP_MS);
      const p = await this.o.store.get(this.key);
      if (p && p.accessToken !== stale && this.fresh(p)) return p.accessToken;
    }
    try {
      const current = await this.o.store.get(this.key);
      if (current && current.accessToken !== stale && this.fresh(current)) return current.accessToken;
      const refreshToken = current?.refreshToken ?? this.o.initialRefreshToken;
      if (!refreshToken) throw new ChannelSendError(CHANNEL, 'not_connected', undefined, 'zalo OA not connected: run zalo:connect');
      const answer = await this.o.oauth.refresh(refreshToken);
      const pair = pairFrom(answer, this.o.clock());
      await this.o.store.save(this.key, pair);
      this.cached = pair;
      this.o.logger.info({ expiresAt: new Date(pair.expiresAt).toISOString() }, 'zalo token pair refreshed and saved');
      return pair.accessToken;
    } catch (err) {
      if (err instanceof ChannelSendError && err.kind === 'bad_token') {
        this.o.logger.error('zalo refresh token refused: an OA admin must reconnect (npm run zalo:connect)');
      }
      throw err;
    } finally {
      await this.o.store.unlock(this.key, this.owner);
    }
  }
}
