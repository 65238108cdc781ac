import type { i18n as I18n } from 'i18next';
import type { Logger } from 'pino';
import type { DeliveryFailure } from '../../storage/ports/channel-failures';
import { ReplyWindowPolicy } from '../reply-window';
import type { ChannelLogic } from '../shared/base-adapter';
import { Delivery } from '../shared/delivery';
import { ChannelRuntime, type ChannelHandle, type WorkerSettings } from '../shared/runtime';
import type { ChannelStores } from '../shared/stores';
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

export interface MessengerChannelOptions {
  settings: MessengerSettings;
  stores: ChannelStores;
  /** The bot's turn handler: `(ctx) => bot.run(ctx)`. */
  logic: ChannelLogic;
  logger: Logger;
  i18n: I18n;
  clock?: () => number;
  policy?: ReplyWindowPolicy;
  workers?: WorkerSettings;
  /** Called after a failure is recorded (e.g. to alert the counselor at once). */
  onDeliveryFailure?: (failure: DeliveryFailure) => void;
  bodyLimitBytes?: number;
}

/** Builds the Messenger channel: `GET`+`POST /webhooks/messenger`, the adapter, and its workers. */
export function createMessengerChannel(o: MessengerChannelOptions): ChannelHandle<MessengerAdapter> {
  const clock = o.clock ?? Date.now;
  const logger = o.logger.child({ module: `channels:${CHANNEL}` });
  const api = new GraphApi(o.settings);
  const delivery = new Delivery<GraphBody>({
    transport: new GraphTransport(api),
    stores: o.stores,
    policy: o.policy ?? new ReplyWindowPolicy(),
    clock,
    logger,
    ...(o.onDeliveryFailure ? { onFailure: o.onDeliveryFailure } : {}),
  });
  const adapter = new MessengerAdapter(delivery, logger, o.stores.contacts, o.i18n, clock);
  const runtime = new ChannelRuntime({
    channel: CHANNEL,
    stores: o.stores,
    delivery,
    handle: (item) => adapter.processItem(item, o.logic),
    logger,
    clock,
    ...(o.workers ? { workers: o.workers } : {}),
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
    start: () => runtime.start(),
    stop: () => runtime.stop(),
    whenIdle: (timeoutMs) => runtime.inbox.whenIdle(timeoutMs),
  };
}
