import { z } from 'zod';
import { AGE_BANDS, GENDERS, GRADES, RIASEC, type AgeBand, type Gender, type Grade, type Riasec, type Scores } from '../../surveys/types';

/**
 * Completed career-interest results, stored only with consent (src/storage/ports/consent.ts). A result
 * keeps the six scores and the Holland code, not the individual answers (data minimisation), plus a copy of
 * the optional profile at the time. Staff pages read them through filters and aggregates and never see the
 * user id; the id exists so the user can see and delete their own results.
 */
export interface NewSurveyResult {
  userId: string;
  /** The consent this result was stored under. */
  consentId: string;
  channel: string;
  lang: 'vi' | 'en';
  /** Version of the item set (src/surveys/data/items.yaml), so scores stay comparable. */
  itemSet: string;
  /** ISO 8601. */
  completedAt: string;
  scores: Scores;
  /** Highest score per type (same for all types in one item set). */
  maxScore: number;
  /** The three-letter Holland code, strongest first ("SAE"). */
  code: string;
  ageBand: AgeBand;
  grade?: Grade;
  locality?: string;
  gender?: Gender;
}

export interface StoredSurveyResult extends NewSurveyResult {
  id: string;
}

/** The profile part of a result, attached after the result was shown and the optional questions answered. */
export type ProfileSnapshot = Pick<NewSurveyResult, 'grade' | 'locality' | 'gender'>;

/**
 * Staff filters. Times are ISO 8601 (`from` inclusive, `to` exclusive). `locality: null` means "not given".
 * `top` matches the first letter of the code.
 */
export interface SurveyResultFilter {
  from?: string;
  to?: string;
  locality?: string | null;
  ageBand?: AgeBand;
  top?: Riasec;
  channel?: string;
}

export interface LocalityCount {
  locality: string | null;
  total: number;
  byTop: Record<Riasec, number>;
}

export interface SurveyStats {
  total: number;
  /** How many results have each type as their strongest. */
  byTop: Record<Riasec, number>;
  /** Mean score per type (0..maxScore); 0 when there are no results. */
  meanScores: Record<Riasec, number>;
  /** Highest possible score per type among the results (for scaling charts). */
  maxScore: number;
  /** Most results first; ties by locality id. */
  byLocality: LocalityCount[];
  byAgeBand: Record<AgeBand, number>;
  byChannel: { channel: string; total: number }[];
  /** Oldest first. `bucket` is YYYY-MM-DD (day) or YYYY-MM (month) in the requested time zone. */
  overTime: { bucket: string; total: number }[];
}

export interface StatsOptions {
  bucket: 'day' | 'month';
  /** Offset of the staff's time zone from UTC, in minutes (Vietnam: +420). */
  utcOffsetMinutes: number;
}

const isoTime = z.iso.datetime({ offset: true });
const score = z.number().int().min(0).max(1000);

export const newSurveyResultSchema = z
  .object({
    userId: z.string().min(1).max(200),
    consentId: z.string().min(1).max(100),
    channel: z.string().min(1).max(50),
    lang: z.enum(['vi', 'en']),
    itemSet: z.string().min(1).max(50),
    completedAt: isoTime,
    scores: z.object({ R: score, I: score, A: score, S: score, E: score, C: score }).strict(),
    maxScore: z.number().int().min(1).max(1000),
    code: z.string().regex(/^[RIASEC]{3}$/, 'must be three RIASEC letters'),
    ageBand: z.enum(AGE_BANDS),
    grade: z.enum(GRADES).optional(),
    locality: z.string().min(1).max(100).optional(),
    gender: z.enum(GENDERS).optional(),
  })
  .strict();

export const profileSnapshotSchema = z
  .object({ grade: z.enum(GRADES).optional(), locality: z.string().min(1).max(100).optional(), gender: z.enum(GENDERS).optional() })
  .strict();

export const surveyResultFilterSchema = z
  .object({
    from: isoTime.optional(),
    to: isoTime.optional(),
    locality: z.string().min(1).max(100).nullable().optional(),
    ageBand: z.enum(AGE_BANDS).optional(),
    top: z.enum(RIASEC).optional(),
    channel: z.string().min(1).max(50).optional(),
  })
  .strict();

export const MAX_PAGE = 500;

/** A result field a staff filter can test (each store maps it to its column or document path). */
export type SurveyFilterField = 'completedAt' | 'ageBand' | 'top' | 'channel' | 'locality';

/** One condition of a staff filter: `field op @param`, or the field being absent (`missing`). */
export type SurveyFilterTerm =
  | { field: SurveyFilterField; op: '>=' | '<' | '='; param: string; value: string }
  | { field: SurveyFilterField; op: 'missing' };

/**
 * A staff filter, validated, as store-neutral conditions: both stores build their WHERE clause from these, so
 * what a filter means is written once. `locality: null` asks for results without a locality.
 */
export function surveyFilterTerms(raw: SurveyResultFilter): SurveyFilterTerm[] {
  const f = surveyResultFilterSchema.parse(raw);
  const terms: SurveyFilterTerm[] = [];
  const add = (field: SurveyFilterField, op: '>=' | '<' | '=', param: string, value: string | undefined) => {
    if (value !== undefined) terms.push({ field, op, param, value });
  };
  add('completedAt', '>=', 'from', f.from);
  add('completedAt', '<', 'to', f.to);
  add('ageBand', '=', 'ageBand', f.ageBand);
  add('top', '=', 'top', f.top);
  add('channel', '=', 'channel', f.channel);
  if (f.locality === null) terms.push({ field: 'locality', op: 'missing' });
  else add('locality', '=', 'locality', f.locality);
  return terms;
}

/** Port implemented by SQLite now and Cosmos DB later; both must pass test/storage/conformance/surveys.ts. */
export interface SurveyResultStore {
  save(result: NewSurveyResult): Promise<StoredSurveyResult>;
  get(id: string): Promise<StoredSurveyResult | undefined>;
  /** Copies the optional profile onto one of the user's results; false when the id is not the user's. */
  attachProfile(id: string, userId: string, snapshot: ProfileSnapshot): Promise<boolean>;
  /** Newest first; `limit` at most MAX_PAGE. */
  list(filter: SurveyResultFilter, page: { limit: number; offset: number }): Promise<StoredSurveyResult[]>;
  count(filter: SurveyResultFilter): Promise<number>;
  stats(filter: SurveyResultFilter, options: StatsOptions): Promise<SurveyStats>;
  /**
   * Every matching result, oldest first, in batches of at most `batchSize` (keyset pages: no read stays
   * open between batches, so a long export never blocks the bot's own reads and writes).
   */
  scan(filter: SurveyResultFilter, batchSize: number): AsyncIterable<StoredSurveyResult[]>;
  /** The user's own results, newest first ("see my data"). */
  listByUser(userId: string): Promise<StoredSurveyResult[]>;
  deleteByUser(userId: string): Promise<number>;
  /** Retention: removes results completed before `before` (ISO); returns how many. */
  purgeBefore(before: string): Promise<number>;
}
