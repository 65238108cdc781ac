import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, collapseRepeats, fold, syllables } from '../../src/nlu/normalize';
import { fastSyllables, prepare } from '../../src/safety/text';

describe('prepare', () => {
  it('leaves words that are names of built-in object members as they are', () => {
    for (const word of ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof']) {
      expect(prepare(`5 ${word} don ${word}`).foldedList).toEqual(['5', word, 'don', word]);
    }
  });

  it('folds, canonicalises teen code and keeps marks only where typed', () => {
    const p = prepare('E ko mún sống nữa, bị chủ giữ CCCD 2 tháng');
    expect(p.folded).toBe(' em khong muon song nua bi chu giu can cuoc 2 thang ');
    expect(p.marked).toBe(' em khong muon sống nữa bị chủ giữ căn cước 2 tháng ');
    expect(p.foldedList).toHaveLength(p.markedList.length);
  });

  it('reads units glued to numbers and English contractions', () => {
    expect(prepare('15t lương 3tr, làm tới 2h').folded).toBe(' 15 tuoi luong 3 trieu lam toi 2 gio ');
    expect(prepare("I don't wanna live, I'm done").folded).toBe(' i do not want to live i m done ');
  });

  it('does not read marked syllables as teen code ("hẻm" is not "hem" = không)', () => {
    expect(prepare('đầu hẻm').folded).toBe(' dau hem ');
    expect(prepare('hem biet').folded).toBe(' khong biet ');
  });

  it('reads teen code "a" as anh only before a pronoun-like word ("a ấy"), not the English article', () => {
    expect(prepare('a ấy nt cho em').folded).toBe(' anh ay nhan tin cho em ');
    expect(prepare('a guy sent me a gift').folded).toBe(' a guy sent me a gift ');
  });

  it('turns risk emoji into tokens and empty input into an empty string', () => {
    expect(prepare('💊💊').folded).toBe(' emjpill emjpill ');
    expect(prepare('  ').foldedList).toEqual([]);
  });
});

describe('fastSyllables', () => {
  const pieces = [
    ...'abcdđeêơưốệìy 0159t.,!?-'.split(''),
    '\u0301', '\u0323', '\u200B', 'ooo', 'ểểể', 'ççç', '💊', '😭😭😭', '𝓐', '²', '٣', '12tr', '\uD800', 'Ð', 'KHÔNGGG',
  ];

  it('gives exactly syllables(collapseRepeats(text)) of the shared normaliser', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const cleaned = cleanText(parts.join(''));
        expect(fastSyllables(cleaned)).toEqual(syllables(collapseRepeats(cleaned)));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('folds like foldedText for any mix of Vietnamese and emoji', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const cleaned = cleanText(parts.join(''));
        expect(fastSyllables(cleaned).map((s) => fold(s))).toEqual(syllables(collapseRepeats(cleaned)).map((s) => fold(s)));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
