/**
 * Evaluation of the FAQ matcher on a question set (`test/eval/kb/questions.yaml`, written independently of the
 * paraphrases; or the dev set `dev.yaml`), next to a naive baseline run in the same process: MiniSearch with its
 * default tokenizer on the same entries, answering whenever it finds anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import { z } from 'zod';
import { Answerer, type AnswererOptions, type KnowledgeBase } from '../../../src/knowledge';

export const QUESTIONS_FILE = path.join(__dirname, 'questions.yaml');
export const DEV_FILE = path.join(__dirname, 'dev.yaml');

const questionSchema = z
  .object({
    q: z.string().min(1),
    lang: z.enum(['vi', 'en']),
    expect: z.string().min(1).nullable(),
    kind: z.string().min(1),
  })
  .strict();
export type EvalQuestion = z.infer<typeof questionSchema>;

/** Reads and validates a question file; a missing file or a bad item is an error with a clear message. */
export function readQuestions(file: string): EvalQuestion[] {
  if (!fs.existsSync(file)) {
    throw new Error(`Evaluation set ${file} is missing. It must be a YAML list of { q, lang: vi|en, expect: <entry id>|null, kind }.`);
  }
  const parsed = z.array(questionSchema).safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`${path.basename(file)}: item ${String(i?.path[0] ?? '?')} ${i?.path.slice(1).join('.') ?? ''}: ${i?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Questions whose `expect` is not an entry of the knowledge base (a broken set, reported, never skipped). */
export function unknownExpectations(questions: EvalQuestion[], kb: Pick<KnowledgeBase, 'byId'>): EvalQuestion[] {
  return questions.filter((q) => q.expect !== null && kb.byId(q.expect) === undefined);
}

/** What a system did with one question. */
export interface Judgement {
  /** Entry ids, best first. */
  ranked: string[];
  decision: 'answer' | 'clarify' | 'abstain';
  /** Entries offered (the answer, or the clarification candidates). */
  offered: string[];
  confidence: number;
}

export interface System {
  name: string;
  judge(q: string, lang: 'vi' | 'en'): Judgement;
}

/** The engine, as shipped. */
export function engineSystem(kb: KnowledgeBase, opts?: AnswererOptions): System & { answerer: Answerer } {
  const answerer = new Answerer(kb, opts);
  return {
    name: 'engine',
    answerer,
    judge(q, lang) {
      const { result, hits } = answerer.explain(q, lang);
      const offered = result.kind === 'answer' ? [result.entry.id] : result.kind === 'clarify' ? result.candidates.map((e) => e.id) : [];
      return { ranked: hits.map((h) => h.entry.id), decision: result.kind, offered, confidence: result.confidence };
    },
  };
}

/** The naive baseline: MiniSearch defaults (its own tokenizer, lowercase), questions + answers, answers any hit. */
export function baselineSystem(kb: KnowledgeBase): System & { index: MiniSearch } {
  const index = new MiniSearch({ fields: ['questions', 'answer'] });
  index.addAll(
    kb.entries.map((e) => ({
      id: e.id,
      questions: [...e.questions.vi, ...e.questions.en].join('\n'),
      answer: `${e.answer.vi}\n${e.answer.en}`,
    })),
  );
  return {
    name: 'baseline',
    index,
    judge(q) {
      const ranked = index.search(q).map((r) => r.id as string);
      const top = ranked[0];
      return top === undefined
        ? { ranked, decision: 'abstain', offered: [], confidence: 0 }
        : { ranked, decision: 'answer', offered: [top], confidence: 1 };
    },
  };
}

export interface Metrics {
  questions: number;
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Share of in-scope questions answered directly. */
  answeredRate: number;
  /** Of the in-scope questions answered, the share answered with the expected entry. */
  accuracyWhenAnswered: number;
  /** Share of in-scope questions sent to "Ý bạn là…", and how often the expected entry was offered there. */
  clarifyRate: number;
  clarifyHit: number;
  /** Share of out-of-scope questions answered directly (the harmful error). */
  oosFalseAccept: number;
  /** Share of out-of-scope questions shown a clarification (a mild error). */
  oosClarify: number;
}

export interface Miss {
  question: EvalQuestion;
  judgement: Judgement;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Scores a system on a question set. */
export function evaluate(system: System, questions: EvalQuestion[]): { metrics: Metrics; misses: Miss[] } {
  let top1 = 0, top3 = 0, rr = 0, answered = 0, answeredRight = 0, clarified = 0, clarifyHit = 0, oosAnswered = 0, oosClarified = 0;
  const misses: Miss[] = [];
  const inScope = questions.filter((q) => q.expect !== null);
  for (const question of questions) {
    const j = system.judge(question.q, question.lang);
    if (question.expect === null) {
      if (j.decision === 'answer') oosAnswered++;
      if (j.decision === 'clarify') oosClarified++;
      if (j.decision !== 'abstain') misses.push({ question, judgement: j });
      continue;
    }
    const rank = j.ranked.indexOf(question.expect);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (j.decision === 'answer') {
      answered++;
      if (j.offered[0] === question.expect) answeredRight++;
    }
    if (j.decision === 'clarify') {
      clarified++;
      if (j.offered.includes(question.expect)) clarifyHit++;
    }
    if (rank !== 0 || j.decision !== 'answer') misses.push({ question, judgement: j });
  }
  const oos = questions.length - inScope.length;
  return {
    metrics: {
      questions: questions.length,
      inScope: inScope.length,
      outOfScope: oos,
      top1: ratio(top1, inScope.length),
      top3: ratio(top3, inScope.length),
      mrr: ratio(rr, inScope.length),
      answeredRate: ratio(answered, inScope.length),
      accuracyWhenAnswered: ratio(answeredRight, answered),
      clarifyRate: ratio(clarified, inScope.length),
      clarifyHit: ratio(clarifyHit, clarified),
      oosFalseAccept: ratio(oosAnswered, oos),
      oosClarify: ratio(oosClarified, oos),
    },
    misses,
  };
}

const ROWS: [keyof Metrics, string][] = [
  ['top1', 'top-1'],
  ['top3', 'top-3'],
  ['mrr', 'MRR'],
  ['answeredRate', 'answered (in scope)'],
  ['accuracyWhenAnswered', 'accuracy when answered'],
  ['clarifyRate', 'clarified (in scope)'],
  ['clarifyHit', 'right entry among clarify options'],
  ['oosFalseAccept', 'out-of-scope false-accept'],
  ['oosClarify', 'out-of-scope clarified'],
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);

/** A side-by-side table of metrics, one column per system. */
export function formatTable(columns: { name: string; metrics: Metrics }[]): string {
  const head = `${'metric'.padEnd(36)}${columns.map((c) => c.name.padStart(10)).join('')}`;
  const lines = ROWS.map(([key, label]) => {
    const cells = columns.map((c) => (key === 'mrr' ? c.metrics.mrr.toFixed(3).padStart(8) : pct(c.metrics[key])).padStart(10));
    return `${label.padEnd(36)}${cells.join('')}`;
  });
  return [head, ...lines].join('\n');
}

/** Metrics per `kind` tag (accented, unaccented, teen, typo, oos-near…). */
export function byKind(system: System, questions: EvalQuestion[]): { kind: string; n: number; metrics: Metrics }[] {
  const kinds = [...new Set(questions.map((q) => q.kind))].sort();
  return kinds.map((kind) => {
    const subset = questions.filter((q) => q.kind === kind);
    return { kind, n: subset.length, metrics: evaluate(system, subset).metrics };
  });
}
