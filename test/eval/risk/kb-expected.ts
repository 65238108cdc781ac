import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadKnowledgeBase } from '../../../src/knowledge';
import { ILLEGAL_KINDS, type RiskAssessment, type RiskLevel } from '../../../src/safety/types';
import { EVAL_DIR } from './dataset';

/**
 * Expected safety outcome of the knowledge base's own question paraphrases (kb-expected.yaml, labelled from
 * the README policy). A label is a range of acceptable levels; `none` = no alert.
 */
type Outcome = RiskLevel | 'none';
const ORDER: readonly Outcome[] = ['none', 'possible', 'disclosed', 'imminent'];

export const WANTS = {
  none: ['none', 'none'],
  tip: ['none', 'possible'],
  open: ['none', 'disclosed'],
  flag: ['possible', 'disclosed'],
  disclosed: ['disclosed', 'disclosed'],
  urgent: ['disclosed', 'imminent'],
  alert: ['possible', 'imminent'],
  imminent: ['imminent', 'imminent'],
  any: ['none', 'imminent'],
} as const satisfies Record<string, readonly [Outcome, Outcome]>;
export type Want = keyof typeof WANTS;

const labelSchema = z
  .object({
    q: z.string().min(1),
    want: z.enum(Object.keys(WANTS) as [Want, ...Want[]]),
    illegal: z.enum([...ILLEGAL_KINDS, 'maybe']).optional(),
  })
  .strict();
export type KbLabel = z.infer<typeof labelSchema>;

/** Loads kb-expected.yaml, keyed by question text. Throws on duplicates or schema errors. */
export function loadKbLabels(file = path.join(EVAL_DIR, 'kb-expected.yaml')): Map<string, KbLabel> {
  const list = z.array(labelSchema).parse(parse(fs.readFileSync(file, 'utf8')) as unknown);
  const map = new Map<string, KbLabel>();
  for (const l of list) {
    if (map.has(l.q)) throw new Error(`duplicate label in kb-expected.yaml: ${l.q}`);
    map.set(l.q, l);
  }
  return map;
}

/** Every question paraphrase of the knowledge base (vi and en), with its entry id. */
export function kbQuestions(): { q: string; entry: string }[] {
  return loadKnowledgeBase().entries.flatMap((e) => [...e.questions.vi, ...e.questions.en].map((q) => ({ q, entry: e.id })));
}

/** Why an assessment does not meet a label (or an unlabelled question's "no alert"), or undefined if it does. */
export function mismatch(a: RiskAssessment, label: KbLabel | undefined): string | undefined {
  const want: Want = label?.want ?? 'none';
  const got: Outcome = a.level ?? 'none';
  const [lo, hi] = WANTS[want];
  const rank = ORDER.indexOf(got);
  const problems: string[] = [];
  if (rank < ORDER.indexOf(lo) || rank > ORDER.indexOf(hi)) problems.push(`want ${want}, got ${got} [${a.flags.map((f) => f.ruleId).join(', ')}]`);
  const ill = a.illegalRequest?.kind;
  if (label?.illegal === undefined && ill !== undefined) problems.push(`unexpected illegal-request refusal (${ill})`);
  if (label?.illegal !== undefined && label.illegal !== 'maybe' && ill !== label.illegal) problems.push(`want illegal ${label.illegal}, got ${ill ?? 'none'}`);
  return problems.length === 0 ? undefined : problems.join('; ');
}
