/**
 * `npx tsx test/eval/risk/train-classifier.ts [--cv] [--write] [--charN=4] [--no-marked] [--l2=1e-4] [--iters=250] [--minCount=2]`
 *
 * Trains the statistical risk layer (src/safety/classifier.ts, README "Statistical layer") on every labelled
 * file of this folder except blind-4.yaml (held out, never read) plus the KB question paraphrases.
 *  --cv     5-fold cross-validation grouped by near-duplicate / KB entry: out-of-fold scores, a threshold
 *           sweep, and rules alone vs rules + model at the chosen thresholds.
 *  --write  trains on everything and writes src/safety/model/risk-model.json.
 * Thresholds (both from the out-of-fold scores, see `chooseThresholds`). Deterministic: no random numbers,
 * fixed data order, so `--write` twice gives the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MODEL_PATH, looksLikeQuestion, modelScore, parseModel, type RiskModel } from '../../../src/safety/classifier';
import { assess } from '../../../src/safety/assess';
import type { RiskAssessment, RiskCategory } from '../../../src/safety/types';
import { dataHash, foldOf, loadExamples, type Example } from './classifier-data';
import { compareLines, fmt, layerReport } from './classifier-metrics';
import { DEFAULT_TRAIN, classOf, trainLoaded, trainModel, type Thresholds, type TrainOptions } from './classifier-train';

const FOLDS = 5;
/** Model false alarms allowed on the benign development messages (out-of-fold) at the `possible` threshold. */
export const MAX_ADDED_FA = 0.02;
/** Margin above the highest out-of-fold score of any non-risk message for the `disclosed` threshold. */
const DISCLOSED_MARGIN = 0.02;

/** Training options from `--name=value` arguments (defaults: DEFAULT_TRAIN). */
export function options(argv: string[]): TrainOptions {
  const num = (name: string, dflt: number): number => {
    const a = argv.find((x) => x.startsWith(`--${name}=`));
    return a === undefined ? dflt : Number(a.split('=')[1]);
  };
  return {
    ...DEFAULT_TRAIN,
    charN: num('charN', DEFAULT_TRAIN.charN),
    marked: !argv.includes('--no-marked'),
    l2: num('l2', DEFAULT_TRAIN.l2),
    iterations: num('iters', DEFAULT_TRAIN.iterations),
    minCount: num('minCount', DEFAULT_TRAIN.minCount),
    benignWeight: num('benignWeight', DEFAULT_TRAIN.benignWeight),
  };
}

export interface Scored {
  risk: number;
  category: RiskCategory;
  question: boolean;
}

/** Scores one message like `modelFlag` does. */
export function scoreText(model: RiskModel, text: string): Scored {
  return { ...modelScore(model, text), question: looksLikeQuestion(text) };
}

/** Out-of-fold score of every example (each scored by the model trained on the other folds). */
export function outOfFold(examples: readonly Example[], opts: TrainOptions, folds = FOLDS): Scored[] {
  const fold = examples.map((e) => foldOf(e.group, folds));
  const out: Scored[] = new Array<Scored>(examples.length);
  for (let k = 0; k < folds; k++) {
    const model = trainLoaded(examples.filter((_, i) => fold[i] !== k), opts);
    examples.forEach((e, i) => {
      if (fold[i] === k) out[i] = scoreText(model, e.text);
    });
  }
  return out;
}

/** Rules + model, exactly as `withModel`: the model's flag only where the rules found nothing. */
export function combine(rules: RiskAssessment, s: Scored, t: Thresholds): RiskAssessment {
  if (rules.level !== null || rules.illegalRequest !== undefined || s.risk < t.possible) return rules;
  const level = s.risk >= t.disclosed && !s.question ? 'disclosed' : 'possible';
  return { ...rules, level, checkIn: false, flags: [{ ruleId: `ml.${s.category}`, category: s.category, level, thirdParty: false, basis: 'match' }] };
}

const NONE: RiskAssessment = { level: null, flags: [], checkIn: false };
const NON_RISK = new Set(['benign', 'question', 'illegal', 'kb_none', 'kb_tip']);

/**
 * `possible`: the smallest threshold (0.01 grid) whose out-of-fold model false alarms on the benign messages the
 * rules leave alone are ≤ MAX_ADDED_FA. `disclosed`: above every out-of-fold score of a non-risk message
 * (benign, question, illegal, KB none/tip) plus DISCLOSED_MARGIN.
 */
export function chooseThresholds(examples: readonly Example[], rules: readonly RiskAssessment[], oof: readonly Scored[]): Thresholds {
  const benign = oof.filter((_, i) => examples[i]?.kind === 'benign' && rules[i]?.level === null);
  const nBenign = examples.filter((e) => e.kind === 'benign').length;
  let possible = 0.99;
  for (let c = 50; c < 99; c++) {
    if (benign.filter((s) => s.risk >= c / 100).length / nBenign <= MAX_ADDED_FA) {
      possible = c / 100;
      break;
    }
  }
  const maxNonRisk = Math.max(...oof.filter((_, i) => NON_RISK.has(examples[i]?.kind ?? '')).map((s) => s.risk));
  const disclosed = Math.min(1, Math.ceil((maxNonRisk + DISCLOSED_MARGIN) * 100) / 100);
  return { possible, disclosed: Math.max(disclosed, possible) };
}

function sweep(examples: readonly Example[], rules: RiskAssessment[], oof: Scored[]): string[] {
  const out = ['threshold sweep (out-of-fold; model flags at `possible` only; "added" = where the rules found nothing):', '  t     model-alone detected  model-alone FA    added FA (benign)   added KB-none'];
  const base = layerReport(examples, rules);
  for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const th = { possible: t, disclosed: 1 };
    const alone = layerReport(examples, oof.map((s) => combine(NONE, s, th)));
    const both = layerReport(examples, rules.map((r, i) => combine(r, oof[i] as Scored, th)));
    out.push(`  ${t.toFixed(2)}  ${fmt(alone.detected).padEnd(20)} ${fmt(alone.falseAlarms).padEnd(17)} ${fmt({ hit: both.falseAlarms.hit - base.falseAlarms.hit, total: both.falseAlarms.total }).padEnd(19)} ${both.kbNoneAlerts.hit - base.kbNoneAlerts.hit}`);
  }
  return out;
}

function cvReport(examples: readonly Example[], rules: RiskAssessment[], oof: Scored[], t: Thresholds): string[] {
  const lines = [`${FOLDS}-fold grouped CV: ${examples.filter((e) => classOf(e) !== undefined).length} training examples, ${new Set(examples.map((e) => e.group)).size} groups`];
  lines.push(...sweep(examples, rules, oof));
  const alone = layerReport(examples, oof.map((s) => combine(NONE, s, t)));
  const both = layerReport(examples, rules.map((r, i) => combine(r, oof[i] as Scored, t)));
  const base = layerReport(examples, rules);
  lines.push(`\nChosen thresholds: possible ${t.possible}, disclosed ${t.disclosed}`);
  lines.push('rules (tuned on all of these) vs model alone (out-of-fold):', ...compareLines(base, alone, ['rules', 'model alone (OOF)']));
  lines.push('\nrules vs rules + model (OOF):', ...compareLines(base, both, ['rules', 'rules + model']));
  const flagged = examples.map((e, i) => [e, oof[i] as Scored] as const).filter(([e, s]) => e.kind === 'risk' && s.risk >= t.possible);
  const right = flagged.filter(([e, s]) => [e.category, ...(e.alt ?? [])].includes(s.category)).length;
  lines.push(`model category right when it flags a risk item (OOF): ${right}/${flagged.length}`);
  return lines;
}

function write(examples: readonly Example[], opts: TrainOptions, t: Thresholds): void {
  const { file, loss } = trainModel(examples, opts, t, dataHash(examples));
  // The KB questions that must get no alert are trained on: check them in-sample with the stored weights.
  const model = parseModel(file);
  const kbAlerts = examples.filter((e) => e.kind === 'kb_none' && modelScore(model, e.text).risk >= t.possible);
  if (kbAlerts.length > 0) throw new Error(`model flags ${kbAlerts.length} unlabelled KB questions: ${kbAlerts.map((e) => e.text).join(' | ')}`);
  const json = `${JSON.stringify(file)}\n`;
  fs.mkdirSync(path.dirname(MODEL_PATH), { recursive: true });
  fs.writeFileSync(MODEL_PATH, json);
  process.stdout.write(`wrote ${MODEL_PATH}: ${file.vocab.length} features, ${(json.length / 1024).toFixed(0)} KB, loss ${loss.toFixed(4)}, data ${file.dataHash}\n`);
}

function main(argv: string[]): void {
  const opts = options(argv);
  const examples = loadExamples();
  process.stdout.write(`options ${JSON.stringify(opts)}; ${examples.length} examples, data ${dataHash(examples)}\n`);
  const rules = examples.map((e) => assess(e.text));
  const oof = outOfFold(examples, opts);
  const t = chooseThresholds(examples, rules, oof);
  if (argv.includes('--cv')) process.stdout.write(`${cvReport(examples, rules, oof, t).join('\n')}\n`);
  if (argv.includes('--write')) write(examples, opts, t);
}

if (require.main === module) main(process.argv.slice(2));
