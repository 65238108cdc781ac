/** One choice the bot offered (from an imBack suggested action): what to show, and what the bot expects back. */
export interface ChannelOption {
  title: string;
  value: string;
}

/** What a channel remembers about one platform user. Ids are pseudonymous platform ids. */
export interface ChannelContact {
  channel: string;
  userId: string;
  conversationId: string;
  /** Epoch ms of the user's last message or interaction: the start of the platform's reply window. */
  lastInboundAt: number;
  /** Options last offered as numbered text, so a typed "2" can be read as the second option. */
  options?: ChannelOption[];
}

/**
 * An implementation may skip rewriting `lastInboundAt` when the new time is less than this much later than
 * the stored one (saves a write per message in a fast chat). The stored time is then at most this much
 * early, so a window can only be judged to close slightly early, never late.
 */
export const INBOUND_GRANULARITY_MS = 10_000;

/**
 * Per-user channel facts the reply-window policy and the numbered-options fallback need.
 * `recordInbound` never moves `lastInboundAt` backwards (a redelivered old event must not shorten a window).
 */
export interface ChannelContactStore {
  recordInbound(contact: { channel: string; userId: string; conversationId: string; at: number }): Promise<void>;
  get(channel: string, userId: string): Promise<ChannelContact | undefined>;
  setOptions(channel: string, userId: string, options: ChannelOption[] | null): Promise<void>;
  /** Returns the stored options (if any) and clears them: options answer one question only. */
  takeOptions(channel: string, userId: string): Promise<ChannelOption[] | undefined>;
  /** For data-deletion requests. Returns the number of rows removed. */
  deleteByUser(userId: string): Promise<number>;
}
