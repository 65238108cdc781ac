import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseQuery, canonicalIY, hasDiacritics, stemEnglish, viDocumentTerms } from '../../src/nlu/analyser';
import { charVariants, viReadings } from '../../src/nlu/teencode';

const termsOf = (text: string, lang: 'vi' | 'en' = 'vi') => {
  const a = analyseQuery(text, lang);
  return new Set([...a.vi, ...a.en].flatMap((p) => p.terms.map((t) => t.term)));
};

describe('teen code', () => {
  it('expands ambiguous tokens to every reading', () => {
    expect(viReadings('bn')).toEqual(['bao nhiêu', 'bạn']);
    expect(viReadings('hok')).toEqual(['không', 'học']);
    expect(viReadings('z')).toEqual(['vậy', 'gì']);
  });

  it('reads a unit after a number differently from the same token alone', () => {
    expect(viReadings('t', '15')).toEqual(['tuổi']);
    expect(viReadings('t')).toEqual(['tôi']);
    expect(viReadings('tr', '3')).toEqual(['triệu']);
    expect(viReadings('k', '50')).toEqual(['nghìn']);
    expect(viReadings('k')).toEqual(['không']);
  });

  it('does not touch real words that look like teen code once folded', () => {
    expect(viReadings('hỏng')).toEqual([]);
    expect(viReadings('hồng')).toEqual([]);
    expect(viReadings('làm')).toEqual([]);
  });

  it('adds character-level variants (w→qu, f→ph, z→v/d/gi, final j→i)', () => {
    expect(charVariants('wa')).toEqual(['qua']);
    expect(charVariants('fai')).toEqual(['phai']);
    expect(charVariants('zui')).toEqual(['vui', 'dui', 'giui']);
    expect(charVariants('dj')).toEqual(['di']);
    expect(charVariants('lam')).toEqual([]);
  });
});

describe('query analysis', () => {
  it('meets accented, unaccented, NFD and old-style tone placement on the same terms', () => {
    const accented = termsOf('hòa');
    expect(accented).toContain('u:hoa2');
    expect(accented).toContain('f:hoa');
    expect(termsOf('hoà')).toContain('u:hoa2');
    expect(termsOf('ho\u0061\u0300'.normalize('NFD'))).toContain('u:hoa2');
    expect(termsOf('hoa')).toContain('f:hoa');
  });

  it('uses tone keys only for text written with diacritics', () => {
    expect([...termsOf('lam them')].some((t) => t.startsWith('u:'))).toBe(false);
    expect(termsOf('làm thêm')).toContain('u:lam2');
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('di lam')).toBe(false);
  });

  it('keeps the typed token and adds every teen-code reading at its position', () => {
    const a = analyseQuery('15t đi làm dc ko', 'vi');
    const dc = a.vi.find((p) => p.token === 'dc');
    expect(dc?.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['f:dc', 'f:duoc', 'u:đươc5']));
    const t = a.vi.find((p) => p.token === 't');
    expect(t?.terms.map((x) => x.term)).toContain('f:tuoi');
    expect(a.bigrams.map((b) => b.term)).toContain('b:duoc_khong');
  });

  it('canonicalises i/y after a consonant (công ty = công ti, kỹ = kĩ) but not after a vowel', () => {
    expect(canonicalIY('ty')).toBe('ti');
    expect(canonicalIY('ky4')).toBe('ki4');
    expect(canonicalIY('tuy')).toBe('tuy');
    expect(canonicalIY('y')).toBe('y');
    const vi = (text: string) => analyseQuery(text, 'vi').vi.flatMap((p) => p.terms.map((t) => t.term));
    expect(vi('công ty')).toEqual(vi('công ti'));
    expect(vi('kỹ năng')).toEqual(vi('kĩ năng'));
  });

  it('weights the view of the user’s language higher', () => {
    const vi = analyseQuery('work', 'vi').en[0]?.terms[0]?.weight ?? 0;
    const en = analyseQuery('work', 'en').en[0]?.terms[0]?.weight ?? 0;
    expect(en).toBeGreaterThan(vi);
  });

  it('stems English lightly and expands chat abbreviations', () => {
    expect(stemEnglish('working')).toBe('work');
    expect(stemEnglish('jobs')).toBe('job');
    expect(stemEnglish('business')).toBe('business');
    expect(termsOf('idk how to work', 'en')).toContain('e:know');
    expect(termsOf('wanna work', 'en')).toContain('e:want');
  });

  it('leaves English function words out of the English view, keeping question words', () => {
    const words = analyseQuery('What is the age to work in a factory?', 'en').en.map((p) => p.token);
    expect(words).toEqual(['what', 'age', 'work', 'factory']);
  });

  it('marks particles so the confidence can skip them', () => {
    const a = analyseQuery('cho em hỏi mấy tuổi được đi làm ạ', 'vi');
    expect(a.vi.filter((p) => p.particle).map((p) => p.token)).toEqual(['hỏi', 'ạ']);
  });

  it('never throws and yields only prefixed terms, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const a = analyseQuery(s, 'vi');
        const all = [...a.vi, ...a.en].flatMap((p) => p.terms).concat(a.bigrams);
        return all.every((t) => /^[ufbe]:\S+$/u.test(t.term) && t.weight > 0) && viDocumentTerms(s, true).every((t) => !/\s/.test(t));
      }),
    );
  });
});
