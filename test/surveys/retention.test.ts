import { describe, expect, it } from 'vitest';
import { createTestBot } from '../helpers/bot';
import { purgeSurveyData, surveyRetention } from '../../src/surveys/retention';
import { seedResults } from './seed';

describe('survey retention', () => {
  it('deletes results, profiles and consents older than the retention period and keeps newer ones', async () => {
    const bot = createTestBot();
    try {
      const s = bot.stores;
      await seedResults(s, [{ completedAt: '2025-01-01T00:00:00.000Z' }, { completedAt: '2026-02-01T00:00:00.000Z' }]);
      await s.surveyProfiles.save({ userId: 'old', grade: 'g9', updatedAt: '2025-01-01T00:00:00.000Z' });
      await s.surveyProfiles.save({ userId: 'new', grade: 'g9', updatedAt: '2026-02-01T00:00:00.000Z' });
      await s.consents.record({ userId: 'old', channel: 'web', ageBand: '18+', textVersion: 'v', parentalConfirmed: false, givenAt: '2025-01-01T00:00:00.000Z' });
      const now = new Date('2026-03-01T00:00:00.000Z');
      expect(await purgeSurveyData(s, 12, now)).toEqual({ results: 1, profiles: 1, consents: 1 });
      expect(await s.surveyResults.count({})).toBe(1);
      expect(await s.surveyProfiles.get('new')).toBeDefined();
      expect(await surveyRetention(s, 12).purge({ now: now.toISOString() })).toBe(0);
    } finally {
      await bot.close();
    }
  });
});
