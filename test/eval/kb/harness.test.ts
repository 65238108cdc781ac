import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/knowledge';
import { baselineSystem, DEV_FILE, engineSystem, evaluate, readQuestions, type EvalQuestion, type System } from './harness';
import { FIXTURE_DIR } from '../../knowledge/helpers';
import { tempDir } from '../../helpers/tmp';

const kb = loadKnowledgeBase(FIXTURE_DIR);

/** A scripted system, to check the metric arithmetic. */
function scripted(answers: Record<string, { ranked: string[]; decision: 'answer' | 'clarify' | 'abstain' }>): System {
  return {
    name: 'scripted',
    judge: (q) => {
      const a = answers[q] ?? { ranked: [], decision: 'abstain' as const };
      return { ...a, offered: a.decision === 'answer' ? a.ranked.slice(0, 1) : a.decision === 'clarify' ? a.ranked.slice(0, 3) : [], confidence: 0.5 };
    },
  };
}

describe('evaluation harness', () => {
  it('computes top-1, top-3, MRR, answered rate, accuracy when answered and false-accepts', () => {
    const qs: EvalQuestion[] = [
      { q: 'a', lang: 'vi', expect: 'x.a', kind: 'k' },
      { q: 'b', lang: 'vi', expect: 'x.b', kind: 'k' },
      { q: 'c', lang: 'vi', expect: 'x.c', kind: 'k' },
      { q: 'd', lang: 'vi', expect: 'x.d', kind: 'k' },
      { q: 'o1', lang: 'vi', expect: null, kind: 'oos' },
      { q: 'o2', lang: 'vi', expect: null, kind: 'oos' },
    ];
    const { metrics } = evaluate(
      scripted({
        a: { ranked: ['x.a', 'x.b'], decision: 'answer' },
        b: { ranked: ['x.a', 'x.b'], decision: 'answer' },
        c: { ranked: ['x.a', 'x.b', 'x.c'], decision: 'clarify' },
        d: { ranked: ['x.a'], decision: 'abstain' },
        o1: { ranked: ['x.a'], decision: 'answer' },
      }),
      qs,
    );
    expect(metrics).toMatchObject({ questions: 6, inScope: 4, outOfScope: 2, top1: 0.25, top3: 0.75, answeredRate: 0.5, accuracyWhenAnswered: 0.5, clarifyRate: 0.25, clarifyHit: 1, oosFalseAccept: 0.5, oosClarify: 0 });
    expect(metrics.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 0) / 4, 10);
  });

  it('runs the engine and the naive baseline on the same entries', () => {
    const qs: EvalQuestion[] = [
      { q: 'may tuoi thi duoc di lam', lang: 'vi', expect: 'rights.min-working-age', kind: 'unaccented' },
      { q: 'hôm nay trời đẹp quá', lang: 'vi', expect: null, kind: 'oos' },
    ];
    const engine = evaluate(engineSystem(kb), qs).metrics;
    const baseline = evaluate(baselineSystem(kb), qs).metrics;
    expect(engine.top1).toBe(1);
    expect(engine.oosFalseAccept).toBe(0);
    expect(baseline.answeredRate).toBe(1);
  });

  it('reads the dev set, and fails clearly on a missing or malformed file', () => {
    expect(readQuestions(DEV_FILE).length).toBeGreaterThanOrEqual(60);
    expect(() => readQuestions('/nonexistent/questions.yaml')).toThrow(/is missing/);
    const tmp = tempDir();
    try {
      const bad = path.join(tmp.dir, 'q.yaml');
      fs.writeFileSync(bad, '- { q: "x", lang: fr, expect: null, kind: a }\n');
      expect(() => readQuestions(bad)).toThrow(/item 0 lang/);
    } finally {
      tmp.cleanup();
    }
  });
});
