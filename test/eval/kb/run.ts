/**
 * `npm run eval` — prints the FAQ matcher's metrics on the evaluation set next to the naive baseline.
 *
 *   tsx test/eval/kb/run.ts                 # test/eval/kb/questions.yaml (the independent set)
 *   tsx test/eval/kb/run.ts --dev           # test/eval/kb/dev.yaml (for tuning)
 *   tsx test/eval/kb/run.ts --set FILE --kb DIR --misses --lenient
 */
import { loadKnowledgeBase } from '../../../src/knowledge';
import { CONTENT_DIR, inspectKnowledgeBase } from '../../../src/knowledge/load';
import {
  baselineSystem,
  byKind,
  DEV_FILE,
  engineSystem,
  evaluate,
  formatTable,
  QUESTIONS_FILE,
  readQuestions,
  unknownExpectations,
  type EvalQuestion,
  type System,
} from './harness';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Reliability of the confidence: in each confidence band, how often the top entry is the expected one. */
function reliability(system: System, questions: EvalQuestion[]): string {
  const bands = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  const rows: string[] = [];
  for (let b = 0; b < bands.length - 1; b++) {
    let n = 0, right = 0, sum = 0;
    for (const q of questions) {
      const j = system.judge(q.q, q.lang);
      if (j.confidence < (bands[b] as number) || j.confidence >= (bands[b + 1] as number)) continue;
      n++;
      sum += j.confidence;
      if (q.expect !== null && j.ranked[0] === q.expect) right++;
    }
    if (n > 0) rows.push(`  confidence ${(bands[b] as number).toFixed(1)}-${Math.min(1, bands[b + 1] as number).toFixed(1)}: n=${String(n).padStart(4)}  mean conf ${pct(sum / n).padStart(6)}  top-1 right ${pct(right / n).padStart(6)}`);
  }
  return rows.join('\n');
}

function main(): number {
  const file = process.argv.includes('--dev') ? DEV_FILE : (arg('--set') ?? QUESTIONS_FILE);
  const dir = arg('--kb') ?? CONTENT_DIR;
  // --lenient: evaluate the entries that pass validation even if others fail (while content is being written).
  const kb = process.argv.includes('--lenient') ? inspectKnowledgeBase(dir).kb : loadKnowledgeBase(dir);
  const questions = readQuestions(file);
  const broken = unknownExpectations(questions, kb);
  if (broken.length > 0) {
    console.error(`${broken.length} question(s) expect an entry that does not exist:`);
    for (const q of broken) console.error(`  ${q.expect ?? ''} ← "${q.q}"`);
    return 1;
  }
  const engine = engineSystem(kb);
  const baseline = baselineSystem(kb);
  const e = evaluate(engine, questions);
  const b = evaluate(baseline, questions);
  console.log(`Knowledge base: ${kb.entries.length} entries. Set: ${file} — ${e.metrics.questions} questions (${e.metrics.inScope} in scope, ${e.metrics.outOfScope} out of scope).\n`);
  console.log(formatTable([{ name: 'engine', metrics: e.metrics }, { name: 'baseline', metrics: b.metrics }]));
  console.log('\nPer kind (engine | baseline):');
  const baseKinds = new Map(byKind(baseline, questions).map((k) => [k.kind, k.metrics]));
  for (const { kind, n, metrics: m } of byKind(engine, questions)) {
    const bm = baseKinds.get(kind);
    const line = m.inScope > 0
      ? `top-1 ${pct(m.top1)} | ${pct(bm?.top1 ?? 0)}   answered ${pct(m.answeredRate)}, accuracy when answered ${pct(m.accuracyWhenAnswered)}`
      : `false-accept ${pct(m.oosFalseAccept)} | ${pct(bm?.oosFalseAccept ?? 0)}   clarified ${pct(m.oosClarify)}`;
    console.log(`  ${kind.padEnd(14)} n=${String(n).padStart(4)}  ${line}`);
  }
  console.log('\nConfidence reliability (engine):');
  console.log(reliability(engine, questions));
  if (process.argv.includes('--misses')) {
    console.log('\nMisses (engine):');
    for (const { question: q, judgement: j } of e.misses) {
      console.log(`  [${q.kind}] "${q.q}" expect ${q.expect ?? 'null'} → ${j.decision} ${j.offered.join(',')} (top ${j.ranked.slice(0, 3).join(', ')}; conf ${j.confidence.toFixed(2)})`);
    }
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
