/**
 * `npm run kb:calibrate` — fits the confidence model (src/knowledge/calibration.json). Never uses an evaluation
 * set. Data:
 *  - in scope: 5-fold cross-validation over each entry's paraphrases (fold k's paraphrases are removed from the
 *    index and asked; the label is "top-1 is the entry they came from"). This is a pessimistic stand-in for real
 *    questions: the paraphrases of one entry are deliberately varied;
 *  - out of scope: test/eval/kb/calibration-oos.yaml (questions the knowledge base does not answer), asked
 *    against the full index, label "wrong", weighted so out-of-scope questions make up OOS_PRIOR of the data.
 * Thresholds: answer where at most MAX_OOS_ANSWERED of the out-of-scope questions would be answered and the
 * answered in-scope share is at least MIN_PRECISION right; clarify where at most MAX_OOS_OFFERED get any offer.
 *
 *   tsx test/eval/kb/calibrate.ts [--write] [--kb DIR] [--lenient]
 * Without --write it only prints. It also lists "confusable" entry pairs: entries whose paraphrases are
 * answered by another entry — usually two entries answering the same question, a content problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { Answerer, loadKnowledgeBase, type Entry } from '../../../src/knowledge';
import { CALIBRATION_FILE, FEATURE_NAMES, confidenceOf, type Calibration, type Features } from '../../../src/knowledge/confidence';
import { CONTENT_DIR, inspectKnowledgeBase, KnowledgeBase } from '../../../src/knowledge/load';

export const OOS_FILE = path.join(__dirname, 'calibration-oos.yaml');
const FOLDS = 5;
const OOS_PRIOR = 0.25;
const MIN_PRECISION = 0.85;
const MAX_OOS_ANSWERED = 0.05;
const MAX_OOS_OFFERED = 0.3;
const MIN_CLARIFY_AT = 0.2;

export interface Sample {
  features: Features;
  correct: boolean;
  inScope: boolean;
  weight: number;
  /** For in-scope samples: the expected entry, and what came first. */
  expected?: string;
  top?: string;
  inTop3: boolean;
}

/** In-scope samples: each fold's paraphrases asked against an index built without them (deterministic). */
export function crossValidationSamples(kb: KnowledgeBase): Sample[] {
  const samples: Sample[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const keepVi = (_: string, i: number) => i % FOLDS !== k;
    const keepEn = (_: string, i: number) => i % 3 !== k % 3;
    const kept: Entry[] = kb.entries.map((e) => ({ ...e, questions: { vi: e.questions.vi.filter(keepVi), en: e.questions.en.filter(keepEn) } }));
    const answerer = new Answerer(new KnowledgeBase(kept));
    for (const e of kb.entries) {
      const asked: [string, 'vi' | 'en'][] = [
        ...e.questions.vi.filter((q, i) => !keepVi(q, i)).map((q) => [q, 'vi'] as [string, 'vi']),
        ...(k < 3 ? e.questions.en.filter((q, i) => !keepEn(q, i)).map((q) => [q, 'en'] as [string, 'en']) : []),
      ];
      for (const [q, lang] of asked) {
        const { hits, features } = answerer.explain(q, lang);
        const rank = hits.findIndex((h) => h.entry.id === e.id);
        const top = hits[0]?.entry.id;
        samples.push({ features, inScope: true, correct: rank === 0, inTop3: rank >= 0 && rank < 3, weight: 1, expected: e.id, ...(top === undefined ? {} : { top }) });
      }
    }
  }
  return samples;
}

/** Out-of-scope samples from calibration-oos.yaml, asked against the full index. */
export function outOfScopeSamples(kb: KnowledgeBase, file = OOS_FILE): Sample[] {
  const items = z.array(z.object({ q: z.string(), lang: z.enum(['vi', 'en']) })).parse(parse(fs.readFileSync(file, 'utf8')));
  const answerer = new Answerer(kb);
  return items.map(({ q, lang }) => ({ features: answerer.explain(q, lang).features, inScope: false, correct: false, inTop3: false, weight: 1 }));
}

/** All samples, out-of-scope ones weighted to make up OOS_PRIOR of the total weight. */
export function collectSamples(kb: KnowledgeBase): Sample[] {
  const inScope = crossValidationSamples(kb);
  const oos = outOfScopeSamples(kb);
  const w = (OOS_PRIOR / (1 - OOS_PRIOR)) * (inScope.length / Math.max(1, oos.length));
  return [...inScope, ...oos.map((s) => ({ ...s, weight: w }))];
}

const vector = (f: Features) => [1, ...FEATURE_NAMES.map((n) => f[n])];

/** Logistic regression by Newton's method with a small L2 penalty (not on the intercept). */
export function fitLogistic(samples: Sample[], lambda = 1e-2, iterations = 50): number[] {
  const d = FEATURE_NAMES.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const s of samples) {
      const x = vector(s.features);
      const p = 1 / (1 + Math.exp(-x.reduce((acc, xi, i) => acc + xi * (w[i] as number), 0)));
      const y = s.correct ? 1 : 0;
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] as number) + s.weight * (p - y) * (x[i] as number);
        for (let j = 0; j < d; j++) (hess[i] as number[])[j] = ((hess[i] as number[])[j] as number) + s.weight * p * (1 - p) * (x[i] as number) * (x[j] as number);
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i] = (grad[i] as number) + lambda * (w[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + lambda;
    }
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - (step[i] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (d ≤ 6). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = (m[c] as number[])[c] as number;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / pivot;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / ((row[i] as number) || 1));
}

/** Lowest threshold (on a 0.01 grid) that satisfies `ok`. */
function lowestThreshold(ok: (t: number) => boolean): number {
  for (let t = 0; t <= 1.0001; t += 0.01) if (ok(t)) return Math.round(t * 100) / 100;
  return 1;
}

/** Chooses answerAt and clarifyAt from the samples and their confidences. */
export function chooseThresholds(samples: Sample[], conf: number[]): { answerAt: number; clarifyAt: number } {
  const oos = samples.map((s, i) => ({ s, c: conf[i] as number })).filter((x) => !x.s.inScope);
  const all = samples.map((s, i) => ({ s, c: conf[i] as number }));
  const answerAt = lowestThreshold((t) => {
    const answered = all.filter((x) => x.s.inScope && x.c >= t);
    const right = answered.filter((x) => x.s.correct).length;
    return answered.length > 0 && right / answered.length >= MIN_PRECISION && oos.filter((x) => x.c >= t).length / Math.max(1, oos.length) <= MAX_OOS_ANSWERED;
  });
  const clarifyAt = Math.min(answerAt, Math.max(MIN_CLARIFY_AT, lowestThreshold((t) => oos.filter((x) => x.c >= t).length / Math.max(1, oos.length) <= MAX_OOS_OFFERED)));
  return { answerAt, clarifyAt };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(samples: Sample[], cal: Calibration): void {
  const conf = samples.map((s) => confidenceOf(s.features, cal));
  const totalWeight = samples.reduce((a, s) => a + s.weight, 0);
  const brier = samples.reduce((acc, s, i) => acc + s.weight * ((conf[i] as number) - (s.correct ? 1 : 0)) ** 2, 0) / totalWeight;
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  console.log(`Brier score ${brier.toFixed(4)}. Reliability (cross-validation):`);
  for (let b = 0; b < bins.length - 1; b++) {
    const idx = conf.map((c, i) => [c, i] as const).filter(([c]) => c >= (bins[b] as number) && c < (bins[b + 1] as number));
    if (idx.length === 0) continue;
    const weight = idx.reduce((a, [, i]) => a + (samples[i] as Sample).weight, 0);
    const mean = idx.reduce((a, [c, i]) => a + c * (samples[i] as Sample).weight, 0) / weight;
    const right = idx.reduce((a, [, i]) => a + (samples[i]?.correct ? samples[i].weight : 0), 0) / weight;
    console.log(`  ${(bins[b] as number).toFixed(1)}-${Math.min(1, bins[b + 1] as number).toFixed(1)}  n=${String(idx.length).padStart(5)}  mean conf ${pct(mean).padStart(6)}  right ${pct(right).padStart(6)} (weighted)`);
  }
  const inScope = samples.filter((s) => s.inScope);
  const oos = samples.filter((s) => !s.inScope);
  const ci = samples.map((s, i) => ({ s, c: conf[i] as number }));
  console.log(`In scope: ${inScope.length}, top-1 ${pct(inScope.filter((s) => s.correct).length / inScope.length)}, top-3 ${pct(inScope.filter((s) => s.inTop3).length / inScope.length)}, answered ${pct(ci.filter((x) => x.s.inScope && x.c >= cal.answerAt).length / inScope.length)}`);
  console.log(`Out of scope (calibration-oos.yaml): ${oos.length}, answered ${pct(ci.filter((x) => !x.s.inScope && x.c >= cal.answerAt).length / oos.length)}, offered clarification ${pct(ci.filter((x) => !x.s.inScope && x.c >= cal.clarifyAt && x.c < cal.answerAt).length / oos.length)}`);
}

/** Entry pairs whose held-out paraphrases went to the other entry at least twice. */
function confusable(samples: Sample[]): string[] {
  const counts = new Map<string, number>();
  for (const s of samples) {
    if (!s.inScope || s.correct || !s.expected || !s.top) continue;
    const key = [s.expected, s.top].sort().join(' ↔ ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${n}× ${k}`);
}

function main(): void {
  const argv = process.argv;
  const at = argv.indexOf('--kb');
  const dir = at >= 0 ? (argv[at + 1] as string) : CONTENT_DIR;
  const kb = argv.includes('--lenient') ? inspectKnowledgeBase(dir).kb : loadKnowledgeBase(dir);
  const t0 = Date.now();
  const samples = collectSamples(kb);
  const w = fitLogistic(samples);
  const coefficients = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, Number((w[i + 1] as number).toFixed(4))])) as Calibration['coefficients'];
  const fitted: Calibration = { intercept: Number((w[0] as number).toFixed(4)), coefficients, answerAt: 1, clarifyAt: 1 };
  const conf = samples.map((s) => confidenceOf(s.features, fitted));
  const cal: Calibration = {
    ...fitted,
    ...chooseThresholds(samples, conf),
    fittedOn: `${FOLDS}-fold cross-validation over ${kb.entries.length} entries (${samples.length} samples), ${new Date().toISOString().slice(0, 10)}`,
  };
  console.log(`Samples: ${samples.length} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(cal, null, 2));
  report(samples, cal);
  const pairs = confusable(samples);
  console.log(`\nConfusable entry pairs (${pairs.length}):`);
  for (const p of pairs) console.log(`  ${p}`);
  if (argv.includes('--write')) {
    fs.writeFileSync(CALIBRATION_FILE, `${JSON.stringify(cal, null, 2)}\n`);
    console.log(`\nWrote ${CALIBRATION_FILE}`);
  }
}

if (require.main === module) main();
