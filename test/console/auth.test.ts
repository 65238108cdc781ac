import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_FAILURES_PER_USER } from '../../src/console/auth-routes';
import { createAccount, signIn } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const login = (username: string, password: string) =>
  fetch(`${server.url}/console/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('console sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and never returns the password hash', async () => {
    const a = await createAccount(server.stores, 'counselor');
    const res = await login(a.username, a.password);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bdh_console=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/console');
    const body = JSON.stringify(await res.json());
    expect(body).not.toContain('scrypt');
    // Only a hash of the session id is stored.
    const id = cookie.split(';')[0]!.split('=')[1]!;
    expect(JSON.stringify((server.stores as unknown as { db: { prepare(s: string): { all(): unknown[] } } }).db.prepare('SELECT * FROM console_sessions').all())).not.toContain(id);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const a = await createAccount(server.stores, 'staff');
    const wrong = await login(a.username, 'not the password at all');
    const unknown = await login('nobody-here', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it(`locks a username out after ${LOGIN_FAILURES_PER_USER} failures, even with the right password then`, async () => {
    const a = await createAccount(server.stores, 'staff');
    for (let i = 0; i < LOGIN_FAILURES_PER_USER; i++) expect((await login(a.username, 'wrong password ' + i)).status).toBe(401);
    const blocked = await login(a.username, a.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rejects malformed login bodies with 400', async () => {
    const res = await fetch(`${server.url}/console/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"username": 5}' });
    expect(res.status).toBe(400);
  });

  it('signing out ends the session', async () => {
    const a = await createAccount(server.stores, 'counselor');
    const c = await signIn(server.url, a.username);
    expect((await c.call('GET', '/console/api/me')).status).toBe(200);
    expect((await c.call('POST', '/console/api/logout')).status).toBe(200);
    expect((await c.call('GET', '/console/api/me')).status).toBe(401);
  });
});

describe('account administration', () => {
  it('an admin creates an account, a duplicate is refused, and disabling it ends its sessions', async () => {
    const admin = await signIn(server.url, (await createAccount(server.stores, 'admin')).username);
    const created = await admin.call('POST', '/console/api/accounts', { username: 'tvv.lan', displayName: 'Chị Lan', role: 'counselor', password: 'a long enough password' });
    expect(created.status).toBe(201);
    const { account } = (await created.json()) as { account: { id: string } };
    expect((await admin.call('POST', '/console/api/accounts', { username: 'TVV.LAN', displayName: 'x', role: 'staff', password: 'a long enough password' })).status).toBe(409);
    const lan = await signIn(server.url, 'tvv.lan', 'a long enough password');
    expect((await lan.call('GET', '/console/api/me')).status).toBe(200);
    expect((await admin.call('PATCH', `/console/api/accounts/${account.id}`, { disabled: true })).status).toBe(200);
    expect((await lan.call('GET', '/console/api/me')).status).toBe(401);
    expect((await login('tvv.lan', 'a long enough password')).status).toBe(401);
    const audit = (await (await admin.call('GET', '/console/api/audit')).json()) as { entries: { action: string }[] };
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['account.create', 'account.update', 'console.login']));
  });

  it('refuses a short password and unknown fields with 400, changing nothing', async () => {
    const admin = await signIn(server.url, (await createAccount(server.stores, 'admin')).username);
    const before = await server.stores.consoleAccounts.count();
    expect((await admin.call('POST', '/console/api/accounts', { username: 'short.pw', displayName: 'x', role: 'staff', password: 'short' })).status).toBe(400);
    expect((await admin.call('POST', '/console/api/accounts', { username: 'extra', displayName: 'x', role: 'staff', password: 'a long enough password', isRoot: true })).status).toBe(400);
    expect(await server.stores.consoleAccounts.count()).toBe(before);
  });

  it('an admin cannot lock themselves out', async () => {
    const a = await createAccount(server.stores, 'admin');
    const admin = await signIn(server.url, a.username);
    expect((await admin.call('PATCH', `/console/api/accounts/${a.id}`, { disabled: true })).status).toBe(409);
  });
});
