import { describe, expect, it } from 'vitest';
import { RuleSetError } from '../../src/safety/compile';
import { createDetector } from '../../src/safety/detector';
import { DEFAULT_RULESET } from '../../src/safety/rules';
import type { RuleSet } from '../../src/safety/rule-spec';
import { RISK_CATEGORIES } from '../../src/safety/types';

const MINI: RuleSet = { ...DEFAULT_RULESET, rules: [], boosters: [], illegal: [] };

describe('rule set', () => {
  it('compiles, with unique ids and rules for every category', () => {
    const d = createDetector(DEFAULT_RULESET);
    expect(d.patternCount).toBeGreaterThan(150);
    const ids = DEFAULT_RULESET.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of RISK_CATEGORIES) expect(DEFAULT_RULESET.rules.some((r) => r.category === c), c).toBe(true);
    expect(DEFAULT_RULESET.rules.every((r) => r.id.startsWith(r.id.split('.')[0] as string))).toBe(true);
  });

  it('rejects diacritics in a pattern that runs on folded text', () => {
    const bad: RuleSet = { ...MINI, rules: [{ id: 'x.bad', category: 'abuse', level: 'disclosed', patterns: ['bị đánh'] }] };
    expect(() => createDetector(bad)).toThrow(RuleSetError);
  });

  it('rejects duplicate ids, unknown macros and rules without patterns', () => {
    const dup: RuleSet = {
      ...MINI,
      rules: [
        { id: 'x.a', category: 'abuse', level: 'disclosed', patterns: ['a'] },
        { id: 'x.a', category: 'abuse', level: 'disclosed', patterns: ['b'] },
      ],
    };
    expect(() => createDetector(dup)).toThrow(/duplicate/);
    const macro: RuleSet = { ...MINI, rules: [{ id: 'x.m', category: 'abuse', level: 'disclosed', patterns: ['{NOPE}'] }] };
    expect(() => createDetector(macro)).toThrow(RuleSetError);
    const empty: RuleSet = { ...MINI, rules: [{ id: 'x.e', category: 'abuse', level: 'disclosed' }] };
    expect(() => createDetector(empty)).toThrow();
  });

  it('needs an `elsewhere` signal outside the hit, not the hit counted twice', () => {
    const d = createDetector({
      ...MINI,
      rules: [{ id: 'fl.two', category: 'forced_labour', level: 'possible', patterns: ['khong hop dong', 'lam dem'], elsewhere: ['khong hop dong|lam dem'] }],
    });
    expect(d.assess('khong hop dong').level).toBeNull();
    expect(d.assess('khong hop dong, lam dem').level).toBe('possible');
    expect(d.assess('lam dem hoai').level).toBeNull();
  });

  it('applies idiom, negation, past and booster semantics of a custom rule set', () => {
    const d = createDetector({
      ...MINI,
      rules: [{ id: 'x.die', category: 'self_harm', level: 'disclosed', patterns: ['muon chet'], unless: ['met muon chet'] }],
      boosters: [{ id: 'x.now', categories: ['self_harm'], patterns: ['toi nay'] }],
    });
    expect(d.assess('met muon chet').level).toBeNull();
    expect(d.assess('khong muon chet').flags[0]?.basis).toBe('negated');
    expect(d.assess('muon chet toi nay').level).toBe('imminent');
    expect(d.assess('muon chet').level).toBe('disclosed');
  });
});
