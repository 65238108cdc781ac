import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSurveyContent } from '../../src/surveys/content';
import { percent, rankTypes, scoreAnswers, ScoringError, textBar } from '../../src/surveys/scoring';
import { RIASEC, type Answer, type Riasec } from '../../src/surveys/types';

const { content } = loadSurveyContent();
const items = content.items;
/** Answers giving each type the same answer: `byType.R` for every R item, and so on. */
const answersBy = (byType: Partial<Record<Riasec, Answer>>, fallback: Answer = 0): Answer[] => items.map((i) => byType[i.type] ?? fallback);

/** Sets the first `n` items of `type` to `value`. */
const withFirst = (answers: Answer[], type: Riasec, n: number, value: Answer): Answer[] => {
  let seen = 0;
  return answers.map((a, i) => (items[i]!.type === type && seen++ < n ? value : a));
};

describe('scoreAnswers', () => {
  const cases: { name: string; answers: Answer[]; code: string; highlight: string; flat: boolean; low: boolean }[] = [
    { name: 'likes only Social: types that scored nothing are not explained', answers: answersBy({ S: 2 }), code: 'SRI', highlight: 'S', flat: false, low: false },
    { name: 'Social, then Artistic, Enterprising far behind', answers: withFirst(answersBy({ S: 2, A: 1 }), 'E', 3, 1), code: 'SAE', highlight: 'SA', flat: false, low: false },
    { name: 'a close third letter is explained too', answers: withFirst(answersBy({ S: 2, A: 1 }), 'E', 6, 1), code: 'SAE', highlight: 'SAE', flat: false, low: false },
    { name: 'everything disliked: even and low, code by RIASEC order', answers: answersBy({}, 0), code: 'RIA', highlight: 'R', flat: true, low: true },
    { name: 'everything liked: even but not low', answers: answersBy({}, 2), code: 'RIA', highlight: 'RIA', flat: true, low: false },
    { name: 'Conventional and Investigative, third far behind', answers: answersBy({ C: 2, I: 2, R: 0 }, 0), code: 'ICR', highlight: 'IC', flat: false, low: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = scoreAnswers(items, c.answers);
      expect(s.code).toBe(c.code);
      expect(s.highlight.join('')).toBe(c.highlight);
      expect(s.flat).toBe(c.flat);
      expect(s.low).toBe(c.low);
    });
  }

  it('sums 0/1/2 per type; the maximum is two points per item of a type', () => {
    const s = scoreAnswers(items, answersBy({ R: 2, I: 1 }));
    expect(s.maxScore).toBe(12);
    expect(s.scores).toEqual({ R: 12, I: 6, A: 0, S: 0, E: 0, C: 0 });
    expect(s.likes).toEqual({ R: 6, I: 0, A: 0, S: 0, E: 0, C: 0 });
  });

  it('breaks a tie in score by the number of likes, then by RIASEC order', () => {
    // E: three likes and three dislikes = 6; S: six neutrals = 6. Same score; E has more likes.
    let eSeen = 0;
    const answers = items.map((i): Answer => (i.type === 'S' ? 1 : i.type === 'E' ? (eSeen++ < 3 ? 2 : 0) : 0));
    const s = scoreAnswers(items, answers);
    expect(s.scores.E).toBe(s.scores.S);
    expect(s.ranking.slice(0, 2)).toEqual(['E', 'S']);
    expect(rankTypes({ R: 1, I: 1, A: 1, S: 1, E: 1, C: 1 }, { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 })).toEqual([...RIASEC]);
  });

  it('rejects missing or extra answers', () => {
    expect(() => scoreAnswers(items, answersBy({}).slice(1))).toThrow(ScoringError);
    const gap: (Answer | null)[] = answersBy({});
    gap[5] = null;
    expect(() => scoreAnswers(items, gap)).toThrow(/item 6/);
  });

  it('properties: scores stay in range, the code is three distinct letters in ranking order, and scoring is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Answer>(0, 1, 2), { minLength: items.length, maxLength: items.length }), (answers) => {
        const a = scoreAnswers(items, answers);
        const b = scoreAnswers(items, [...answers]);
        expect(b).toEqual(a);
        for (const c of RIASEC) expect(a.scores[c]).toBeGreaterThanOrEqual(0);
        for (const c of RIASEC) expect(a.scores[c]).toBeLessThanOrEqual(a.maxScore);
        expect(new Set(a.code).size).toBe(3);
        expect(a.code).toBe(a.ranking.slice(0, 3).join(''));
        for (let i = 1; i < 6; i++) expect(a.scores[a.ranking[i - 1]!]).toBeGreaterThanOrEqual(a.scores[a.ranking[i]!]);
        expect(a.highlight.length).toBeGreaterThanOrEqual(1);
        expect(a.highlight.length).toBeLessThanOrEqual(3);
        expect(a.highlight).toEqual(a.ranking.slice(0, a.highlight.length));
      }),
      { numRuns: 300, seed: 20260601 },
    );
  });
});

describe('display helpers', () => {
  it('percent and text bars scale to the maximum', () => {
    expect(percent(6, 12)).toBe(50);
    expect(percent(0, 0)).toBe(0);
    expect(textBar(12, 12)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(textBar(3, 12, 4)).toBe('▰▱▱▱');
  });
});
