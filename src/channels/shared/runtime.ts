import type { i18n as I18n } from 'i18next';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { DeliveryFailure } from '../../storage/ports/channel-failures';
import type { InboxItem } from '../../storage/ports/channel-inbox';
import { ReplyWindowPolicy } from '../reply-window';
import type { ChannelLogic } from './base-adapter';
import { Delivery, type ChannelTransport } from './delivery';
import type { ChannelStores } from './stores';
import { InboxWorker } from './inbox-worker';
import { OutboxWorker } from './outbox-worker';

/** Tuning knobs shared by both channels (defaults suit production; tests shorten them). */
export interface WorkerSettings {
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  outboxIntervalMs?: number;
}

/** The background side of a channel: the inbox worker (turns) and the outbox worker (retries). */
export class ChannelRuntime {
  readonly inbox: InboxWorker;
  readonly outbox: OutboxWorker;

  constructor(o: {
    channel: string;
    stores: ChannelStores;
    delivery: Delivery<unknown>;
    handle: (item: InboxItem) => Promise<void>;
    logger: Logger;
    clock: () => number;
    workers?: WorkerSettings;
  }) {
    const w = o.workers ?? {};
    this.inbox = new InboxWorker({
      store: o.stores.inbox,
      channel: o.channel,
      handle: o.handle,
      logger: o.logger,
      clock: o.clock,
      ...(w.concurrency !== undefined ? { concurrency: w.concurrency } : {}),
      ...(w.leaseMs !== undefined ? { leaseMs: w.leaseMs } : {}),
      ...(w.pollMs !== undefined ? { pollMs: w.pollMs } : {}),
    });
    this.outbox = new OutboxWorker({
      store: o.stores.outbox,
      delivery: o.delivery,
      logger: o.logger,
      clock: o.clock,
      ...(w.outboxIntervalMs !== undefined ? { intervalMs: w.outboxIntervalMs } : {}),
    });
  }

  start(): void {
    this.inbox.start();
    this.outbox.start();
  }

  /** Stops taking work and drains the turns in flight. */
  async stop(): Promise<void> {
    await this.inbox.stop();
    await this.outbox.stop();
  }
}

/** What a channel gives the server: the adapter (for `use(...)` and proactive sends), routes, lifecycle. */
export interface ChannelHandle<A> {
  /** 'messenger' | 'zalo' (the server's ChannelPlugin name). */
  name: string;
  adapter: A;
  registerRoutes(server: Server): void;
  /** Starts the inbox worker (turns) and the outbox retry loop. */
  start(): void;
  /** Stops taking work and drains the turns in flight. */
  stop(): Promise<void>;
  /** Resolves true once no turn runs and nothing waits in the inbox (tests, benchmarks). */
  whenIdle(timeoutMs?: number): Promise<boolean>;
}

/** What every platform channel takes besides its own settings. */
export interface ChannelOptions {
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

/** The channel's clock and its module logger (`channels:<name>`). */
export function channelContext(channel: string, o: Pick<ChannelOptions, 'clock' | 'logger'>): { clock: () => number; logger: Logger } {
  return { clock: o.clock ?? Date.now, logger: o.logger.child({ module: `channels:${channel}` }) };
}

/**
 * What both platform channels build the same way around their own transport and adapter: the delivery (window
 * policy, outbox, failure records), the adapter, and the workers that run turns from the durable inbox.
 */
export function assembleChannel<T, A extends { processItem(item: InboxItem, logic: ChannelLogic): Promise<void> }>(
  channel: string,
  o: ChannelOptions,
  parts: { clock: () => number; logger: Logger; transport: ChannelTransport<T>; adapter: (delivery: Delivery<T>) => A },
): { adapter: A; runtime: ChannelRuntime; controls: Pick<ChannelHandle<A>, 'start' | 'stop' | 'whenIdle'> } {
  const { clock, logger } = parts;
  const delivery = new Delivery<T>({
    transport: parts.transport,
    stores: o.stores,
    policy: o.policy ?? new ReplyWindowPolicy(),
    clock,
    logger,
    ...(o.onDeliveryFailure ? { onFailure: o.onDeliveryFailure } : {}),
  });
  const adapter = parts.adapter(delivery);
  const runtime = new ChannelRuntime({
    channel,
    stores: o.stores,
    delivery,
    handle: (item) => adapter.processItem(item, o.logic),
    logger,
    clock,
    ...(o.workers ? { workers: o.workers } : {}),
  });
  return {
    adapter,
    runtime,
    controls: {
      start: () => runtime.start(),
      stop: () => runtime.stop(),
      whenIdle: (timeoutMs) => runtime.inbox.whenIdle(timeoutMs),
    },
  };
}
