import type { Response } from 'restify';
import { z } from 'zod';
import type { Console } from '../console';
import type { ConsoleContext } from '../console/router';
import type { Lang } from '../i18n';
import { sendError } from '../server/http-errors';
import type { ConsoleAccountStore } from '../storage/ports/console';
import type { CannedFile } from './canned';
import type { HandoffCore } from './core';
import { DeskError, type Desk } from './desk';
import { describeHours, describeOpening } from './notices';
import { OUTCOMES } from './outcomes';
import { openSse } from './sse';

/** Counselors run the queue. Staff and admins see no teen conversations (data minimisation). */
export const HANDOFF_ROLES = ['counselor'] as const;
export const HANDOFF_API = '/console/api/handoff';
const MAX_TEXT = 2000;

const transferBody = z.object({ to: z.string().min(1).max(100), note: z.string().trim().min(1).max(4000).optional() }).strict();
const textBody = z.object({ text: z.string().trim().min(1, 'text must not be empty').max(MAX_TEXT) }).strict();
const noteBody = z.object({ text: z.string().trim().min(1, 'text must not be empty').max(4000) }).strict();
const closeBody = z
  .object({ outcome: z.enum(OUTCOMES), message: z.string().trim().max(MAX_TEXT).optional(), askRating: z.boolean().default(true) })
  .strict();

export interface HandoffConsoleDeps {
  core: HandoffCore;
  desk: Desk;
  accounts: ConsoleAccountStore;
  canned: CannedFile;
}

function refuse(res: Response, err: unknown): unknown {
  if (err instanceof DeskError) {
    res.status(err.status);
    return { error: err.code, message: err.code, ...(err.holderName ? { holder: err.holderName } : {}) };
  }
  throw err;
}

/** Runs a desk action; a refused action answers its status with `{ error, holder? }` instead of throwing. */
const guarded =
  <B>(fn: (ctx: ConsoleContext<B>) => Promise<unknown>) =>
  async (ctx: ConsoleContext<B>): Promise<unknown> => {
    try {
      return await fn(ctx);
    } catch (err) {
      return refuse(ctx.res, err);
    }
  };

function officeInfo(core: HandoffCore) {
  const now = core.now();
  const next = core.hours.nextOpening(now);
  const describe = (lang: Lang) => {
    const t = core.i18n.getFixedT(lang);
    return { hours: describeHours(core.hours, t), ...(next ? { next: describeOpening(core.hours, next, t) } : {}) };
  };
  return { open: core.hours.isOpen(now), vi: describe('vi'), en: describe('en') };
}

/** The console feature: queue, conversation, live streams, actions. Pass to createHttpApp's consoleFeatures. */
export function registerHandoffConsole(console: Console, deps: HandoffConsoleDeps): void {
  const { core, desk } = deps;
  const r = console.router;
  const id = (ctx: ConsoleContext<unknown>) => ctx.params.id ?? '';

  r.add({
    method: 'GET',
    path: `${HANDOFF_API}/queue`,
    roles: HANDOFF_ROLES,
    handler: async () => ({
      tickets: await desk.queue(),
      online: core.hub.online().length,
      now: core.now().toISOString(),
      criticalAfterMs: core.criticalAfterMs,
      office: officeInfo(core),
      outcomes: OUTCOMES,
    }),
  });

  r.add({
    method: 'GET',
    path: `${HANDOFF_API}/events`,
    roles: HANDOFF_ROLES,
    handler: async ({ req, res, account }) => {
      const stream = openSse(req, res, async () => (await console.sessions.resolve(req)) !== undefined);
      const unsubscribe = core.hub.subscribeQueue(account.id, (e) => stream.send(e), () => stream.end());
      stream.send({ type: 'presence', online: core.hub.online().length });
      void stream.closed.then(unsubscribe);
    },
  });

  r.add({
    method: 'GET',
    path: `${HANDOFF_API}/tickets/:id`,
    roles: HANDOFF_ROLES,
    handler: guarded(async (ctx) => desk.open(id(ctx), ctx.account)),
  });

  r.add({
    method: 'GET',
    path: `${HANDOFF_API}/tickets/:id/events`,
    roles: HANDOFF_ROLES,
    handler: async (ctx) => {
      if (!(await core.tickets.get(id(ctx)))) return sendError(ctx.res, 404, 'not_found', 'no such ticket');
      await core.audit.record({ at: core.now().toISOString(), actorId: ctx.account.id, actorName: ctx.account.username, action: 'conversation.watch', target: id(ctx) });
      const stream = openSse(ctx.req, ctx.res, async () => (await console.sessions.resolve(ctx.req)) !== undefined);
      const unsubscribe = core.hub.subscribeConversation(id(ctx), ctx.account.id, (e) => stream.send(e), () => stream.end());
      void stream.closed.then(unsubscribe);
    },
  });

  const post = <B>(path: string, body: z.ZodType<B> | undefined, fn: (ctx: ConsoleContext<B>) => Promise<unknown>) =>
    r.add<B>({ method: 'POST', path: `${HANDOFF_API}/tickets/:id/${path}`, roles: HANDOFF_ROLES, ...(body ? { body } : {}), handler: guarded(fn) });

  post('claim', undefined, async (ctx) => ({ ticket: await desk.claim(id(ctx), ctx.account) }));
  post('release', undefined, async (ctx) => ({ ticket: await desk.release(id(ctx), ctx.account) }));
  post('transfer', transferBody, async (ctx) => ({ ticket: await desk.transfer(id(ctx), ctx.account, ctx.body.to, ctx.body.note) }));
  post('messages', textBody, async (ctx) => ({ message: await desk.reply(id(ctx), ctx.account, ctx.body.text) }));
  post('notes', noteBody, async (ctx) => ({ note: await desk.note(id(ctx), ctx.account, ctx.body.text) }));
  post('close', closeBody, async (ctx) => ({
    ticket: await desk.close(id(ctx), ctx.account, { outcome: ctx.body.outcome, askRating: ctx.body.askRating, ...(ctx.body.message ? { message: ctx.body.message } : {}) }),
  }));

  r.add({ method: 'GET', path: `${HANDOFF_API}/canned`, roles: HANDOFF_ROLES, handler: async () => deps.canned });

  r.add({
    method: 'GET',
    path: `${HANDOFF_API}/counselors`,
    roles: HANDOFF_ROLES,
    handler: async ({ account }) => {
      const online = new Set(core.hub.online());
      const list = (await deps.accounts.list()).filter((a) => a.role === 'counselor' && !a.disabled && a.id !== account.id);
      return { counselors: list.map((a) => ({ id: a.id, displayName: a.displayName, online: online.has(a.id) })) };
    },
  });
}
