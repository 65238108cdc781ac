import { prepare, type PreparedText } from './text';

/**
 * Features of the statistical risk layer (issue 4, README "Statistical layer"): the same normalisation as the
 * rules (`prepare`: NFC, lowercase, teen code and English contractions expanded, diacritics folded), then
 *
 * - `w:<syllable>` — folded syllable unigrams,
 * - `b:<s1>_<s2>` — folded syllable bigrams (with `^`/`$` at the message edges),
 * - `c:<xyz…>` — character n-grams of the folded text, spaces included, when `charN` > 0 (catches spelling
 *   variants and English word forms the vocabulary has not seen whole),
 * - `m:<syllable>` — a syllable as typed WITH its diacritics, when `marked` is set and it has any: folding makes
 *   "từ từ" (slowly) and "tự tử" (suicide) the same `w:tu`; the marked forms tell them apart when the teen typed them.
 *
 * Training and inference share this function, so a change here requires retraining (the model records the
 * feature settings it was trained with).
 */
export interface FeatureOptions {
  /** Character n-gram length (0 = none). */
  charN: number;
  /** Add the marked (diacritics kept) form of each syllable typed with diacritics. */
  marked?: boolean;
}

/**
 * Distinct feature strings of one message, in first-seen order. Pass the detector's own `PreparedText` when it
 * is at hand: `prepare` is about half the model's cost.
 */
export function featuresOf(text: string | PreparedText, opts: FeatureOptions): string[] {
  const { folded, foldedList, markedList } = typeof text === 'string' ? prepare(text) : text;
  const out = new Set<string>();
  let prev = '^';
  for (let i = 0; i < foldedList.length; i++) {
    const tok = foldedList[i] as string;
    out.add(`w:${tok}`);
    out.add(`b:${prev}_${tok}`);
    if (opts.marked === true && markedList[i] !== tok) out.add(`m:${markedList[i] as string}`);
    prev = tok;
  }
  if (foldedList.length > 0) out.add(`b:${prev}_$`);
  const n = opts.charN;
  if (n > 0) {
    for (let i = 0; i + n <= folded.length; i++) out.add(`c:${folded.slice(i, i + n)}`);
  }
  return [...out];
}
