import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentRecord, ConsentStore } from '../../../src/storage/ports/consent';

export interface ConsentHarness {
  store: ConsentStore;
  reopen?: () => Promise<ConsentStore>;
  close: () => Promise<void>;
}

const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  userId: 'u1',
  channel: 'zalo',
  ageBand: '13-15',
  textVersion: '2026-01',
  parentalConfirmed: true,
  givenAt: '2026-03-01T10:00:00.000Z',
  ...over,
});

/** The behaviour every ConsentStore implementation (SQLite, Cosmos DB) must show. */
export function consentConformance(make: () => Promise<ConsentHarness>): void {
  describe('consent store', () => {
    let h: ConsentHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('records a consent with its text version, age band, parental flag and time, and reads it back', async () => {
      const saved = await h.store.record(consent());
      expect(saved.id).toBeTruthy();
      expect(await h.store.active('u1')).toEqual(saved);
      expect(saved).toMatchObject({ ageBand: '13-15', textVersion: '2026-01', parentalConfirmed: true, givenAt: '2026-03-01T10:00:00.000Z' });
      expect(saved.withdrawnAt).toBeUndefined();
      expect(await h.store.active('u2')).toBeUndefined();
    });

    it('keeps records across a reopen', async () => {
      const saved = await h.store.record(consent({ parentalConfirmed: false, ageBand: '18+' }));
      if (!h.reopen) return;
      const again = await h.reopen();
      expect(await again.active('u1')).toEqual(saved);
    });

    it('returns the newest active consent; withdrawal stops it and keeps the record with its time', async () => {
      await h.store.record(consent({ givenAt: '2026-03-01T10:00:00.000Z', textVersion: 'old' }));
      const newer = await h.store.record(consent({ givenAt: '2026-03-02T10:00:00.000Z' }));
      expect((await h.store.active('u1'))?.id).toBe(newer.id);
      expect(await h.store.withdraw('u1', '2026-03-03T00:00:00.000Z')).toBe(2);
      expect(await h.store.active('u1')).toBeUndefined();
      const all = await h.store.listByUser('u1');
      expect(all.map((c) => c.textVersion)).toEqual(['2026-01', 'old']);
      expect(all.every((c) => c.withdrawnAt === '2026-03-03T00:00:00.000Z')).toBe(true);
      expect(await h.store.withdraw('u1', '2026-03-04T00:00:00.000Z')).toBe(0);
    });

    it('rejects bad input and stores nothing', async () => {
      await expect(h.store.record(consent({ ageBand: 'adult' as never }))).rejects.toThrow();
      await expect(h.store.record(consent({ userId: '' }))).rejects.toThrow();
      await expect(h.store.record(consent({ givenAt: 'yesterday' }))).rejects.toThrow();
      expect(await h.store.listByUser('u1')).toEqual([]);
    });

    it('deletes one user\'s records only', async () => {
      await h.store.record(consent());
      await h.store.record(consent({ givenAt: '2026-03-05T00:00:00.000Z' }));
      await h.store.record(consent({ userId: 'u2' }));
      expect(await h.store.deleteByUser('u1')).toBe(2);
      expect(await h.store.listByUser('u1')).toEqual([]);
      expect((await h.store.listByUser('u2')).length).toBe(1);
    });

    it('purges records given before a time', async () => {
      await h.store.record(consent({ givenAt: '2025-01-01T00:00:00.000Z' }));
      await h.store.record(consent({ userId: 'u2', givenAt: '2026-06-01T00:00:00.000Z' }));
      expect(await h.store.purgeBefore('2026-01-01T00:00:00.000Z')).toBe(1);
      expect(await h.store.active('u1')).toBeUndefined();
      expect(await h.store.active('u2')).toBeDefined();
    });
  });
}
