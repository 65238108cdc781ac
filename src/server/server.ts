import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import type { BotApp } from '../bot/app';
import { WEB_CHANNEL_ID, WebAdapter } from '../channels/web/adapter';
import { registerWebPages } from '../channels/web/pages';
import { registerWebRoutes } from '../channels/web/routes';
import { WebTokens } from '../channels/web/token';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Stores } from '../storage';
import { createConsole, type Console } from '../console';
import type { RelayTarget } from '../handoff';
import { toLang } from '../i18n';
import { SAFETY_ACTIONS } from '../safety';
import { sendError } from './http-errors';

/** A channel (Messenger, Zalo…) plugged into the server: its routes and its background work. */
export interface ChannelPlugin {
  name: string;
  registerRoutes(server: Server): void;
  start(): Promise<void> | void;
  /** Stops taking work and waits for in-flight turns. */
  stop(): Promise<void>;
  /** The channel's adapter: counselors' replies go back through it (and its reply-window rule). */
  adapter?: RelayTarget['adapter'] & Pick<RelayTarget, 'windowFor'>;
}

export interface HttpApp {
  server: Server;
  console: Console;
  cloudAdapter: CloudAdapter;
  webAdapter: WebAdapter;
  /** Listens on PORT (or `port`, e.g. 0 for any free port in tests). */
  listen(port?: number): Promise<{ port: number }>;
  /** Stops accepting requests, lets in-flight turns finish, stops channels, closes storage. */
  shutdown(): Promise<void>;
}

export interface HttpDeps {
  config: Readonly<Config>;
  logger: Logger;
  i18n: I18n;
  app: BotApp;
  stores: Stores;
  channels?: ChannelPlugin[];
  /** Features that add console routes (queue, surveys…); each gets the console before it is mounted. */
  consoleFeatures?: ((console: Console) => void)[];
}

const MAX_BOT_BODY = 256 * 1024;

/** Safety-button payloads and the locale key of their titles. */
const SAFETY_BUTTON_TITLES: Record<string, string> = {
  [SAFETY_ACTIONS.COUNSELOR]: 'safety:actions.counselor',
  [SAFETY_ACTIONS.CONTINUE]: 'safety:actions.continue',
};

/** The web-chat signing secret: configured, or made once and kept in DATA_DIR so sessions survive restarts. */
function webSecret(config: Readonly<Config>): string {
  if (config.WEB_SESSION_SECRET) return config.WEB_SESSION_SECRET;
  const file = path.join(config.dataDir, 'web-session.secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function createHttpApp(deps: HttpDeps): HttpApp {
  const { config, logger, app, stores } = deps;
  const log = logger.child({ module: 'http' });
  const server = restify.createServer({ name: 'ban-dong-hanh', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.pre((req: Request, res: Response, next: restify.Next) => {
    res.setHeader('X-Request-Id', req.getId());
    next();
  });
  server.on('after', (req: Request, res: Response) => {
    log.info({ reqId: req.getId(), method: req.method, route: req.getRoute()?.path ?? 'unmatched', status: res.statusCode, ms: Date.now() - req.time() }, 'request');
  });
  server.on('restifyError', (req: Request, _res: Response, err: Error, cb: () => void) => {
    log.warn({ reqId: req.getId(), err: { name: err.name, message: err.message } }, 'request rejected');
    cb();
  });

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  let shuttingDown: Promise<void> | undefined;
  const cloudAdapter = app.attach(new CloudAdapter(auth));
  const webAdapter = app.attach(new WebAdapter(stores.events));
  // Counselors answer through the teen's own channel (issue 7): each adapter is a relay target.
  const relay = app.services.handoff.relay;
  relay.register(WEB_CHANNEL_ID, { adapter: webAdapter });
  relay.setFallback({ adapter: cloudAdapter, botAppId: config.MicrosoftAppId ?? '' });
  for (const channel of deps.channels ?? []) {
    const adapter = channel.adapter;
    const windowFor = adapter?.windowFor?.bind(adapter);
    if (adapter) relay.register(channel.name, { adapter, ...(windowFor ? { windowFor } : {}) });
  }

  server.post('/api/messages', restify.plugins.bodyParser({ maxBodySize: MAX_BOT_BODY, mapParams: false }), async (req: Request, res: Response) => {
    try {
      await cloudAdapter.process(req, res, app.logic);
    } catch (err) {
      log.error({ reqId: req.getId(), err }, '/api/messages failed');
      sendError(res, 500, 'internal', 'the turn could not be processed');
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    if (shuttingDown) return sendError(res, 503, 'shutting_down', 'the service is shutting down');
    try {
      await stores.ping();
      res.json({ status: 'ready', storage: stores.engine });
    } catch (err) {
      log.warn({ err }, 'storage not reachable');
      sendError(res, 503, 'not_ready', 'storage is not reachable');
    }
  });

  registerWebPages(server, { i18n: deps.i18n, frameAncestors: config.WEB_ALLOWED_ORIGINS.split(',').map((s) => s.trim()).join(' ') });
  registerWebRoutes(server, {
    adapter: webAdapter,
    tokens: new WebTokens(webSecret(config)),
    logic: app.logic,
    transcripts: stores.transcripts,
    logger,
    // The safety answer's buttons send payloads (safety:counselor…); a reloaded chat shows their titles.
    displayText: (text, locale) => {
      const key = SAFETY_BUTTON_TITLES[text];
      return key ? deps.i18n.getFixedT(toLang(locale))(key) : text;
    },
  });
  for (const channel of deps.channels ?? []) channel.registerRoutes(server);

  const consoleApp = createConsole({
    accounts: stores.consoleAccounts,
    sessionStore: stores.consoleSessions,
    audit: stores.audit,
    i18n: deps.i18n,
    logger,
    now: () => new Date(),
    secureCookies: config.PUBLIC_URL?.startsWith('https://') ?? false,
  });
  for (const feature of [app.services.handoff.consoleFeature, ...(deps.consoleFeatures ?? [])]) feature(consoleApp);
  consoleApp.mount(server);

  return {
    server,
    console: consoleApp,
    cloudAdapter,
    webAdapter,
    async listen(port = config.PORT) {
      await new Promise<void>((resolve) => {
        server.listen(port, config.HOST, () => resolve());
      });
      for (const channel of deps.channels ?? []) await channel.start();
      app.services.handoff.start();
      const address = server.address();
      return { port: typeof address === 'object' && address ? address.port : config.PORT };
    },
    shutdown() {
      shuttingDown ??= (async () => {
        // Ends the console's live streams and the handoff schedules first: open streams would keep close() waiting.
        await app.services.handoff.stop();
        webAdapter.closeStreams();
        // Stop accepting connections; requests already received finish. Keep-alive connections are closed
        // as soon as they fall idle, so the process does not wait for the clients' keep-alive timeout.
        const closed = new Promise<void>((resolve) => {
          server.close(() => resolve());
        });
        const sweep = setInterval(() => server.server.closeIdleConnections(), 50);
        try {
          await closed;
        } finally {
          clearInterval(sweep);
        }
        await webAdapter.drain();
        for (const channel of deps.channels ?? []) await channel.stop();
        await stores.close();
      })();
      return shuttingDown;
    },
  };
}
