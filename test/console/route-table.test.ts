import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ROLES, type ConsoleRole } from '../../src/storage/ports/console';
import { createAccount, signIn, type ConsoleClient } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
const clients = {} as Record<ConsoleRole, ConsoleClient>;

beforeAll(async () => {
  server = await startServer();
  for (const role of CONSOLE_ROLES) {
    const a = await createAccount(server.stores, role);
    clients[role] = await signIn(server.url, a.username);
  }
});
afterAll(async () => {
  await server.stop();
});

/** A concrete URL for a route path (`:id` → a made-up id). */
const concrete = (path: string) => path.replace(/:(\w+)/g, 'does-not-exist');

describe('every console API route enforces its roles', () => {
  it('has routes to check, and each names at least one role', () => {
    const routes = server.http.console.router.routes();
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const r of routes) expect(r.roles.length).toBeGreaterThan(0);
  });

  it('refuses a request without a session (401) on every route', async () => {
    for (const r of server.http.console.router.routes()) {
      const res = await fetch(`${server.url}${concrete(r.path)}`, { method: r.method, headers: { 'Content-Type': 'application/json' }, ...(r.method === 'GET' ? {} : { body: '{}' }) });
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
    }
  });

  it('refuses a forged or expired session cookie (401)', async () => {
    const r = server.http.console.router.routes().find((x) => x.method === 'GET')!;
    const res = await fetch(`${server.url}${concrete(r.path)}`, { headers: { Cookie: 'bdh_console=forged-session-id' } });
    expect(res.status).toBe(401);
  });

  it('refuses every role the route does not admit (403)', async () => {
    let checked = 0;
    for (const r of server.http.console.router.routes()) {
      for (const role of CONSOLE_ROLES.filter((x) => !r.roles.includes(x))) {
        const res = await clients[role].call(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
        expect(res.status, `${role} → ${r.method} ${r.path}`).toBe(403);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('refuses a state-changing request without the CSRF token (403), for a role it admits', async () => {
    for (const r of server.http.console.router.routes().filter((x) => x.method !== 'GET')) {
      const role = r.roles[0]!;
      const res = await clients[role].call(r.method, concrete(r.path), {}, { csrf: false });
      expect(res.status, `${r.method} ${r.path}`).toBe(403);
      expect(((await res.json()) as { error: string }).error).toBe('csrf');
    }
  });
});
