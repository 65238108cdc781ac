/** Why a conversation wants a person. */
export type HandoffReason = 'user_request' | 'risk' | 'abstentions';

/**
 * `queued` = waiting for a counselor (the bot is paused), `claimed` = a person owns the chat, `closed` = back
 * to the bot. Ownership of a conversation is derived from its one open ticket (see src/handoff/ownership.ts).
 */
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
  /** JSON of the botbuilder ConversationReference, for proactive replies through the teen's channel. */
  reference?: string;
  /** Commune/ward id, only when the teen consented to share it. */
  locality?: string;
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
  closedBy?: string;
  outcome?: string;
  reference?: string;
  locality?: string;
  /** When a later request raised the priority (the critical wait counts from here). */
  raisedAt?: string;
  rating?: number;
  /** The teen was asked for a 1-5 rating and has not answered yet. */
  ratingPending: boolean;
  /** Last "critical ticket still waiting" alert. */
  lastAlertAt?: string;
  /** Last automatic notice to the teen (queued acknowledgement, out-of-hours message). */
  noticeAt?: string;
}

export type ClaimResult = { ok: true; ticket: Ticket } | { ok: false; reason: 'not_found' | 'already_claimed' | 'closed'; ticket?: Ticket };

/** Why a transfer, release or close was refused. */
export type TransitionRefusal = 'not_found' | 'closed' | 'not_owner' | 'not_claimed';
export type TransitionResult = { ok: true; ticket: Ticket } | { ok: false; reason: TransitionRefusal; ticket?: Ticket };

export type ThreadAuthor = 'teen' | 'bot' | 'counselor' | 'system';
/**
 * `received` = from the teen; `sent` = reached the channel; `pending` = being sent; `retrying` = parked in the
 * channel outbox; `failed` = not delivered (see failureCode); `blocked` = the ownership gate refused it.
 */
export type ThreadStatus = 'received' | 'sent' | 'pending' | 'retrying' | 'failed' | 'blocked';

export interface NewTicketMessage {
  ticketId: string;
  at: string;
  author: ThreadAuthor;
  counselorId?: string;
  text?: string;
  status: ThreadStatus;
  /** Copied from the transcript as it was when the ticket opened. */
  context?: boolean;
  /** Risk level the safety triage gave this teen message. */
  riskLevel?: string;
  /** Why it was not delivered (DeliveryFailureCode, or `no_channel`), and the platform's own code. */
  failureCode?: string;
  platformCode?: string;
}

export interface TicketMessage extends NewTicketMessage {
  seq: number;
  context: boolean;
}

export interface TicketNote {
  seq: number;
  ticketId: string;
  at: string;
  authorId: string;
  text: string;
}

/**
 * Handoff tickets. A conversation has at most one open ticket; asking again (or a new risk flag) returns it,
 * raising its priority when the new request is more urgent. Claiming is atomic: of two counselors, one wins.
 * Transfer, release and close are atomic too: only the owner may do them (a queued ticket may be closed by
 * any counselor), so a stale console can never take a chat from the counselor who has it.
 */
export interface TicketStore {
  request(req: HandoffRequest): Promise<{ ticket: Ticket; created: boolean; raised: boolean }>;
  get(id: string): Promise<Ticket | undefined>;
  openFor(conversationId: string): Promise<Ticket | undefined>;
  /** The open ticket of a conversation, else its most recently created one (for a pending rating). */
  latestFor(conversationId: string): Promise<Ticket | undefined>;
  /** Open tickets, by priority (highest first), then waiting time (oldest first). */
  queue(): Promise<Ticket[]>;
  claim(id: string, counselorId: string, at: string): Promise<ClaimResult>;
  /** Hands a claimed ticket from its owner to another counselor. */
  transfer(id: string, from: string, to: string, at: string): Promise<TransitionResult>;
  /** Puts a claimed ticket back in the queue; it keeps its place (created time). */
  release(id: string, by: string, at: string): Promise<TransitionResult>;
  close(id: string, by: string, outcome: string, at: string): Promise<Ticket | undefined>;
  /** Closes a queued ticket, or a claimed one by its owner; optionally leaves a rating question pending. */
  closeAs(id: string, c: { by: string; outcome: string; at: string; ratingRequested: boolean }): Promise<TransitionResult>;
  /** Records the teen's answer to a pending rating (null = skipped). False when none was pending. */
  rate(id: string, rating: number | null, at: string): Promise<boolean>;
  /** Updates the conversation reference of an open ticket (service URLs can change). */
  setReference(id: string, reference: string): Promise<void>;
  /** Sets lastAlertAt if it still equals `previous` (one instance alerts, not all). */
  markAlerted(id: string, at: string, previous: string | undefined): Promise<boolean>;
  markNotice(id: string, at: string): Promise<void>;
  addMessage(message: NewTicketMessage): Promise<TicketMessage>;
  updateMessage(seq: number, change: { status: ThreadStatus; failureCode?: string; platformCode?: string }): Promise<TicketMessage | undefined>;
  /** The last `limit` messages of a ticket, oldest first. */
  messages(ticketId: string, limit: number): Promise<TicketMessage[]>;
  addNote(note: Omit<TicketNote, 'seq'>): Promise<TicketNote>;
  notes(ticketId: string): Promise<TicketNote[]>;
  /** Conversations with a risk ticket created at or after `since` (their transcripts are safety cases). */
  riskConversations(since: string): Promise<string[]>;
  /**
   * Retention: deletes thread messages and notes older than the cut-off of their ticket's kind (risk tickets
   * use `safetyBefore`), and strips the user id and reference from closed tickets closed before that cut-off
   * (the outcome stays for reports). Returns the number of rows changed.
   */
  purgeContentBefore(c: { ordinaryBefore: string; safetyBefore: string }): Promise<number>;
  deleteByUser(userId: string): Promise<number>;
}
