import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitText, truncate } from '../../../src/channels/shared/split-text';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('splitText', () => {
  it('keeps short text whole and drops empty text', () => {
    expect(splitText('  Chào bạn!  ')).toEqual(['Chào bạn!']);
    expect(splitText('   ')).toEqual([]);
  });

  it('prefers paragraph, then sentence boundaries', () => {
    const para = `${'a'.repeat(60)}\n\n${'b'.repeat(30)}`;
    expect(splitText(para, 80)).toEqual(['a'.repeat(60), 'b'.repeat(30)]);
    const sentences = 'Một câu khá dài ở đây. Câu thứ hai cũng dài! Câu ba?';
    expect(splitText(sentences, 30)).toEqual(['Một câu khá dài ở đây.', 'Câu thứ hai cũng dài! Câu ba?']);
    expect(splitText(sentences, 25)).toEqual(['Một câu khá dài ở đây.', 'Câu thứ hai cũng dài!', 'Câu ba?']);
  });

  it('never splits a surrogate pair when it must cut a word', () => {
    const emoji = '😀'.repeat(10);
    const parts = splitText(emoji, 5);
    expect(parts.join('')).toBe(emoji);
    for (const p of parts) expect(p.length % 2).toBe(0);
  });

  it('property: chunks are non-empty, within the limit, and lose nothing but whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 4, max: 120 }), (text, max) => {
        const parts = splitText(text, max);
        for (const p of parts) {
          expect(p.length).toBeGreaterThan(0);
          expect(p.length).toBeLessThanOrEqual(max);
        }
        expect(squash(parts.join(''))).toBe(squash(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncate', () => {
  it('cuts with an ellipsis within the limit', () => {
    expect(truncate('Nói chuyện với tư vấn viên', 20)).toHaveLength(20);
    expect(truncate('Nói chuyện với tư vấn viên', 20).endsWith('…')).toBe(true);
    expect(truncate('ngắn', 20)).toBe('ngắn');
  });
});
