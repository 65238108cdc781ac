/** An outbound platform message that could not be sent yet. `payload` is the channel's own JSON. */
export interface OutboxEntry {
  channel: string;
  conversationId: string;
  userId: string;
  payload: string;
  /** Typed by a counselor (Messenger HUMAN_AGENT rule and windows are re-checked at each attempt). */
  humanAgent: boolean;
  createdAt: number;
  nextAttemptAt: number;
  attempts: number;
  lastError?: string;
}

export interface OutboxItem extends OutboxEntry {
  id: number;
}

/**
 * Messages waiting for a retry (rate limits, platform outages). Retries keep each conversation's order:
 * only the oldest waiting message of a conversation is ever due, and while a conversation has waiting
 * messages, new ones queue behind them.
 */
export interface ChannelOutboxStore {
  add(entry: OutboxEntry): Promise<number>;
  /**
   * Returns up to `limit` due items (the oldest of each conversation, `nextAttemptAt <= now`) and pushes
   * their `nextAttemptAt` to `now + leaseMs`, so a crashed retry is tried again later, not lost.
   */
  claimDue(channel: string, now: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  hasPending(channel: string, conversationId: string): Promise<boolean>;
  reschedule(id: number, nextAttemptAt: number, attempts: number, lastError: string): Promise<void>;
  remove(id: number): Promise<void>;
  pending(channel: string): Promise<number>;
  /** For data-deletion requests: drops the user's unsent messages. Returns how many. */
  deleteByUser(userId: string): Promise<number>;
}
