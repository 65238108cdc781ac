import type { Stores } from '../storage';

const DAY_MS = 86_400_000;
/** Months are counted as 30 days: retention is a ceiling, never a promise to keep data longer. */
const MONTH_DAYS = 30;

export interface SurveyPurgeReport {
  results: number;
  profiles: number;
  consents: number;
}

/**
 * Retention for survey data: results, profiles not updated, and consent records older than the retention
 * period (SURVEY_RETENTION_MONTHS, said in the privacy notice) are deleted. Idempotent; run it on the same
 * schedule as the other retention jobs.
 */
export async function purgeSurveyData(stores: Pick<Stores, 'surveyResults' | 'surveyProfiles' | 'consents'>, retentionMonths: number, now: Date): Promise<SurveyPurgeReport> {
  const before = new Date(now.getTime() - retentionMonths * MONTH_DAYS * DAY_MS).toISOString();
  return {
    results: await stores.surveyResults.purgeBefore(before),
    profiles: await stores.surveyProfiles.purgeBefore(before),
    consents: await stores.consents.purgeBefore(before),
  };
}

/** The same, shaped as an extra purge for the handoff RetentionJob (`extra: [surveyRetention(...)]`). */
export function surveyRetention(stores: Pick<Stores, 'surveyResults' | 'surveyProfiles' | 'consents'>, retentionMonths: number) {
  return {
    name: 'surveys',
    purge: async (c: { now: string }): Promise<number> => {
      const r = await purgeSurveyData(stores, retentionMonths, new Date(c.now));
      return r.results + r.profiles + r.consents;
    },
  };
}
