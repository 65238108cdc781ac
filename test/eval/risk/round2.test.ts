import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/safety/assess';
import { LEVEL_RANK } from '../../../src/safety/types';
import { loadBlindSet } from './dataset';
import { evaluate, type Ratio } from './metrics';

/**
 * Regression floor for the round-2 development data (README "Round 2"): dev-round2.yaml (written before the
 * round-2 rule changes), dev-round2-probes.yaml (generalisation probes, scored once each, then tuned on) and
 * blind-2.yaml (used for development from round 2 on). Same thresholds as the release gate. These files are
 * tuned on, so passing says nothing about unseen phrasings: that is what blind-3 measures.
 */
const FILES = ['dev-round2.yaml', 'dev-round2-probes.yaml', 'blind-2.yaml'];
const MIN_OVERALL_RECALL = 0.97;
const MAX_FALSE_ALARM_RATE = 0.05;
const rate = (r: Ratio): number => (r.total === 0 ? 0 : r.hit / r.total);

describe.each(FILES)('round-2 development set %s', (file) => {
  const set = loadBlindSet(file);
  const report = evaluate({ risk: set.risk, benign: set.benign, illegal: [] }, assess);

  it('catches every imminent message at imminent level', () => {
    const missed = report.misses.filter((m) => m.expected.endsWith('/imminent'));
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
