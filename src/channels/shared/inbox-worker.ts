import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChannelInboxStore, InboxItem } from '../../storage/ports/channel-inbox';
import { sleep } from './http';

export const INBOX_DEFAULTS = {
  concurrency: 32,
  leaseMs: 60_000,
  pollMs: 1000,
  /** A message whose turn was interrupted this many times (it crashes the process?) is parked. */
  maxAttempts: 3,
  /** Dedupe keys are kept 72 h: Graph retries for up to 36 h, Zalo for up to 12 h (reference §1.4, §2.3). */
  seenRetentionMs: 72 * 60 * 60 * 1000,
  purgeEveryMs: 10 * 60 * 1000,
} as const;

export interface InboxWorkerOptions {
  store: ChannelInboxStore;
  channel: string;
  handle: (item: InboxItem) => Promise<void>;
  logger: Logger;
  clock: () => number;
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  maxAttempts?: number;
  seenRetentionMs?: number;
}

/**
 * Runs inbox items as turns: up to `concurrency` users at once, one item per user at a time, in arrival
 * order. Items are deleted only after their turn ends, so a crash leaves them to be re-run (at least once)
 * when their lease expires. Woken by `notify()` after each enqueue, and by a poll for leases of dead processes.
 */
export class InboxWorker {
  private readonly owner = randomUUID();
  private readonly inflight = new Map<number, Promise<void>>();
  /** Finished items not yet deleted: removed by the next claim's transaction. */
  private finished: number[] = [];
  private running = false;
  private pumping: Promise<void> | undefined;
  private again = false;
  private timers: NodeJS.Timeout[] = [];
  private lastPurge = 0;
  private readonly cfg;

  constructor(private readonly o: InboxWorkerOptions) {
    this.cfg = {
      concurrency: o.concurrency ?? INBOX_DEFAULTS.concurrency,
      leaseMs: o.leaseMs ?? INBOX_DEFAULTS.leaseMs,
      pollMs: o.pollMs ?? INBOX_DEFAULTS.pollMs,
      maxAttempts: o.maxAttempts ?? INBOX_DEFAULTS.maxAttempts,
      seenRetentionMs: o.seenRetentionMs ?? INBOX_DEFAULTS.seenRetentionMs,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.timers = [
      setInterval(() => this.tick(), this.cfg.pollMs),
      setInterval(() => void this.renewLeases(), Math.max(100, Math.floor(this.cfg.leaseMs / 3))),
    ];
    for (const t of this.timers) t.unref();
    this.notify();
  }

  /** Stops claiming and waits (up to `timeoutMs`) for turns in flight; unfinished items stay leased. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.running = false;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.pumping; // items it claims still start, and are waited for below
    const all = Promise.allSettled([...this.inflight.values()]);
    await Promise.race([all, sleep(timeoutMs)]);
    await this.flushFinished();
  }

  /** Something was enqueued: look for work now. */
  notify(): void {
    if (!this.running) {
      void this.flushFinished();
      return;
    }
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
    });
  }

  /** Resolves when no turn is running and nothing is waiting (tests and benchmarks). */
  async whenIdle(timeoutMs = 10_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.inflight.size === 0 && (await this.o.store.pending(this.o.channel)) === 0) return true;
      await sleep(5);
    }
    return false;
  }

  private tick(): void {
    this.notify();
    const now = this.o.clock();
    if (now - this.lastPurge < INBOX_DEFAULTS.purgeEveryMs) return;
    this.lastPurge = now;
    this.o.store.purgeSeen(now - this.cfg.seenRetentionMs).catch((err: unknown) => {
      this.o.logger.error({ err }, 'inbox purge failed');
    });
  }

  private async pump(): Promise<void> {
    try {
      do {
        this.again = false;
        const free = this.cfg.concurrency - this.inflight.size;
        if (free <= 0 && this.finished.length === 0) break;
        const done = this.finished;
        this.finished = [];
        let items: InboxItem[];
        try {
          items = await this.o.store.claim(this.o.channel, {
            limit: Math.max(0, free),
            now: this.o.clock(),
            leaseMs: this.cfg.leaseMs,
            owner: this.owner,
            done,
          });
        } catch (err) {
          this.finished.push(...done);
          throw err;
        }
        for (const item of items) this.run(item);
      } while (this.again && this.running);
    } catch (err) {
      this.o.logger.error({ err }, 'inbox claim failed');
    }
  }

  private run(item: InboxItem): void {
    const p = this.process(item).finally(() => {
      this.inflight.delete(item.id);
      this.notify();
    });
    this.inflight.set(item.id, p);
  }

  private async process(item: InboxItem): Promise<void> {
    const log = { inboxId: item.id, dedupeKey: item.dedupeKey, attempts: item.attempts };
    if (item.attempts > this.cfg.maxAttempts) {
      this.o.logger.error(log, 'inbox item parked after repeated interrupted turns');
    } else {
      try {
        await this.o.handle(item);
      } catch (err) {
        this.o.logger.error({ ...log, err }, 'turn failed');
      }
    }
    this.finished.push(item.id);
  }

  private async flushFinished(): Promise<void> {
    const ids = this.finished;
    this.finished = [];
    for (const id of ids) {
      try {
        await this.o.store.complete(id);
      } catch (err) {
        this.o.logger.error({ inboxId: id, err }, 'inbox complete failed');
      }
    }
  }

  private async renewLeases(): Promise<void> {
    if (this.inflight.size === 0) return;
    try {
      await this.o.store.renew([...this.inflight.keys()], this.owner, this.o.clock() + this.cfg.leaseMs);
    } catch (err) {
      this.o.logger.error({ err }, 'inbox lease renewal failed');
    }
  }
}
