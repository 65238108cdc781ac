import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { sendError } from '../server/http-errors';
import { CONSOLE_ROLES, DuplicateUsernameError, type AuditLogStore, type ConsoleAccount, type ConsoleAccountStore, type ConsoleSessionStore } from '../storage/ports/console';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { FailureLimiter } from './rate-limit';
import type { ConsoleRouter } from './router';
import type { SessionManager } from './sessions';

/** Failed logins allowed per username and address, and per address alone, in the window. */
export const LOGIN_FAILURES_PER_USER = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 20;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

const loginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }).strict();
const password = z.string().superRefine((p, ctx) => {
  const problem = passwordProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const createBody = z
  .object({
    username: z.string().trim().min(3).max(64).regex(/^[a-zA-Z0-9._-]+$/, 'letters, digits, dot, dash, underscore'),
    displayName: z.string().trim().min(1).max(100),
    role: z.enum(CONSOLE_ROLES),
    password,
  })
  .strict();
const updateBody = z
  .object({ displayName: z.string().trim().min(1).max(100).optional(), role: z.enum(CONSOLE_ROLES).optional(), disabled: z.boolean().optional(), password: password.optional() })
  .strict();

/** What the browser may see of an account. */
export const publicAccount = (a: ConsoleAccount) => ({ id: a.id, username: a.username, displayName: a.displayName, role: a.role, disabled: a.disabled });

export interface AuthDeps {
  accounts: ConsoleAccountStore;
  sessionStore: ConsoleSessionStore;
  audit: AuditLogStore;
  sessions: SessionManager;
  now: () => Date;
}

function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Login, logout, "who am I", and the admin's account management. */
export function registerAuthRoutes(router: ConsoleRouter, deps: AuthDeps): void {
  const perUser = new FailureLimiter(LOGIN_FAILURES_PER_USER, LOGIN_WINDOW_MS, () => deps.now().getTime());
  const perAddress = new FailureLimiter(LOGIN_FAILURES_PER_ADDRESS, LOGIN_WINDOW_MS, () => deps.now().getTime());
  const at = () => deps.now().toISOString();

  router.addPublic({
    method: 'POST',
    path: '/console/api/login',
    handler: async (req: Request, res: Response) => {
      const parsed = loginBody.safeParse(req.body ?? {});
      if (!parsed.success) return sendError(res, 400, 'invalid_request', 'username and password are required');
      const { username, password: given } = parsed.data;
      const address = clientAddress(req);
      const userKey = `${username.toLowerCase()}|${address}`;
      const wait = Math.max(perUser.retryAfter(userKey), perAddress.retryAfter(address));
      if (wait > 0) {
        res.header('Retry-After', String(Math.ceil(wait / 1000)));
        return sendError(res, 429, 'too_many_attempts', 'too many failed sign-ins; try again later');
      }
      const account = await deps.accounts.findByUsername(username);
      const ok = await verifyPassword(given, account?.passwordHash ?? (await dummyHash()));
      if (!account || !ok || account.disabled) {
        perUser.fail(userKey);
        perAddress.fail(address);
        await deps.audit.record({ at: at(), action: 'console.login_failed', target: username.slice(0, 64) });
        return sendError(res, 401, 'invalid_credentials', 'wrong username or password');
      }
      perUser.reset(userKey);
      const { cookie, csrfToken } = await deps.sessions.open(account);
      await deps.audit.record({ at: at(), actorId: account.id, actorName: account.username, action: 'console.login' });
      res.header('Set-Cookie', cookie);
      res.json({ account: publicAccount(account), csrfToken });
    },
  });

  router.add({
    method: 'POST',
    path: '/console/api/logout',
    roles: CONSOLE_ROLES,
    handler: async ({ req, res, account }) => {
      await deps.sessions.close(req);
      await deps.audit.record({ at: at(), actorId: account.id, actorName: account.username, action: 'console.logout' });
      res.header('Set-Cookie', deps.sessions.clearCookie());
      return { ok: true };
    },
  });

  router.add({
    method: 'GET',
    path: '/console/api/me',
    roles: CONSOLE_ROLES,
    handler: async ({ account, session }) => ({ account: publicAccount(account), csrfToken: session.csrfToken }),
  });

  router.add({
    method: 'GET',
    path: '/console/api/accounts',
    roles: ['admin'],
    handler: async () => ({ accounts: (await deps.accounts.list()).map(publicAccount) }),
  });

  router.add({
    method: 'POST',
    path: '/console/api/accounts',
    roles: ['admin'],
    body: createBody,
    handler: async ({ body, account, res }) => {
      const now = at();
      const created: ConsoleAccount = {
        id: randomUUID(),
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        passwordHash: await hashPassword(body.password),
        disabled: false,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await deps.accounts.create(created);
      } catch (err) {
        if (err instanceof DuplicateUsernameError) return sendError(res, 409, 'username_taken', err.message);
        throw err;
      }
      await deps.audit.record({ at: now, actorId: account.id, actorName: account.username, action: 'account.create', target: created.id, details: { role: created.role } });
      res.status(201);
      return { account: publicAccount(created) };
    },
  });

  router.add({
    method: 'PATCH',
    path: '/console/api/accounts/:id',
    roles: ['admin'],
    body: updateBody,
    handler: async ({ body, params, account, res }) => {
      const id = params.id ?? '';
      if (id === account.id && (body.disabled === true || (body.role && body.role !== 'admin'))) {
        return sendError(res, 409, 'self_lockout', 'you cannot disable yourself or drop your own admin role');
      }
      const { password: newPassword, ...rest } = body;
      const updated = await deps.accounts.update(id, { ...rest, ...(newPassword ? { passwordHash: await hashPassword(newPassword) } : {}) }, at());
      if (!updated) return sendError(res, 404, 'not_found', 'no such account');
      if (body.disabled || newPassword || body.role) await deps.sessionStore.deleteByAccount(id);
      await deps.audit.record({ at: at(), actorId: account.id, actorName: account.username, action: 'account.update', target: id, details: { fields: Object.keys(body) } });
      return { account: publicAccount(updated) };
    },
  });

  router.add({
    method: 'GET',
    path: '/console/api/audit',
    roles: ['admin'],
    handler: async ({ query }) => ({ entries: await deps.audit.list({ ...(query.action ? { action: query.action } : {}), limit: 200 }) }),
  });
}
