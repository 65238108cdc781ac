import { describe, expect, it } from 'vitest';
import { Answerer, loadKnowledgeBase, type AskResult } from '../../src/knowledge';
import { loadCalibration } from '../../src/knowledge/confidence';
import { FIXTURE_DIR } from './helpers';

const kb = loadKnowledgeBase(FIXTURE_DIR);
const answerer = new Answerer(kb);
const idOf = (r: AskResult) => (r.kind === 'answer' ? r.entry.id : r.kind);

describe('Answerer on the fixture knowledge base', () => {
  it.each([
    ['15 tuổi đi làm được không', 'rights.min-working-age'],
    ['may tuoi thi duoc di lam', 'rights.min-working-age'],
    ['học nghề có tốn học phí ko', 'training.tuition'],
    ['em 16t muốn đi xkld nhật', 'abroad.min-age'],
    ['tong dai 111 la gi vay', 'rights.hotline-111'],
    ['DƯỚI 15 TUỔI LÀM MẤY TIẾNG MỘT NGÀY?', 'rights.under-15-hours'],
  ])('answers a clear Vietnamese question: %s', (q, id) => {
    expect(idOf(answerer.ask(q, 'vi'))).toBe(id);
  });

  it.each([
    ['How old must I be to work abroad?', 'abroad.min-age'],
    ['is vocational school free', 'training.tuition'],
  ])('answers English questions in English mode: %s', (q, id) => {
    expect(idOf(answerer.ask(q, 'en'))).toBe(id);
  });

  it('returns the related entries with an answer', () => {
    const r = answerer.ask('Mấy tuổi thì được đi làm?', 'vi');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.related.map((e) => e.id)).toEqual(['rights.under-15-hours', 'rights.banned-work']);
  });

  it.each(['', '   ', '???', 'asdfgh qwerty', '😀😀'])('abstains on empty or meaningless messages: "%s"', (q) => {
    expect(answerer.ask(q, 'vi')).toEqual({ kind: 'abstain', confidence: 0 });
  });

  it.each([
    ['hôm nay trời đẹp quá', 'vi'],
    ['mua điện thoại trả góp ở đâu', 'vi'],
    ['what is the weather like', 'en'],
  ] as const)('never answers an out-of-scope question: "%s"', (q, lang) => {
    expect(answerer.ask(q, lang).kind).not.toBe('answer');
  });

  it('offers the best 2-3 entries when it is unsure', () => {
    const unsure = new Answerer(kb, { calibration: { ...loadCalibration(), answerAt: 1.01, clarifyAt: 0 } });
    const r = unsure.ask('15 tuổi làm việc', 'vi');
    expect(r.kind).toBe('clarify');
    if (r.kind === 'clarify') {
      expect(r.candidates.length).toBeGreaterThanOrEqual(2);
      expect(r.candidates.length).toBeLessThanOrEqual(3);
      expect(r.candidates.map((e) => e.id)).toContain('rights.min-working-age');
    }
  });

  it('gives confidences in [0, 1] that are higher for a stored question than for unrelated messages (real KB, production calibration)', () => {
    // The calibration is fitted on the real content, so this property is checked there, not on the small fixture.
    const real = new Answerer(loadKnowledgeBase());
    const unrelated = ['học tiếng anh online miễn phí', 'cách nấu phở bò', 'tỉ số trận MU tối qua', 'what is the best phone to buy'];
    const worstUnrelated = Math.max(...unrelated.map((q) => real.ask(q, /^[a-z ]+$/.test(q) ? 'en' : 'vi').confidence));
    const entries = loadKnowledgeBase().entries.slice(0, 20);
    const stored = entries.map((e) => real.ask(e.questions.vi[0]!, 'vi').confidence);
    const median = [...stored].sort((a, b) => a - b)[Math.floor(stored.length / 2)]!;
    expect(median).toBeGreaterThan(worstUnrelated);
    for (const c of [...stored, worstUnrelated]) expect(c >= 0 && c <= 1).toBe(true);
  });

  it('is deterministic (same input, same result, across instances)', () => {
    const other = new Answerer(kb);
    for (const q of ['15t đi làm dc ko', 'vay vốn', 'đi nhật']) {
      expect(JSON.stringify(other.ask(q, 'vi'))).toBe(JSON.stringify(answerer.ask(q, 'vi')));
    }
  });

  it('handles NFD input and very long messages', () => {
    expect(idOf(answerer.ask('Mấy tuổi thì được đi làm?'.normalize('NFD'), 'vi'))).toBe('rights.min-working-age');
    expect(() => answerer.ask('làm '.repeat(5000), 'vi')).not.toThrow();
  });
});
