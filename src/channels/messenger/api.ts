import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ChannelSendError, WindowClosedError, type SendErrorKind } from '../shared/errors';
import { NetworkError, requestJson } from '../shared/http';
import { CHANNEL } from './events';

export interface GraphSettings {
  /** e.g. https://graph.facebook.com (a loopback fake in tests). */
  graphUrl: string;
  /** e.g. v24.0 (a bare "24.0" gets its "v"). */
  graphVersion: string;
  pageAccessToken: string;
  appSecret: string;
  timeoutMs?: number;
}

const GraphError = z.object({
  error: z.object({
    message: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
  }),
});
const SendOk = z.object({ message_id: z.string().optional(), recipient_id: z.string().optional() });

const WINDOW_SUBCODES = new Set([2018278, 2018065]);
const RATE_CODES = new Set([4, 17, 32, 613]);
const TEMPORARY_CODES = new Set([1, 2, 1200]);
const TOKEN_CODES = new Set([102, 190, 463, 467]);

/** Maps a Graph error (reference/channels.md §1.7) to what the adapter should do about it. */
export function classifyGraphError(status: number, code: number | undefined, subcode: number | undefined): SendErrorKind {
  if (code === 10 && subcode !== undefined && WINDOW_SUBCODES.has(subcode)) return 'window_closed';
  if (code === 551 || (code === 100 && subcode === 2018001)) return 'user_unavailable';
  if (code !== undefined && RATE_CODES.has(code)) return 'rate_limited';
  if (code !== undefined && TOKEN_CODES.has(code)) return 'bad_token';
  if (code !== undefined && TEMPORARY_CODES.has(code)) return 'temporary';
  if (status === 429) return 'rate_limited';
  if (status >= 500 || code === undefined) return 'temporary';
  return 'rejected';
}

/** A thin Graph API client for the Send API and the Messenger Profile API, with `appsecret_proof`. */
export class GraphApi {
  private readonly base: string;
  private readonly auth: string;
  private readonly timeoutMs: number;

  constructor(s: GraphSettings) {
    const version = s.graphVersion.startsWith('v') ? s.graphVersion : `v${s.graphVersion}`;
    this.base = `${s.graphUrl.replace(/\/+$/, '')}/${version}`;
    const proof = createHmac('sha256', s.appSecret).update(s.pageAccessToken).digest('hex');
    this.auth = `access_token=${encodeURIComponent(s.pageAccessToken)}&appsecret_proof=${proof}`;
    this.timeoutMs = s.timeoutMs ?? 10_000;
  }

  /** POST /me/messages; returns the platform message id. Throws ChannelSendError. */
  async sendMessage(body: object): Promise<string> {
    const json = await this.call('POST', '/me/messages', body);
    const ok = SendOk.safeParse(json);
    return ok.success ? (ok.data.message_id ?? '') : '';
  }

  /** POST /me/messenger_profile (Get Started, greeting, persistent menu). Throws ChannelSendError. */
  async setMessengerProfile(body: object): Promise<void> {
    await this.call('POST', '/me/messenger_profile', body);
  }

  private async call(method: string, path: string, body: object): Promise<unknown> {
    let res;
    try {
      res = await requestJson(`${this.base}${path}?${this.auth}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        timeoutMs: this.timeoutMs,
      });
    } catch (err) {
      if (err instanceof NetworkError) throw new ChannelSendError(CHANNEL, 'temporary', undefined, `graph unreachable (${err.message})`);
      throw err;
    }
    if (res.status >= 200 && res.status < 300) return res.json;
    const parsed = GraphError.safeParse(res.json);
    const code = parsed.success ? parsed.data.error.code : undefined;
    const subcode = parsed.success ? parsed.data.error.error_subcode : undefined;
    const kind = classifyGraphError(res.status, code, subcode);
    const platformCode = code === undefined ? `http_${res.status}` : subcode === undefined ? String(code) : `${code}/${subcode}`;
    const message = `graph ${path} failed: ${platformCode}`;
    if (kind === 'window_closed') throw new WindowClosedError(CHANNEL, platformCode, message);
    throw new ChannelSendError(CHANNEL, kind, platformCode, message);
  }
}
