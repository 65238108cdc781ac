/**
 * The search index over the knowledge base: MiniSearch (BM25+) on prefixed terms from ../nlu/analyser, one
 * document per entry, plus the per-entry vocabularies that the confidence needs ("how much of what the user
 * wrote does this entry know?").
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import {
  analyseQuery,
  DEFAULT_TERM_WEIGHTS,
  enDocumentTerms,
  viDocumentTerms,
  type Position,
  type QueryAnalysis,
  type TermWeights,
} from '../nlu/analyser';
import type { Entry } from './schema';

/** Tunable settings of the index; defaults are the ones chosen on the dev set (test/eval/kb/dev.yaml). */
export interface IndexConfig {
  /** Field boosts: questions (vi, en) and answers (avi, aen). */
  fieldBoost: { vi: number; en: number; avi: number; aen: number };
  /** Expand teen code in the paraphrases too (so "15t … dc" also indexes tuổi, được). */
  expandDocuments: boolean;
  /** Count answer words as "known by the entry" in the coverage. */
  coverageIncludesAnswer: boolean;
  weights: TermWeights;
  bm25: { k: number; b: number; d: number };
  /**
   * Query terms found in more than this share of entries are not sent to MiniSearch (they barely separate
   * entries, yet each one scores nearly every document: most of the search time). They still count in the
   * coverage.
   */
  maxDocShare: number;
  /**
   * Multiply an entry's score by the number of query terms it matched, as MiniSearch does ("coordination").
   * With teen-code readings, synonyms and bigrams many terms stand for one word, which this over-rewards.
   */
  coordination: boolean;
}

export const DEFAULT_INDEX_CONFIG: IndexConfig = {
  fieldBoost: { vi: 1, en: 1, avi: 0.2, aen: 1 },
  expandDocuments: true,
  coverageIncludesAnswer: false,
  weights: DEFAULT_TERM_WEIGHTS,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  maxDocShare: 0.3,
  coordination: true,
};

/** How well an entry explains a message (see `KbIndex.coverage`). */
export interface Coverage {
  coverage: number;
  bestQuestion: number;
  unknownShare: number;
}

/** One ranked entry. */
export interface Hit {
  entry: Entry;
  score: number;
}

/** A ranked result list with the analysis it came from. */
export interface SearchOutcome {
  analysis: QueryAnalysis;
  hits: Hit[];
}

interface Doc {
  id: string;
  vi: string;
  en: string;
  avi: string;
  aen: string;
}

const LINE = '\n';
const FIELDS = ['vi', 'en', 'avi', 'aen'] as const;

function fieldTerms(text: string, field: string, expand: boolean): string[] {
  if (field === 'en' || field === 'aen') return enDocumentTerms(text);
  return text.split(LINE).flatMap((line) => viDocumentTerms(line, expand && field === 'vi'));
}

/** BM25-style IDF, always positive. */
function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Per-term scores of every document containing the term, as MiniSearch computes them. */
interface Impact {
  docs: Int32Array;
  scores: Float64Array;
}

/**
 * MiniSearch index + vocabularies. Build once per knowledge base; searching is synchronous and pure.
 *
 * Speed: a query has 30-100 weighted terms (syllables, tone keys, readings, bigrams, English words), and
 * MiniSearch's OR query allocates a result object per term and document — about 1 ms a query here. Its score
 * is a sum over terms (BM25+ per field × field boost × term boost) times the number of query terms matched, so
 * at build time each term's per-document score is asked from MiniSearch once and kept (`impacts`); a query then
 * adds numbers into a typed array. `searchWithMiniSearch` runs the same query through MiniSearch itself and
 * the tests check that both rank identically.
 */
export class KbIndex {
  private readonly miniSearch: MiniSearch<Doc>;
  private readonly vocab = new Map<string, Set<string>>();
  /** Per entry, the terms of each of its questions (for `bestQuestion`). */
  private readonly questionVocab = new Map<string, Set<string>[]>();
  private readonly df = new Map<string, number>();
  private readonly impacts = new Map<string, Impact>();
  private readonly unknownIdf: number;
  private readonly maxDf: number;

  constructor(
    readonly entries: readonly Entry[],
    readonly config: IndexConfig = DEFAULT_INDEX_CONFIG,
  ) {
    const expand = config.expandDocuments;
    const docs: Doc[] = entries.map((e) => ({
      id: e.id,
      vi: e.questions.vi.join(LINE),
      en: e.questions.en.join(LINE),
      avi: e.answer.vi,
      aen: e.answer.en,
    }));
    const terms = docs.map((d) => Object.fromEntries(FIELDS.map((f) => [f, fieldTerms(d[f], f, expand)])) as Record<(typeof FIELDS)[number], string[]>);
    const byText = new Map<string, string[]>();
    docs.forEach((d, i) => FIELDS.forEach((f) => byText.set(`${f}\u0000${d[f]}`, (terms[i] as Record<string, string[]>)[f] as string[])));
    this.miniSearch = new MiniSearch<Doc>({
      fields: [...FIELDS],
      idField: 'id',
      tokenize: (text, field) => byText.get(`${field ?? ''}\u0000${text}`) ?? fieldTerms(text, field ?? 'vi', expand),
      processTerm: (term) => term,
      searchOptions: { bm25: config.bm25 },
    });
    this.miniSearch.addAll(docs);
    const all = new Set<string>();
    docs.forEach((d, i) => {
      const t = terms[i] as Record<(typeof FIELDS)[number], string[]>;
      const known = new Set([...t.vi, ...t.en]);
      for (const x of [...known, ...t.avi, ...t.aen]) all.add(x);
      if (config.coverageIncludesAnswer) for (const x of [...t.avi, ...t.aen]) known.add(x);
      this.vocab.set(d.id, known);
      const e = entries[i] as Entry;
      this.questionVocab.set(d.id, [
        ...e.questions.vi.map((q) => new Set(fieldTerms(q, 'vi', expand))),
        ...e.questions.en.map((q) => new Set(fieldTerms(q, 'en', expand))),
      ]);
      for (const x of known) this.df.set(x, (this.df.get(x) ?? 0) + 1);
    });
    this.buildImpacts(all);
    this.unknownIdf = idf(0, Math.max(entries.length, 1));
    this.maxDf = Math.max(1, config.maxDocShare * entries.length);
  }

  private buildImpacts(terms: Set<string>): void {
    const position = new Map(this.entries.map((e, i) => [e.id, i]));
    for (const term of terms) {
      const results = this.miniSearch.search(term, { ...this.searchOptions(() => 1), tokenize: () => [term] });
      this.impacts.set(term, {
        docs: Int32Array.from(results, (r) => position.get(r.id as string) as number),
        scores: Float64Array.from(results, (r) => r.score),
      });
    }
  }

  private searchOptions(boostTerm: (term: string) => number): SearchOptions {
    return { processTerm: (t) => t, boostTerm, boost: this.config.fieldBoost, prefix: false, fuzzy: false, combineWith: 'OR' };
  }

  /** The weighted query terms sent to the index: known, not too common, the highest weight per term. */
  private queryTerms(analysis: QueryAnalysis): Map<string, number> {
    const weights = new Map<string, number>();
    const all = [...analysis.vi, ...analysis.en].flatMap((p) => p.terms).concat(analysis.bigrams);
    for (const { term, weight } of all) {
      if (this.impacts.has(term) && (this.df.get(term) ?? 0) <= this.maxDf) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    }
    return weights;
  }

  private ranked(scores: ArrayLike<number>): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < scores.length; i++) if ((scores[i] as number) > 0) hits.push({ entry: this.entries[i] as Entry, score: scores[i] as number });
    return hits.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
  }

  /** Ranks entries for a message. Deterministic: equal scores are ordered by id. */
  search(text: string, lang: 'vi' | 'en'): SearchOutcome {
    const analysis = analyseQuery(text, lang, this.config.weights);
    const n = this.entries.length;
    const sum = new Float64Array(n);
    const matched = new Uint16Array(n);
    for (const [term, weight] of this.queryTerms(analysis)) {
      const { docs, scores } = this.impacts.get(term) as Impact;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i] as number;
        sum[d] = (sum[d] as number) + weight * (scores[i] as number);
        matched[d] = (matched[d] as number) + 1;
      }
    }
    if (this.config.coordination) for (let d = 0; d < n; d++) sum[d] = (sum[d] as number) * (matched[d] as number);
    return { analysis, hits: this.ranked(sum) };
  }

  /** The same query answered by MiniSearch directly (slow path, for tests and benchmarks). */
  searchWithMiniSearch(text: string, lang: 'vi' | 'en'): SearchOutcome {
    const analysis = analyseQuery(text, lang, this.config.weights);
    const weights = this.queryTerms(analysis);
    if (weights.size === 0) return { analysis, hits: [] };
    const results = this.miniSearch.search([...weights.keys()].join(' '), {
      ...this.searchOptions((t) => weights.get(t) ?? 1),
      tokenize: (s) => s.split(' '),
    });
    const scores = new Float64Array(this.entries.length);
    const position = new Map(this.entries.map((e, i) => [e.id, i]));
    for (const r of results) scores[position.get(r.id as string) as number] = r.score;
    return { analysis, hits: this.ranked(scores) };
  }

  /**
   * How well an entry explains the message. A position (syllable or word) counts when any of its alternatives
   * (surface form, teen-code reading, variant, synonym) is known; particles are skipped; positions are weighed
   * by IDF, and a position no entry knows weighs the maximum IDF, so unknown words pull the shares down.
   *  - `coverage`: share of the message known by the entry's questions together;
   *  - `bestQuestion`: share known by its single closest question (a real match usually has one);
   *  - `unknownShare`: share no entry knows at all.
   * Both views (Vietnamese, English) are scored and the better one is kept.
   */
  coverage(analysis: QueryAnalysis, entryId: string): Coverage {
    const vi = this.viewCoverage(analysis.vi, entryId);
    const en = this.viewCoverage(analysis.en, entryId);
    return vi.coverage >= en.coverage ? vi : en;
  }

  private positionWeight(p: Position): number | undefined {
    let min: number | undefined;
    for (const { term } of p.terms) {
      const df = this.df.get(term);
      if (df === undefined) continue;
      const w = idf(df, this.entries.length);
      if (min === undefined || w < min) min = w;
    }
    return min;
  }

  private viewCoverage(positions: Position[], entryId: string): Coverage {
    const vocab = this.vocab.get(entryId) ?? new Set<string>();
    const questions = this.questionVocab.get(entryId) ?? [];
    const perQuestion = new Float64Array(questions.length);
    let total = 0;
    let matched = 0;
    let unknown = 0;
    for (const p of positions) {
      if (p.particle) continue;
      const known = this.positionWeight(p);
      const w = known ?? (/^\d+$/.test(p.token) ? idf(1, this.entries.length) : this.unknownIdf);
      total += w;
      if (known === undefined) {
        unknown += w;
        continue;
      }
      if (!p.terms.some((t) => vocab.has(t.term))) continue;
      matched += w;
      questions.forEach((q, i) => {
        if (p.terms.some((t) => q.has(t.term))) perQuestion[i] = (perQuestion[i] as number) + w;
      });
    }
    if (total === 0) return { coverage: 0, bestQuestion: 0, unknownShare: 0 };
    return { coverage: matched / total, bestQuestion: Math.max(0, ...perQuestion) / total, unknownShare: unknown / total };
  }

  /** Number of distinct index terms (for the benchmark report). */
  get termCount(): number {
    return this.miniSearch.termCount;
  }
}
