/**
 * Cross-instance notifications. With one process (SQLite) every event stays in memory; with several app
 * instances on Cosmos DB an event published on instance A is delivered to the subscribers of every other
 * instance through the Cosmos change feed (src/storage/cosmos/events.ts), typically within a few hundred ms.
 *
 * Use it for "something changed, tell the consoles": a teen's message arrived in a handed-off chat, a ticket
 * was created, claimed, transferred or closed, an alert for the counselors. Typical wiring in the handoff
 * hub (src/handoff/events.ts):
 *
 * ```ts
 * // publishing side — instead of pushing to the local SSE streams directly:
 * await bus.publish({ topic: 'handoff.conversation', key: ticketId, data: event });
 * // at start-up — fan every event (local and remote) out to this instance's SSE streams:
 * const stop = bus.subscribe((e) => {
 *   if (e.topic === 'handoff.conversation') hub.deliverConversation(e.key!, e.data as ConversationEvent);
 * }, { topics: ['handoff.conversation', 'handoff.queue'] });
 * ```
 *
 * Delivery rules (the same on both implementations, tested in test/storage/conformance/events.ts):
 * - Every subscriber of every instance receives each event once, its own instance's events included (local
 *   delivery is immediate, in the `publish` call; remote delivery follows the change feed). So a publisher
 *   must NOT also deliver the event locally itself, or local consoles see it twice.
 * - Order is kept per publishing instance; events of different instances may interleave.
 * - Best effort, not durable: an instance only sees events published after it subscribed; a restarted
 *   instance does not replay missed ones. The stores stay the source of truth — after a reconnect a console
 *   reloads the queue and thread from the stores and uses events only for what happens next.
 *
 * WARNING: `data` must be JSON-serialisable and small (< 100 KB). On Cosmos it is written to the `events`
 * container and kept for EVENT_TTL_SECONDS only, in the same database as the transcripts; do not put anything
 * there that the transcript store would not keep (no names, no phone numbers).
 * WARNING: handlers run on the event loop; keep them quick and non-blocking. A throwing handler is isolated
 * (its error goes to the bus's `onError`) and does not stop delivery to the others.
 */
export interface BusEvent<T = unknown> {
  /** Dotted kind, e.g. `handoff.queue`, `handoff.conversation`, `ticket.created`. */
  topic: string;
  /** Routing key inside the topic (a ticket or conversation id), so subscribers can filter cheaply. */
  key?: string;
  data: T;
}

/** An event as a subscriber receives it. */
export interface DeliveredEvent<T = unknown> extends BusEvent<T> {
  /** Unique id of this event. */
  id: string;
  /** `instanceId` of the bus that published it. */
  origin: string;
  /** Epoch ms when it was published (publisher's clock). */
  publishedAt: number;
}

export interface SubscribeOptions {
  /** Only these topics (default: all). */
  topics?: string[];
}

export type EventHandler = (event: DeliveredEvent) => void;

/** Publish/subscribe between app instances. See the module comment for the delivery rules. */
export interface EventBus {
  /** Identifies this process among the instances (random per process unless configured). */
  readonly instanceId: string;
  /**
   * Delivers `event` to this instance's subscribers now, and to the other instances' subscribers through the
   * shared feed. Resolves once the event is durably in the feed (Cosmos) or delivered (in-process).
   */
  publish<T>(event: BusEvent<T>): Promise<DeliveredEvent<T>>;
  /** Registers a handler; returns the function that unregisters it. */
  subscribe(handler: EventHandler, options?: SubscribeOptions): () => void;
  /** Stops following the shared feed and drops every subscriber (shutdown). */
  close(): Promise<void>;
}

/** How long an event document stays in the Cosmos `events` container (the change feed reads it in < 1 s). */
export const EVENT_TTL_SECONDS = 600;
/** Largest serialised `data` accepted by `publish`, in bytes. */
export const MAX_EVENT_BYTES = 100_000;

/** `publish` refused an event (too large, not serialisable, bus closed). */
export class EventBusError extends Error {
  override readonly name = 'EventBusError';
  constructor(
    message: string,
    readonly topic: string,
  ) {
    super(message);
  }
}
