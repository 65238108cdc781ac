/**
 * Confidence of the top match: a logistic model over a few interpretable features, fitted by
 * `test/eval/kb/calibrate.ts` on cross-validation data derived from the knowledge base itself (held-out
 * paraphrases = in scope, held-out entries = near-domain out of scope), so that "confidence 0.8" means "right
 * about 8 times in 10" on that data. The fitted numbers live in ./calibration.json, validated here.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../paths';

export const CALIBRATION_FILE = projectPath('src', 'knowledge', 'calibration.json');

/** What the model looks at, all in [0, 1]. */
export interface Features {
  /** IDF-weighted share of the message's content words known by the top entry's questions. */
  coverage: number;
  /** 1 − score₂/score₁: how far the top entry is ahead of the next one. */
  margin: number;
  /** coverage(top) − coverage(second): does the runner-up explain the message as well? */
  coverageGap: number;
  /** IDF-weighted share of the message's words that no entry knows. */
  unknownShare: number;
  /** IDF-weighted share of the message's content words known by the top entry's single closest question. */
  bestQuestion: number;
}

export const FEATURE_NAMES = ['coverage', 'margin', 'coverageGap', 'unknownShare', 'bestQuestion'] as const;

const calibrationSchema = z
  .object({
    intercept: z.number(),
    coefficients: z
      .object({ coverage: z.number(), margin: z.number(), coverageGap: z.number(), unknownShare: z.number(), bestQuestion: z.number() })
      .strict(),
    /** Answer at or above this confidence. */
    answerAt: z.number().min(0).max(1),
    /** Offer "Ý bạn là…" at or above this confidence (below `answerAt`); abstain below. */
    clarifyAt: z.number().min(0).max(1),
    /** Where the numbers came from (free text for reviewers). */
    fittedOn: z.string().optional(),
  })
  .refine((c) => c.clarifyAt <= c.answerAt, 'clarifyAt must not exceed answerAt');

export type Calibration = z.infer<typeof calibrationSchema>;

/** Reads and validates a calibration file. */
export function loadCalibration(file: string = CALIBRATION_FILE): Calibration {
  return calibrationSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The logistic model: σ(intercept + Σ coefficient × feature). */
export function confidenceOf(f: Features, c: Calibration): number {
  let z = c.intercept;
  for (const name of FEATURE_NAMES) z += c.coefficients[name] * f[name];
  return 1 / (1 + Math.exp(-z));
}
