import { randomUUID } from 'node:crypto';
import {
  EventBusError,
  MAX_EVENT_BYTES,
  type BusEvent,
  type DeliveredEvent,
  type EventBus,
  type EventHandler,
  type SubscribeOptions,
} from './ports/events';

interface Subscription {
  handler: EventHandler;
  topics?: Set<string>;
}

/**
 * The single-process EventBus (SQLite mode, tests): `publish` hands the event to this process's subscribers
 * and nothing else. The Cosmos bus reuses it for its local half (`deliver`).
 */
export class InProcessEventBus implements EventBus {
  readonly instanceId: string;
  private readonly subs = new Set<Subscription>();
  protected closed = false;

  constructor(
    options: { instanceId?: string; onError?: (err: unknown, event: DeliveredEvent) => void } = {},
  ) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.onError = options.onError ?? (() => undefined);
  }

  private readonly onError: (err: unknown, event: DeliveredEvent) => void;

  publish<T>(event: BusEvent<T>): Promise<DeliveredEvent<T>> {
    try {
      const delivered = this.envelope(event);
      this.deliver(delivered);
      return Promise.resolve(delivered);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  subscribe(handler: EventHandler, options: SubscribeOptions = {}): () => void {
    const sub: Subscription = { handler, ...(options.topics ? { topics: new Set(options.topics) } : {}) };
    this.subs.add(sub);
    return () => {
      this.subs.delete(sub);
    };
  }

  close(): Promise<void> {
    this.closed = true;
    this.subs.clear();
    return Promise.resolve();
  }

  /** Checks the event and stamps it with id, origin and time. Throws EventBusError. */
  protected envelope<T>(event: BusEvent<T>): DeliveredEvent<T> {
    if (this.closed) throw new EventBusError('the event bus is closed', event.topic);
    let json: string | undefined;
    try {
      json = JSON.stringify(event.data);
    } catch {
      throw new EventBusError('event data is not JSON-serialisable', event.topic);
    }
    if (json !== undefined && Buffer.byteLength(json) > MAX_EVENT_BYTES) {
      throw new EventBusError(`event data exceeds ${MAX_EVENT_BYTES} bytes`, event.topic);
    }
    return {
      topic: event.topic,
      ...(event.key !== undefined ? { key: event.key } : {}),
      // A JSON copy: subscribers see what a remote instance would see, never the publisher's live object.
      data: (json === undefined ? undefined : JSON.parse(json)) as T,
      id: randomUUID(),
      origin: this.instanceId,
      publishedAt: Date.now(),
    };
  }

  /** Hands an event to every matching subscriber of this process; a throwing handler does not stop the rest. */
  protected deliver(event: DeliveredEvent): void {
    for (const sub of [...this.subs]) {
      if (sub.topics && !sub.topics.has(event.topic)) continue;
      try {
        sub.handler(event);
      } catch (err) {
        this.onError(err, event);
      }
    }
  }
}
