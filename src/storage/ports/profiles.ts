import { z } from 'zod';
import { AGE_BANDS, GENDERS, GRADES, type AgeBand, type Gender, type Grade } from '../../surveys/types';

/**
 * The optional survey profile, kept only with consent: age band, school situation, commune/ward, gender.
 * No names, no phone numbers. One per pseudonymous user; each completed result also keeps a copy of the
 * profile as it was then (see SurveyResultStore.attachProfile), so later edits do not rewrite history.
 */
export interface SurveyProfile {
  userId: string;
  ageBand?: AgeBand;
  grade?: Grade;
  /** Id of a commune or ward from the configured localities list (LOCALITIES_FILE). */
  locality?: string;
  gender?: Gender;
  /** ISO 8601. */
  updatedAt: string;
}

export const profileSchema = z
  .object({
    userId: z.string().min(1).max(200),
    ageBand: z.enum(AGE_BANDS).optional(),
    grade: z.enum(GRADES).optional(),
    locality: z.string().min(1).max(100).optional(),
    gender: z.enum(GENDERS).optional(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/** Port implemented by SQLite now and Cosmos DB later; both must pass test/storage/conformance/profiles.ts. */
export interface SurveyProfileStore {
  get(userId: string): Promise<SurveyProfile | undefined>;
  /** Creates or replaces the user's profile (fields left out are cleared). */
  save(profile: SurveyProfile): Promise<void>;
  deleteByUser(userId: string): Promise<number>;
  /** Retention: removes profiles not updated since `before` (ISO); returns how many. */
  purgeBefore(before: string): Promise<number>;
}
