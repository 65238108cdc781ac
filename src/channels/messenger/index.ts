import { assembleChannel, channelContext, type ChannelHandle, type ChannelOptions } from '../shared/runtime';
import { GraphApi } from './api';
import { MessengerAdapter, GraphTransport } from './adapter';
import { CHANNEL } from './events';
import type { GraphBody } from './mapping';
import { eventHandler, handshakeHandler } from './webhook';

export { MessengerAdapter, GraphTransport } from './adapter';
export { GraphApi, classifyGraphError } from './api';
export { verifyHubSignature, signHub, handshakeChallenge } from './verify';
export { GET_STARTED_PAYLOAD, conversationIdOf } from './mapping';

export const MESSENGER_WEBHOOK_PATH = '/webhooks/messenger';

/** The MESSENGER_* settings (DESIGN.md). */
export interface MessengerSettings {
  verifyToken: string;
  appSecret: string;
  pageAccessToken: string;
  graphUrl: string;
  graphVersion: string;
}

export interface MessengerChannelOptions extends ChannelOptions {
  settings: MessengerSettings;
}

/** Builds the Messenger channel: `GET`+`POST /webhooks/messenger`, the adapter, and its workers. */
export function createMessengerChannel(o: MessengerChannelOptions): ChannelHandle<MessengerAdapter> {
  const { clock, logger } = channelContext(CHANNEL, o);
  const { adapter, runtime, controls } = assembleChannel<GraphBody, MessengerAdapter>(CHANNEL, o, {
    clock,
    logger,
    transport: new GraphTransport(new GraphApi(o.settings)),
    adapter: (delivery) => new MessengerAdapter(delivery, logger, o.stores.contacts, o.i18n, clock),
  });
  const deps = {
    verifyToken: o.settings.verifyToken,
    appSecret: o.settings.appSecret,
    inbox: o.stores.inbox,
    notify: () => runtime.inbox.notify(),
    logger,
    clock,
    ...(o.bodyLimitBytes !== undefined ? { bodyLimitBytes: o.bodyLimitBytes } : {}),
  };
  return {
    name: CHANNEL,
    adapter,
    registerRoutes(server) {
      server.get(MESSENGER_WEBHOOK_PATH, handshakeHandler(deps));
      server.post(MESSENGER_WEBHOOK_PATH, eventHandler(deps));
    },
    ...controls,
  };
}
