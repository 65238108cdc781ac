import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/safety/assess';
import { LEVEL_RANK } from '../../../src/safety/types';
import { loadBlindSet } from './dataset';
import { evaluate, type Ratio } from './metrics';

/**
 * Regression floor for the round-4 development data (README "Round 4"): blind-4.yaml, measured twice as a blind set
 * after round 3 (rules 56.9%, imminent 52%), declared development data at the start of round 4, its misses then
 * fixed by concept. Same thresholds as the release gate. Tuned on, so passing says nothing about unseen phrasings:
 * blind-5 (written separately) measures round 4.
 */
const FILE = 'blind-4.yaml';
const MIN_OVERALL_RECALL = 0.97;
const MAX_FALSE_ALARM_RATE = 0.05;
/** No blind-4 item is documented as ambiguous: every imminent one must be caught at imminent level. */
const KNOWN_AMBIGUOUS = new Set<string>();
const rate = (r: Ratio): number => (r.total === 0 ? 0 : r.hit / r.total);

describe('round-4 development set blind-4.yaml', () => {
  const set = loadBlindSet(FILE);
  const report = evaluate({ risk: set.risk, benign: set.benign, illegal: [] }, assess);

  it('catches every imminent message at imminent level', () => {
    const missed = report.misses.filter((m) => m.expected.endsWith('/imminent') && !KNOWN_AMBIGUOUS.has(m.id));
    expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);
  });

  it(`keeps overall recall at or above ${MIN_OVERALL_RECALL * 100}% and false alarms at or below ${MAX_FALSE_ALARM_RATE * 100}%`, () => {
    expect(rate(report.recallOverall), JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
    expect(rate(report.falseAlarms), JSON.stringify(report.falseAlarmList, null, 1)).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
  });

  it('gives informational questions at most a safety tip', () => {
    const over = set.questions.filter((q) => {
      const a = assess(q.text);
      return (a.level !== null && LEVEL_RANK[a.level] > LEVEL_RANK.possible) || a.illegalRequest !== undefined;
    });
    expect(over.map((q) => q.text)).toEqual([]);
  });
});
