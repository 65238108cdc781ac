import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSurveyResult, StoredSurveyResult, SurveyResultStore } from '../../../src/storage/ports/surveys';

export interface SurveysHarness {
  store: SurveyResultStore;
  reopen?: () => Promise<SurveyResultStore>;
  close: () => Promise<void>;
}

const result = (over: Partial<NewSurveyResult> = {}): NewSurveyResult => ({
  userId: 'u1',
  consentId: 'consent-1',
  channel: 'zalo',
  lang: 'vi',
  itemSet: 'bdh-36-v1',
  completedAt: '2026-03-01T10:00:00.000Z',
  scores: { R: 4, I: 6, A: 10, S: 12, E: 8, C: 2 },
  maxScore: 12,
  code: 'SAE',
  ageBand: '13-15',
  ...over,
});

const collect = async (it: AsyncIterable<StoredSurveyResult[]>) => {
  const batches: StoredSurveyResult[][] = [];
  for await (const b of it) batches.push(b);
  return batches;
};

/** The behaviour every SurveyResultStore implementation (SQLite, Cosmos DB) must show. */
export function surveysConformance(make: () => Promise<SurveysHarness>): void {
  describe('survey result store', () => {
    let h: SurveysHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('saves a result and reads it back unchanged, also after a reopen', async () => {
      const saved = await h.store.save(result({ locality: 'w1', grade: 'g9', gender: 'male' }));
      expect(saved.id).toBeTruthy();
      expect(await h.store.get(saved.id)).toEqual(saved);
      expect(await h.store.get('missing')).toBeUndefined();
      if (h.reopen) expect(await (await h.reopen()).get(saved.id)).toEqual(saved);
    });

    it('rejects bad input and stores nothing', async () => {
      await expect(h.store.save(result({ code: 'SAX' }))).rejects.toThrow();
      await expect(h.store.save(result({ scores: { R: -1, I: 0, A: 0, S: 0, E: 0, C: 0 } }))).rejects.toThrow();
      await expect(h.store.save({ ...result(), name: 'Lan' } as NewSurveyResult)).rejects.toThrow();
      expect(await h.store.count({})).toBe(0);
    });

    it('attaches a profile snapshot only to the owner\'s result', async () => {
      const saved = await h.store.save(result());
      expect(await h.store.attachProfile(saved.id, 'someone-else', { locality: 'w9' })).toBe(false);
      expect(await h.store.attachProfile(saved.id, 'u1', { locality: 'w2', grade: 'g10' })).toBe(true);
      expect(await h.store.get(saved.id)).toMatchObject({ locality: 'w2', grade: 'g10' });
      expect((await h.store.get(saved.id))?.gender).toBeUndefined();
    });

    it('lists newest first, pages, and filters by time, locality (also "not given"), age band, top letter and channel', async () => {
      const a = await h.store.save(result({ completedAt: '2026-03-01T00:00:00.000Z', locality: 'w1', code: 'RIC', channel: 'web' }));
      const b = await h.store.save(result({ completedAt: '2026-03-05T00:00:00.000Z', locality: 'w2', ageBand: '16-17' }));
      const c = await h.store.save(result({ completedAt: '2026-03-09T00:00:00.000Z', code: 'SEC' }));
      const ids = async (f: Parameters<SurveyResultStore['list']>[0]) => (await h.store.list(f, { limit: 50, offset: 0 })).map((r) => r.id);
      expect(await ids({})).toEqual([c.id, b.id, a.id]);
      expect((await h.store.list({}, { limit: 1, offset: 1 })).map((r) => r.id)).toEqual([b.id]);
      expect(await ids({ from: '2026-03-05T00:00:00.000Z', to: '2026-03-09T00:00:00.000Z' })).toEqual([b.id]);
      expect(await ids({ locality: 'w1' })).toEqual([a.id]);
      expect(await ids({ locality: null })).toEqual([c.id]);
      expect(await ids({ ageBand: '16-17' })).toEqual([b.id]);
      expect(await ids({ top: 'S' })).toEqual([c.id, b.id]);
      expect(await ids({ channel: 'web' })).toEqual([a.id]);
      expect(await h.store.count({ top: 'S' })).toBe(2);
      await expect(h.store.list({ top: 'X' as never }, { limit: 5, offset: 0 })).rejects.toThrow();
    });

    it('aggregates counts, means, localities, age bands, channels and time buckets in the staff time zone', async () => {
      await h.store.save(result({ completedAt: '2026-03-01T16:30:00.000Z', locality: 'w1', code: 'RIC', scores: { R: 12, I: 10, A: 0, S: 0, E: 0, C: 8 } }));
      await h.store.save(result({ completedAt: '2026-03-01T18:00:00.000Z', locality: 'w1' }));
      await h.store.save(result({ completedAt: '2026-04-02T01:00:00.000Z', locality: 'w2', ageBand: '18+', channel: 'web' }));
      const stats = await h.store.stats({}, { bucket: 'day', utcOffsetMinutes: 420 });
      expect(stats.total).toBe(3);
      expect(stats.byTop).toEqual({ R: 1, I: 0, A: 0, S: 2, E: 0, C: 0 });
      expect(stats.meanScores.R).toBeCloseTo((12 + 4 + 4) / 3);
      expect(stats.maxScore).toBe(12);
      expect(stats.byLocality).toEqual([
        { locality: 'w1', total: 2, byTop: { R: 1, I: 0, A: 0, S: 1, E: 0, C: 0 } },
        { locality: 'w2', total: 1, byTop: { R: 0, I: 0, A: 0, S: 1, E: 0, C: 0 } },
      ]);
      expect(stats.byAgeBand).toEqual({ under13: 0, '13-15': 2, '16-17': 0, '18+': 1 });
      expect(stats.byChannel).toEqual([{ channel: 'zalo', total: 2 }, { channel: 'web', total: 1 }]);
      // 16:30Z and 18:00Z on 1 March are 23:30 and 01:00 in Vietnam (UTC+7): two different days.
      expect(stats.overTime).toEqual([{ bucket: '2026-03-01', total: 1 }, { bucket: '2026-03-02', total: 1 }, { bucket: '2026-04-02', total: 1 }]);
      const months = await h.store.stats({ locality: 'w1' }, { bucket: 'month', utcOffsetMinutes: 420 });
      expect(months.overTime).toEqual([{ bucket: '2026-03', total: 2 }]);
      const empty = await h.store.stats({ channel: 'messenger' }, { bucket: 'day', utcOffsetMinutes: 420 });
      expect(empty).toMatchObject({ total: 0, meanScores: { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 }, byLocality: [], overTime: [] });
    });

    it('scans every matching result once, oldest first, in bounded batches (ties in time broken by id)', async () => {
      for (let i = 0; i < 7; i++) await h.store.save(result({ completedAt: `2026-03-0${1 + (i % 3)}T00:00:00.000Z`, userId: `u${i}` }));
      await h.store.save(result({ channel: 'web' }));
      const batches = await collect(h.store.scan({ channel: 'zalo' }, 3));
      expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
      const flat = batches.flat();
      expect(new Set(flat.map((r) => r.id)).size).toBe(7);
      expect(flat.map((r) => r.completedAt)).toEqual([...flat.map((r) => r.completedAt)].sort());
      expect(await collect(h.store.scan({ channel: 'messenger' }, 3))).toEqual([]);
    });

    it('lists and deletes one user\'s results only; purges by completion time', async () => {
      await h.store.save(result({ completedAt: '2025-01-01T00:00:00.000Z' }));
      await h.store.save(result());
      await h.store.save(result({ userId: 'u2' }));
      expect((await h.store.listByUser('u1')).map((r) => r.completedAt)).toEqual(['2026-03-01T10:00:00.000Z', '2025-01-01T00:00:00.000Z']);
      expect(await h.store.purgeBefore('2026-01-01T00:00:00.000Z')).toBe(1);
      expect(await h.store.deleteByUser('u1')).toBe(1);
      expect(await h.store.listByUser('u1')).toEqual([]);
      expect(await h.store.count({})).toBe(1);
    });
  });
}
