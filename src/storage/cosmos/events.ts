import { ChangeFeedStartFrom, type ChangeFeedPullModelIterator, type Container } from '@azure/cosmos';
import { InProcessEventBus } from '../in-process-events';
import type { BusEvent, DeliveredEvent } from '../ports/events';
import { deleteWhere, queryAll, sql } from './support';

interface EventDoc extends DeliveredEvent {
  pk: string;
  type: 'event' | 'probe';
  /** Order of this bus's events (per publisher). */
  n: number;
  _ts?: number;
}

/**
 * How remote events are read. `changefeed`: the Cosmos change feed (Azure, the emulator). `poll`: a query on
 * the server's `_ts` every `pollMs` (for servers without a working change feed, such as
 * @vercel/cosmosdb-server). `auto` probes the change feed at start-up and falls back to `poll`.
 */
export type EventFeedMode = 'auto' | 'changefeed' | 'poll';

export interface CosmosEventBusOptions {
  instanceId?: string;
  feed?: EventFeedMode;
  /** Pause between empty reads of the feed (default 200 ms: remote delivery well under a second). */
  pollMs?: number;
  onError?: (err: unknown) => void;
}

const DEFAULT_POLL_MS = 200;
/** Poll mode: how far back (seconds of server time) each read looks, since `_ts` has one-second resolution. */
const POLL_OVERLAP_SECONDS = 2;
/** Poll mode only (no TTL on the local server): each instance deletes its own events older than this. */
const POLL_CLEANUP_AFTER_SECONDS = 120;
const PROBE_READS = 6;


/**
 * The cross-instance EventBus on Cosmos DB (container `events`, partitioned by publishing instance, TTL
 * EVENT_TTL_SECONDS). `publish` writes one small document and hands the event to this instance's
 * subscribers; a background reader follows the change feed (or polls) and hands other instances' events to
 * them. See src/storage/ports/events.ts for the delivery rules. Create with `CosmosEventBus.start`.
 */
export class CosmosEventBus extends InProcessEventBus {
  private n = 0;
  private loop: Promise<void> | undefined;
  private modeUsed: 'changefeed' | 'poll' = 'changefeed';
  private readonly pollMs: number;
  private readonly report: (err: unknown) => void;
  /** Ends the current pause early (close). */
  private wake: (() => void) | undefined;

  private constructor(
    private readonly container: Container,
    options: CosmosEventBusOptions,
  ) {
    super({ ...(options.instanceId ? { instanceId: options.instanceId } : {}), ...(options.onError ? { onError: options.onError } : {}) });
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.report = options.onError ?? (() => undefined);
  }

  /** Pins the feed's start (events published from now on), probes it when `auto`, and starts reading. */
  static async start(container: Container, options: CosmosEventBusOptions = {}): Promise<CosmosEventBus> {
    const bus = new CosmosEventBus(container, options);
    const mode = options.feed ?? 'auto';
    const iterator = container.items.getChangeFeedIterator<EventDoc>({ changeFeedStartFrom: ChangeFeedStartFrom.Now(), maxItemCount: 100 });
    if (mode !== 'poll') await iterator.readNext();
    const probeTs = await bus.writeProbe();
    if (mode === 'changefeed' || (mode === 'auto' && (await bus.feedDelivers(iterator)))) {
      bus.modeUsed = 'changefeed';
      bus.loop = bus.followChangeFeed(iterator);
    } else {
      bus.modeUsed = 'poll';
      bus.loop = bus.poll(probeTs);
    }
    return bus;
  }

  /** Which reader is running (for the start-up log and tests). */
  get mode(): 'changefeed' | 'poll' {
    return this.modeUsed;
  }

  override async publish<T>(event: BusEvent<T>): Promise<DeliveredEvent<T>> {
    const delivered = this.envelope(event);
    const doc: EventDoc = { ...delivered, pk: this.instanceId, type: 'event', n: (this.n += 1) };
    await this.container.items.create(doc);
    this.deliver(delivered);
    return delivered;
  }

  override async close(): Promise<void> {
    await super.close();
    this.wake?.();
    await this.loop;
  }

  /** A pause that `close()` cuts short, so shutdown never waits for a poll interval. */
  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Writes a probe document; returns its server `_ts` (the poll reader's starting point). */
  private async writeProbe(): Promise<number> {
    const { resource } = await this.container.items.create<EventDoc>({
      id: `probe-${this.instanceId}-${Date.now()}`,
      pk: this.instanceId,
      type: 'probe',
      topic: '',
      data: null,
      origin: this.instanceId,
      publishedAt: Date.now(),
      n: 0,
    });
    return resource?._ts ?? Math.floor(Date.now() / 1000);
  }

  private async feedDelivers(iterator: ChangeFeedPullModelIterator<EventDoc>): Promise<boolean> {
    for (let i = 0; i < PROBE_READS; i += 1) {
      const res = await iterator.readNext();
      if (res.result.some((d) => d.type === 'probe' && d.origin === this.instanceId)) return true;
      await this.sleep(50);
    }
    return false;
  }

  private handle(docs: EventDoc[]): void {
    for (const d of docs) {
      if (d.type !== 'event' || d.origin === this.instanceId || this.closed) continue;
      this.deliver({ topic: d.topic, ...(d.key !== undefined ? { key: d.key } : {}), data: d.data, id: d.id, origin: d.origin, publishedAt: d.publishedAt });
    }
  }

  private async followChangeFeed(iterator: ChangeFeedPullModelIterator<EventDoc>): Promise<void> {
    while (!this.closed) {
      try {
        const res = await iterator.readNext();
        this.handle(res.result);
        if (res.result.length === 0) await this.sleep(this.pollMs);
      } catch (err) {
        this.report(err);
        await this.sleep(this.pollMs * 5);
      }
    }
  }

  private async poll(startTs: number): Promise<void> {
    const seen = new Map<string, number>();
    let since = startTs;
    let lastCleanup = 0;
    while (!this.closed) {
      try {
        const docs = await queryAll<EventDoc>(this.container, sql("SELECT * FROM c WHERE c.type = 'event' AND c._ts >= @t", { t: since - POLL_OVERLAP_SECONDS }));
        const fresh = docs.filter((d) => !seen.has(d.id)).sort((a, b) => (a._ts ?? 0) - (b._ts ?? 0) || a.publishedAt - b.publishedAt || a.n - b.n);
        for (const d of fresh) seen.set(d.id, d._ts ?? since);
        this.handle(fresh);
        since = Math.max(since, ...docs.map((d) => d._ts ?? 0));
        for (const [id, ts] of seen) if (ts < since - POLL_OVERLAP_SECONDS - 1) seen.delete(id);
        if (since - lastCleanup > POLL_CLEANUP_AFTER_SECONDS / 4) {
          lastCleanup = since;
          await deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.pk = @me AND c._ts < @old', { me: this.instanceId, old: since - POLL_CLEANUP_AFTER_SECONDS }), this.instanceId);
        }
      } catch (err) {
        this.report(err);
      }
      await this.sleep(this.pollMs);
    }
  }
}
