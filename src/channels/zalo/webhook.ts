import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { ChannelTokenStore } from '../../storage/ports/channel-tokens';
import { readRawBody, RawBodyError } from '../shared/raw-body';
import { ackWebhook, sendText, type Handler, type InboxWebhookDeps } from '../shared/http';
import { ChannelSendError } from '../shared/errors';
import type { ZaloOAuthClient } from './api';
import { toInboxEntry, toZaloEvent } from './events';
import { pairFrom, ZALO_TOKEN_KEY } from './tokens';
import { signedTimestamp, verifyZaloSignature } from './verify';

export interface ZaloWebhookDeps extends InboxWebhookDeps {
  appId: string;
  oaSecretKey: string;
}

async function accept(d: ZaloWebhookDeps, req: IncomingMessage): Promise<[number, number]> {
  let raw: Buffer;
  try {
    raw = await readRawBody(req, d.bodyLimitBytes !== undefined ? { limitBytes: d.bodyLimitBytes } : {});
  } catch (err) {
    return [err instanceof RawBodyError ? err.status : 400, 0];
  }
  const header = req.headers['x-zevent-signature'];
  if (typeof header !== 'string') return [401, 0];
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return [401, 0]; // without the body's timestamp the signature cannot be checked
  }
  const timestamp = signedTimestamp(json);
  if (timestamp === undefined || !verifyZaloSignature(raw, header, timestamp, d.appId, d.oaSecretKey)) return [401, 0];
  const event = toZaloEvent(json);
  if (typeof event === 'string') {
    d.logger.debug({ skipped: event }, 'zalo event acknowledged without a turn');
    return [200, 0];
  }
  const now = d.clock();
  try {
    return [200, await d.inbox.enqueue([toInboxEntry(event, now)], now)];
  } catch (err) {
    d.logger.error({ err }, 'zalo inbox write failed; the platform will redeliver');
    return [503, 0];
  }
}

/**
 * POST /webhooks/zalo: raw body → `X-ZEvent-Signature` (401, no turn) → zod → durable inbox → 200, well
 * inside Zalo's 2 s. Echoes (`oa_send_*`), receipts and unknown events get 200 and no turn.
 */
export function eventHandler(d: ZaloWebhookDeps): Handler {
  return ackWebhook('zalo', 'OK', d, accept);
}

export interface OAuthCallbackDeps {
  tokens: ChannelTokenStore;
  oauth: Pick<ZaloOAuthClient, 'exchangeCode'>;
  logger: Logger;
  clock: () => number;
  /** Plain-text answers for the admin's browser. */
  texts: { connected: string; failed: string };
}

/**
 * GET /webhooks/zalo/oauth/callback: where Zalo sends the OA admin after consent. Only a `state` created by
 * `npm run zalo:connect -- start` (stored with its PKCE verifier, 30 min, one use) is accepted, so a
 * stranger cannot attach another OA. The first token pair is stored; later pairs come from refreshes.
 */
export function oauthCallbackHandler(d: OAuthCallbackDeps): Handler {
  return async (req, res) => {
    const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const code = q.get('code');
    const state = q.get('state');
    const verifier = state && code ? await d.tokens.takeOAuthState(state, d.clock()).catch(() => undefined) : undefined;
    if (!code || verifier === undefined) {
      sendText(res, 400, d.texts.failed);
      return;
    }
    try {
      const answer = await d.oauth.exchangeCode(code, verifier);
      await d.tokens.save(ZALO_TOKEN_KEY, pairFrom(answer, d.clock()));
      d.logger.info({ oaId: q.get('oa_id') ?? undefined }, 'zalo OA connected');
      sendText(res, 200, d.texts.connected);
    } catch (err) {
      d.logger.error({ platformCode: err instanceof ChannelSendError ? err.platformCode : undefined }, 'zalo code exchange failed');
      sendText(res, err instanceof ChannelSendError && err.kind === 'temporary' ? 502 : 400, d.texts.failed);
    }
  };
}
