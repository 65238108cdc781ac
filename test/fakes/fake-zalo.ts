import { createHash } from 'node:crypto';
import type http from 'node:http';
import { close, listen, readBody, sendJson, waitFor } from './http';

export const ZALO_ERRORS = {
  token: { error: -216, message: 'Access token is invalid' },
  expired: { error: -220, message: 'Access token has expired or has been removed' },
  window: { error: -230, message: 'User has not interacted with the OA in the past 7 days' },
  rate: { error: -32, message: 'Your application/OA reached limit call api' },
  param: { error: -201, message: 'Parameters are invalid' },
  blocked: { error: -217, message: 'User has blocked invitation' },
} as const;
export type ZaloErrorName = keyof typeof ZALO_ERRORS;

export interface ZaloSend {
  token: string;
  body: { recipient: { user_id: string }; message: { text?: string; attachment?: { payload?: { buttons?: { title: string; type: string; payload: string }[] } } } };
}

/**
 * A loopback Zalo OA API + OAuth server that answers like the real one: HTTP 200 always, errors in the body;
 * the bare `access_token` header checked; single-use rotating refresh tokens (a reused one is refused);
 * `secret_key` checked; optional refusal of button templates (to exercise the numbered fallback).
 */
export class FakeZalo {
  readonly sends: ZaloSend[] = [];
  readonly tokenCalls: Record<string, string>[] = [];
  private readonly scripts = new Map<string, ZaloErrorName[]>();
  private readonly codes = new Map<string, string | undefined>();
  accessToken = 'AT0';
  refreshToken = 'RT0';
  rejectButtons = false;
  refreshDelayMs = 0;
  private gen = 0;
  private seq = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly appId: string,
    private readonly appSecret: string,
  ) {}

  static async start(o: { appId: string; appSecret: string }): Promise<FakeZalo> {
    const holder: { self?: FakeZalo } = {};
    const { server, url } = await listen((req, res) => {
      void holder.self?.handle(req, res);
    });
    const self = new FakeZalo(server, url, o.appId, o.appSecret);
    holder.self = self;
    return self;
  }

  failNext(userId: string, ...errors: ZaloErrorName[]): void {
    this.scripts.set(userId, [...(this.scripts.get(userId) ?? []), ...errors]);
  }

  /** Makes the current access token invalid (as after revocation or expiry). */
  revokeAccessToken(): void {
    this.accessToken = `revoked-${this.gen}`;
  }

  /** An authorization code the OAuth endpoint will accept once (optionally bound to a PKCE challenge). */
  issueCode(code: string, challenge?: string): void {
    this.codes.set(code, challenge);
  }

  refreshCalls(): number {
    return this.tokenCalls.filter((c) => c.grant_type === 'refresh_token').length;
  }

  texts(userId?: string): string[] {
    return this.sends
      .filter((s) => userId === undefined || s.body.recipient.user_id === userId)
      .map((s) => s.body.message.text)
      .filter((t): t is string => typeof t === 'string');
  }

  waitForSends(n: number, userId?: string, timeoutMs = 5000): Promise<boolean> {
    return waitFor(() => this.sends.filter((s) => userId === undefined || s.body.recipient.user_id === userId).length >= n, timeoutMs);
  }

  close(): Promise<void> {
    return close(this.server);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    if (url.pathname === '/v4/oa/access_token' && req.method === 'POST') {
      await this.token(req, raw, res);
      return;
    }
    if (url.pathname.startsWith('/v2.0/oa/message')) {
      sendJson(res, 200, { error: -240, message: 'MessageV2 API has been shut down' });
      return;
    }
    if (url.pathname === '/v3.0/oa/message/cs' && req.method === 'POST') {
      this.cs(req, raw, res);
      return;
    }
    sendJson(res, 200, { error: -210, message: 'API not found' });
  }

  private cs(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const token = req.headers.access_token;
    if (token !== this.accessToken) {
      sendJson(res, 200, ZALO_ERRORS.token);
      return;
    }
    let body: ZaloSend['body'];
    try {
      body = JSON.parse(raw) as ZaloSend['body'];
    } catch {
      sendJson(res, 200, ZALO_ERRORS.param);
      return;
    }
    const userId = body?.recipient?.user_id;
    const text = body?.message?.text;
    const buttons = body?.message?.attachment?.payload?.buttons;
    if (typeof userId !== 'string' || (text !== undefined && text.length > 2000) || (buttons && this.rejectButtons)) {
      sendJson(res, 200, ZALO_ERRORS.param);
      return;
    }
    const next = this.scripts.get(userId)?.shift();
    if (next) {
      sendJson(res, 200, ZALO_ERRORS[next]);
      return;
    }
    this.sends.push({ token, body });
    this.seq += 1;
    sendJson(res, 200, { error: 0, message: 'Success', data: { message_id: `zmsg${this.seq}`, user_id: userId } });
  }

  private async token(req: http.IncomingMessage, raw: string, res: http.ServerResponse): Promise<void> {
    const form = Object.fromEntries(new URLSearchParams(raw));
    this.tokenCalls.push(form);
    if (req.headers.secret_key !== this.appSecret || form.app_id !== this.appId) {
      sendJson(res, 200, { error: -14002, error_name: 'Invalid app secret' });
      return;
    }
    if (this.refreshDelayMs) await new Promise((r) => setTimeout(r, this.refreshDelayMs));
    if (form.grant_type === 'refresh_token') {
      if (form.refresh_token !== this.refreshToken) {
        sendJson(res, 200, { error: -14014, error_name: 'Invalid refresh token' });
        return;
      }
    } else if (form.grant_type === 'authorization_code') {
      const code = form.code ?? '';
      if (!this.codes.has(code)) {
        sendJson(res, 200, { error: -14019, error_name: 'Invalid authorization code' });
        return;
      }
      const challenge = this.codes.get(code);
      this.codes.delete(code);
      const verifierOk = challenge === undefined || createHash('sha256').update(form.code_verifier ?? '').digest('base64url') === challenge;
      if (!verifierOk) {
        sendJson(res, 200, { error: -14020, error_name: 'Invalid code verifier' });
        return;
      }
    } else {
      sendJson(res, 200, { error: -14001, error_name: 'Invalid grant type' });
      return;
    }
    this.gen += 1;
    this.accessToken = `AT${this.gen}`;
    this.refreshToken = `RT${this.gen}`;
    sendJson(res, 200, { access_token: this.accessToken, refresh_token: this.refreshToken, expires_in: '90000' });
  }
}
