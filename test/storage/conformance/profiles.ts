import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyProfile, SurveyProfileStore } from '../../../src/storage/ports/profiles';

export interface ProfilesHarness {
  store: SurveyProfileStore;
  reopen?: () => Promise<SurveyProfileStore>;
  close: () => Promise<void>;
}

const profile = (over: Partial<SurveyProfile> = {}): SurveyProfile => ({
  userId: 'u1',
  ageBand: '16-17',
  grade: 'g11',
  locality: 'example-ward-1',
  gender: 'female',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...over,
});

/** The behaviour every SurveyProfileStore implementation (SQLite, Cosmos DB) must show. */
export function profilesConformance(make: () => Promise<ProfilesHarness>): void {
  describe('survey profile store', () => {
    let h: ProfilesHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('saves and reads a profile; unknown users have none', async () => {
      await h.store.save(profile());
      expect(await h.store.get('u1')).toEqual(profile());
      expect(await h.store.get('u2')).toBeUndefined();
    });

    it('replaces the whole profile on save (a field left out is cleared)', async () => {
      await h.store.save(profile());
      await h.store.save({ userId: 'u1', grade: 'vocational', updatedAt: '2026-03-02T00:00:00.000Z' });
      expect(await h.store.get('u1')).toEqual({ userId: 'u1', grade: 'vocational', updatedAt: '2026-03-02T00:00:00.000Z' });
      if (h.reopen) expect(await (await h.reopen()).get('u1')).toEqual({ userId: 'u1', grade: 'vocational', updatedAt: '2026-03-02T00:00:00.000Z' });
    });

    it('rejects unknown values and fields (no names, no phone numbers)', async () => {
      await expect(h.store.save(profile({ grade: 'g13' as never }))).rejects.toThrow();
      await expect(h.store.save({ ...profile(), phone: '0900000000' } as SurveyProfile)).rejects.toThrow();
      expect(await h.store.get('u1')).toBeUndefined();
    });

    it('deletes one user and purges stale profiles', async () => {
      await h.store.save(profile());
      await h.store.save(profile({ userId: 'u2', updatedAt: '2025-01-01T00:00:00.000Z' }));
      expect(await h.store.deleteByUser('u1')).toBe(1);
      expect(await h.store.deleteByUser('u1')).toBe(0);
      expect(await h.store.purgeBefore('2026-01-01T00:00:00.000Z')).toBe(1);
      expect(await h.store.get('u2')).toBeUndefined();
    });
  });
}
