import type { i18n as I18n } from 'i18next';
import { LANGUAGES } from '../src/i18n';
import { foldedText } from '../src/nlu/normalize';
import { AGE_BANDS, type AgeBand, type Answer } from '../src/surveys/types';

/**
 * Recognisers for what a teen types or taps during the survey. Everything is compared on folded text (no
 * diacritics, lowercase), and every quick-reply title is recognised in both languages, so a tapped button
 * and the same words typed (with or without diacritics, in teen code) mean the same thing.
 */

const fold = (s: string) => foldedText(s);

/** Phrasings besides the quick-reply titles (folded). */
const ANSWER_PHRASES: Record<'like' | 'neutral' | 'dislike', string[]> = {
  like: ['thich', 'rat thich', 'thik', 'thix', 'thich lam', 'co', 'co thich', 'yes', 'like', 'i like it', 'love', 'love it', 'ok thich'],
  neutral: ['binh thuong', 'bt', 'tam', 'tam tam', 'cung duoc', 'khong chac', 'ko chac', 'k chac', 'khong biet', 'ko biet', 'hong biet', 'neutral', 'not sure', 'unsure', 'so so', 'meh', 'okay', 'ok', 'normal', 'it depends'],
  dislike: ['khong thich', 'ko thich', 'k thich', 'kh thich', 'khong thik', 'ko thik', 'k thik', 'hok thich', 'hong thich', 'khum thich', 'khong', 'ko', 'k', 'kh', 'no', 'nope', 'dislike', 'dont like', 'do not like', 'hate', 'ghet', 'chan', 'khong thich lam', 'ko thich lam'],
};
const ANSWER_VALUE = { like: 2, neutral: 1, dislike: 0 } as const satisfies Record<string, Answer>;
/** Digits in button order, for channels that show options as a numbered list. */
const ANSWER_DIGITS: Record<string, Answer> = { '1': 2, '2': 1, '3': 0 };
const ANSWER_EMOJI: Record<string, Answer> = { '👍': 2, '❤️': 2, '😍': 2, '😐': 1, '🤷': 1, '👎': 0 };

export const BACK_PHRASES = ['quay lai', 'lui lai', 'cau truoc', 'sua cau truoc', 'sua lai', 'back', 'go back', 'previous', 'undo'];
export const PAUSE_PHRASES = ['tam dung', 'dung tam', 'de sau', 'lam sau', 'lat lam tiep', 'ti lam tiep', 'pause', 'later', 'do it later', 'take a break'];
export const RESUME_PHRASES = ['tiep tuc', 'lam tiep', 'tiep tuc trac nghiem', 'lam tiep trac nghiem', 'continue', 'resume', 'continue the quiz', 'resume the quiz'];

/** Folded titles of a locale key in every language. */
export function titlesOf(i18n: I18n, key: string): string[] {
  return LANGUAGES.map((lng) => fold(i18n.getFixedT(lng)(key)));
}

/** A recogniser that maps folded text to one of `keys`, from the locale titles plus extra phrases. */
export function choiceMatcher<K extends string>(i18n: I18n, titleKeys: Record<K, string>, extra: Partial<Record<K, string[]>> = {}): (text: string | undefined) => K | undefined {
  const table = new Map<string, K>();
  for (const [k, key] of Object.entries(titleKeys) as [K, string][]) {
    for (const phrase of [...titlesOf(i18n, key), ...(extra[k] ?? []).map(fold)]) table.set(phrase, k);
  }
  return (text) => (text ? table.get(fold(text)) : undefined);
}

/** Recognises an answer to an item, or undefined. */
export function answerMatcher(i18n: I18n): (text: string | undefined) => Answer | undefined {
  const words = choiceMatcher(i18n, { like: 'survey:answers.like', neutral: 'survey:answers.neutral', dislike: 'survey:answers.dislike' }, ANSWER_PHRASES);
  return (text) => {
    const raw = text?.trim() ?? '';
    if (raw in ANSWER_DIGITS) return ANSWER_DIGITS[raw];
    if (raw in ANSWER_EMOJI) return ANSWER_EMOJI[raw];
    const k = words(raw);
    return k === undefined ? undefined : ANSWER_VALUE[k];
  };
}

/** True when folded text is one of the phrases (or a locale title in any language). */
export function phraseMatcher(i18n: I18n, phrases: string[], titleKey?: string): (text: string | undefined) => boolean {
  const set = new Set([...phrases.map(fold), ...(titleKey ? titlesOf(i18n, titleKey) : [])]);
  return (text) => (text ? set.has(fold(text)) : false);
}

/** An age band from a tapped band or a typed age ("15", "15t", "mình 16 tuổi"); ages outside 5..99 are not believed. */
export function ageBandMatcher(i18n: I18n): (text: string | undefined) => AgeBand | undefined {
  const bands = choiceMatcher(i18n, Object.fromEntries(AGE_BANDS.map((b) => [b, `privacy:consent.ages.${b}`])) as Record<AgeBand, string>);
  return (text) => {
    const tapped = bands(text);
    if (tapped) return tapped;
    const numbers = (fold(text ?? '').match(/\d+/g) ?? []).map(Number);
    if (numbers.length !== 1) return undefined;
    const age = numbers[0] as number;
    if (age < 5 || age > 99) return undefined;
    return age < 13 ? 'under13' : age < 16 ? '13-15' : age < 18 ? '16-17' : '18+';
  };
}
