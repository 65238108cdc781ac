import { assembleChannel, channelContext, type ChannelHandle, type ChannelOptions } from '../shared/runtime';
import { ZaloApi, ZaloOAuthClient } from './api';
import { ZaloAdapter, ZaloTransport } from './adapter';
import { CHANNEL } from './events';
import type { ZaloBody } from './mapping';
import { ZaloTokenManager } from './tokens';
import { eventHandler, oauthCallbackHandler } from './webhook';

export { ZaloAdapter, ZaloTransport } from './adapter';
export { ZaloApi, ZaloOAuthClient, ZaloApiError, classifyZaloError, pkcePair } from './api';
export { ZaloTokenManager, ZALO_TOKEN_KEY, pairFrom } from './tokens';
export { verifyZaloSignature, signZalo } from './verify';
export { conversationIdOf, EVENT_CHAT_OPENED, EVENT_USER_SUBMITTED_INFO } from './mapping';

export const ZALO_WEBHOOK_PATH = '/webhooks/zalo';
export const ZALO_OAUTH_CALLBACK_PATH = '/webhooks/zalo/oauth/callback';

/** The ZALO_* settings (DESIGN.md). */
export interface ZaloSettings {
  appId: string;
  /** App secret: the `secret_key` header of token calls. */
  appSecret: string;
  /** OA secret key: the webhook signature key (a separate setting, §2.2). */
  oaSecretKey: string;
  /** First refresh token, used once while no pair is stored. */
  refreshToken?: string;
  apiUrl: string;
  oauthUrl: string;
}

export interface ZaloChannelOptions extends ChannelOptions {
  settings: ZaloSettings;
}

/** The Zalo channel handle; `tokens` exposes the token manager (status pages, tests). */
export interface ZaloChannelHandle extends ChannelHandle<ZaloAdapter> {
  tokens: ZaloTokenManager;
}

/** Builds the Zalo OA channel: `POST /webhooks/zalo`, the OAuth callback, the adapter and its workers. */
export function createZaloChannel(o: ZaloChannelOptions): ZaloChannelHandle {
  const { clock, logger } = channelContext(CHANNEL, o);
  const oauth = new ZaloOAuthClient({ oauthUrl: o.settings.oauthUrl, appId: o.settings.appId, appSecret: o.settings.appSecret });
  const tokens = new ZaloTokenManager({
    store: o.stores.tokens,
    oauth,
    clock,
    logger,
    ...(o.settings.refreshToken ? { initialRefreshToken: o.settings.refreshToken } : {}),
  });
  const transport = new ZaloTransport(new ZaloApi(o.settings.apiUrl), tokens, o.stores.contacts, logger);
  const { adapter, runtime, controls } = assembleChannel<ZaloBody, ZaloAdapter>(CHANNEL, o, {
    clock,
    logger,
    transport,
    adapter: (delivery) => new ZaloAdapter(delivery, logger, o.stores.contacts, o.i18n, clock),
  });
  const t = o.i18n.getFixedT('vi');
  return {
    name: CHANNEL,
    adapter,
    tokens,
    registerRoutes(server) {
      server.post(ZALO_WEBHOOK_PATH, eventHandler({
        appId: o.settings.appId,
        oaSecretKey: o.settings.oaSecretKey,
        inbox: o.stores.inbox,
        notify: () => runtime.inbox.notify(),
        logger,
        clock,
        ...(o.bodyLimitBytes !== undefined ? { bodyLimitBytes: o.bodyLimitBytes } : {}),
      }));
      server.get(ZALO_OAUTH_CALLBACK_PATH, oauthCallbackHandler({
        tokens: o.stores.tokens,
        oauth,
        logger,
        clock,
        texts: { connected: t('channels:zalo.connected'), failed: t('channels:zalo.connectFailed') },
      }));
    },
    ...controls,
  };
}
