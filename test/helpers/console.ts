import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/console/password';
import type { Stores } from '../../src/storage';
import type { ConsoleRole } from '../../src/storage/ports/console';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Creates a console account directly in storage. */
export async function createAccount(stores: Stores, role: ConsoleRole, username = `${role}-${randomUUID().slice(0, 8)}`): Promise<{ id: string; username: string; password: string }> {
  const now = new Date().toISOString();
  const id = randomUUID();
  await stores.consoleAccounts.create({ id, username, displayName: username, role, passwordHash: await hashPassword(TEST_PASSWORD), disabled: false, createdAt: now, updatedAt: now });
  return { id, username, password: TEST_PASSWORD };
}

export interface ConsoleClient {
  cookie: string;
  csrf: string;
  /** fetch with the session cookie and (unless `csrf: false`) the CSRF header. */
  call(method: string, path: string, body?: unknown, opts?: { csrf?: boolean }): Promise<Response>;
}

/** Signs in through the real login route and returns a client holding the session. */
export async function signIn(baseUrl: string, username: string, password = TEST_PASSWORD): Promise<ConsoleClient> {
  const res = await fetch(`${baseUrl}/console/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrf: csrfToken,
    call: (method, path, body, opts = {}) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          Cookie: cookie,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(opts.csrf === false ? {} : { 'X-CSRF-Token': csrfToken }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
