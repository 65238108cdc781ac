/**
 * Why a message did not reach the user.
 * - `window_closed`: outside the platform's reply window (Messenger 24 h / 7 d human, Zalo 7 d).
 * - `user_unavailable`: blocked the Page/OA, deactivated, unknown id.
 * - `rate_limited` / `temporary`: given up after retries (see `gave_up`).
 * - `bad_token`: page token or OA token invalid, or the OA was never connected.
 * - `rejected`: the platform refused the payload.
 * - `gave_up`: retryable failures did not clear within the retry budget.
 */
export type DeliveryFailureCode = 'window_closed' | 'user_unavailable' | 'bad_token' | 'rejected' | 'gave_up';

/** One message that could not be delivered, for the handoff layer (alert the counselor) and the console. */
export interface DeliveryFailure {
  channel: string;
  conversationId: string;
  userId: string;
  /** ISO 8601. */
  at: string;
  code: DeliveryFailureCode;
  /** i18n key (namespace `channels`) explaining the failure to staff, e.g. `channels:failure.window_closed`. */
  reasonKey: string;
  /** The platform's own error code (Graph `code/subcode`, Zalo `error`), when there was one. */
  platformCode?: string;
  /** True when a counselor typed the message. */
  humanAgent: boolean;
}

/** Recorded delivery failures. Read by the handoff layer; pruned by retention. */
export interface ChannelFailureStore {
  record(failure: DeliveryFailure): Promise<void>;
  /** Failures of one conversation, oldest first, optionally only those at or after `since` (ISO). */
  listForConversation(conversationId: string, since?: string): Promise<DeliveryFailure[]>;
  /** Failures at or after `since` (ISO), oldest first, at most `limit`. */
  listSince(since: string, limit: number): Promise<DeliveryFailure[]>;
  deleteByUser(userId: string): Promise<number>;
  purgeBefore(before: string): Promise<number>;
}
