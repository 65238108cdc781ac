/** Why a conversation wants a person. */
export type HandoffReason = 'user_request' | 'risk' | 'abstentions';

export type TicketStatus = 'queued' | 'claimed' | 'closed';

export interface HandoffRequest {
  conversationId: string;
  userId: string;
  channel: string;
  lang: string;
  reason: HandoffReason;
  /** Risk category and level when the reason is a risk flag. */
  category?: string;
  level?: string;
  /** Higher first. */
  priority: number;
  at: string;
}

export interface Ticket {
  id: string;
  conversationId: string;
  userId: string;
  channel: string;
  lang: string;
  reason: HandoffReason;
  category?: string;
  level?: string;
  priority: number;
  status: TicketStatus;
  createdAt: string;
  updatedAt: string;
  claimedBy?: string;
  claimedAt?: string;
  closedAt?: string;
  outcome?: string;
}

export type ClaimResult = { ok: true; ticket: Ticket } | { ok: false; reason: 'not_found' | 'already_claimed' | 'closed'; ticket?: Ticket };

/**
 * Handoff tickets. A conversation has at most one open ticket; asking again (or a new risk flag) returns it,
 * raising its priority when the new request is more urgent. Claiming is atomic: of two counselors, one wins.
 */
export interface TicketStore {
  request(req: HandoffRequest): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: string): Promise<Ticket | undefined>;
  openFor(conversationId: string): Promise<Ticket | undefined>;
  /** Open tickets, by priority (highest first), then waiting time (oldest first). */
  queue(): Promise<Ticket[]>;
  claim(id: string, counselorId: string, at: string): Promise<ClaimResult>;
  close(id: string, by: string, outcome: string, at: string): Promise<Ticket | undefined>;
  deleteByUser(userId: string): Promise<number>;
}
