import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadKnowledgeBase } from '../../src/knowledge';
import { confidenceOf, loadCalibration } from '../../src/knowledge/confidence';
import { KbIndex } from '../../src/knowledge/search-index';
import { FIXTURE_DIR } from './helpers';

const kb = loadKnowledgeBase(FIXTURE_DIR);
const index = new KbIndex(kb.entries);

function sameRanking(text: string, lang: 'vi' | 'en'): void {
  const fast = index.search(text, lang).hits;
  const slow = index.searchWithMiniSearch(text, lang).hits;
  expect(fast.map((h) => h.entry.id)).toEqual(slow.map((h) => h.entry.id));
  fast.forEach((h, i) => expect(h.score).toBeCloseTo(slow[i]?.score ?? NaN, 9));
}

describe('KbIndex', () => {
  it('ranks exactly as MiniSearch does with the same terms (every fixture question, both languages)', () => {
    for (const e of kb.entries) {
      for (const q of e.questions.vi) sameRanking(q, 'vi');
      for (const q of e.questions.en) {
        sameRanking(q, 'en');
        sameRanking(q, 'vi');
      }
    }
  });

  it('ranks exactly as MiniSearch does on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom('vi' as const, 'en' as const), (s, lang) => {
        sameRanking(s, lang);
      }),
      { numRuns: 150 },
    );
  });

  it('finds an entry from each of its own questions', () => {
    for (const e of kb.entries) for (const q of e.questions.vi) expect(index.search(q, 'vi').hits[0]?.entry.id).toBe(e.id);
  });

  it('measures coverage: full for an entry’s own question, partial with unknown words', () => {
    const own = index.search('Tổng đài 111 là gì?', 'vi');
    expect(index.coverage(own.analysis, 'rights.hotline-111')).toMatchObject({ coverage: 1, bestQuestion: 1, unknownShare: 0 });
    const mixed = index.search('tổng đài 111 có dạy nấu phở không', 'vi');
    const c = index.coverage(mixed.analysis, 'rights.hotline-111');
    expect(c.unknownShare).toBeGreaterThan(0);
    expect(c.coverage).toBeLessThan(1);
    expect(c.bestQuestion).toBeLessThanOrEqual(c.coverage);
  });

  it('is deterministic: equal scores are ordered by id', () => {
    const hits = index.search('đi làm', 'vi').hits;
    for (let i = 1; i < hits.length; i++) {
      const a = hits[i - 1];
      const b = hits[i];
      if (a && b && a.score === b.score) expect(a.entry.id < b.entry.id).toBe(true);
    }
  });
});

describe('calibration', () => {
  it('is a valid model whose confidence grows with coverage and margin', () => {
    const cal = loadCalibration();
    expect(cal.clarifyAt).toBeLessThanOrEqual(cal.answerAt);
    const weak = { coverage: 0.3, margin: 0.05, coverageGap: 0, unknownShare: 0.5, bestQuestion: 0.2 };
    const strong = { coverage: 1, margin: 0.6, coverageGap: 0.4, unknownShare: 0, bestQuestion: 0.9 };
    expect(confidenceOf(strong, cal)).toBeGreaterThan(cal.answerAt);
    expect(confidenceOf(weak, cal)).toBeLessThan(cal.clarifyAt);
  });
});
