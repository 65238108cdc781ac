import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/safety/assess';
import { kbQuestions, loadKbLabels, mismatch } from './kb-expected';

/**
 * The knowledge base's own question paraphrases are what teens type to get INFORMATION. Each must get the
 * safety outcome the README policy gives it (kb-expected.yaml): no crisis card for a question about ages or
 * rules, the safety answer for an account of harm. An unlabelled question must get no alert at all, so new
 * content that trips the detector has to be reviewed and labelled.
 */
const MAX_STALE_SHARE = 0.1;

const labels = loadKbLabels();
const questions = kbQuestions();

describe('knowledge-base questions through the risk detector', () => {
  it('reads a non-trivial knowledge base and label file', () => {
    expect(questions.length).toBeGreaterThan(1000);
    expect(labels.size).toBeGreaterThan(200);
  });

  it('gives every labelled question its expected outcome and every other question no alert', () => {
    const failures = questions.flatMap(({ q, entry }) => {
      const why = mismatch(assess(q), labels.get(q));
      return why === undefined ? [] : [`${entry}: ${JSON.stringify(q)} — ${why}${labels.has(q) ? '' : ' (unlabelled)'}`];
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('never shows a crisis card for a question labelled none or tip', () => {
    const crisis = questions.filter(({ q }) => {
      const want = labels.get(q)?.want ?? 'none';
      return (want === 'none' || want === 'tip') && assess(q).level === 'imminent';
    });
    expect(crisis.map((c) => c.q)).toEqual([]);
  });

  it(`keeps the label file in step with the content (at most ${MAX_STALE_SHARE * 100}% stale labels)`, () => {
    const present = new Set(questions.map((x) => x.q));
    const stale = [...labels.keys()].filter((q) => !present.has(q));
    expect(stale.length / labels.size, `stale labels:\n${stale.join('\n')}`).toBeLessThanOrEqual(MAX_STALE_SHARE);
  });
});
