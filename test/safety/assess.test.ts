import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { assess, DEFAULT_DETECTOR } from '../../src/safety/assess';
import { ILLEGAL_KINDS, RISK_CATEGORIES, RISK_LEVELS } from '../../src/safety/types';
import { loadEvalSet } from '../eval/risk/dataset';

const caseSchema = z
  .object({
    text: z.string(),
    level: z.enum(RISK_LEVELS).nullable(),
    category: z.enum(RISK_CATEGORIES).optional(),
    checkIn: z.boolean().optional(),
    thirdParty: z.boolean().optional(),
    illegal: z.enum(ILLEGAL_KINDS).optional(),
  })
  .strict();

const CASES = z.array(caseSchema).parse(parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'dev.yaml'), 'utf8')));

describe('assess — dev fixture', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%j', (_text, c) => {
    const a = assess(c.text);
    expect(a.level).toBe(c.level);
    if (c.category) expect(a.flags.map((f) => f.category)).toContain(c.category);
    if (c.checkIn !== undefined) expect(a.checkIn).toBe(c.checkIn);
    if (c.thirdParty !== undefined) expect(a.flags[0]?.thirdParty ?? false).toBe(c.thirdParty);
    expect(a.illegalRequest?.kind).toBe(c.illegal);
  });
});

describe('assess — properties', () => {
  it('is deterministic and never returns the text', () => {
    const text = 'Tối nay em sẽ tự tử, em chuẩn bị xong hết rồi';
    const a = assess(text);
    expect(assess(text)).toEqual(a);
    expect(JSON.stringify(a)).not.toMatch(/tự tử|chuẩn bị/);
    expect(a.flags.every((f) => /^[a-z]+(\.[a-z0-9_]+)+$/.test(f.ruleId))).toBe(true);
  });

  it('orders flags most urgent first and reports the top level', () => {
    const a = assess('em muốn chết, tối nay em sẽ làm');
    expect(a.level).toBe('imminent');
    expect(a.flags[0]?.level).toBe('imminent');
    expect(a.flags.map((f) => f.basis)).toContain('boost');
  });

  it('treats NFD input, zero-width characters and letter runs like clean text', () => {
    const clean = assess('em muốn chết');
    expect(assess('em muo\u0302\u0301n che\u0302\u0301t')).toEqual(clean);
    expect(assess('em mu\u200Bốn chếttttt')).toEqual(clean);
  });

  it('gives a check-in, never a crisis card, for "tu tu" typed without diacritics', () => {
    for (const text of ['tu tu', 'em muon tu tu', 'tu tu co dau ko']) {
      const a = assess(text);
      expect(a.level, text).toBe('possible');
      expect(a.checkIn, text).toBe(true);
    }
    expect(assess('em muốn tự tử').level).toBe('disclosed');
    // "từ từ" typed with its diacritics is not ambiguous: the rules give nothing. (The statistical layer may
    // still add a `possible` tip, never a check-in or crisis card: README "Statistical layer", known false alarms.)
    expect(DEFAULT_DETECTOR.assess('em muốn từ từ').level).toBeNull();
    const both = assess('em muốn từ từ');
    expect(both.level === null || (both.level === 'possible' && !both.checkIn && both.flags.every((f) => f.ruleId.startsWith('ml.'))), JSON.stringify(both)).toBe(true);
  });

  it('finds the same flags with the anchor index as with a scan of every pattern', () => {
    const set = loadEvalSet();
    const texts = [...set.risk, ...set.benign, ...set.illegal].map((x) => x.text);
    for (const t of texts) expect(DEFAULT_DETECTOR.assess(t), t).toEqual(DEFAULT_DETECTOR.assess(t, { useIndex: false }));
  });
});
