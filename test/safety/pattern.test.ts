import { describe, expect, it } from 'vitest';
import { compilePattern, findAll, matches, PatternError, splitAlternatives } from '../../src/safety/pattern';

const M = { SELF: 'em|minh|toi', PEOPLE: 'ban {SELF}|be' };

describe('pattern language', () => {
  it('matches whole syllables only', () => {
    const p = compilePattern('muon chet');
    expect(matches(p, ' em muon chet ')).toBe(true);
    expect(matches(p, ' em muonn chet ')).toBe(false);
    expect(matches(p, ' em muon cheta ')).toBe(false);
  });

  it('supports alternatives, optional items, gaps, macros, regex syllables, lookahead and anchors', () => {
    expect(matches(compilePattern('(a b|c) d', M), ' c d ')).toBe(true);
    expect(matches(compilePattern('a x? b', M), ' a b ')).toBe(true);
    expect(matches(compilePattern('a … b', M), ' a 1 2 3 b ')).toBe(true);
    expect(matches(compilePattern('a … b', M), ' a 1 2 3 4 b ')).toBe(false);
    expect(matches(compilePattern('a …5 b', M), ' a 1 2 3 4 b ')).toBe(true);
    expect(matches(compilePattern('{PEOPLE} bi', M), ' ban minh bi ')).toBe(true);
    expect(matches(compilePattern('/1[0-4]/ tuoi', M), ' 13 tuoi ')).toBe(true);
    expect(matches(compilePattern('/1[0-4]/ tuoi', M), ' 15 tuoi ')).toBe(false);
    expect(matches(compilePattern('qua cam !(on)', M), ' qua cam on ')).toBe(false);
    expect(matches(compilePattern('qua cam !(on)', M), ' qua cam lam ')).toBe(true);
    expect(matches(compilePattern('^ sos $', M), ' sos ')).toBe(true);
    expect(matches(compilePattern('^ sos $', M), ' sos bai tap ')).toBe(false);
  });

  it('chooses a rare required syllable or bigram as anchor, or none when nothing is required', () => {
    expect(compilePattern('em muon chet').anchors).toEqual(['muon chet']);
    expect(compilePattern('em … chet').anchors).toEqual(['chet']);
    expect(compilePattern('(tu sat|ket lieu) em').anchors?.sort()).toEqual(['ket lieu', 'tu sat']);
    expect(compilePattern('a? …').anchors).toBeNull();
  });

  it('supports a negative lookbehind "<!x" (the syllables just before are not x)', () => {
    const p = compilePattern('<!tre em bi', M);
    expect(matches(p, ' em bi danh ')).toBe(true);
    expect(matches(p, ' tre em bi danh ')).toBe(false);
    expect(matches(compilePattern('<!(tre|anh) em bi', M), ' anh em bi ')).toBe(false);
  });

  it('keeps a second, independent anchor condition when two required parts exist', () => {
    const p = compilePattern('bi …2 (dua|dan) sang campuchia');
    expect(p.anchors).toEqual(['sang campuchia']);
    expect(p.also).toEqual(['bi']); // not "campuchia": implied by the bigram, it would filter nothing
    const q = compilePattern('(tu sat|ket lieu) em');
    expect(q.also).toEqual(['em']);
    expect(compilePattern('chet').also).toBeNull();
  });

  it('splits a pattern into its top-level alternatives, expanding a macro alternative', () => {
    expect(splitAlternatives('a b|{PEOPLE}|(c|d) e', M)).toEqual(['a b', 'ban {SELF}', 'be', '( c | d ) e']);
    for (const alt of splitAlternatives('a b|{PEOPLE}|(c|d) e', M)) expect(() => compilePattern(alt, M)).not.toThrow();
  });

  it('reports every match with its position', () => {
    const spans = findAll(compilePattern('chet'), ' chet a chet ');
    expect(spans).toEqual([
      { start: 1, end: 6 },
      { start: 8, end: 13 },
    ]);
  });

  it('finds the same matches as the lookbehind form of the pattern (adjacent, empty and anchored matches)', () => {
    const reference = (source: string, text: string): { start: number; end: number }[] => {
      const re = new RegExp(source, 'g');
      const out: { start: number; end: number }[] = [];
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        out.push({ start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    };
    const texts = [' a a a ', ' sos ', ' tre em bi em bi ', ' x a b a b ', '  ', ' a '];
    const patterns = ['a', 'a a', 'a? …', 'x?', '^ sos $', '<!tre em bi', 'a …', '… a', '(a|)', 'a b|b a', '^ (a|x)', 'a $'];
    let nonEmpty = 0;
    for (const src of patterns) {
      const p = compilePattern(src);
      for (const t of texts) {
        const want = reference(p.source, t);
        if (want.length > 0) nonEmpty++;
        expect(findAll(p, t), `${src} in "${t}"`).toEqual(want);
        expect(matches(p, t)).toBe(want.length > 0);
      }
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('rejects bad syntax and unknown macros', () => {
    expect(() => compilePattern('(a b')).toThrow(PatternError);
    expect(() => compilePattern('a ) b')).toThrow(PatternError);
    expect(() => compilePattern('{NOPE}')).toThrow(/unknown macro/);
    expect(() => compilePattern('  ')).toThrow(PatternError);
  });
});
