import { featuresOf, type FeatureOptions } from '../../../src/safety/classifier-features';
import { MODEL_CLASSES, parseModel, type RiskModel, type RiskModelFile } from '../../../src/safety/classifier';
import type { Example } from './classifier-data';

/**
 * Deterministic training of the statistical risk layer: multinomial logistic regression, L2, full-batch Adam
 * (no random numbers, fixed data order), so the same data and options always give the same weights.
 */
export interface TrainOptions extends FeatureOptions {
  /** A feature must occur in at least this many training messages to enter the vocabulary. */
  minCount: number;
  /** L2 penalty on the weights (not the biases), per example. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Weight of benign examples relative to risk ones. */
  benignWeight: number;
}

export const DEFAULT_TRAIN: TrainOptions = { charN: 0, marked: true, minCount: 2, l2: 1e-4, iterations: 250, learningRate: 0.05, benignWeight: 1 };

/** Integer scale of the stored weights (2 decimals: keeps the file under ~600 KB; CV scores the stored weights). */
const SCALE = 100;
const K = MODEL_CLASSES.length;

/** Class index of a training example, or undefined when it is not trained on (questions, tips, illegal). */
export function classOf(e: Example): number | undefined {
  if (e.kind === 'benign' || e.kind === 'kb_none') return 0;
  if ((e.kind === 'risk' || e.kind === 'kb_risk') && e.category !== undefined) return MODEL_CLASSES.indexOf(e.category);
  return undefined;
}

interface Encoded {
  rows: Int32Array[];
  x: Float64Array;
  y: Int32Array;
  sw: Float64Array;
}

function encode(examples: readonly Example[], opts: TrainOptions): { vocab: string[]; data: Encoded } {
  const feats = examples.map((e) => featuresOf(e.text, opts));
  const df = new Map<string, number>();
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.keys()].filter((f) => (df.get(f) as number) >= opts.minCount);
  const index = new Map(vocab.map((f, i) => [f, i] as const));
  const rows = feats.map((fs) => Int32Array.from(fs.flatMap((f) => (index.has(f) ? [index.get(f) as number] : []))));
  const x = Float64Array.from(feats.map((fs) => (fs.length > 0 ? 1 / Math.sqrt(fs.length) : 0)));
  const y = Int32Array.from(examples.map((e) => classOf(e) as number));
  const sw = Float64Array.from(examples.map((e) => (classOf(e) === 0 ? opts.benignWeight : 1)));
  return { vocab, data: { rows, x, y, sw } };
}

function gradient(W: Float64Array, b: Float64Array, d: Encoded, l2: number, gW: Float64Array, gB: Float64Array): number {
  gW.fill(0);
  gB.fill(0);
  const z = new Float64Array(K);
  let loss = 0;
  let total = 0;
  for (let n = 0; n < d.rows.length; n++) {
    const row = d.rows[n] as Int32Array;
    const x = d.x[n] as number;
    const w = d.sw[n] as number;
    for (let c = 0; c < K; c++) z[c] = b[c] as number;
    for (const f of row) for (let c = 0; c < K; c++) z[c] = (z[c] as number) + x * (W[f * K + c] as number);
    let max = -Infinity;
    for (let c = 0; c < K; c++) max = Math.max(max, z[c] as number);
    let sum = 0;
    for (let c = 0; c < K; c++) sum += (z[c] = Math.exp((z[c] as number) - max));
    const yc = d.y[n] as number;
    loss -= w * Math.log((z[yc] as number) / sum);
    total += w;
    for (let c = 0; c < K; c++) {
      const g = w * ((z[c] as number) / sum - (c === yc ? 1 : 0));
      gB[c] = (gB[c] as number) + g;
      for (const f of row) gW[f * K + c] = (gW[f * K + c] as number) + g * x;
    }
  }
  for (let i = 0; i < gW.length; i++) gW[i] = (gW[i] as number) / total + l2 * (W[i] as number);
  for (let c = 0; c < K; c++) gB[c] = (gB[c] as number) / total;
  let reg = 0;
  for (const v of W) reg += v * v;
  return loss / total + (l2 / 2) * reg;
}

function adam(params: Float64Array[], grads: Float64Array[], steps: number, lr: number, compute: () => number): number {
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  let loss = 0;
  for (let t = 1; t <= steps; t++) {
    loss = compute();
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    params.forEach((p, k) => {
      const g = grads[k] as Float64Array;
      const mk = m[k] as Float64Array;
      const vk = v[k] as Float64Array;
      for (let i = 0; i < p.length; i++) {
        const gi = g[i] as number;
        mk[i] = b1 * (mk[i] as number) + (1 - b1) * gi;
        vk[i] = b2 * (vk[i] as number) + (1 - b2) * gi * gi;
        p[i] = (p[i] as number) - (lr * ((mk[i] as number) / c1)) / (Math.sqrt((vk[i] as number) / c2) + eps);
      }
    });
  }
  return loss;
}

/** The two flag thresholds of a model on P(risk). */
export interface Thresholds {
  possible: number;
  disclosed: number;
}

/** Trains on the examples that have a class (see `classOf`) and returns the model file (thresholds as given). */
export function trainModel(examples: readonly Example[], opts: TrainOptions, t: Thresholds, dataHash: string): { file: RiskModelFile; loss: number } {
  const train = examples.filter((e) => classOf(e) !== undefined);
  const { vocab, data } = encode(train, opts);
  const W = new Float64Array(vocab.length * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(W.length);
  const gB = new Float64Array(K);
  const loss = adam([W, b], [gW, gB], opts.iterations, opts.learningRate, () => gradient(W, b, data, opts.l2, gW, gB));
  // Drop features whose every stored weight rounds to zero.
  const keptVocab: string[] = [];
  const weights: number[] = [];
  vocab.forEach((f, i) => {
    const row = Array.from(W.subarray(i * K, i * K + K), (w) => Math.round(w * SCALE));
    if (row.some((w) => w !== 0)) {
      keptVocab.push(f);
      weights.push(...row.map((w) => (w === 0 ? 0 : w)));
    }
  });
  const file: RiskModelFile = {
    version: 1,
    dataHash,
    features: { charN: opts.charN, marked: opts.marked === true },
    classes: [...MODEL_CLASSES],
    threshold: t.possible,
    disclosedThreshold: t.disclosed,
    scale: SCALE,
    bias: Array.from(b, (v) => Math.round(v * 1e4) / 1e4),
    vocab: keptVocab,
    weights,
  };
  return { file, loss };
}

/** Trains and loads in one step (the stored, quantised weights are what is evaluated). */
export function trainLoaded(examples: readonly Example[], opts: TrainOptions): RiskModel {
  return parseModel(trainModel(examples, opts, { possible: 0.5, disclosed: 1 }, 'cv').file);
}
