import { describe, expect, it } from 'vitest';
import { RiskFlagNotFoundError, type NewRiskFlag, type RiskFlagStore } from '../../../src/storage/ports/risk-flags';

/** Reusable conformance suite for every RiskFlagStore implementation (SQLite now, Cosmos DB later). */
export function riskFlagsConformance(
  make: () => Promise<{ store: RiskFlagStore; reopen?: () => Promise<RiskFlagStore>; close: () => Promise<void> }>,
): void {
  const T0 = new Date('2026-03-01T08:00:00.000Z');
  const at = (min: number): Date => new Date(T0.getTime() + min * 60_000);
  const flag = (over: Partial<NewRiskFlag> = {}): NewRiskFlag => ({
    turnId: 't1',
    conversationId: 'c1',
    userId: 'u1',
    channel: 'zalo',
    ruleId: 'sh.ideation.die',
    category: 'self_harm',
    level: 'disclosed',
    thirdParty: false,
    at: T0,
    ...over,
  });

  describe('RiskFlagStore conformance', () => {
    it('records a flag and reads it back unchanged', async () => {
      const { store, close } = await make();
      const saved = await store.record(flag({ thirdParty: true }));
      expect(saved.id).toBeTruthy();
      expect(saved.review).toBeNull();
      expect(await store.get(saved.id)).toEqual(saved);
      expect(await store.get('missing')).toBeNull();
      await close();
    });

    it('keeps flags across a reopen', async () => {
      const { store, reopen, close } = await make();
      const saved = await store.record(flag());
      if (reopen) expect(await (await reopen()).get(saved.id)).toEqual(saved);
      await close();
    });

    it('filters by time range, category, level and review state, newest first', async () => {
      const { store, close } = await make();
      const a = await store.record(flag({ at: at(0), level: 'imminent' }));
      const b = await store.record(flag({ at: at(10), category: 'trafficking', ruleId: 'tr.recruited' }));
      const c = await store.record(flag({ at: at(20), level: 'possible', conversationId: 'c2' }));
      expect((await store.list()).map((f) => f.id)).toEqual([c.id, b.id, a.id]);
      expect((await store.list({ from: at(5), to: at(20) })).map((f) => f.id)).toEqual([b.id]);
      expect((await store.list({ category: 'trafficking' })).map((f) => f.id)).toEqual([b.id]);
      expect((await store.list({ level: 'imminent' })).map((f) => f.id)).toEqual([a.id]);
      expect((await store.list({ conversationId: 'c2' })).map((f) => f.id)).toEqual([c.id]);
      expect((await store.list({ limit: 2 })).map((f) => f.id)).toEqual([c.id, b.id]);
      await store.markReview(b.id, { outcome: 'false_alarm', by: 'staff1', at: at(30) });
      expect((await store.list({ reviewed: true })).map((f) => f.id)).toEqual([b.id]);
      expect((await store.list({ reviewed: false })).map((f) => f.id)).toEqual([c.id, a.id]);
      await close();
    });

    it('marks and re-marks a review; unknown ids throw RiskFlagNotFoundError', async () => {
      const { store, close } = await make();
      const f = await store.record(flag());
      const r1 = await store.markReview(f.id, { outcome: 'false_alarm', by: 'staff1', at: at(5) });
      expect(r1.review).toEqual({ outcome: 'false_alarm', by: 'staff1', at: at(5) });
      const r2 = await store.markReview(f.id, { outcome: 'true_positive', by: 'staff2', at: at(6) });
      expect(r2.review?.outcome).toBe('true_positive');
      await expect(store.markReview('nope', { outcome: 'true_positive', by: 's', at: at(1) })).rejects.toBeInstanceOf(
        RiskFlagNotFoundError,
      );
      await close();
    });

    it('records and lists misses', async () => {
      const { store, close } = await make();
      const m1 = await store.recordMiss({ conversationId: 'c1', userId: 'u1', by: 'staff1', at: at(1), note: 'coded farewell', category: 'self_harm' });
      const m2 = await store.recordMiss({ conversationId: 'c9', by: 'staff2', at: at(2) });
      expect(m1.id).not.toBe(m2.id);
      expect(await store.listMisses()).toEqual([m2, m1]);
      expect(await store.listMisses({ category: 'self_harm' })).toEqual([m1]);
      expect(await store.listMisses({ from: at(2) })).toEqual([m2]);
      await close();
    });

    it('deletes everything of one user and nothing else', async () => {
      const { store, close } = await make();
      await store.record(flag({ userId: 'u1' }));
      await store.record(flag({ userId: 'u1', ruleId: 'sh.cut' }));
      const other = await store.record(flag({ userId: 'u2' }));
      await store.recordMiss({ conversationId: 'c1', userId: 'u1', by: 's', at: at(1) });
      const keep = await store.recordMiss({ conversationId: 'c2', userId: 'u2', by: 's', at: at(1) });
      expect(await store.deleteByUser('u1')).toEqual({ flags: 2, misses: 1 });
      expect((await store.list()).map((f) => f.id)).toEqual([other.id]);
      expect((await store.listMisses()).map((m) => m.id)).toEqual([keep.id]);
      expect(await store.deleteByUser('u1')).toEqual({ flags: 0, misses: 0 });
      await close();
    });

    it('rejects invalid input at the boundary', async () => {
      const { store, close } = await make();
      await expect(store.record({ ...flag(), level: 'high' as never })).rejects.toThrow();
      await expect(store.record({ ...flag(), text: 'hi' } as never)).rejects.toThrow();
      await expect(store.list({ limit: 0 })).rejects.toThrow();
      await close();
    });
  });
}
