import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../logger';
import type { TranscriptStore } from '../../storage/ports/transcripts';
import { queryString, sendError } from '../../server/http-errors';
import type { WebAdapter } from './adapter';
import type { WebTokens } from './token';

/** Longest message a browser may send, in characters. */
export const WEB_MAX_TEXT = 2000;
const MAX_BODY_BYTES = 16 * 1024;
const HISTORY_LIMIT = 50;
const SSE_PING_MS = 25_000;

const sessionBody = z.object({ token: z.string().max(512).optional(), locale: z.string().max(20).optional() }).strict();
const messageBody = z
  .object({
    text: z.string().trim().min(1, 'text must not be empty').max(WEB_MAX_TEXT, `text must be at most ${WEB_MAX_TEXT} characters`),
    locale: z.string().max(20).optional(),
  })
  .strict();

export interface WebRouteDeps {
  adapter: WebAdapter;
  tokens: WebTokens;
  logic: (context: TurnContext) => Promise<void>;
  transcripts: TranscriptStore;
  logger: Logger;
  /** How a stored message is shown again after a reload: a button's payload becomes its title. */
  displayText?: (text: string, locale: string | undefined) => string;
}

function bearer(req: Request): string | undefined {
  const h = req.header('authorization');
  return h?.startsWith('Bearer ') ? h.slice('Bearer '.length).trim() : undefined;
}

function parse<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | undefined {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  sendError(res, 400, 'invalid_request', result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return undefined;
}

/** The web chat's JSON API: start or resume a session, send a message, stream proactive messages. */
export function registerWebRoutes(server: Server, deps: WebRouteDeps): void {
  const json = [restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true })];

  server.post('/web/session', ...json, async (req: Request, res: Response) => {
    const body = parse(sessionBody, req.body, res);
    if (!body) return;
    const resumed = deps.tokens.verify(body.token);
    if (resumed) {
      const history = await deps.transcripts.recent(resumed.conversationId, HISTORY_LIMIT);
      res.json({
        token: body.token,
        resumed: true,
        history: history
          .filter((h) => h.type === 'message' && h.text)
          .map((h) => ({
            from: h.direction === 'in' ? 'user' : 'bot',
            text: deps.displayText && h.text ? deps.displayText(h.text, body.locale) : h.text,
            timestamp: h.at,
          })),
      });
      return;
    }
    const session = { userId: `w-${randomUUID()}`, conversationId: `web-${randomUUID()}` };
    const activities = await deps.adapter.startConversation(session, body.locale ?? 'vi-VN', deps.logic);
    res.json({ token: deps.tokens.issue(session), resumed: false, activities });
  });

  server.post('/web/messages', ...json, async (req: Request, res: Response) => {
    const session = deps.tokens.verify(bearer(req));
    if (!session) return sendError(res, 401, 'unauthorized', 'missing or invalid session token');
    const body = parse(messageBody, req.body, res);
    if (!body) return;
    const activities = await deps.adapter.process(session, { type: 'message', text: body.text, ...(body.locale ? { locale: body.locale } : {}) }, deps.logic);
    res.json({ activities });
  });

  server.get('/web/events', async (req: Request, res: Response) => {
    const token = queryString(req, 'token');
    const session = deps.tokens.verify(token);
    if (!session) return sendError(res, 401, 'unauthorized', 'missing or invalid session token');
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = deps.adapter.subscribe(
      session.conversationId,
      (a) => res.write(`data: ${JSON.stringify(a)}\n\n`),
      () => res.end(),
    );
    const ping = setInterval(() => res.write(': ping\n\n'), SSE_PING_MS);
    req.on('close', () => {
      clearInterval(ping);
      unsubscribe();
    });
  });
}
