import fs from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../paths';
import { featuresOf, type FeatureOptions } from './classifier-features';
import { prepare, type PreparedText } from './text';
import { RISK_CATEGORIES, type RiskAssessment, type RiskCategory, type RiskFlag } from './types';

/**
 * Statistical second layer of the risk triage (issue 4, test/eval/risk/README.md "Statistical layer").
 *
 * The rules run first and are unchanged. When they find nothing, a multinomial logistic regression over folded
 * syllable unigrams/bigrams and character n-grams (7 classes: benign + the 6 categories) may add ONE flag: at level
 * `possible` (a safety tip, the hotline and an offer to talk; the bot still answers), or — only when the caller
 * opts in with `{ disclosed: true }` — `disclosed` when the model is very sure AND the message does not look like a question (no "?", no question particle at the end, no
 * "if…/nếu…" opening), so an informational question can never get more than a tip from it. It never emits
 * `imminent`. Trained by test/eval/risk/train-classifier.ts; both thresholds were chosen by grouped
 * cross-validation (README "Statistical layer").
 */

/** Class order of the model: index 0 is benign, then RISK_CATEGORIES in order. */
export const MODEL_CLASSES = ['benign', ...RISK_CATEGORIES] as const;
const N_CLASSES = MODEL_CLASSES.length;

const modelSchema = z
  .object({
    version: z.literal(1),
    /** SHA-256 prefix of the training data (see test/eval/risk/classifier-data.ts `dataHash`). */
    dataHash: z.string(),
    features: z.object({ charN: z.number().int().min(0).max(8), marked: z.boolean().optional() }).strict(),
    classes: z.array(z.string()).length(N_CLASSES),
    /** Flag at `possible` when P(any risk class) ≥ threshold. */
    threshold: z.number().gt(0).lt(1),
    /** Flag at `disclosed` when P(risk) ≥ this and the message does not look like a question (1 = never). */
    disclosedThreshold: z.number().gt(0).lte(1),
    /** Weights are stored as integers: weight = stored / scale. */
    scale: z.number().positive(),
    bias: z.array(z.number()).length(N_CLASSES),
    vocab: z.array(z.string()),
    /** vocab.length × N_CLASSES integers, row-major (feature, class). */
    weights: z.array(z.number().int()),
  })
  .strict()
  .refine((m) => m.weights.length === m.vocab.length * N_CLASSES, 'weights must be vocab × classes')
  .refine((m) => m.classes.every((c, i) => c === MODEL_CLASSES[i]), 'class order mismatch');

export type RiskModelFile = z.infer<typeof modelSchema>;

/** A loaded model, ready to score. */
export interface RiskModel {
  dataHash: string;
  features: FeatureOptions;
  threshold: number;
  disclosedThreshold: number;
  bias: Float64Array;
  index: Map<string, number>;
  weights: Float32Array;
}

/** Path of the committed model. */
export const MODEL_PATH = projectPath('src', 'safety', 'model', 'risk-model.json');

/** Validates a model file's JSON and builds the lookup tables. Throws a ZodError on a malformed file. */
export function parseModel(json: unknown): RiskModel {
  const m = modelSchema.parse(json);
  const index = new Map<string, number>();
  m.vocab.forEach((f, i) => index.set(f, i));
  const weights = new Float32Array(m.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = (m.weights[i] as number) / m.scale;
  return { dataHash: m.dataHash, features: m.features, threshold: m.threshold, disclosedThreshold: m.disclosedThreshold, bias: Float64Array.from(m.bias), index, weights };
}

/** Reads and validates a model file (default: the committed one). */
export function loadModel(file: string = MODEL_PATH): RiskModel {
  return parseModel(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}

let defaultModel: RiskModel | undefined;

/** The committed model, loaded once (at start-up by src/index.ts, so a broken file stops the service; ~15 ms). */
export function riskModel(): RiskModel {
  defaultModel ??= loadModel();
  return defaultModel;
}

/** Class probabilities of a message (MODEL_CLASSES order). Features are scaled by 1/√(feature count). */
export function classProbabilities(model: RiskModel, text: string | PreparedText): Float64Array {
  const feats = featuresOf(text, model.features);
  const z = Float64Array.from(model.bias);
  const x = feats.length > 0 ? 1 / Math.sqrt(feats.length) : 0;
  const w = model.weights;
  for (const f of feats) {
    const i = model.index.get(f);
    if (i === undefined) continue;
    const o = i * N_CLASSES;
    for (let c = 0; c < N_CLASSES; c++) z[c] = (z[c] as number) + x * (w[o + c] as number);
  }
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < N_CLASSES; c++) {
    z[c] = Math.exp((z[c] as number) - max);
    sum += z[c] as number;
  }
  for (let c = 0; c < N_CLASSES; c++) z[c] = (z[c] as number) / sum;
  return z;
}

/** Risk score (1 − P(benign)) and the most likely risk category of a message. */
export function modelScore(model: RiskModel, text: string | PreparedText): { risk: number; category: RiskCategory } {
  const p = classProbabilities(model, text);
  let best = 1;
  for (let c = 2; c < N_CLASSES; c++) if ((p[c] as number) > (p[best] as number)) best = c;
  return { risk: 1 - (p[0] as number), category: MODEL_CLASSES[best] as RiskCategory };
}

/** Question particles at the end of a folded message, and hypothetical / question openers at its start. */
const QUESTION_END = / (khong|chua|sao|nao|gi|a|ha|hong|nhi|the|ko|k|hem|dau|ai|bao nhieu|may) $/;
const QUESTION_START = /^ (neu|lo|gia su|khi nao|lam sao|tai sao|sao|co nen|co phai|if|what|how|is|are|can|should|do|does|why|when|where|who) /;

/**
 * Whether a message reads like a question or a hypothetical (README policy: those never get more than a tip).
 * Deliberately broad: a false "question" only keeps the model's flag at `possible`.
 */
export function looksLikeQuestion(text: string, prepared?: PreparedText): boolean {
  if (text.includes('?')) return true;
  const { folded } = prepared ?? prepare(text);
  return QUESTION_END.test(folded) || QUESTION_START.test(folded);
}

/**
 * The model's flag for a message the rules found nothing in, or undefined. Only adds: when the rules already
 * flagged the message (or refused an illegal request) it returns undefined, so the rules' level, category and
 * question policy stand. The flag is `possible` (or `disclosed`, see the module comment) with ruleId
 * `ml.<category>`.
 */
/**
 * `disclosed: true` lets a very sure model flag an account at `disclosed` (a handoff); default `possible` only.
 * `prepared`: the detector's `prepare(text)` result, to avoid normalising the message twice.
 */
export interface ModelFlagOptions {
  disclosed?: boolean;
  prepared?: PreparedText;
}

/**
 * Fewer syllables than this and the model says nothing. Short messages carry too little evidence: the model's
 * priors alone gave "em", "e" or a quiz letter a self-harm tip, and ordinary replies such as "em không biết nữa",
 * "em không muốn nói" or "người yêu chia tay em" got tips too. Short risk messages are the rules' job: in
 * dev-round4.yaml (written without seeing the rules, scored once before any tuning) every risk message under 7
 * syllables was caught by the rules; the ones they missed were all longer.
 */
export const MODEL_MIN_SYLLABLES = 6;

export function modelFlag(text: string, rules: RiskAssessment, model: RiskModel = riskModel(), opts: ModelFlagOptions = {}): RiskFlag | undefined {
  if (rules.level !== null || rules.illegalRequest !== undefined) return undefined;
  const prepared = opts.prepared ?? prepare(text);
  if (prepared.foldedList.length < MODEL_MIN_SYLLABLES) return undefined;
  const { risk, category } = modelScore(model, prepared);
  if (risk < model.threshold) return undefined;
  const level = opts.disclosed === true && risk >= model.disclosedThreshold && !looksLikeQuestion(text, prepared) ? 'disclosed' : 'possible';
  return { ruleId: `ml.${category}`, category, level, thirdParty: false, basis: 'match' };
}

/**
 * Wraps an assess function with the model: rules first, then `modelFlag` when they found nothing. The added
 * flag sets the level and no check-in (`possible`: the category's safety tip, 111 and an offer; `disclosed`:
 * the acknowledgement, 111 and a handoff).
 */
export function withModel(assess: (text: string) => RiskAssessment, model: RiskModel = riskModel(), opts: ModelFlagOptions = {}): (text: string) => RiskAssessment {
  return (text) => {
    const rules = assess(text);
    const flag = modelFlag(text, rules, model, opts);
    return flag === undefined ? rules : { ...rules, level: flag.level, flags: [flag], checkIn: false };
  };
}
