import type { Db } from './db';
import type { ChannelTokenStore, OAuthTokenPair } from '../ports/channel-tokens';

interface TokenRow {
  access_token: string;
  refresh_token: string;
  expires_at: number;
  obtained_at: number;
}

/** SQLite token pairs, refresh locks and pending OAuth states. */
export class SqliteChannelTokenStore implements ChannelTokenStore {
  private readonly one;
  private readonly upsert;
  private readonly lock;
  private readonly release;
  private readonly putState;
  private readonly takeState;

  constructor(db: Db) {
    this.one = db.prepare('SELECT * FROM channel_tokens WHERE key = ?');
    this.upsert = db.prepare(`INSERT INTO channel_tokens (key, access_token, refresh_token, expires_at, obtained_at)
      VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET access_token = excluded.access_token,
      refresh_token = excluded.refresh_token, expires_at = excluded.expires_at, obtained_at = excluded.obtained_at`);
    this.lock = db.prepare(`INSERT INTO channel_locks (key, owner, until) VALUES (@key, @owner, @until)
      ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until = excluded.until
      WHERE channel_locks.until <= @now OR channel_locks.owner = excluded.owner`);
    this.release = db.prepare('DELETE FROM channel_locks WHERE key = ? AND owner = ?');
    this.putState = db.prepare(
      'INSERT OR REPLACE INTO channel_oauth_states (state, verifier, expires_at) VALUES (?, ?, ?)',
    );
    const read = db.prepare('SELECT verifier, expires_at FROM channel_oauth_states WHERE state = ?');
    const del = db.prepare('DELETE FROM channel_oauth_states WHERE state = ? OR expires_at <= ?');
    this.takeState = db.transaction((state: string, now: number) => {
      const r = read.get(state) as { verifier: string; expires_at: number } | undefined;
      del.run(state, now);
      return r && r.expires_at > now ? r.verifier : undefined;
    });
  }

  async get(key: string): Promise<OAuthTokenPair | undefined> {
    const r = this.one.get(key) as TokenRow | undefined;
    return r
      ? { accessToken: r.access_token, refreshToken: r.refresh_token, expiresAt: r.expires_at, obtainedAt: r.obtained_at }
      : undefined;
  }

  async save(key: string, p: OAuthTokenPair): Promise<void> {
    this.upsert.run(key, p.accessToken, p.refreshToken, p.expiresAt, p.obtainedAt);
  }

  async tryLock(key: string, owner: string, now: number, ttlMs: number): Promise<boolean> {
    return this.lock.run({ key, owner, until: now + ttlMs, now }).changes > 0;
  }

  async unlock(key: string, owner: string): Promise<void> {
    this.release.run(key, owner);
  }

  async saveOAuthState(state: string, verifier: string, expiresAt: number): Promise<void> {
    this.putState.run(state, verifier, expiresAt);
  }

  async takeOAuthState(state: string, now: number): Promise<string | undefined> {
    return this.takeState.immediate(state, now);
  }
}
