/** An OAuth access/refresh token pair (Zalo OA). Times are epoch ms. */
export interface OAuthTokenPair {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  obtainedAt: number;
}

/**
 * Token pairs and the short locks around refreshing them. Zalo refresh tokens are single use: a pair must
 * be saved before the new access token is used, and only one process may refresh at a time.
 */
export interface ChannelTokenStore {
  get(key: string): Promise<OAuthTokenPair | undefined>;
  save(key: string, pair: OAuthTokenPair): Promise<void>;
  /** Takes (or re-takes, for the same owner) the named lock until `now + ttlMs`; false if someone else holds it. */
  tryLock(key: string, owner: string, now: number, ttlMs: number): Promise<boolean>;
  unlock(key: string, owner: string): Promise<void>;
  /** Remembers a pending OAuth `state` and its PKCE verifier until `expiresAt`. */
  saveOAuthState(state: string, verifier: string, expiresAt: number): Promise<void>;
  /** Returns the verifier of an unexpired state and forgets it (one use). */
  takeOAuthState(state: string, now: number): Promise<string | undefined>;
}
