/** One message in or out of a conversation. */
export interface TranscriptEntry {
  conversationId: string;
  /** Pseudonymous channel user id (PSID, Zalo id, web id) — never a name. */
  userId: string;
  channel: string;
  direction: 'in' | 'out';
  /** Activity type: message, event… */
  type: string;
  text?: string;
  /** ISO 8601 time. */
  at: string;
  /** Safety cases are kept longer than ordinary chats (retention). */
  kind?: 'ordinary' | 'safety';
}

export interface StoredTranscriptEntry extends Required<Omit<TranscriptEntry, 'text'>> {
  text?: string;
  seq: number;
}

/**
 * Transcripts of every conversation. The counselor console shows the recent ones; retention and "delete my
 * data" remove them.
 */
export interface TranscriptStore {
  append(entry: TranscriptEntry): Promise<void>;
  /** Appends the entries of one turn, in order, in one write where the engine allows it. */
  appendMany(entries: TranscriptEntry[]): Promise<void>;
  /** The last `limit` entries of a conversation, oldest first. */
  recent(conversationId: string, limit: number): Promise<StoredTranscriptEntry[]>;
  /** Marks a conversation's transcript as a safety case (longer retention). */
  markSafety(conversationId: string): Promise<void>;
  /** Deletes entries of `kind` older than `before` (ISO time); returns how many. */
  purgeBefore(kind: 'ordinary' | 'safety', before: string): Promise<number>;
  deleteByUser(userId: string): Promise<number>;
  countByUser(userId: string): Promise<number>;
}
