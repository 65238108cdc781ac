import type { IncomingMessage } from 'node:http';
import { readRawBody, RawBodyError } from '../shared/raw-body';
import { ackWebhook, sendText, type Handler, type InboxWebhookDeps } from '../shared/http';
import { extractEvents, WebhookBody } from './events';
import { handshakeChallenge, verifyHubSignature } from './verify';

const MAX_CHALLENGE = 512;

export interface MessengerWebhookDeps extends InboxWebhookDeps {
  verifyToken: string;
  appSecret: string;
}

/** GET /webhooks/messenger: the subscription handshake (200 + challenge, or 403). */
export function handshakeHandler(d: MessengerWebhookDeps): Handler {
  return async (req, res) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const challenge = handshakeChallenge(query, d.verifyToken);
    if (challenge === undefined || challenge.length > MAX_CHALLENGE) {
      d.logger.warn('messenger handshake refused');
      sendText(res, 403, 'Forbidden');
      return;
    }
    sendText(res, 200, challenge);
  };
}

async function accept(d: MessengerWebhookDeps, req: IncomingMessage): Promise<[number, number]> {
  let raw: Buffer;
  try {
    raw = await readRawBody(req, d.bodyLimitBytes !== undefined ? { limitBytes: d.bodyLimitBytes } : {});
  } catch (err) {
    return [err instanceof RawBodyError ? err.status : 400, 0];
  }
  if (!verifyHubSignature(raw, req.headers['x-hub-signature-256'], d.appSecret)) return [401, 0];
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return [400, 0];
  }
  const body = WebhookBody.safeParse(json);
  if (!body.success) return [400, 0];
  if (body.data.object !== 'page') return [200, 0];
  const now = d.clock();
  const { entries, skipped } = extractEvents(body.data, now);
  if (Object.keys(skipped).length) d.logger.debug({ skipped }, 'messenger events acknowledged without a turn');
  if (entries.length === 0) return [200, 0];
  try {
    return [200, await d.inbox.enqueue(entries, now)];
  } catch (err) {
    d.logger.error({ err }, 'messenger inbox write failed; the platform will redeliver');
    return [503, 0];
  }
}

/**
 * POST /webhooks/messenger: raw body → signature (401, no turn) → zod → durable inbox → 200. The turn runs
 * later, from the inbox worker, so the acknowledgement never waits for the bot (§1.4, Botkit's mistake).
 */
export function eventHandler(d: MessengerWebhookDeps): Handler {
  return ackWebhook('messenger', 'EVENT_RECEIVED', d, accept);
}
