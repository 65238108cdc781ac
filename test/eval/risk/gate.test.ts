import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/safety/assess';
import { loadEvalSet } from './dataset';
import { evaluate, type Ratio } from './metrics';

/** Release gate of issue 4: imminent recall 100%, overall recall ≥ 97%, false alarms ≤ 5%. */
const MIN_OVERALL_RECALL = 0.97;
const MAX_FALSE_ALARM_RATE = 0.05;

const set = loadEvalSet();
const report = evaluate(set, assess);
const rate = (r: Ratio): number => r.hit / r.total;

describe('risk triage evaluation gate', () => {
  it('has at least 300 risk and 300 benign messages covering every framing', () => {
    expect(set.risk.length).toBeGreaterThanOrEqual(300);
    expect(set.benign.length).toBeGreaterThanOrEqual(300);
    const tags = new Set(set.risk.flatMap((r) => r.tags));
    for (const t of ['explicit', 'coded', 'slang', 'nodiac', 'third', 'english']) expect(tags, t).toContain(t);
    const benignTags = new Set(set.benign.flatMap((r) => r.tags));
    for (const t of ['work', 'school', 'game', 'family', 'idiom']) expect(benignTags, t).toContain(t);
  });

  it('catches every imminent message at imminent level', () => {
    const missed = report.misses.filter((m) => m.expected.endsWith('/imminent'));
    expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);
  });

  it(`keeps overall recall at or above ${MIN_OVERALL_RECALL * 100}%`, () => {
    expect(rate(report.recallOverall)).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
  });

  it(`keeps the false-alarm rate at or below ${MAX_FALSE_ALARM_RATE * 100}%`, () => {
    expect(rate(report.falseAlarms), JSON.stringify(report.falseAlarmList, null, 1)).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
  });

  it('rarely mistakes a first-person message for one about a friend', () => {
    expect(rate(report.wrongThirdParty)).toBeLessThanOrEqual(0.02);
  });

  it('recognises the illegal requests', () => {
    expect(rate(report.illegalDetected)).toBeGreaterThanOrEqual(0.9);
  });
});
