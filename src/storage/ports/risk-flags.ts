import { z } from 'zod';
import { RISK_CATEGORIES, RISK_LEVELS } from '../../safety/types';

/**
 * Storage of risk flags for staff review (issue 4, S15): which rule fired, in which category and at which
 * level, when, in which conversation — NEVER the message text. Staff mark flags as true positives or false
 * alarms and record misses, so the lexicon can be reviewed with counsellors.
 */

/** The six risk categories plus requests for help with something illegal (refused, no handoff). */
export const FLAG_CATEGORIES = [...RISK_CATEGORIES, 'illegal_request'] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];
export const REVIEW_OUTCOMES = ['true_positive', 'false_alarm'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

const id = z.string().min(1).max(200);

export const newRiskFlagSchema = z
  .object({
    /** Groups the flags raised by one message. */
    turnId: id,
    conversationId: id,
    /** Pseudonymous user id (never a name or phone number). */
    userId: id,
    channel: z.string().min(1).max(50),
    ruleId: z.string().min(1).max(100),
    category: z.enum(FLAG_CATEGORIES),
    level: z.enum(RISK_LEVELS),
    thirdParty: z.boolean(),
    at: z.date(),
  })
  .strict();
export type NewRiskFlag = z.infer<typeof newRiskFlagSchema>;

export const flagReviewSchema = z
  .object({ outcome: z.enum(REVIEW_OUTCOMES), by: id, at: z.date() })
  .strict();
export type FlagReview = z.infer<typeof flagReviewSchema>;

export interface StoredRiskFlag extends NewRiskFlag {
  id: string;
  review: FlagReview | null;
}

export const riskFlagFilterSchema = z
  .object({
    from: z.date().optional(),
    to: z.date().optional(),
    category: z.enum(FLAG_CATEGORIES).optional(),
    level: z.enum(RISK_LEVELS).optional(),
    reviewed: z.boolean().optional(),
    conversationId: id.optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();
/** `from` inclusive, `to` exclusive. Results are newest first; `limit` defaults to DEFAULT_FLAG_LIMIT. */
export type RiskFlagFilter = z.infer<typeof riskFlagFilterSchema>;
export const DEFAULT_FLAG_LIMIT = 1000;

export const newRiskMissSchema = z
  .object({
    conversationId: id,
    /** Pseudonymous user id, so the miss is deleted with the user's data. */
    userId: id.optional(),
    by: id,
    at: z.date(),
    /** Staff note. WARNING: describe the miss; do not paste the teen's message. */
    note: z.string().max(1000).optional(),
    category: z.enum(FLAG_CATEGORIES).optional(),
  })
  .strict();
export type NewRiskMiss = z.infer<typeof newRiskMissSchema>;
export interface StoredRiskMiss extends NewRiskMiss {
  id: string;
}

export const riskMissFilterSchema = z
  .object({ from: z.date().optional(), to: z.date().optional(), category: z.enum(FLAG_CATEGORIES).optional() })
  .strict();
export type RiskMissFilter = z.infer<typeof riskMissFilterSchema>;

/** `markReview` on an id that does not exist. */
export class RiskFlagNotFoundError extends Error {
  constructor(readonly flagId: string) {
    super(`risk flag ${flagId} not found`);
    this.name = 'RiskFlagNotFoundError';
  }
}

/** Port implemented by SQLite now and Cosmos DB later; both must pass test/storage/conformance/risk-flags.ts. */
export interface RiskFlagStore {
  record(flag: NewRiskFlag): Promise<StoredRiskFlag>;
  get(id: string): Promise<StoredRiskFlag | null>;
  list(filter?: RiskFlagFilter): Promise<StoredRiskFlag[]>;
  /** Sets (or replaces) the review of a flag. Throws RiskFlagNotFoundError. */
  markReview(id: string, review: FlagReview): Promise<StoredRiskFlag>;
  /** A message that should have been flagged and was not (found by staff). */
  recordMiss(miss: NewRiskMiss): Promise<StoredRiskMiss>;
  listMisses(filter?: RiskMissFilter): Promise<StoredRiskMiss[]>;
  /** Right to erasure: removes the user's flags and the misses recorded with their id. */
  deleteByUser(userId: string): Promise<{ flags: number; misses: number }>;
}
