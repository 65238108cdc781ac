import type { Stores } from '../../src/storage';
import type { NewSurveyResult } from '../../src/storage/ports/surveys';

/** A result with sensible defaults, for tests that need stored results. */
export const result = (over: Partial<NewSurveyResult> = {}): NewSurveyResult => ({
  userId: 'teen-1',
  consentId: 'consent-1',
  channel: 'zalo',
  lang: 'vi',
  itemSet: 'bdh-36-v1',
  completedAt: '2026-03-10T03:00:00.000Z',
  scores: { R: 4, I: 6, A: 10, S: 12, E: 8, C: 2 },
  maxScore: 12,
  code: 'SAE',
  ageBand: '13-15',
  ...over,
});

/** Saves the results and returns their ids in order. */
export async function seedResults(stores: Pick<Stores, 'surveyResults'>, results: Partial<NewSurveyResult>[]): Promise<string[]> {
  const ids: string[] = [];
  for (const r of results) ids.push((await stores.surveyResults.save(result(r))).id);
  return ids;
}
