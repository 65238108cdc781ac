/**
 * The FAQ matcher the dialog calls: message + language → answer, "Ý bạn là…" (clarify) or "I don't know"
 * (abstain). Never guesses: below the calibrated threshold it asks or abstains.
 */
import type { Lang } from '../i18n';
import { cleanText } from '../nlu/normalize';
import { confidenceOf, loadCalibration, type Calibration, type Features } from './confidence';
import type { KnowledgeBase } from './load';
import type { Entry } from './schema';
import { DEFAULT_INDEX_CONFIG, KbIndex, type Hit, type IndexConfig } from './search-index';

export type AskResult =
  | { kind: 'answer'; entry: Entry; confidence: number; related: Entry[] }
  | { kind: 'clarify'; candidates: Entry[]; confidence: number }
  | { kind: 'abstain'; confidence: number };

/** Everything the evaluation and the staff tools may want to see about one question. */
export interface Explanation {
  result: AskResult;
  /** Every matching entry, best first. */
  hits: Hit[];
  features: Features;
}

export interface AnswererOptions {
  index?: IndexConfig;
  calibration?: Calibration;
  /** Most entries offered in a clarification. */
  maxCandidates?: number;
  /** A runner-up is offered only if its score is at least this share of the top score. */
  candidateScoreRatio?: number;
}

const MAX_CANDIDATES = 3;
const CANDIDATE_SCORE_RATIO = 0.5;
/** Messages longer than this are cut before matching (a FAQ question is short; keeps the cost bounded). */
export const MAX_QUERY_CHARS = 300;
const NO_FEATURES: Features = { coverage: 0, margin: 0, coverageGap: 0, unknownShare: 1, bestQuestion: 0 };

/** Builds the index once; `ask` is synchronous, pure and deterministic. */
export class Answerer {
  readonly index: KbIndex;
  private readonly calibration: Calibration;
  private readonly maxCandidates: number;
  private readonly ratio: number;

  constructor(
    private readonly kb: Pick<KnowledgeBase, 'entries' | 'byId'>,
    opts: AnswererOptions = {},
  ) {
    this.index = new KbIndex(kb.entries, opts.index ?? DEFAULT_INDEX_CONFIG);
    this.calibration = opts.calibration ?? loadCalibration();
    this.maxCandidates = opts.maxCandidates ?? MAX_CANDIDATES;
    this.ratio = opts.candidateScoreRatio ?? CANDIDATE_SCORE_RATIO;
  }

  /** Matches a user's message in the user's language. */
  ask(text: string, lang: Lang): AskResult {
    return this.explain(text, lang).result;
  }

  /** `ask` with its ranking and features, for evaluation and debugging. */
  explain(text: string, lang: Lang): Explanation {
    const query = text.slice(0, MAX_QUERY_CHARS);
    if (cleanText(query).trim() === '') return { result: { kind: 'abstain', confidence: 0 }, hits: [], features: NO_FEATURES };
    const { analysis, hits } = this.index.search(query, lang);
    const [top, second] = hits;
    if (!top) return { result: { kind: 'abstain', confidence: 0 }, hits, features: NO_FEATURES };
    const c1 = this.index.coverage(analysis, top.entry.id);
    const c2 = second ? this.index.coverage(analysis, second.entry.id).coverage : 0;
    const features: Features = {
      coverage: c1.coverage,
      margin: second ? 1 - second.score / top.score : 1,
      coverageGap: c1.coverage - c2,
      unknownShare: c1.unknownShare,
      bestQuestion: c1.bestQuestion,
    };
    const confidence = c1.coverage === 0 ? 0 : confidenceOf(features, this.calibration);
    return { result: this.decide(hits, confidence), hits, features };
  }

  private decide(hits: Hit[], confidence: number): AskResult {
    const top = hits[0] as Hit;
    if (confidence >= this.calibration.answerAt) {
      const related = top.entry.related.map((id) => this.kb.byId(id)).filter((e): e is Entry => e !== undefined);
      return { kind: 'answer', entry: top.entry, confidence, related };
    }
    if (confidence >= this.calibration.clarifyAt) {
      const candidates = hits
        .filter((h, i) => i === 0 || h.score >= this.ratio * top.score)
        .slice(0, this.maxCandidates)
        .map((h) => h.entry);
      return { kind: 'clarify', candidates, confidence };
    }
    return { kind: 'abstain', confidence };
  }
}
