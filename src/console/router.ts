import restify, { type Request, type Response, type Server } from 'restify';
import type { z } from 'zod';
import type { Logger } from '../logger';
import { sendError } from '../server/http-errors';
import type { ConsoleAccount, ConsoleRole, ConsoleSession } from '../storage/ports/console';
import { SessionManager, type ActiveSession } from './sessions';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ConsoleContext<B> {
  req: Request;
  res: Response;
  account: ConsoleAccount;
  session: ConsoleSession;
  body: B;
  params: Record<string, string>;
  query: Record<string, string>;
}

/**
 * One console API route. Every route names the roles it admits; the router enforces the session, the role and
 * (for anything but GET) the CSRF token before the handler runs, and validates the body with zod.
 * A handler's return value is sent as JSON; a handler that streams (export, SSE) writes to `res` itself.
 */
export interface ConsoleRoute<B = unknown> {
  method: Method;
  path: string;
  roles: readonly ConsoleRole[];
  body?: z.ZodType<B>;
  /** Largest request body in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  handler: (ctx: ConsoleContext<B>) => Promise<unknown>;
}

/** A route without a session (login). Kept apart so the route table test can check every other route. */
export interface PublicRoute {
  method: Method;
  path: string;
  handler: (req: Request, res: Response) => Promise<void>;
}

const DEFAULT_MAX_BODY = 64 * 1024;

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The console's API routes: the table the role test walks, and their mounting on the server. */
export class ConsoleRouter {
  private readonly table: ConsoleRoute<unknown>[] = [];
  private readonly publicTable: PublicRoute[] = [];

  constructor(
    private readonly sessions: SessionManager,
    private readonly logger: Logger,
  ) {}

  add<B>(route: ConsoleRoute<B>): void {
    if (route.roles.length === 0) throw new Error(`${route.method} ${route.path}: a console route must name its roles`);
    this.table.push(route as ConsoleRoute<unknown>);
  }

  addPublic(route: PublicRoute): void {
    this.publicTable.push(route);
  }

  /** Every authenticated route (for tests and for the docs). */
  routes(): readonly ConsoleRoute<unknown>[] {
    return this.table;
  }

  publicRoutes(): readonly PublicRoute[] {
    return this.publicTable;
  }

  mount(server: Server): void {
    for (const r of this.publicTable) {
      const parser = restify.plugins.bodyParser({ maxBodySize: 16 * 1024, mapParams: false });
      this.register(server, r.method, r.path, [parser, async (req: Request, res: Response) => r.handler(req, res)]);
    }
    for (const r of this.table) {
      const handlers: restify.RequestHandlerType[] = [];
      if (r.method !== 'GET') handlers.push(restify.plugins.bodyParser({ maxBodySize: r.maxBodyBytes ?? DEFAULT_MAX_BODY, mapParams: false }));
      handlers.push(async (req: Request, res: Response) => this.run(r, req, res));
      this.register(server, r.method, r.path, handlers);
    }
  }

  private register(server: Server, method: Method, path: string, handlers: restify.RequestHandlerType[]): void {
    if (method === 'GET') server.get(path, ...handlers);
    else if (method === 'POST') server.post(path, ...handlers);
    else if (method === 'PUT') server.put(path, ...handlers);
    else if (method === 'PATCH') server.patch(path, ...handlers);
    else server.del(path, ...handlers);
  }

  private async run(route: ConsoleRoute<unknown>, req: Request, res: Response): Promise<void> {
    const active: ActiveSession | undefined = await this.sessions.resolve(req);
    if (!active) return sendError(res, 401, 'unauthenticated', 'sign in first');
    if (!route.roles.includes(active.account.role)) return sendError(res, 403, 'forbidden', 'your role may not do this');
    if (route.method !== 'GET' && !SessionManager.csrfValid(req, active.session)) {
      return sendError(res, 403, 'csrf', 'missing or wrong X-CSRF-Token header');
    }
    let body: unknown = undefined;
    if (route.body) {
      const parsed = route.body.safeParse(req.body ?? {});
      if (!parsed.success) {
        return sendError(res, 400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      }
      body = parsed.data;
    }
    try {
      const result = await route.handler({
        req,
        res,
        account: active.account,
        session: active.session,
        body,
        params: stringRecord(req.params),
        query: stringRecord(req.query),
      });
      if (!res.headersSent && !res.writableEnded) res.json(result ?? { ok: true });
    } catch (err) {
      this.logger.error({ err, route: `${route.method} ${route.path}` }, 'console route failed');
      sendError(res, 500, 'internal', 'something went wrong');
    }
  }
}
