/**
 * `npx tsx test/eval/risk/classifier-history.ts [--show]` — the honest estimate of what the statistical layer adds
 * on phrasings the rules have never seen (README "Statistical layer").
 *
 * The current rules were tuned on every development file, so cross-validation on them cannot show what the model
 * rescues. Instead this replays history: the rules AS THEY WERE before a file was tuned on (a snapshot of
 * src/safety at that commit, extracted with `git archive` into .tmp/risk-history/, read-only for git), plus a
 * model trained only on data that existed before that file (near-duplicates of it removed too), with its
 * thresholds chosen by grouped CV on that training data alone (`chooseThresholds`, same rule as the shipped model). Needs git and the commits below. blind-4.yaml is never read.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/paths';
import type { RiskAssessment } from '../../../src/safety/types';
import { assess as current } from '../../../src/safety/assess';
import { loadExamples, type Example } from './classifier-data';
import { compareLines, layerReport } from './classifier-metrics';
import { trainLoaded, type TrainOptions } from './classifier-train';
import { chooseThresholds, combine, options, outOfFold, scoreText, type Scored } from './train-classifier';

interface Scenario {
  name: string;
  /** Commit whose src/safety was the detector before the evaluated files were tuned on. */
  commit: string;
  /** Files scored (blind format: risk + benign + questions). */
  evaluate: string[];
  /** Sources that did not exist yet (excluded from training, with their near-duplicates). */
  unseen: string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'blind-3 (measured blind after round 2)', commit: 'b29162b', evaluate: ['blind-3'], unseen: ['blind-3', 'dev-round3-probes'] },
  { name: 'round-3 probes (first written after blind-3 fixes; scored here against round-2 rules)', commit: 'b29162b', evaluate: ['dev-round3-probes'], unseen: ['blind-3', 'dev-round3-probes'] },
  {
    name: 'round-2 files (blind-2, dev-round2, probes) against round-1 rules',
    commit: 'f0671d5',
    evaluate: ['blind-2', 'dev-round2', 'dev-round2-probes'],
    unseen: ['blind-2', 'dev-round2', 'dev-round2-probes', 'blind-3', 'dev-round3-probes'],
  },
];

function snapshotAssess(commit: string): (text: string) => RiskAssessment {
  const dir = path.join(PROJECT_ROOT, '.tmp', 'risk-history', commit);
  if (!fs.existsSync(path.join(dir, 'src', 'safety', 'assess.ts'))) {
    fs.mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'src/safety', 'src/nlu', 'src/paths.ts'], { cwd: PROJECT_ROOT });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(dir, 'src', 'safety', 'assess.ts')) as { assess: (text: string) => RiskAssessment };
  return mod.assess;
}

function run(s: Scenario, all: readonly Example[], opts: TrainOptions, show: boolean): string[] {
  const unseenGroups = new Set(all.filter((e) => s.unseen.includes(e.source)).map((e) => e.group));
  const train = all.filter((e) => !unseenGroups.has(e.group));
  const threshold = chooseThresholds(train, train.map((e) => current(e.text)), outOfFold(train, opts));
  const model = trainLoaded(train, opts);
  const old = snapshotAssess(s.commit);
  const evalSet = all.filter((e) => s.evaluate.includes(e.source));
  const rules = evalSet.map((e) => old(e.text));
  const scores: Scored[] = evalSet.map((e) => scoreText(model, e.text));
  const both = rules.map((r, i) => combine(r, scores[i] as Scored, threshold));
  const possibleOnly = rules.map((r, i) => combine(r, scores[i] as Scored, { ...threshold, disclosed: 1 }));
  const out = [
    `\n== ${s.name}: rules @${s.commit} vs + model trained on ${train.length} earlier examples (thresholds ${threshold.possible}/${threshold.disclosed} by CV on those)`,
    ...compareLines(layerReport(evalSet, rules), layerReport(evalSet, possibleOnly), [`rules @${s.commit}`, '+ model (possible)']),
    '  with the opt-in disclosed tier:',
    ...compareLines(layerReport(evalSet, rules), layerReport(evalSet, both), [`rules @${s.commit}`, '+ model (+disclosed)']),
  ];
  if (show) {
    evalSet.forEach((e, i) => {
      const r = rules[i] as RiskAssessment;
      const sc = scores[i] as Scored;
      if (r.level !== null || e.kind === 'kb_none') return;
      const flagged = sc.risk >= threshold.possible;
      if (e.kind === 'risk' || flagged) out.push(`  ${flagged ? (both[i]?.level === 'disclosed' ? 'DISC' : 'FLAG') : 'miss'} ${sc.risk.toFixed(2)} ${e.kind === 'risk' ? `${e.category}/${e.level}` : e.kind} → ${sc.category}: ${e.text}`);
    });
  }
  return out;
}

function main(argv: string[]): void {
  const all = loadExamples();
  const only = argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  for (const s of SCENARIOS.filter((_, i) => only === undefined || only.split(',').includes(String(i)))) process.stdout.write(`${run(s, all, options(argv), argv.includes('--show')).join('\n')}\n`);
}

main(process.argv.slice(2));
