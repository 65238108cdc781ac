import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { InboxItem } from '../../storage/ports/channel-inbox';
import type { ChannelStores } from './stores';
import type { Delivery } from './delivery';
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
