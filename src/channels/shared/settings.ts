import type { Config } from '../../config';
import type { MessengerSettings } from '../messenger';
import type { ZaloSettings } from '../zalo';

/** The Messenger settings from the configuration, or undefined when the channel is not enabled. */
export function messengerSettingsFrom(config: Readonly<Config>): MessengerSettings | undefined {
  if (!config.channels.messenger) return undefined;
  return {
    verifyToken: config.MESSENGER_VERIFY_TOKEN ?? '',
    appSecret: config.MESSENGER_APP_SECRET ?? '',
    pageAccessToken: config.MESSENGER_PAGE_ACCESS_TOKEN ?? '',
    graphUrl: config.MESSENGER_GRAPH_URL,
    graphVersion: config.MESSENGER_GRAPH_VERSION,
  };
}

/** The Zalo settings from the configuration, or undefined when the channel is not enabled. */
export function zaloSettingsFrom(config: Readonly<Config>): ZaloSettings | undefined {
  if (!config.channels.zalo) return undefined;
  return {
    appId: config.ZALO_APP_ID ?? '',
    appSecret: config.ZALO_APP_SECRET ?? '',
    oaSecretKey: config.ZALO_OA_SECRET_KEY ?? '',
    ...(config.ZALO_REFRESH_TOKEN ? { refreshToken: config.ZALO_REFRESH_TOKEN } : {}),
    apiUrl: config.ZALO_API_URL,
    oauthUrl: config.ZALO_OAUTH_URL,
  };
}
