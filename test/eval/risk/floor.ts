import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/safety/assess';
import { LEVEL_RANK } from '../../../src/safety/types';
import { loadBlindSet } from './dataset';
import { evaluate, type Ratio } from './metrics';

/** The release gate's thresholds, applied to development files as a regression floor (round2/3/4.test.ts). */
export const MIN_OVERALL_RECALL = 0.97;
export const MAX_FALSE_ALARM_RATE = 0.05;
const rate = (r: Ratio): number => (r.total === 0 ? 0 : r.hit / r.total);

/**
 * Defines the floor tests for development files in the blind format: every imminent message caught at imminent
 * level (except documented `knownAmbiguous` item ids), overall recall and false alarms within the gate's
 * thresholds, and informational questions at most a safety tip. Tuned-on files: passing says nothing about
 * unseen phrasings (the next blind set measures those).
 */
export function developmentFloor(round: string, files: readonly string[], knownAmbiguous: ReadonlySet<string> = new Set()): void {
  describe.each(files)(`${round} development set %s`, (file) => {
    const set = loadBlindSet(file);
    const report = evaluate({ risk: set.risk, benign: set.benign, illegal: [] }, assess);

    it('catches every imminent message at imminent level', () => {
      const missed = report.misses.filter((m) => m.expected.endsWith('/imminent') && !knownAmbiguous.has(m.id));
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
}
