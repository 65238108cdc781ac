import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ChannelSendError, WindowClosedError, type SendErrorKind } from '../shared/errors';
import { NetworkError, requestJson } from '../shared/http';
import { CHANNEL } from './events';

/** A Zalo API answer with `error != 0` (delivered with HTTP 200, §2.7). */
export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ZaloApiError';
  }
}

const Envelope = z.object({
  error: z.number().optional(),
  message: z.string().optional(),
  data: z.object({ message_id: z.string().optional() }).optional(),
});

const TOKEN_CODES = new Set([-216, -220]);
const WINDOW_CODES = new Set([-230, -232]);
const UNAVAILABLE_CODES = new Set([-213, -217, -227, -244]);
const TEMPORARY_CODES = new Set([-234]);

/** Maps a Zalo `error` code (§2.7) to what the adapter should do about it. */
export function classifyZaloError(code: number): SendErrorKind {
  if (code === -32) return 'rate_limited';
  if (WINDOW_CODES.has(code)) return 'window_closed';
  if (TOKEN_CODES.has(code) || code === -223 || code === -242) return 'bad_token';
  if (UNAVAILABLE_CODES.has(code)) return 'user_unavailable';
  if (TEMPORARY_CODES.has(code)) return 'temporary';
  return 'rejected';
}

/** Turns a ZaloApiError into the shared send error. */
export function toSendError(err: ZaloApiError): ChannelSendError {
  const kind = classifyZaloError(err.code);
  const message = `zalo send failed: ${err.code}`;
  return kind === 'window_closed'
    ? new WindowClosedError(CHANNEL, String(err.code), message)
    : new ChannelSendError(CHANNEL, kind, String(err.code), message);
}

/** Zalo OA Open API: customer-service messages (v3.0), bare `access_token` header. */
export class ZaloApi {
  private readonly base: string;

  constructor(
    apiUrl: string,
    private readonly timeoutMs = 10_000,
  ) {
    this.base = apiUrl.replace(/\/+$/, '');
  }

  /** POST /v3.0/oa/message/cs; returns `data.message_id`. Throws ZaloApiError (error != 0) or ChannelSendError. */
  async sendCs(accessToken: string, body: object): Promise<string> {
    let res;
    try {
      res = await requestJson(`${this.base}/v3.0/oa/message/cs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', access_token: accessToken },
        body: JSON.stringify(body),
        timeoutMs: this.timeoutMs,
      });
    } catch (err) {
      if (err instanceof NetworkError) throw new ChannelSendError(CHANNEL, 'temporary', undefined, `zalo unreachable (${err.message})`);
      throw err;
    }
    if (res.status === 429) throw new ChannelSendError(CHANNEL, 'rate_limited', 'http_429', 'zalo rate limited');
    if (res.status >= 500) throw new ChannelSendError(CHANNEL, 'temporary', `http_${res.status}`, 'zalo server error');
    const env = Envelope.safeParse(res.json);
    if (!env.success) throw new ChannelSendError(CHANNEL, 'temporary', `http_${res.status}`, 'zalo answer not understood');
    const code = env.data.error ?? 0;
    if (code !== 0) throw new ZaloApiError(code, env.data.message ?? 'zalo error');
    return env.data.data?.message_id ?? '';
  }
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  expiresInMs: number;
}

const Seconds = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const Tokens = z.object({ access_token: z.string().min(1), refresh_token: z.string().min(1), expires_in: Seconds });
/** Flat `{access_token…}` per the official SDK, or wrapped in `data` as some integrations see it (§2.6). */
const TokenAnswer = z.union([Tokens, z.object({ data: Tokens })]);

/** Zalo OAuth v4 for an OA: code exchange and single-use, rotating refresh (`secret_key` header). */
export class ZaloOAuthClient {
  private readonly base: string;

  constructor(
    private readonly s: { oauthUrl: string; appId: string; appSecret: string; timeoutMs?: number },
  ) {
    this.base = s.oauthUrl.replace(/\/+$/, '');
  }

  /** The consent page an OA admin opens; Zalo redirects to `redirectUri` with `code` and `state`. */
  permissionUrl(redirectUri: string, state: string, codeChallenge: string): string {
    const q = new URLSearchParams({ app_id: this.s.appId, redirect_uri: redirectUri, code_challenge: codeChallenge, state });
    return `${this.base}/v4/oa/permission?${q.toString()}`;
  }

  refresh(refreshToken: string): Promise<TokenResponse> {
    return this.token({ refresh_token: refreshToken, app_id: this.s.appId, grant_type: 'refresh_token' });
  }

  exchangeCode(code: string, codeVerifier?: string): Promise<TokenResponse> {
    return this.token({
      code,
      app_id: this.s.appId,
      grant_type: 'authorization_code',
      ...(codeVerifier ? { code_verifier: codeVerifier } : {}),
    });
  }

  private async token(form: Record<string, string>): Promise<TokenResponse> {
    let res;
    try {
      res = await requestJson(`${this.base}/v4/oa/access_token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', secret_key: this.s.appSecret },
        body: new URLSearchParams(form).toString(),
        timeoutMs: this.s.timeoutMs ?? 10_000,
      });
    } catch (err) {
      throw new ChannelSendError(CHANNEL, 'temporary', undefined, `zalo oauth unreachable (${(err as Error).message})`);
    }
    const parsed = TokenAnswer.safeParse(res.json);
    if (!parsed.success) {
      const code = (res.json as { error?: unknown } | undefined)?.error;
      const platformCode = typeof code === 'number' || typeof code === 'string' ? String(code) : `http_${res.status}`;
      throw new ChannelSendError(CHANNEL, 'bad_token', platformCode, 'zalo token request refused');
    }
    const t = 'data' in parsed.data ? parsed.data.data : parsed.data;
    return { accessToken: t.access_token, refreshToken: t.refresh_token, expiresInMs: t.expires_in * 1000 };
  }
}

/** A PKCE pair (S256): the verifier stays with us, the challenge goes in the permission URL. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
