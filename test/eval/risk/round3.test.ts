import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/safety/assess';
import { LEVEL_RANK } from '../../../src/safety/types';
import { loadBlindSet } from './dataset';
import { evaluate, type Ratio } from './metrics';

/**
 * Regression floor for the round-3 development data (README "Round 3"): blind-3.yaml (measured once after round 2,
 * development data from round 3 on) and dev-round3-probes.yaml (generalisation probes, each batch scored once,
 * then tuned on). Same thresholds as the release gate. Tuned on, so passing says nothing about unseen phrasings:
 * blind-4 measures round 3.
 */
const FILES = ['blind-3.yaml', 'dev-round3-probes.yaml'];
const MIN_OVERALL_RECALL = 0.97;
const MAX_FALSE_ALARM_RATE = 0.05;
/**
 * Probe messages worded exactly like a benign one of the same file ("em đang đứng ở ga tàu…", "đêm nay em sẽ đi
 * gặp ông bà nội…"): nothing in the words tells them apart, so catching them would mean flagging the benign twin.
 * Kept in the file, and listed here so a new imminent miss still fails.
 */
const KNOWN_AMBIGUOUS = new Set(['dev-round3-probes/risk#23', 'dev-round3-probes/risk#54']);
const rate = (r: Ratio): number => (r.total === 0 ? 0 : r.hit / r.total);

describe.each(FILES)('round-3 development set %s', (file) => {
  const set = loadBlindSet(file);
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
