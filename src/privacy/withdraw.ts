import type { Stores } from '../storage';

export interface WithdrawalReport {
  consents: number;
  results: number;
  profiles: number;
}

/**
 * Withdraws survey consent: marks the consent records withdrawn (kept as proof that processing stopped) and
 * deletes what was processed under them — results and profile. Processing must stop when consent is withdrawn
 * (Law 91/2025/QH15 Art. 24; reference facts.md §5). Chat history is not covered by this consent and stays,
 * unless the user chooses "delete everything".
 */
export async function withdrawSurveyConsent(stores: Stores, userId: string, at: Date): Promise<WithdrawalReport> {
  const consents = await stores.consents.withdraw(userId, at.toISOString());
  const results = await stores.surveyResults.deleteByUser(userId);
  const profiles = await stores.surveyProfiles.deleteByUser(userId);
  return { consents, results, profiles };
}
