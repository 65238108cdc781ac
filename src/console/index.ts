import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { i18n as I18n } from 'i18next';
import type { Logger } from '../logger';
import { projectPath } from '../paths';
import { queryString } from '../server/http-errors';
import type { AuditLogStore, ConsoleAccountStore, ConsoleSessionStore } from '../storage/ports/console';
import { toLang } from '../i18n';
import { registerAuthRoutes } from './auth-routes';
import { ConsoleRouter } from './router';
import { SessionManager } from './sessions';

export { ConsoleRouter, type ConsoleRoute, type ConsoleContext } from './router';

const PUBLIC_DIR = projectPath('src', 'console', 'public');
const FEATURES_DIR = path.join(PUBLIC_DIR, 'features');

export interface ConsoleDeps {
  accounts: ConsoleAccountStore;
  sessionStore: ConsoleSessionStore;
  audit: AuditLogStore;
  i18n: I18n;
  logger: Logger;
  now: () => Date;
  /** Mark cookies Secure (behind https). */
  secureCookies: boolean;
}

export interface Console {
  router: ConsoleRouter;
  sessions: SessionManager;
  /** Mounts the API routes and the pages; call after every feature has added its routes. */
  mount(server: Server): void;
}

/**
 * The web console for counselors, staff and admins: login with roles, the API route table every feature adds
 * to, and a single page whose views come from `public/features/*.js` (each registers itself with the shell).
 */
export function createConsole(deps: ConsoleDeps): Console {
  const sessions = new SessionManager(deps.accounts, deps.sessionStore, deps.now, deps.secureCookies);
  const router = new ConsoleRouter(sessions, deps.logger.child({ module: 'console' }));
  registerAuthRoutes(router, { ...deps, sessions });
  return {
    router,
    sessions,
    mount(server) {
      router.mount(server);
      mountPages(server, deps.i18n);
    },
  };
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The browser's strings: namespace `console` (the shell) merged with every `console-<feature>` namespace, so
 * each feature keeps its own locale file (`locales/vi/console-queue.json`) under its own top-level key.
 */
function consoleStrings(i18n: I18n, lang: 'vi' | 'en'): Record<string, unknown> {
  const namespaces = Object.keys((i18n.store.data[lang] ?? {}) as Record<string, unknown>).filter((ns) => ns === 'console' || ns.startsWith('console-')).sort();
  return Object.assign({}, ...namespaces.map((ns) => i18n.getResourceBundle(lang, ns) as Record<string, unknown>)) as Record<string, unknown>;
}

function mountPages(server: Server, i18n: I18n): void {
  const shell = fs.readFileSync(path.join(PUBLIC_DIR, 'index.html'), 'utf8');
  const features = fs.existsSync(FEATURES_DIR) ? fs.readdirSync(FEATURES_DIR).filter((f) => /^[a-z0-9-]+\.js$/.test(f)).sort() : [];
  const files = new Map<string, { body: string; type: string }>([
    ['app.js', { body: fs.readFileSync(path.join(PUBLIC_DIR, 'app.js'), 'utf8'), type: 'application/javascript; charset=utf-8' }],
    ['app.css', { body: fs.readFileSync(path.join(PUBLIC_DIR, 'app.css'), 'utf8'), type: 'text/css; charset=utf-8' }],
    ...features.map((f) => [`features/${f}`, { body: fs.readFileSync(path.join(FEATURES_DIR, f), 'utf8'), type: 'application/javascript; charset=utf-8' }] as const),
  ]);
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' };

  server.get('/console', async (req: Request, res: Response) => {
    const lang = toLang(queryString(req, 'lang') ?? req.header('accept-language')?.split(',')[0] ?? 'vi');
    const strings = { vi: consoleStrings(i18n, 'vi'), en: consoleStrings(i18n, 'en') };
    const html = shell
      .replace('{{lang}}', lang)
      .replace('{{title}}', escapeHtml(i18n.getFixedT(lang)('console:title')))
      .replace('{{scripts}}', features.map((f) => `<script src="/console/features/${f}" defer></script>`).join('\n'))
      .replace('{{config}}', JSON.stringify({ lang, strings }).replace(/</g, '\\u003c'));
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  const serve = (name: string) => async (_req: Request, res: Response) => {
    const file = files.get(name);
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
    res.end(file.body);
  };
  server.get('/console/app.js', serve('app.js'));
  server.get('/console/app.css', serve('app.css'));
  server.get('/console/features/:file', async (req: Request, res: Response) => serve(`features/${String((req.params as Record<string, unknown>).file)}`)(req, res));
}
