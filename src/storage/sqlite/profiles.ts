import { profileSchema, type SurveyProfile, type SurveyProfileStore } from '../ports/profiles';
import type { AgeBand, Gender, Grade } from '../../surveys/types';
import type { Db } from './db';

interface Row {
  user_id: string;
  age_band: AgeBand | null;
  grade: Grade | null;
  locality: string | null;
  gender: Gender | null;
  updated_at: string;
}

const toProfile = (r: Row): SurveyProfile => ({
  userId: r.user_id,
  ...(r.age_band === null ? {} : { ageBand: r.age_band }),
  ...(r.grade === null ? {} : { grade: r.grade }),
  ...(r.locality === null ? {} : { locality: r.locality }),
  ...(r.gender === null ? {} : { gender: r.gender }),
  updatedAt: r.updated_at,
});

/** Optional survey profiles in table `survey_profiles` (migration 0500), one row per user. */
export class SqliteSurveyProfileStore implements SurveyProfileStore {
  constructor(private readonly db: Db) {}

  async get(userId: string): Promise<SurveyProfile | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT * FROM survey_profiles WHERE user_id = ?').get(userId);
    return row ? toProfile(row) : undefined;
  }

  async save(profile: SurveyProfile): Promise<void> {
    const p = profileSchema.parse(profile);
    this.db
      .prepare(
        `INSERT INTO survey_profiles (user_id, age_band, grade, locality, gender, updated_at)
         VALUES (@userId, @ageBand, @grade, @locality, @gender, @updatedAt)
         ON CONFLICT (user_id) DO UPDATE SET age_band = excluded.age_band, grade = excluded.grade,
           locality = excluded.locality, gender = excluded.gender, updated_at = excluded.updated_at`,
      )
      .run({ ageBand: null, grade: null, locality: null, gender: null, ...p });
    return ;
  }

  async deleteByUser(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM survey_profiles WHERE user_id = ?').run(userId).changes;
  }

  async purgeBefore(before: string): Promise<number> {
    return this.db.prepare('DELETE FROM survey_profiles WHERE updated_at < ?').run(before).changes;
  }
}
