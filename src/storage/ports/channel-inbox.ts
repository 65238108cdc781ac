/** A verified webhook event waiting for its turn. `payload` is the platform event as JSON text. */
export interface InboxEntry {
  channel: string;
  /** The platform user the event belongs to: events of one user run one at a time, in arrival order. */
  userKey: string;
  /** Platform message id (Messenger `mid`, Zalo `msg_id`) or a stable fallback; one turn per key. */
  dedupeKey: string;
  payload: string;
  receivedAt: number;
}

/** A leased inbox item. `attempts` counts claims, so a message that keeps crashing the process can be parked. */
export interface InboxItem extends InboxEntry {
  id: number;
  attempts: number;
}

export interface ClaimOptions {
  limit: number;
  now: number;
  leaseMs: number;
  owner: string;
  /** Finished items to remove in the same atomic write first (one commit instead of one per turn). */
  done?: number[];
}

/**
 * The durable inbox behind "acknowledge first, process later": the webhook handler stores events here
 * and answers 200 only after the write commits, so a crash after the acknowledgement loses nothing.
 * Workers lease at most one item per user (that user's oldest), which keeps each user's turns in order.
 */
export interface ChannelInboxStore {
  /**
   * Stores the entries not seen before (by channel + dedupeKey) in one atomic write, in array order.
   * Returns how many were new. Duplicates inside one call count once.
   */
  enqueue(entries: InboxEntry[], now: number): Promise<number>;
  /** Leases up to `limit` items: for each user with nothing leased, their oldest item. Oldest users first. */
  claim(channel: string, opts: ClaimOptions): Promise<InboxItem[]>;
  /** Extends the lease of items still being processed. */
  renew(ids: number[], owner: string, until: number): Promise<void>;
  /** Removes a finished item (its dedupe key stays until `purgeSeen`). */
  complete(id: number): Promise<void>;
  /** Items not yet completed (leased or not). */
  pending(channel: string): Promise<number>;
  /** Forgets dedupe keys first seen before `before`; returns how many. */
  purgeSeen(before: number): Promise<number>;
}
