import { createHash } from 'node:crypto';
import { assessRules } from '../../../src/safety/assess';
import { prepare } from '../../../src/safety/text';
import type { RiskCategory, RiskLevel } from '../../../src/safety/types';
import { loadBlindSet, loadEvalSet } from './dataset';
import { kbQuestions, loadKbLabels } from './kb-expected';

/**
 * Training/evaluation examples of the statistical risk layer (README "Statistical layer"). Every labelled file of
 * test/eval/risk EXCEPT the held-out blind set (blind-5.yaml: never opened here; blind-4 is development data since round 4), plus the knowledge base's question
 * paraphrases. Order is fixed (file list order, then item order) so training is deterministic.
 */

/** Blind-format development files (risk + benign + questions). blind-5.yaml (held out) is deliberately absent. */
export const DEV_BLIND_FILES = ['blind-2.yaml', 'dev-round2.yaml', 'dev-round2-probes.yaml', 'blind-3.yaml', 'dev-round3-probes.yaml', 'dev-model-benign.yaml', 'blind-4.yaml', 'dev-round4.yaml'] as const;

export type ExampleKind =
  | 'risk' // a labelled risk message
  | 'benign' // a benign eval message
  | 'question' // an informational question of a blind-format file (none or possible is right)
  | 'illegal' // a request for illegal help (not a risk category)
  | 'kb_none' // KB question with no label or `none`: must get no alert
  | 'kb_tip' // KB question labelled tip/open/any: none or possible is fine
  | 'kb_risk'; // KB question labelled as an account (flag/disclosed/urgent/imminent/alert)

export interface Example {
  id: string;
  /** Source file (or `kb`). */
  source: string;
  text: string;
  kind: ExampleKind;
  /** Category of a risk example; KB accounts take the rules' top category (undefined if the rules see none). */
  category?: RiskCategory;
  level?: RiskLevel;
  alt?: RiskCategory[];
  tags: string[];
  /** Grouping key for cross-validation: paraphrases / KB entries share a group. */
  group: string;
}

const KB_ACCOUNT = new Set(['flag', 'disclosed', 'urgent', 'imminent', 'alert']);
const KB_TIP = new Set(['tip', 'open', 'any']);

function evalExamples(): Example[] {
  const set = loadEvalSet();
  const out: Example[] = [];
  const src = (id: string): string => id.split('#')[0] as string;
  for (const r of set.risk) out.push({ id: r.id, source: src(r.id), text: r.text, kind: 'risk', category: r.category, level: r.level, alt: r.alt, tags: r.tags, group: '' });
  for (const b of set.benign) out.push({ id: b.id, source: src(b.id), text: b.text, kind: 'benign', tags: b.tags, group: '' });
  for (const i of set.illegal) out.push({ id: i.id, source: src(i.id), text: i.text, kind: 'illegal', tags: [], group: '' });
  for (const file of DEV_BLIND_FILES) {
    const s = loadBlindSet(file);
    const source = file.replace('.yaml', '');
    for (const r of s.risk) out.push({ id: r.id, source, text: r.text, kind: 'risk', category: r.category, level: r.level, alt: r.alt, tags: r.tags, group: '' });
    for (const b of s.benign) out.push({ id: b.id, source, text: b.text, kind: 'benign', tags: b.tags, group: '' });
    for (const q of s.questions) out.push({ id: q.id, source, text: q.text, kind: 'question', tags: q.tags, group: '' });
  }
  return out;
}

function kbExamples(): Example[] {
  const labels = loadKbLabels();
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const { q, entry } of kbQuestions()) {
    if (seen.has(q)) continue;
    seen.add(q);
    const want = labels.get(q)?.want ?? 'none';
    const base = { id: `kb/${entry}#${out.length + 1}`, source: 'kb', text: q, tags: [], group: `kb:${entry}` };
    if (KB_ACCOUNT.has(want)) {
      const top = assessRules(q).flags[0];
      out.push({ ...base, kind: 'kb_risk', category: top?.category, level: top?.level });
    } else out.push({ ...base, kind: KB_TIP.has(want) ? 'kb_tip' : 'kb_none' });
  }
  return out;
}

function tokenSet(text: string): Set<string> {
  return new Set(prepare(text).foldedList);
}

/**
 * Groups near-duplicates (folded-syllable Jaccard ≥ `threshold`, e.g. the same message with and without
 * diacritics) with union-find, so paraphrases of one item never straddle CV folds. KB paraphrases are grouped
 * by their entry; an eval item close to a KB question joins the KB entry's group.
 */
function assignGroups(examples: Example[], threshold = 0.5): void {
  const parent = examples.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstOfKbGroup = new Map<string, number>();
  examples.forEach((e, i) => {
    if (e.group === '') return;
    const f = firstOfKbGroup.get(e.group);
    if (f === undefined) firstOfKbGroup.set(e.group, i);
    else union(f, i);
  });
  const sets = examples.map((e) => tokenSet(e.text));
  // Inverted index so only pairs sharing a syllable are compared.
  const posting = new Map<string, number[]>();
  sets.forEach((s, i) => s.forEach((t) => (posting.get(t) ?? posting.set(t, []).get(t))?.push(i)));
  for (let i = 0; i < sets.length; i++) {
    const a = sets[i] as Set<string>;
    const shared = new Map<number, number>();
    for (const t of a) for (const j of posting.get(t) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, inter] of shared) {
      const b = sets[j] as Set<string>;
      if (inter / (a.size + b.size - inter) >= threshold) union(i, j);
    }
  }
  examples.forEach((e, i) => (e.group = `g${find(i)}`));
}

/** Every example (risk, benign, questions, illegal, KB), grouped for CV, in a fixed order. */
export function loadExamples(): Example[] {
  const all = [...evalExamples(), ...kbExamples()];
  assignGroups(all);
  return all;
}

/** SHA-256 of the labelled training data (kind, category, text of each example in order): recorded in the model. */
export function dataHash(examples: readonly Example[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.kind}\t${e.category ?? ''}\t${e.text}\n`);
  return h.digest('hex').slice(0, 16);
}

/** Deterministic fold (0..k-1) of a group: a hash of the group's first member text, not of random numbers. */
export function foldOf(groupKey: string, k: number): number {
  return createHash('sha256').update(groupKey).digest().readUInt32BE(0) % k;
}
