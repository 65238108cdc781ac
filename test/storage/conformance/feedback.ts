import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackStore, Unanswered, Vote } from '../../../src/storage/ports/feedback';

export interface FeedbackHarness {
  store: FeedbackStore;
  reopen?: () => Promise<FeedbackStore>;
  close: () => Promise<void>;
}

const vote = (over: Partial<Vote> = {}): Vote => ({
  userId: 'u1',
  entryId: 'rights.min-working-age',
  vote: 'up',
  channel: 'zalo',
  at: '2026-03-01T10:00:00.000Z',
  ...over,
});

const unanswered = (over: Partial<Unanswered> = {}): Unanswered => ({
  userId: 'u1',
  text: 'mua điện thoại trả góp ở đâu',
  lang: 'vi',
  channel: 'messenger',
  at: '2026-03-01T10:00:00.000Z',
  confidence: 0.12,
  ...over,
});

/** The behaviour every FeedbackStore implementation (SQLite, Cosmos DB) must show. */
export function feedbackConformance(make: () => Promise<FeedbackHarness>): void {
  describe('feedback store', () => {
    let h: FeedbackHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('stores votes and lists them newest first with their fields', async () => {
      await h.store.recordVote(vote({ at: '2026-03-01T10:00:00.000Z' }));
      await h.store.recordVote(vote({ vote: 'down', at: '2026-03-02T10:00:00.000Z', text: 'mấy tuổi đi làm', lang: 'vi' }));
      const list = await h.store.listVotes();
      expect(list.map((v) => v.vote)).toEqual(['down', 'up']);
      expect(list[0]).toMatchObject({ userId: 'u1', entryId: 'rights.min-working-age', channel: 'zalo', text: 'mấy tuổi đi làm', lang: 'vi' });
      expect(list[1]?.text).toBeUndefined();
    });

    it('filters votes by entry, vote, channel and time range', async () => {
      await h.store.recordVote(vote({ entryId: 'a.x', vote: 'down', at: '2026-03-01T00:00:00.000Z' }));
      await h.store.recordVote(vote({ entryId: 'a.x', vote: 'up', channel: 'web', at: '2026-03-05T00:00:00.000Z' }));
      await h.store.recordVote(vote({ entryId: 'b.y', vote: 'down', at: '2026-03-10T00:00:00.000Z' }));
      expect((await h.store.listVotes({ entryId: 'a.x' })).length).toBe(2);
      expect((await h.store.listVotes({ vote: 'down' })).map((v) => v.entryId)).toEqual(['b.y', 'a.x']);
      expect((await h.store.listVotes({ channel: 'web' })).length).toBe(1);
      const range = await h.store.listVotes({ from: '2026-03-05T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z' });
      expect(range.map((v) => v.at)).toEqual(['2026-03-05T00:00:00.000Z']);
    });

    it('stores unanswered questions with confidence and best guess, filtered by language', async () => {
      await h.store.recordUnanswered(unanswered({ bestEntryId: 'jobs.loans' }));
      await h.store.recordUnanswered(unanswered({ lang: 'en', text: 'where to buy a phone', at: '2026-03-03T00:00:00.000Z' }));
      const vi = await h.store.listUnanswered({ lang: 'vi' });
      expect(vi).toHaveLength(1);
      expect(vi[0]).toMatchObject({ text: 'mua điện thoại trả góp ở đâu', confidence: 0.12, bestEntryId: 'jobs.loans', channel: 'messenger' });
      expect((await h.store.listUnanswered()).map((u) => u.lang)).toEqual(['en', 'vi']);
    });

    it('pages with limit and offset', async () => {
      for (let i = 0; i < 5; i++) await h.store.recordUnanswered(unanswered({ text: `q${i}`, at: `2026-03-0${i + 1}T00:00:00.000Z` }));
      expect((await h.store.listUnanswered({ limit: 2 })).map((u) => u.text)).toEqual(['q4', 'q3']);
      expect((await h.store.listUnanswered({ limit: 2, offset: 2 })).map((u) => u.text)).toEqual(['q2', 'q1']);
    });

    it('counts votes per entry, most thumbs-down first, and unanswered questions', async () => {
      await h.store.recordVote(vote({ entryId: 'a.x', vote: 'up' }));
      await h.store.recordVote(vote({ entryId: 'b.y', vote: 'down' }));
      await h.store.recordVote(vote({ entryId: 'b.y', vote: 'down', userId: 'u2' }));
      await h.store.recordVote(vote({ entryId: 'b.y', vote: 'up', userId: 'u3' }));
      await h.store.recordUnanswered(unanswered());
      await h.store.recordUnanswered(unanswered({ at: '2027-01-01T00:00:00.000Z' }));
      const c = await h.store.counts({ to: '2026-12-31T00:00:00.000Z' });
      expect(c).toEqual({
        up: 2,
        down: 2,
        unanswered: 1,
        byEntry: [
          { entryId: 'b.y', up: 1, down: 2 },
          { entryId: 'a.x', up: 1, down: 0 },
        ],
      });
    });

    it('compares times as instants whatever offset they were written with', async () => {
      await h.store.recordVote(vote({ at: '2026-03-01T08:00:00+07:00' }));
      expect((await h.store.listVotes({ from: '2026-03-01T00:30:00.000Z' })).length).toBe(1);
      expect((await h.store.listVotes({ to: '2026-03-01T01:30:00.000Z' })).length).toBe(1);
      expect((await h.store.listVotes({ from: '2026-03-01T01:30:00.000Z' })).length).toBe(0);
      expect((await h.store.listVotes())[0]?.at).toBe('2026-03-01T01:00:00.000Z');
    });

    it('deletes everything of one user and nothing of others', async () => {
      await h.store.recordVote(vote({ userId: 'u1' }));
      await h.store.recordUnanswered(unanswered({ userId: 'u1' }));
      await h.store.recordVote(vote({ userId: 'u2' }));
      await h.store.recordUnanswered(unanswered({ userId: 'u2' }));
      expect(await h.store.deleteByUser('u1')).toBe(2);
      expect((await h.store.listVotes()).map((v) => v.userId)).toEqual(['u2']);
      expect((await h.store.listUnanswered()).map((u) => u.userId)).toEqual(['u2']);
    });

    it('purges rows older than the retention limit', async () => {
      await h.store.recordVote(vote({ at: '2026-01-01T00:00:00.000Z' }));
      await h.store.recordUnanswered(unanswered({ at: '2026-01-01T00:00:00.000Z' }));
      await h.store.recordVote(vote({ at: '2026-06-01T00:00:00.000Z' }));
      expect(await h.store.purgeBefore('2026-03-01T00:00:00.000Z')).toBe(2);
      expect((await h.store.listVotes()).length).toBe(1);
      expect((await h.store.listUnanswered()).length).toBe(0);
    });

    it('rejects bad input and stores nothing', async () => {
      await expect(h.store.recordVote(vote({ vote: 'meh' as 'up' }))).rejects.toThrow();
      await expect(h.store.recordVote(vote({ at: 'yesterday' }))).rejects.toThrow();
      await expect(h.store.recordUnanswered(unanswered({ confidence: 2 }))).rejects.toThrow();
      await expect(h.store.recordUnanswered(unanswered({ userId: '' }))).rejects.toThrow();
      expect(await h.store.listVotes()).toEqual([]);
      expect(await h.store.listUnanswered()).toEqual([]);
    });

    it('keeps feedback across close and reopen', async () => {
      if (!h.reopen) return;
      await h.store.recordVote(vote({ vote: 'down' }));
      await h.store.recordUnanswered(unanswered());
      const again = await h.reopen();
      expect((await again.listVotes()).map((v) => v.vote)).toEqual(['down']);
      expect((await again.counts()).unanswered).toBe(1);
    });
  });
}
