/**
 * Quality gate of the FAQ matcher on the independent evaluation set test/eval/kb/questions.yaml (written
 * without looking at the paraphrases). Skips nothing: a missing or broken set fails with a message saying so.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/knowledge';
import { engineSystem, evaluate, QUESTIONS_FILE, readQuestions, unknownExpectations, type EvalQuestion } from './harness';

const MIN_TOP1 = 0.9;
const MAX_OOS_FALSE_ACCEPT = 0.1;
const MIN_QUESTIONS = 400;
const MIN_OUT_OF_SCOPE = 20;

describe('FAQ matcher quality gate (test/eval/kb/questions.yaml)', () => {
  let questions: EvalQuestion[] = [];
  let loadError: Error | undefined;
  try {
    questions = readQuestions(QUESTIONS_FILE);
  } catch (err) {
    loadError = err as Error;
  }

  it('has the evaluation set', () => {
    if (loadError) throw loadError;
    expect(questions.length, `questions.yaml must hold at least ${MIN_QUESTIONS} questions`).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    expect(questions.filter((q) => q.expect === null).length, `questions.yaml needs at least ${MIN_OUT_OF_SCOPE} out-of-scope questions (expect: null)`).toBeGreaterThanOrEqual(MIN_OUT_OF_SCOPE);
  });

  it(`reaches top-1 ≥ ${MIN_TOP1 * 100}% and out-of-scope false-accepts ≤ ${MAX_OOS_FALSE_ACCEPT * 100}%`, () => {
    if (loadError) throw loadError;
    const kb = loadKnowledgeBase();
    const broken = unknownExpectations(questions, kb).map((q) => `${q.expect ?? ''} ← "${q.q}"`);
    expect(broken, 'questions expecting entries that do not exist').toEqual([]);
    const { metrics } = evaluate(engineSystem(kb), questions);
    expect(metrics.inScope, 'no in-scope questions').toBeGreaterThan(0);
    expect(metrics.top1, `top-1 ${(metrics.top1 * 100).toFixed(1)}%`).toBeGreaterThanOrEqual(MIN_TOP1);
    expect(metrics.oosFalseAccept, `out-of-scope false-accept ${(metrics.oosFalseAccept * 100).toFixed(1)}%`).toBeLessThanOrEqual(MAX_OOS_FALSE_ACCEPT);
  });
});
