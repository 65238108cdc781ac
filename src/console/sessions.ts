import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';
import type { ConsoleAccount, ConsoleAccountStore, ConsoleSession, ConsoleSessionStore } from '../storage/ports/console';

export const SESSION_COOKIE = 'bdh_console';
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 4 * 60 * 60 * 1000;
/** …and after this long in any case (a counselor's working day). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Reads one cookie from the Cookie header. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.header('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export interface ActiveSession {
  session: ConsoleSession;
  account: ConsoleAccount;
}

/**
 * Console sessions: a random id in an HttpOnly, SameSite=Strict cookie (only its hash is stored), a CSRF token
 * bound to the session, idle and absolute expiry, and immediate revocation when an account is disabled.
 */
export class SessionManager {
  constructor(
    private readonly accounts: ConsoleAccountStore,
    private readonly sessions: ConsoleSessionStore,
    private readonly now: () => Date,
    private readonly secure: boolean,
  ) {}

  async open(account: ConsoleAccount): Promise<{ cookie: string; csrfToken: string }> {
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const at = this.now();
    await this.sessions.create({
      idHash: sha256(id),
      accountId: account.id,
      csrfToken,
      createdAt: at.toISOString(),
      lastSeen: at.toISOString(),
      expiresAt: new Date(at.getTime() + SESSION_IDLE_MS).toISOString(),
    });
    return { cookie: this.cookie(id, SESSION_ABSOLUTE_MS / 1000), csrfToken };
  }

  /** The live session a request carries, or undefined (missing, unknown, expired, or account disabled). */
  async resolve(req: Request): Promise<ActiveSession | undefined> {
    const id = readCookie(req, SESSION_COOKIE);
    if (!id || id.length > 100) return undefined;
    const idHash = sha256(id);
    const session = await this.sessions.get(idHash);
    if (!session) return undefined;
    const now = this.now();
    const absoluteEnd = new Date(session.createdAt).getTime() + SESSION_ABSOLUTE_MS;
    if (new Date(session.expiresAt).getTime() <= now.getTime() || absoluteEnd <= now.getTime()) {
      await this.sessions.delete(idHash);
      return undefined;
    }
    const account = await this.accounts.get(session.accountId);
    if (!account || account.disabled) {
      await this.sessions.delete(idHash);
      return undefined;
    }
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, absoluteEnd)).toISOString();
    await this.sessions.touch(idHash, now.toISOString(), expiresAt);
    return { session: { ...session, lastSeen: now.toISOString(), expiresAt }, account };
  }

  async close(req: Request): Promise<void> {
    const id = readCookie(req, SESSION_COOKIE);
    if (id) await this.sessions.delete(sha256(id));
  }

  /** The Set-Cookie value that removes the cookie. */
  clearCookie(): string {
    return this.cookie('', 0);
  }

  /** Whether a state-changing request carries the session's CSRF token. */
  static csrfValid(req: Request, session: ConsoleSession): boolean {
    const given = Buffer.from(req.header('x-csrf-token') ?? '');
    const expected = Buffer.from(session.csrfToken);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private cookie(value: string, maxAgeSeconds: number): string {
    return [`${SESSION_COOKIE}=${value}`, 'Path=/console', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(this.secure ? ['Secure'] : [])].join('; ');
  }
}
