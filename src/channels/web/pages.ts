import fs from 'node:fs';
import type { Request, Response, Server } from 'restify';
import type { i18n as I18n } from 'i18next';
import { toLang, type Lang } from '../../i18n';
import { projectPath } from '../../paths';
import { queryString } from '../../server/http-errors';

const PUBLIC = (file: string) => projectPath('src', 'channels', 'web', 'public', file);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON safe inside a <script type="application/json"> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

/** The language a page is shown in: `?lang=`, else the browser's Accept-Language, else Vietnamese. */
function pageLang(req: Request): Lang {
  const q = queryString(req, 'lang');
  if (q) return toLang(q);
  return toLang(req.header('accept-language')?.split(',')[0]);
}

export interface PageOptions {
  i18n: I18n;
  /** `frame-ancestors` for the chat page, from WEB_ALLOWED_ORIGINS. */
  frameAncestors: string;
}

/** Serves the try-it chat page at `/`, its script and style, and the embeddable `/widget.js`. */
export function registerWebPages(server: Server, opts: PageOptions): void {
  const template = fs.readFileSync(PUBLIC('index.html'), 'utf8');
  const script = fs.readFileSync(PUBLIC('chat.js'), 'utf8');
  const style = fs.readFileSync(PUBLIC('chat.css'), 'utf8');
  const vi = opts.i18n.getFixedT('vi');
  const en = opts.i18n.getFixedT('en');
  const widget = fill(fs.readFileSync(PUBLIC('widget.js'), 'utf8'), {
    openChatVi: vi('common:web.openChat'),
    openChatEn: en('common:web.openChat'),
    closeVi: vi('common:web.close'),
    closeEn: en('common:web.close'),
  });
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${opts.frameAncestors}; base-uri 'none'; form-action 'self'`;

  server.get('/', async (req: Request, res: Response) => {
    const lang = pageLang(req);
    const t = opts.i18n.getFixedT(lang);
    const strings = t('common:web', { returnObjects: true }) as Record<string, string>;
    const html = fill(template, {
      lang,
      title: escapeHtml(strings.title ?? ''),
      subtitle: escapeHtml(strings.subtitle ?? ''),
      placeholder: escapeHtml(strings.placeholder ?? ''),
      send: escapeHtml(strings.send ?? ''),
      typing: escapeHtml(strings.typing ?? ''),
      forget: escapeHtml(strings.forget ?? ''),
      bodyClass: queryString(req, 'embed') ? 'embed' : '',
      config: scriptJson({ locale: lang === 'en' ? 'en-US' : 'vi-VN', strings }),
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(html);
  });

  const asset = (body: string, type: string) => async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=300' });
    res.end(body);
  };
  server.get('/web/chat.js', asset(script, 'application/javascript; charset=utf-8'));
  server.get('/web/chat.css', asset(style, 'text/css; charset=utf-8'));
  server.get('/widget.js', asset(widget, 'application/javascript; charset=utf-8'));
}
