import { RIASEC, type Answer, type Riasec, type Scores } from './types';

/**
 * Scoring of the interest quiz: pure functions, no I/O. Each answer scores 0 (dislike), 1 (neutral) or 2
 * (like) for its item's type; a type's score is the sum over its items. Types are ranked by score, then by the
 * number of "like" answers (a clear like says more than two neutrals), then by the fixed RIASEC order, so equal
 * answers always give the same code.
 */

/** A third letter is explained too when its score is this close to the second one. */
export const THIRD_LETTER_GAP = 1;
/** Scores this close together (highest minus lowest, in points) make an even profile. */
export const FLAT_SPREAD = 2;
/** A top score at or below this share of the maximum means few activities appealed. */
export const LOW_INTEREST_SHARE = 1 / 3;

export interface ScoredItem {
  type: Riasec;
}

export interface QuizScore {
  scores: Scores;
  /** "Like" answers per type (the first tie-breaker). */
  likes: Scores;
  /** Strongest first; always all six types. */
  ranking: Riasec[];
  /** The three-letter Holland code, strongest first. */
  code: string;
  /**
   * The letters a result explains: the strongest; the second unless it scored nothing; the third when it scored
   * and is within THIRD_LETTER_GAP of the second.
   */
  highlight: Riasec[];
  /** Every score lies within FLAT_SPREAD points: interests are spread evenly. */
  flat: boolean;
  /** Even the top score is low (few activities appealed). */
  low: boolean;
  maxScore: number;
}

const zero = (): Scores => ({ R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 });

/** Thrown when answers do not fit the items (a bug, never user input: dialogs only store valid answers). */
export class ScoringError extends Error {
  override readonly name = 'ScoringError';
}

/** Ranks types: higher score, then more likes, then RIASEC order. */
export function rankTypes(scores: Scores, likes: Scores): Riasec[] {
  return [...RIASEC].sort((a, b) => scores[b] - scores[a] || likes[b] - likes[a] || RIASEC.indexOf(a) - RIASEC.indexOf(b));
}

/** Scores a complete set of answers (one per item, in item order). */
export function scoreAnswers(items: readonly ScoredItem[], answers: readonly (Answer | null | undefined)[]): QuizScore {
  if (answers.length !== items.length) throw new ScoringError(`expected ${items.length} answers, got ${answers.length}`);
  const scores = zero();
  const likes = zero();
  const perType = zero();
  items.forEach((item, i) => {
    const a = answers[i];
    if (a !== 0 && a !== 1 && a !== 2) throw new ScoringError(`item ${i + 1} has no answer`);
    scores[item.type] += a;
    perType[item.type] += 1;
    if (a === 2) likes[item.type] += 1;
  });
  const maxScore = Math.max(...RIASEC.map((c) => perType[c])) * 2;
  const ranking = rankTypes(scores, likes);
  const [first, second, third] = ranking as [Riasec, Riasec, Riasec];
  const highlight = [first];
  if (scores[second] > 0) highlight.push(second);
  if (scores[third] > 0 && scores[second] - scores[third] <= THIRD_LETTER_GAP) highlight.push(third);
  const values = RIASEC.map((c) => scores[c]);
  return {
    scores,
    likes,
    ranking,
    code: ranking.slice(0, 3).join(''),
    highlight,
    flat: Math.max(...values) - Math.min(...values) <= FLAT_SPREAD,
    low: scores[first] <= maxScore * LOW_INTEREST_SHARE,
    maxScore,
  };
}

/** A score as a share of the maximum, 0..100, rounded. */
export function percent(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
}

/** A text bar for chat ("▰▰▰▰▱▱▱▱▱▱"), `width` cells. */
export function textBar(score: number, maxScore: number, width = 10): string {
  const filled = maxScore > 0 ? Math.round((score / maxScore) * width) : 0;
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}
