import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Logger } from 'pino';
import type { ChannelInboxStore } from '../../storage/ports/channel-inbox';

/** Answers with a short plain-text body, bypassing restify's formatters (the platforms ignore the body). */
export function sendText(res: ServerResponse, status: number, body = ''): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** A raw node:http handler (the webhooks read the raw body themselves, for the signature). */
export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What a channel's webhook needs to acknowledge a delivery: logging and waking the inbox worker. */
export interface WebhookAckDeps {
  logger: { error(obj: object, msg: string): void; warn(msg: string): void };
  notify: () => void;
}

/** What both platform webhooks share: the durable inbox they write before answering, and its worker's wake-up. */
export interface InboxWebhookDeps extends WebhookAckDeps {
  inbox: ChannelInboxStore;
  logger: Logger;
  clock: () => number;
  bodyLimitBytes?: number;
}

/**
 * The acknowledgement both platform webhooks share: run `accept` (verify, validate, write the durable inbox)
 * and answer with its status — never a crash, 500 only for an unexpected failure — then wake the inbox worker
 * when something was queued. The turn runs later, so the acknowledgement never waits for the bot.
 */
export function ackWebhook<D extends WebhookAckDeps>(
  channel: string,
  okBody: string,
  d: D,
  accept: (d: D, req: IncomingMessage) => Promise<[status: number, added: number]>,
): Handler {
  return async (req, res) => {
    let status: number;
    let added = 0;
    try {
      [status, added] = await accept(d, req);
    } catch (err) {
      d.logger.error({ err }, `${channel} webhook failed`);
      status = 500;
    }
    if (status === 401) d.logger.warn(`${channel} webhook with a bad or missing signature`);
    sendText(res, status, status === 200 ? okBody : '');
    if (added > 0) d.notify();
  };
}

export interface HttpResult {
  status: number;
  /** Parsed JSON, or undefined when the body was not JSON. */
  json: unknown;
}

/** The platform could not be reached (DNS, refused, reset, timeout). Always worth a retry later. */
export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * One HTTP call with a timeout over keep-alive sockets (node:http is several times cheaper per call than
 * fetch, which matters at hundreds of replies per second). Never throws on HTTP status, only on transport
 * failure (NetworkError).
 */
export function requestJson(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<HttpResult> {
  return new Promise<HttpResult>((resolve, reject) => {
    const target = new URL(url);
    const lib = target.protocol === 'https:' ? https : http;
    const agent = AGENTS[target.protocol as keyof typeof AGENTS];
    if (!agent) {
      reject(new NetworkError(`unsupported protocol ${target.protocol}`));
      return;
    }
    const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');
    const headers = { ...init.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) };
    const req = lib.request(target, { method: init.method, headers, agent, timeout: init.timeoutMs }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('error', (err) => reject(new NetworkError(err.name, { cause: err })));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: parseJson(Buffer.concat(parts).toString('utf8')) }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => reject(new NetworkError(err.message === 'timeout' ? 'TimeoutError' : err.name, { cause: err })));
    req.end(body);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Milliseconds to wait, resolved with a timer (never a busy loop). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
