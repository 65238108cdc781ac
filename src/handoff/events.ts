import type { DeliveredEvent, EventBus } from '../storage/ports/events';
import type { ThreadAuthor, ThreadStatus } from '../storage/ports/tickets';

/** What the queue shows of a ticket. No message text: the queue stream goes to every online counselor. */
export interface TicketSummary {
  id: string;
  channel: string;
  lang: string;
  reason: string;
  level?: string;
  category?: string;
  priority: number;
  status: 'queued' | 'claimed' | 'closed';
  createdAt: string;
  /** When the priority was last raised; the critical wait counts from max(createdAt, raisedAt). */
  raisedAt?: string;
  claimedBy?: string;
  claimedByName?: string;
  claimedAt?: string;
  outcome?: string;
  locality?: string;
  /** Critical and unclaimed longer than CRITICAL_ALERT_AFTER_MINUTES: shown red. */
  overdue: boolean;
  critical: boolean;
  /** The counselor's reply window on the teen's channel. `null` times = no limit. */
  window: WindowState;
}

export interface WindowState {
  allowed: boolean;
  free: boolean;
  remainingMs: number | null;
  freeRemainingMs: number | null;
  /** Messenger between 24 h and 7 days: the reply goes out with HUMAN_AGENT (human-typed only). */
  humanAgentTag: boolean;
  reason?: string;
}

/** One line of a ticket's thread as the console shows it. */
export interface ThreadItem {
  seq: number;
  at: string;
  author: ThreadAuthor;
  counselorName?: string;
  text?: string;
  status: ThreadStatus;
  context: boolean;
  riskLevel?: string;
  /** For failed deliveries: the code, the platform's code, and what to do instead (console i18n keys). */
  failure?: { code: string; platformCode?: string };
}

export interface NoteItem {
  seq: number;
  at: string;
  authorName: string;
  text: string;
}

/** Why the console should get a counselor's attention. */
export type AlertKind = 'new' | 'raised' | 'overdue' | 'transfer' | 'risk_in_chat' | 'delivery_failed';

export interface ConsoleAlert {
  kind: AlertKind;
  ticketId: string;
  priority: number;
  level?: string;
  category?: string;
  channel: string;
  at: string;
  /** Only this counselor (transfers, failures and risk inside a claimed chat); otherwise everyone online. */
  to?: string;
}

export type QueueEvent =
  | { type: 'ticket'; ticket: TicketSummary }
  | { type: 'alert'; alert: ConsoleAlert }
  | { type: 'presence'; online: number };

export type ConversationEvent =
  | { type: 'message'; message: ThreadItem }
  | { type: 'note'; note: NoteItem }
  | { type: 'ticket'; ticket: TicketSummary };

interface Subscriber<E> {
  accountId: string;
  send: (event: E) => void;
  end: () => void;
}

/** Bus topics (src/storage/ports/events.ts). */
export const HANDOFF_TOPICS = { queue: 'handoff.queue', conversation: 'handoff.conversation', presence: 'handoff.presence' } as const;
/** Each instance re-announces which counselors it serves this often; silent instances drop out after the TTL. */
export const PRESENCE_HEARTBEAT_MS = 30_000;
export const PRESENCE_TTL_MS = 75_000;

/**
 * The event hub between the bot side (teen messages, new tickets) and the console's SSE streams. Queue events
 * reach every online counselor; conversation events only the streams opened on that ticket.
 *
 * With an EventBus (stores.events) every event goes through it, so a teen's message handled on one instance
 * reaches a counselor connected to another (Cosmos change feed); this instance delivers to its own streams
 * only what the bus hands back (never directly, or local consoles would see it twice). Presence — who has a
 * console open — is merged across instances from their announcements. Without a bus (unit tests) delivery is
 * local.
 */
export class HandoffHub {
  private readonly queue = new Set<Subscriber<QueueEvent>>();
  private readonly conversations = new Map<string, Set<Subscriber<ConversationEvent>>>();
  private readonly remote = new Map<string, { accounts: string[]; at: number }>();
  private readonly unsubscribeBus: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private lastOnline = 0;

  constructor(
    private readonly bus?: EventBus,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {
    this.unsubscribeBus = bus?.subscribe((e) => this.fromBus(e), { topics: Object.values(HANDOFF_TOPICS) });
  }

  private localAccounts(): string[] {
    return [...new Set([...this.queue].map((s) => s.accountId))];
  }

  /** Counselors with at least one console open, on any instance. */
  online(): string[] {
    const now = Date.now();
    const all = new Set(this.localAccounts());
    for (const [instance, p] of this.remote) {
      if (now - p.at > PRESENCE_TTL_MS) this.remote.delete(instance);
      else for (const a of p.accounts) all.add(a);
    }
    return [...all];
  }

  subscribeQueue(accountId: string, send: (e: QueueEvent) => void, end: () => void): () => void {
    const sub = { accountId, send, end };
    this.queue.add(sub);
    this.presenceChanged();
    return () => {
      if (this.queue.delete(sub)) this.presenceChanged();
    };
  }

  subscribeConversation(ticketId: string, accountId: string, send: (e: ConversationEvent) => void, end: () => void): () => void {
    const set = this.conversations.get(ticketId) ?? new Set();
    const sub = { accountId, send, end };
    set.add(sub);
    this.conversations.set(ticketId, set);
    return () => {
      set.delete(sub);
      if (set.size === 0) this.conversations.delete(ticketId);
    };
  }

  publishQueue(event: QueueEvent): void {
    if (!this.bus) return this.deliverQueue(event);
    this.bus.publish({ topic: HANDOFF_TOPICS.queue, data: event }).catch(this.onError);
  }

  publishConversation(ticketId: string, event: ConversationEvent): void {
    if (!this.bus) return this.deliverConversation(ticketId, event);
    this.bus.publish({ topic: HANDOFF_TOPICS.conversation, key: ticketId, data: event }).catch(this.onError);
  }

  private deliverQueue(event: QueueEvent): void {
    for (const s of [...this.queue]) {
      if (event.type === 'alert' && event.alert.to !== undefined && event.alert.to !== s.accountId) continue;
      s.send(event);
    }
  }

  private deliverConversation(ticketId: string, event: ConversationEvent): void {
    for (const s of [...(this.conversations.get(ticketId) ?? [])]) s.send(event);
  }

  private fromBus(e: DeliveredEvent): void {
    if (e.topic === HANDOFF_TOPICS.queue) this.deliverQueue(e.data as QueueEvent);
    else if (e.topic === HANDOFF_TOPICS.conversation && e.key) this.deliverConversation(e.key, e.data as ConversationEvent);
    else if (e.topic === HANDOFF_TOPICS.presence && e.origin !== this.bus?.instanceId) {
      this.remote.set(e.origin, { accounts: (e.data as { accounts: string[] }).accounts, at: Date.now() });
      this.tellPresence();
    }
  }

  /** This instance's consoles changed: tell its own streams, and the other instances. */
  private presenceChanged(): void {
    this.tellPresence();
    this.announce();
  }

  private announce(): void {
    this.bus?.publish({ topic: HANDOFF_TOPICS.presence, data: { accounts: this.localAccounts() } }).catch(this.onError);
  }

  private tellPresence(): void {
    const online = this.online().length;
    if (online === this.lastOnline && this.queue.size > 0) return;
    this.lastOnline = online;
    this.deliverQueue({ type: 'presence', online });
  }

  /** Starts the presence heartbeat (several instances). */
  start(): void {
    if (!this.bus || this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      this.announce();
      this.tellPresence();
    }, PRESENCE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Ends every stream (shutdown), so the HTTP server can close, and leaves the bus. */
  endAll(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    this.unsubscribeBus?.();
    for (const s of [...this.queue]) s.end();
    for (const set of [...this.conversations.values()]) for (const s of [...set]) s.end();
    this.queue.clear();
    this.conversations.clear();
  }
}
