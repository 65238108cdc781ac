/**
 * The knowledge-base analyser: turns a question (a document paraphrase or a user's message) into prefixed index
 * terms. Built on ./normalize (clean → NFC → lowercase → syllables) and ./teencode.
 *
 * Term families (one flat term space, told apart by prefix):
 *  - `u:` tone key of a syllable (`hoà`/`hòa` → `u:hoa2`), only for text typed WITH diacritics — an unaccented
 *    "lam" is not evidence for the word "lam" (blue) rather than "làm";
 *  - `f:` folded syllable (`được` → `f:duoc`), always: the form that meets unaccented typing;
 *  - `b:` folded syllable bigram (`f:may`+`f:tuoi` → `b:may_tuoi`), low weight, to separate folded collisions;
 *  - `e:` English word, folded and lightly stemmed (`working` → `e:work`).
 * Both views (Vietnamese syllables, English words) are computed for every message; the language the user chose
 * only changes their weights, so a teen who picked English but types Vietnamese is still understood.
 */
import { cleanText, collapseRepeats, fold, syllables, toneKey } from './normalize';
import { findSynonyms } from './synonyms';
import { charVariants, enReadings, viReadings } from './teencode';

export const PREFIX = { key: 'u:', folded: 'f:', bigram: 'b:', english: 'e:' } as const;

/** One index term and how much it counts in a query. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One word/syllable position of a query with every term that can stand for it (surface forms and readings). */
export interface Position {
  token: string;
  /** A discourse particle or greeting ("ạ", "nhé", "ad ơi"): ignored by the confidence, still searched. */
  particle: boolean;
  terms: WeightedTerm[];
}

/** A query seen as Vietnamese and as English, plus the bigram terms (which belong to no single position). */
export interface QueryAnalysis {
  vi: Position[];
  en: Position[];
  bigrams: WeightedTerm[];
}

/** Relative weights of the term families in a query. */
export interface TermWeights {
  key: number;
  folded: number;
  bigram: number;
  /** A teen-code reading ("dc" → được), per syllable of the reading. */
  reading: number;
  /** Multiplier for the typed form of a token that has teen-code readings ("dc" itself vs its reading được). */
  surfaceWithReadings: number;
  /** A character-level variant (wá → quá). */
  variant: number;
  /** A domain synonym ("con nít" → trẻ em), per syllable of the synonym. */
  synonym: number;
  english: number;
  /** Multiplier for the view that is not the user's language. */
  otherLanguage: number;
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = {
  key: 0.6,
  folded: 1,
  bigram: 0.3,
  reading: 0.5,
  surfaceWithReadings: 0.5,
  variant: 0.5,
  synonym: 0.6,
  english: 1,
  otherLanguage: 0.5,
};

/** Particles and greetings: tiny on purpose (generic stop lists delete "bao nhiêu", "không", "gì"). */
const VI_PARTICLES = new Set(
  'ạ à ơi nhé nha nhỉ hả hở hen nhen ha ạk ak ah uh ừ dạ vâng ad admin bot chào hello hi hỏi xin'.split(' '),
);
const VI_PARTICLES_FOLDED = new Set('a oi nhe nha nhi ha hen nhen ak ah uh u da vang ad admin bot chao hello hi hoi xin'.split(' '));
const EN_PARTICLES = new Set('please pls hi hello hey thanks thank ok okay bot admin'.split(' '));
/**
 * English function words, left out of the English view altogether (standard practice for English BM25; unlike
 * Vietnamese, English has no short content words among them). Question words (what, how, who, when, where,
 * which, why) and negation stay: they separate "how old" from "how much".
 */
const EN_FUNCTION_WORDS = new Set(
  ('a an the to of in on at for is are am be been was were do does did i me my you your it its this that and or with ' +
    'as by from so if there their they we our s t m ll re ve d')
    .split(' '),
);

const NUMBER = /^\d+([.,]\d+)?$/;
const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

/** True when the cleaned text carries at least one Vietnamese diacritic (or đ). */
export function hasDiacritics(cleaned: string): boolean {
  return VI_DIACRITIC.test(cleaned);
}

/** i/y spelling variants after a consonant meet: "công ty"/"công ti", "kỹ"/"kĩ", "lý"/"lí". */
export function canonicalIY(form: string): string {
  return form.replace(/^([bcdđghklmnpqrstvx]+)y(\d?)$/, '$1i$2');
}

/**
 * Memo of syllable → form. Vietnamese has a few thousand syllables, and folding (NFD + regex) dominated the
 * index build; the cache is cleared when it grows past MEMO_LIMIT so odd input cannot grow it without bound.
 */
const MEMO_LIMIT = 50_000;
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** The folded form used in `f:` terms. */
export const foldSyllable = memo((syllable) => canonicalIY(fold(syllable)));

/** The key form used in `u:` terms. */
export const keySyllable = memo((syllable) => canonicalIY(toneKey(syllable)));

/** Crude English stemmer: enough to meet "works/working/worked" without a dependency. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function pushTerm(terms: WeightedTerm[], term: string, weight: number): void {
  const found = terms.find((t) => t.term === term);
  if (found) found.weight = Math.max(found.weight, weight);
  else terms.push({ term, weight });
}

function syllableTerms(syllable: string, accented: boolean, w: TermWeights, scale: number): WeightedTerm[] {
  const terms: WeightedTerm[] = [{ term: PREFIX.folded + foldSyllable(syllable), weight: w.folded * scale }];
  if (accented && !NUMBER.test(syllable)) terms.push({ term: PREFIX.key + keySyllable(syllable), weight: w.key * scale });
  return terms;
}

/**
 * Terms standing for a synonym phrase: a one-syllable synonym as itself; a longer one only through its folded
 * bigrams, which are specific ("người sử dụng lao động" must not match every "lao động").
 */
function synonymTerms(phrase: string, w: TermWeights, scale: number): WeightedTerm[] {
  const syls = readingSyllablesOf(phrase);
  if (syls.length === 1) return syllableTerms(syls[0] as string, true, w, scale);
  const folded = syls.map(foldSyllable);
  return folded.slice(1).map((b, i) => ({ term: `${PREFIX.bigram}${folded[i] as string}_${b}`, weight: scale }));
}

const readingCache = new Map<string, string[]>();
/** Syllables of a teen-code reading ("bao nhiêu" → ["bao", "nhiêu"]); readings come from a fixed list. */
function readingSyllablesOf(reading: string): string[] {
  let syls = readingCache.get(reading);
  if (!syls) {
    syls = syllables(cleanText(reading));
    readingCache.set(reading, syls);
  }
  return syls;
}

/** Vietnamese view: one position per syllable, with readings and variants as alternatives. */
function viPositions(
  tokens: string[],
  accented: boolean,
  w: TermWeights,
  scale: number,
  expand: { readings: boolean; variants: boolean; synonyms: boolean },
): {
  positions: Position[];
  readings: string[][];
} {
  const positions: Position[] = [];
  const readings: string[][] = [];
  tokens.forEach((token, i) => {
    const found = expand.readings ? viReadings(token, tokens[i - 1]) : [];
    const terms = syllableTerms(token, accented, w, found.length > 0 ? scale * w.surfaceWithReadings : scale);
    const folded = foldSyllable(token);
    const readingSyllables = found.map(readingSyllablesOf);
    for (const syls of readingSyllables) {
      for (const s of syls) for (const t of syllableTerms(s, true, w, scale * w.reading)) pushTerm(terms, t.term, t.weight);
    }
    if (expand.variants) for (const v of charVariants(folded)) pushTerm(terms, PREFIX.folded + v, w.folded * w.variant * scale);
    const particle = VI_PARTICLES.has(token) || (!accented && VI_PARTICLES_FOLDED.has(folded));
    positions.push({ token, particle, terms });
    readings.push(readingSyllables.map((s) => s.map(foldSyllable).join(' ')));
  });
  if (expand.synonyms) {
    for (const m of findSynonyms(tokens, accented)) {
      const terms = m.synonyms.flatMap((syn) => synonymTerms(syn, w, scale * w.synonym));
      for (let i = m.start; i < m.start + m.length; i++) for (const t of terms) pushTerm((positions[i] as Position).terms, t.term, t.weight);
    }
  }
  return { positions, readings };
}

/** Folded bigrams over the surface tokens and, where a token has readings, over their edge syllables too. */
function bigramTerms(tokens: string[], readings: string[][], weight: number): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  const firsts = tokens.map((t, i) => [foldSyllable(t), ...(readings[i] ?? []).map((r) => r.split(' ')[0] as string)]);
  const lasts = tokens.map((t, i) => [foldSyllable(t), ...(readings[i] ?? []).map((r) => r.split(' ').at(-1) as string)]);
  for (let i = 1; i < tokens.length; i++) {
    for (const a of (lasts[i - 1] ?? []).slice(0, 3)) {
      for (const b of (firsts[i] ?? []).slice(0, 3)) pushTerm(out, `${PREFIX.bigram}${a}_${b}`, weight);
    }
  }
  for (const rs of readings) {
    for (const r of rs) {
      const parts = r.split(' ');
      for (let j = 1; j < parts.length; j++) pushTerm(out, `${PREFIX.bigram}${parts[j - 1]}_${parts[j]}`, weight);
    }
  }
  return out;
}

/** English view: one position per word, folded, expanded and stemmed. */
function enPositions(cleaned: string, w: TermWeights, scale: number, expand: boolean): Position[] {
  const words = (fold(cleaned).match(/[a-z0-9]+/g) ?? []).filter((word) => !EN_FUNCTION_WORDS.has(word));
  return words.map((word) => {
    const terms: WeightedTerm[] = [{ term: PREFIX.english + stemEnglish(word), weight: w.english * scale }];
    if (expand) {
      for (const r of enReadings(word)) {
        for (const part of r.match(/[a-z0-9]+/g) ?? []) {
          if (!EN_FUNCTION_WORDS.has(part)) pushTerm(terms, PREFIX.english + stemEnglish(part), w.english * scale * w.reading);
        }
      }
    }
    return { token: word, particle: EN_PARTICLES.has(word), terms };
  });
}

/**
 * Analyses a user's message for search. `lang` is the user's language: its view gets full weight, the other
 * view `otherLanguage` times less.
 */
export function analyseQuery(text: string, lang: 'vi' | 'en', w: TermWeights = DEFAULT_TERM_WEIGHTS): QueryAnalysis {
  const cleaned = collapseRepeats(cleanText(text));
  // In English mode an English function word ("the", "to", "can't"→"t") is not a Vietnamese syllable
  // (thế, tờ…): leave it out of the Vietnamese view too.
  const tokens = syllables(cleaned).filter((t) => lang === 'vi' || !EN_FUNCTION_WORDS.has(t));
  const viScale = lang === 'vi' ? 1 : w.otherLanguage;
  const enScale = lang === 'en' ? 1 : w.otherLanguage;
  const { positions, readings } = viPositions(tokens, hasDiacritics(cleaned), w, viScale, {
    readings: true,
    variants: true,
    synonyms: true,
  });
  return {
    vi: positions,
    en: enPositions(cleaned, w, enScale, true),
    bigrams: bigramTerms(tokens, readings, w.bigram * viScale),
  };
}

/**
 * Index terms of one Vietnamese document question (a paraphrase). `expand` adds teen-code readings, so a
 * paraphrase written "15t đi làm dc ko" also stands for "tuổi", "được", "không".
 */
export function viDocumentTerms(text: string, expand: boolean): string[] {
  const cleaned = collapseRepeats(cleanText(text));
  const tokens = syllables(cleaned);
  const { positions, readings } = viPositions(tokens, hasDiacritics(cleaned), DEFAULT_TERM_WEIGHTS, 1, {
    readings: expand,
    variants: false,
    synonyms: false,
  });
  const terms = positions.flatMap((p) => p.terms.map((t) => t.term));
  return [...terms, ...bigramTerms(tokens, expand ? readings : [], 1).map((t) => t.term)];
}

/** Index terms of one English document question or answer. */
export function enDocumentTerms(text: string): string[] {
  return enPositions(collapseRepeats(cleanText(text)), DEFAULT_TERM_WEIGHTS, 1, false).flatMap((p) => p.terms.map((t) => t.term));
}
