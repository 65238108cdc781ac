import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ILLEGAL_KINDS, RISK_CATEGORIES, RISK_LEVELS } from '../../../src/safety/types';

/** Folder of the evaluation set (see README.md for the labelling guide). */
export const EVAL_DIR = __dirname;

const riskItem = z
  .object({
    text: z.string().min(1),
    category: z.enum(RISK_CATEGORIES),
    level: z.enum(RISK_LEVELS),
    alt: z.array(z.enum(RISK_CATEGORIES)).optional(),
    tags: z.array(z.string()).default([]),
  })
  .strict();
const benignItem = z.object({ text: z.string().min(1), tags: z.array(z.string()).default([]) }).strict();
const illegalItem = z.object({ text: z.string().min(1), kind: z.enum(ILLEGAL_KINDS) }).strict();

/** `holdout`: from a *-holdout.yaml or *-fresh.yaml file (see README.md for what was tuned on when). */
export type RiskItem = z.infer<typeof riskItem> & { id: string; holdout: boolean };
export type BenignItem = z.infer<typeof benignItem> & { id: string; holdout: boolean };
export type IllegalItem = z.infer<typeof illegalItem> & { id: string };

function load<T extends z.ZodType>(file: string, schema: T): (z.infer<T> & { id: string })[] {
  const raw = parse(fs.readFileSync(path.join(EVAL_DIR, file), 'utf8')) as unknown;
  return z
    .array(schema)
    .parse(raw)
    .map((item, i) => ({ ...(item as object), id: `${file.replace('.yaml', '')}#${i + 1}` }) as z.infer<T> & { id: string });
}

export interface EvalSet {
  risk: RiskItem[];
  benign: BenignItem[];
  illegal: IllegalItem[];
}

/** Loads and validates every file of the evaluation set. */
export function loadEvalSet(): EvalSet {
  return {
    risk: [
      ...load('risk.yaml', riskItem).map((x) => ({ ...x, holdout: false })),
      ...load('risk-holdout.yaml', riskItem).map((x) => ({ ...x, holdout: true })),
      ...load('risk-fresh.yaml', riskItem).map((x) => ({ ...x, holdout: true })),
    ],
    benign: [
      ...load('benign.yaml', benignItem).map((x) => ({ ...x, holdout: false })),
      ...load('benign-holdout.yaml', benignItem).map((x) => ({ ...x, holdout: true })),
      ...load('benign-fresh.yaml', benignItem).map((x) => ({ ...x, holdout: true })),
    ],
    illegal: load('illegal.yaml', illegalItem),
  };
}

const questionItem = z.object({ text: z.string().min(1), tags: z.array(z.string()).default([]) }).strict();
/** An informational question about a known harm or lure: `none` or `possible` is right, more is an over-alarm. */
export type QuestionItem = z.infer<typeof questionItem> & { id: string };

/** A blind set (blind-N.yaml): risk, benign and question items in one file, never part of the tuning files. */
export interface BlindSet {
  risk: RiskItem[];
  benign: BenignItem[];
  questions: QuestionItem[];
}

const blindFile = z
  .object({ risk: z.array(riskItem), benign: z.array(benignItem), questions: z.array(questionItem).default([]) })
  .strict();

/** Loads a blind set file such as `blind-2.yaml` (see README.md "Blind set 2"). */
export function loadBlindSet(file: string): BlindSet {
  const raw = blindFile.parse(parse(fs.readFileSync(path.join(EVAL_DIR, file), 'utf8')) as unknown);
  const base = file.replace('.yaml', '');
  return {
    risk: raw.risk.map((x, i) => ({ ...x, id: `${base}/risk#${i + 1}`, holdout: true })),
    benign: raw.benign.map((x, i) => ({ ...x, id: `${base}/benign#${i + 1}`, holdout: true })),
    questions: raw.questions.map((x, i) => ({ ...x, id: `${base}/questions#${i + 1}` })),
  };
}
