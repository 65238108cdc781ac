import type { Logger } from 'pino';
import type { ChannelOutboxStore } from '../../storage/ports/channel-outbox';
import type { Delivery } from './delivery';

export interface OutboxWorkerOptions {
  store: ChannelOutboxStore;
  delivery: Pick<Delivery<unknown>, 'retry' | 'channel'>;
  logger: Logger;
  clock: () => number;
  intervalMs?: number;
  batch?: number;
  /** How long a claimed retry is hidden from other workers (a crash mid-retry retries after this). */
  leaseMs?: number;
}

/** Retries parked messages: the due head of each conversation, a batch at a time, every `intervalMs`. */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<void> | undefined;

  constructor(private readonly o: OutboxWorkerOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.o.intervalMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.busy;
  }

  /** Runs one pass now unless one is running. */
  kick(): void {
    if (this.busy) return;
    this.busy = this.pass().finally(() => {
      this.busy = undefined;
    });
  }

  private async pass(): Promise<void> {
    try {
      for (;;) {
        const items = await this.o.store.claimDue(
          this.o.delivery.channel, this.o.clock(), this.o.batch ?? 16, this.o.leaseMs ?? 30_000,
        );
        if (items.length === 0) return;
        const sent = await Promise.all(items.map((i) => this.o.delivery.retry(i)));
        // Keep draining while retries succeed (the next message of a conversation is due at once).
        if (!sent.some(Boolean) || !this.timer) return;
      }
    } catch (err) {
      this.o.logger.error({ err }, 'outbox pass failed');
    }
  }
}
