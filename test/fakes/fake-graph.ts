import { createHmac } from 'node:crypto';
import type http from 'node:http';
import { close, listen, readBody, sendJson, waitFor } from './http';

/** Graph error answers as documented (reference/channels.md §1.7), with their HTTP status. */
export const GRAPH_ERRORS = {
  window: { status: 400, error: { message: '(#10) This message is sent outside of allowed window.', type: 'OAuthException', code: 10, error_subcode: 2018278 } },
  unavailable: { status: 400, error: { message: "(#551) This person isn't available right now.", type: 'OAuthException', code: 551, error_subcode: 1545041 } },
  rate: { status: 400, error: { message: '(#613) Calls to this API have exceeded the rate limit.', type: 'OAuthException', code: 613 } },
  temporary: { status: 500, error: { message: 'Temporary send message failure. Please try again later', type: 'OAuthException', code: 1200 } },
  token: { status: 400, error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } },
  noUser: { status: 400, error: { message: 'No matching user found', type: 'OAuthException', code: 100, error_subcode: 2018001 } },
} as const;
export type GraphErrorName = keyof typeof GRAPH_ERRORS;

export interface GraphCall {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

/**
 * A loopback Graph API that behaves like the documented Send API: checks the token and appsecret_proof,
 * refuses what Graph refuses (missing messaging_type, sender_action with a message, text over 2000,
 * more than 13 quick replies, more than 3 buttons, a tag without MESSAGE_TAG), and plays scripted errors
 * per PSID.
 */
export class FakeGraph {
  readonly calls: GraphCall[] = [];
  readonly refused: { body: Record<string, unknown>; reason: string }[] = [];
  private readonly scripts = new Map<string, GraphErrorName[]>();
  private seq = 0;
  latencyMs = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly accessToken: string,
    private readonly appSecret: string,
  ) {}

  static async start(o: { accessToken: string; appSecret: string }): Promise<FakeGraph> {
    const holder: { self?: FakeGraph } = {};
    const { server, url } = await listen((req, res) => {
      void holder.self?.handle(req, res);
    });
    const self = new FakeGraph(server, url, o.accessToken, o.appSecret);
    holder.self = self;
    return self;
  }

  /** The next sends to `psid` fail with these errors, in order. */
  failNext(psid: string, ...errors: GraphErrorName[]): void {
    this.scripts.set(psid, [...(this.scripts.get(psid) ?? []), ...errors]);
  }

  /** Accepted /me/messages bodies (optionally for one PSID). */
  sent(psid?: string): Record<string, unknown>[] {
    return this.calls
      .filter((c) => c.path.endsWith('/me/messages') && (psid === undefined || (c.body.recipient as { id?: string })?.id === psid))
      .map((c) => c.body);
  }

  /** Texts of accepted messages to `psid`. */
  texts(psid?: string): string[] {
    return this.sent(psid)
      .map((b) => (b.message as { text?: string } | undefined)?.text)
      .filter((t): t is string => typeof t === 'string');
  }

  waitForSent(n: number, psid?: string, timeoutMs = 5000): Promise<boolean> {
    return waitFor(() => this.sent(psid).length >= n, timeoutMs);
  }

  close(): Promise<void> {
    return close(this.server);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    let body: Record<string, unknown>;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      sendJson(res, 400, { error: { message: 'Invalid JSON', code: 100 } });
      return;
    }
    const proof = createHmac('sha256', this.appSecret).update(this.accessToken).digest('hex');
    if (url.searchParams.get('access_token') !== this.accessToken || url.searchParams.get('appsecret_proof') !== proof) {
      sendJson(res, GRAPH_ERRORS.token.status, { error: GRAPH_ERRORS.token.error });
      return;
    }
    if (/^\/v\d+\.\d+\/me\/messenger_profile$/.test(url.pathname)) {
      this.calls.push({ path: url.pathname, query: url.searchParams, body });
      sendJson(res, 200, { result: 'success' });
      return;
    }
    if (!/^\/v\d+\.\d+\/me\/messages$/.test(url.pathname) || req.method !== 'POST') {
      sendJson(res, 404, { error: { message: 'Unknown path', code: 803 } });
      return;
    }
    this.messages(url, body, res);
  }

  private messages(url: URL, body: Record<string, unknown>, res: http.ServerResponse): void {
    const reason = validateSend(body);
    if (reason) {
      this.refused.push({ body, reason });
      sendJson(res, 400, { error: { message: `(#100) ${reason}`, type: 'OAuthException', code: 100 } });
      return;
    }
    const psid = (body.recipient as { id: string }).id;
    const script = this.scripts.get(psid);
    const next = script?.shift();
    if (next) {
      const e = GRAPH_ERRORS[next];
      sendJson(res, e.status, { error: { ...e.error, fbtrace_id: 'FAKE' } });
      return;
    }
    this.calls.push({ path: url.pathname, query: url.searchParams, body });
    this.seq += 1;
    sendJson(res, 200, body.sender_action ? { recipient_id: psid } : { recipient_id: psid, message_id: `m_fake_${this.seq}` });
  }
}

/** What the Send API refuses (reference/channels.md §1.5). Returns the reason, or undefined when valid. */
export function validateSend(body: Record<string, unknown>): string | undefined {
  const recipient = body.recipient as { id?: unknown } | undefined;
  if (typeof recipient?.id !== 'string') return 'recipient.id required';
  if (body.sender_action !== undefined) {
    const others = Object.keys(body).filter((k) => k !== 'recipient' && k !== 'sender_action');
    return others.length ? `sender_action cannot be sent with ${others.join(',')}` : undefined;
  }
  const type = body.messaging_type;
  if (type !== 'RESPONSE' && type !== 'UPDATE' && type !== 'MESSAGE_TAG') return 'messaging_type required';
  if ((type === 'MESSAGE_TAG') !== (body.tag !== undefined)) return 'tag requires messaging_type MESSAGE_TAG';
  const message = body.message as { text?: string; quick_replies?: unknown[]; attachment?: { payload?: { buttons?: unknown[]; text?: string } } } | undefined;
  if (!message) return 'message required';
  if (message.text !== undefined && message.text.length > 2000) return 'text longer than 2000';
  if (message.text === undefined && message.attachment === undefined) return 'text or attachment required';
  if ((message.quick_replies?.length ?? 0) > 13) return 'more than 13 quick replies';
  const buttons = message.attachment?.payload?.buttons;
  if (buttons && (buttons.length < 1 || buttons.length > 3)) return 'button template needs 1-3 buttons';
  if ((message.attachment?.payload?.text?.length ?? 0) > 640) return 'template text longer than 640';
  return undefined;
}
