import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptEntry, TranscriptStore } from '../../../src/storage/ports/transcripts';

export interface TranscriptHarness {
  store: TranscriptStore;
  reopen: () => Promise<TranscriptStore>;
  close: () => Promise<void>;
}

const entry = (over: Partial<TranscriptEntry>): TranscriptEntry => ({
  conversationId: 'c1',
  userId: 'u1',
  channel: 'webchat',
  direction: 'in',
  type: 'message',
  text: 'xin chào',
  at: '2026-01-01T00:00:00.000Z',
  ...over,
});

export function transcriptConformance(make: () => Promise<TranscriptHarness>): void {
  describe('transcript store', () => {
    let h: TranscriptHarness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    it('returns the most recent entries of a conversation, oldest first', async () => {
      for (let i = 0; i < 5; i++) await h.store.append(entry({ text: `m${i}`, direction: i % 2 ? 'out' : 'in' }));
      await h.store.append(entry({ conversationId: 'other', text: 'x' }));
      const recent = await h.store.recent('c1', 3);
      expect(recent.map((e) => e.text)).toEqual(['m2', 'm3', 'm4']);
      expect(recent.map((e) => e.direction)).toEqual(['in', 'out', 'in']);
    });

    it('appends a turn\'s entries in order, in one call', async () => {
      await h.store.append(entry({ text: 'before' }));
      await h.store.appendMany([entry({ text: 'in' }), entry({ text: 'out 1', direction: 'out' }), entry({ text: 'out 2', direction: 'out' })]);
      await h.store.appendMany([]);
      expect((await h.store.recent('c1', 10)).map((e) => e.text)).toEqual(['before', 'in', 'out 1', 'out 2']);
    });

    it('safety cases outlive ordinary ones in retention', async () => {
      await h.store.append(entry({ conversationId: 'calm', at: '2026-01-01T00:00:00.000Z' }));
      await h.store.append(entry({ conversationId: 'risk', at: '2026-01-01T00:00:00.000Z' }));
      await h.store.markSafety('risk');
      await h.store.append(entry({ conversationId: 'risk', at: '2026-01-02T00:00:00.000Z', text: 'later' }));
      expect(await h.store.purgeBefore('ordinary', '2026-06-01T00:00:00.000Z')).toBe(1);
      expect(await h.store.recent('calm', 10)).toEqual([]);
      expect((await h.store.recent('risk', 10)).map((e) => e.kind)).toEqual(['safety', 'safety']);
      expect(await h.store.purgeBefore('safety', '2026-01-01T12:00:00.000Z')).toBe(1);
    });

    it('a turn appended to a safety case is kept as a safety case, and other conversations are not', async () => {
      await h.store.append(entry({ conversationId: 'risk', text: 'first' }));
      await h.store.markSafety('risk');
      await h.store.appendMany([entry({ conversationId: 'risk', text: 'in' }), entry({ conversationId: 'calm', text: 'x' }), entry({ conversationId: 'risk', text: 'out', direction: 'out' })]);
      expect((await h.store.recent('risk', 10)).map((e) => e.kind)).toEqual(['safety', 'safety', 'safety']);
      expect((await h.store.recent('calm', 10)).map((e) => e.kind)).toEqual(['ordinary']);
    });

    it('deletes everything of one user and nothing of others', async () => {
      await h.store.append(entry({ userId: 'u1' }));
      await h.store.append(entry({ userId: 'u1', direction: 'out' }));
      await h.store.append(entry({ userId: 'u2', conversationId: 'c2' }));
      expect(await h.store.deleteByUser('u1')).toBe(2);
      expect(await h.store.countByUser('u1')).toBe(0);
      expect(await h.store.countByUser('u2')).toBe(1);
    });

    it('keeps entries across close and reopen', async () => {
      await h.store.append(entry({ text: 'Mình 15 tuổi' }));
      const reopened = await h.reopen();
      expect((await reopened.recent('c1', 1))[0]?.text).toBe('Mình 15 tuổi');
    });
  });
}
