import type { Container } from '@azure/cosmos';
import type { ChannelTokenStore, OAuthTokenPair } from '../ports/channel-tokens';
import { isConflict, isNotFound, isPreconditionFailed, readDoc, safeId, type Doc } from './support';

interface TokenDoc extends Doc, OAuthTokenPair {
  type: 'token';
}

interface LockDoc extends Doc {
  type: 'lock';
  owner: string;
  until: number;
  ttl: number;
}

interface StateDoc extends Doc {
  type: 'state';
  verifier: string;
  expiresAt: number;
  ttl: number;
}

/** TTL slack on locks and OAuth states: the stored expiry decides, the TTL only cleans up afterwards. */
const TTL_SLACK_SECONDS = 3600;
const MAX_RETRIES = 10;
const ttlUntil = (untilMs: number): number => Math.max(0, Math.ceil((untilMs - Date.now()) / 1000)) + TTL_SLACK_SECONDS;

/**
 * Zalo token pairs, refresh locks and OAuth states on Cosmos DB: container `tokens`, partitioned by id, all
 * point operations. A lock is taken by create-if-absent (409 = someone else was first) or, when expired or
 * already ours, by an IfMatch replace — so of two instances refreshing a single-use Zalo refresh token,
 * exactly one does.
 */
export class CosmosChannelTokenStore implements ChannelTokenStore {
  constructor(private readonly container: Container) {}

  async get(key: string): Promise<OAuthTokenPair | undefined> {
    const id = safeId('token:', key);
    const d = await readDoc<TokenDoc>(this.container, id, id);
    return d ? { accessToken: d.accessToken, refreshToken: d.refreshToken, expiresAt: d.expiresAt, obtainedAt: d.obtainedAt } : undefined;
  }

  async save(key: string, p: OAuthTokenPair): Promise<void> {
    const id = safeId('token:', key);
    await this.container.items.upsert<TokenDoc>({ id, pk: id, type: 'token', accessToken: p.accessToken, refreshToken: p.refreshToken, expiresAt: p.expiresAt, obtainedAt: p.obtainedAt });
  }

  async tryLock(key: string, owner: string, now: number, ttlMs: number): Promise<boolean> {
    const id = safeId('lock:', key);
    const next: LockDoc = { id, pk: id, type: 'lock', owner, until: now + ttlMs, ttl: ttlUntil(now + ttlMs) };
    for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
      const held = await readDoc<LockDoc>(this.container, id, id);
      try {
        if (!held) {
          await this.container.items.create(next);
          return true;
        }
        if (held.until > now && held.owner !== owner) return false;
        await this.container.item(id, id).replace(next, { accessCondition: { type: 'IfMatch', condition: held._etag } });
        return true;
      } catch (err) {
        if (!isConflict(err) && !isPreconditionFailed(err) && !isNotFound(err)) throw err;
      }
    }
    return false;
  }

  async unlock(key: string, owner: string): Promise<void> {
    const id = safeId('lock:', key);
    const held = await readDoc<LockDoc>(this.container, id, id);
    if (!held || held.owner !== owner) return;
    try {
      await this.container.item(id, id).delete({ accessCondition: { type: 'IfMatch', condition: held._etag } });
    } catch (err) {
      if (!isPreconditionFailed(err) && !isNotFound(err)) throw err;
    }
  }

  async saveOAuthState(state: string, verifier: string, expiresAt: number): Promise<void> {
    const id = safeId('state:', state);
    await this.container.items.upsert<StateDoc>({ id, pk: id, type: 'state', verifier, expiresAt, ttl: ttlUntil(expiresAt) });
  }

  /** One use: the delete (IfMatch) decides who took it; an expired state is deleted and not returned. */
  async takeOAuthState(state: string, now: number): Promise<string | undefined> {
    const id = safeId('state:', state);
    const d = await readDoc<StateDoc>(this.container, id, id);
    if (!d) return undefined;
    try {
      await this.container.item(id, id).delete({ accessCondition: { type: 'IfMatch', condition: d._etag } });
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) return undefined;
      throw err;
    }
    return d.expiresAt > now ? d.verifier : undefined;
  }
}
