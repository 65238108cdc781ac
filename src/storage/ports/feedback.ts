import { z } from 'zod';
import type { Lang } from '../../i18n';

/** A 👍/👎 on one FAQ answer. */
export interface Vote {
  /** Pseudonymous channel user id — never a name. */
  userId: string;
  entryId: string;
  vote: 'up' | 'down';
  channel: string;
  /** ISO 8601 time. */
  at: string;
  /** The question that led to the answer, ALREADY SCRUBBED (scrubText) — optional. */
  text?: string;
  lang?: Lang;
}

/** A question the bot did not answer (abstained or the user rejected every "Ý bạn là…" option). */
export interface Unanswered {
  userId: string;
  /** The message, ALREADY SCRUBBED with scrubText: the store keeps what it is given. */
  text: string;
  lang: Lang;
  channel: string;
  /** ISO 8601 time. */
  at: string;
  /** The matcher's confidence in its best guess, 0..1. */
  confidence: number;
  /** The best guess, if any (helps staff see which entry almost matched). */
  bestEntryId?: string;
}

export interface StoredVote extends Vote {
  id: number;
}

export interface StoredUnanswered extends Unanswered {
  id: number;
}

/** Filter for staff pages and reports. Times are ISO 8601; `from` inclusive, `to` exclusive. */
export interface FeedbackFilter {
  from?: string;
  to?: string;
  channel?: string;
  lang?: Lang;
  /** Newest first; default 100, at most 1000. */
  limit?: number;
  offset?: number;
}

export interface VoteFilter extends FeedbackFilter {
  entryId?: string;
  vote?: 'up' | 'down';
}

/** Per-entry vote totals, for the "answers that need work" report. */
export interface EntryVotes {
  entryId: string;
  up: number;
  down: number;
}

export interface FeedbackCounts {
  up: number;
  down: number;
  unanswered: number;
  /** Entries with at least one vote, most 👎 first. */
  byEntry: EntryVotes[];
}

/**
 * Feedback on the FAQ: votes per answer and every unanswered question, for the staff pages (unanswered
 * questions, thumbs-down) and periodic reports. Stores only pseudonymous ids and scrubbed text.
 */
export interface FeedbackStore {
  recordVote(vote: Vote): Promise<void>;
  recordUnanswered(item: Unanswered): Promise<void>;
  listVotes(filter?: VoteFilter): Promise<StoredVote[]>;
  listUnanswered(filter?: FeedbackFilter): Promise<StoredUnanswered[]>;
  counts(filter?: Pick<FeedbackFilter, 'from' | 'to' | 'channel'>): Promise<FeedbackCounts>;
  /** "Delete my data": removes the user's votes and unanswered questions; returns how many rows. */
  deleteByUser(userId: string): Promise<number>;
  /** Retention: deletes everything recorded before `before` (ISO time); returns how many rows. */
  purgeBefore(before: string): Promise<number>;
}

const isoTime = z.iso.datetime({ offset: true });
const lang = z.enum(['vi', 'en']);

/** Shapes every implementation checks before writing (bad input changes nothing). */
export const voteSchema = z.object({
  userId: z.string().min(1),
  entryId: z.string().min(1),
  vote: z.enum(['up', 'down']),
  channel: z.string().min(1),
  at: isoTime,
  text: z.string().max(1000).optional(),
  lang: lang.optional(),
});

export const unansweredSchema = z.object({
  userId: z.string().min(1),
  text: z.string().max(1000),
  lang,
  channel: z.string().min(1),
  at: isoTime,
  confidence: z.number().min(0).max(1),
  bestEntryId: z.string().min(1).optional(),
});

export const MAX_LIST_LIMIT = 1000;
export const DEFAULT_LIST_LIMIT = 100;
