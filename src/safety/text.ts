import { cleanText, fold } from '../nlu/normalize';

/**
 * Turns a raw message into the two space-delimited strings the rule patterns run on:
 *
 * - `folded`: every syllable without diacritics, with teen code and English contractions canonicalised
 *   ("ko" → "khong", "15t" → "15 tuoi", "don't" → "do not"). Recall-oriented.
 * - `marked`: the same, except that syllables typed WITH diacritics keep them. Precise patterns for words
 *   that folding makes ambiguous run here ("tự tử" ≠ "từ từ"), and "check-in" patterns written without
 *   diacritics only match syllables the teen typed without any ("tu tu").
 *
 * Both strings start and end with a space, so every token is bounded by spaces on both sides.
 * See ../shared/reference/vietnamese-nlu.md §2.4 and §5.2.
 */
export interface PreparedText {
  folded: string;
  marked: string;
  /** Tokens of `folded` / `marked` (same length; token i of both comes from the same syllables). */
  foldedList: string[];
  markedList: string[];
}

/** Emoji that are risk signals (Crisis Text Line: the pill emoji predicts risk better than "suicide"). */
const EMOJI_TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u{1F48A}/gu, ' emjpill '], // 💊
  [/\u{1F52A}|\u{1F5E1}/gu, ' emjknife '], // 🔪 🗡
  [/\u{1FA78}/gu, ' emjblood '], // 🩸
  [/\u{1FAA2}/gu, ' emjrope '], // 🪢
  [/\u26B0/gu, ' emjcoffin '], // ⚰
];

/** Whole-token teen code and English shortcuts, folded form → canonical tokens. Unambiguous ones only. */
const TOKEN_MAP: Readonly<Record<string, string>> = {
  ko: 'khong', k: 'khong', kh: 'khong', kg: 'khong', khg: 'khong', hong: 'khong', khum: 'khong', hem: 'khong', hk: 'khong', hok: 'khong',
  dc: 'duoc', dk: 'duoc', dx: 'duoc',
  mk: 'minh', mik: 'minh', mh: 'minh',
  e: 'em', j: 'gi', r: 'roi', cx: 'cung', ng: 'nguoi', lm: 'lam', vs: 'voi', trc: 'truoc', hc: 'hoc',
  mun: 'muon', thui: 'thoi', bit: 'biet', wa: 'qua', ny: 'nguoi yeu', ck: 'chong', vk: 'vo',
  mn: 'moi nguoi', mng: 'moi nguoi', bme: 'bo me', bm: 'bo me', dt: 'dien thoai', ntn: 'nhu the nao',
  ms: 'moi', tq: 'trung quoc', cskh: 'cham soc khach hang', xkld: 'xuat khau lao dong',
  // Round 2: more unambiguous teen code (vietnamese-nlu.md §2.4), incl. final j→i ("dj" = đi).
  kb: 'khong biet', kbh: 'khong bao gio', iu: 'yeu', thik: 'thich', cj: 'chi', bik: 'biet', oy: 'roi', nma: 'nhung ma',
  ik: 'di', dj: 'di', hnay: 'hom nay', hqua: 'hom qua', ngta: 'nguoi ta', trog: 'trong', ns: 'noi', ib: 'inbox',
  sr: 'sorry', tks: 'thanks',
  // Round 3.
  nt: 'nhan tin',
  // English
  im: 'i m', dont: 'do not', cant: 'can not', wont: 'will not', didnt: 'did not', doesnt: 'does not',
  wanna: 'want to', gonna: 'going to', u: 'you', ur: 'your', rn: 'right now', pls: 'please', plz: 'please',
  cannot: 'can not', idk: 'i do not know',
  imma: 'i am going to', ima: 'i am going to', gotta: 'got to', ngl: 'not going to lie', tbh: 'to be honest', fr: 'for real',
  cuz: 'because', cos: 'because', ppl: 'people', smth: 'something', sewerslide: 'suicide', unalive: 'unalive',
};

/** English contractions split by the syllable splitter: "don't" → "don", "t". */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  don: 'do not', didn: 'did not', doesn: 'does not', won: 'will not', can: 'can not', isn: 'is not',
  wasn: 'was not', aren: 'are not', haven: 'have not', couldn: 'could not', wouldn: 'would not', shouldn: 'should not',
  hasn: 'has not', hadn: 'had not', weren: 'were not', mustn: 'must not', needn: 'need not',
};

/** Units glued to a number: "15t" → 15 tuổi, "3tr" → 3 triệu, "6h" → 6 giờ, "500k" → 500 nghìn. */
const UNIT_AFTER_NUMBER: Readonly<Record<string, string>> = {
  t: 'tuoi', tuoi: 'tuoi', tr: 'trieu', h: 'gio', g: 'gio', k: 'nghin', d: 'dong', y: 'tuoi', yo: 'tuoi',
};

/** Teen code typed with diacritics ("đc", "hông"): only these marked forms are rewritten. */
const MARKED_TOKEN_MAP: Readonly<Record<string, string>> = {
  'đc': 'duoc', 'đk': 'duoc', 'hông': 'khong', 'hổng': 'khong', 'mún': 'muon', 'bít': 'biet', 'thùi': 'thoi',
};

/** Whether a token is a non-empty run of ASCII digits (what `/^\d+$/` tests, without a regex call). */
function isNumber(t: string | undefined): boolean {
  if (t === undefined || t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const u = t.charCodeAt(i);
    if (u < 48 || u > 57) return false;
  }
  return true;
}

/**
 * A map's own entry for a syllable: a plain lookup of "constructor", "tostring" or "__proto__" would return an
 * inherited member of Object.prototype (a function), which once turned "5 constructor" into the words of its source.
 */
function own(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Appends a canonical form, one list item per syllable (a replacement such as "khong biet" is two). */
function pushSplit(list: string[], form: string): void {
  if (form.indexOf(' ') < 0) list.push(form);
  else for (const part of form.split(' ')) list.push(part);
}

/** Teen code "a" = anh (he, older brother) before these folded syllables: "a ấy", "a ta", "a nt" (round 3). */
const ANH_AFTER: ReadonlySet<string> = new Set(['ay', 'ta', 'kia', 'do', 'nt', 'nhan', 'ho', 'hang', 'trai', 'hai', 'nay', 'quen']);

/**
 * Canonicalises syllables in parallel for both forms so that token i of `folded` and token i of `marked`
 * always come from the same source syllable(s): spans found in one string map onto the other.
 * A plain-ASCII syllable goes through TOKEN_MAP; a syllable with diacritics only through MARKED_TOKEN_MAP
 * (so "hẻm" is not read as "hem" = không).
 */
function canonicalise(source: readonly string[], folded: readonly string[]): { folded: string[]; marked: string[] } {
  const outF: string[] = [];
  const outM: string[] = [];
  // Token lists are built here, split on the spaces inside replacements, rather than by splitting the joined
  // strings again: the same tokens, and syllables keep the string identity of the fold cache (cheap lookups).
  for (let i = 0; i < folded.length; i++) {
    const f = folded[i] as string;
    const s = source[i] as string;
    const plain = s === f;
    let rep: string | undefined;
    if (own(UNIT_AFTER_NUMBER, f) !== undefined && isNumber(folded[i - 1])) rep = own(UNIT_AFTER_NUMBER, f);
    else if (plain && folded[i + 1] === 't' && own(CONTRACTIONS, f) !== undefined) {
      rep = own(CONTRACTIONS, f);
      i++; // swallow the "t" of "don't"
    } else if (plain && f === 'a' && ANH_AFTER.has(folded[i + 1] ?? '')) rep = 'anh';
    else rep = plain ? own(TOKEN_MAP, f) : own(MARKED_TOKEN_MAP, s);
    pushSplit(outF, rep ?? f);
    pushSplit(outM, rep ?? s);
  }
  return { folded: outF, marked: outM };
}

/**
 * Acronyms that `collapseRepeats` would damage ("cccd" → "cd"): spelled out before collapsing.
 * Lowercase input (after cleanText).
 */
const PROTECTED_ACRONYMS: ReadonlyArray<readonly [RegExp, string]> = [[/(?<![\p{L}\p{N}])cccd(?![\p{L}])/gu, ' căn cước ']];

function preClean(cleaned: string): string {
  let s = cleaned;
  for (const [re, token] of PROTECTED_ACRONYMS) s = s.replace(re, token);
  for (const [re, token] of EMOJI_TOKENS) s = s.replace(re, token);
  return s;
}

const enum Cls {
  Unknown = 0,
  Other = 1,
  Letter = 2,
  Mark = 3,
  Number = 4,
}

/** Class of every BMP code unit, filled lazily (the Unicode-property regexes are the slow part). */
const BMP_CLASS = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;

function classify(ch: string): Cls {
  return LETTER.test(ch) ? Cls.Letter : MARK.test(ch) ? Cls.Mark : NUMBER.test(ch) ? Cls.Number : Cls.Other;
}

/** \p{L} / \p{M} / \p{N} class of the code point starting at `i` (surrogate pairs classified on the fly). */
function classAt(s: string, i: number): Cls {
  const u = s.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) return classify(String.fromCodePoint(s.codePointAt(i) as number));
  let c = BMP_CLASS[u] as Cls;
  if (c === Cls.Unknown) {
    c = u >= 0xdc00 && u <= 0xdfff ? Cls.Other : classify(String.fromCharCode(u));
    BMP_CLASS[u] = c;
  }
  return c;
}

/**
 * Runs of 3+ identical letters at the end of a word collapse to one ("khôngggg" → "không"); runs followed by
 * another letter are kept ("cccd"). Same result as `collapseRepeats`.
 */
function collapseRuns(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) as number;
    const w = cp > 0xffff ? 2 : 1;
    let j = i + w;
    while (j < s.length && s.codePointAt(j) === cp) j += w;
    if ((j - i) / w >= 3 && classAt(s, i) === Cls.Letter && (j >= s.length || classAt(s, j) !== Cls.Letter)) {
      out += s.slice(last, i + w);
      last = j;
    }
    i = j;
  }
  return last === 0 ? s : out + s.slice(last);
}

function isAsciiDigit(u: number): boolean {
  return u >= 48 && u <= 57;
}

function pushToken(out: string[], s: string, from: number, to: number): void {
  // "15t" → "15", "t": ASCII digits followed only by letters (the `syllables` rule).
  let d = from;
  while (d < to && isAsciiDigit(s.charCodeAt(d))) d++;
  let lettersOnly = d > from && d < to;
  for (let k = d; lettersOnly && k < to; k += (s.codePointAt(k) as number) > 0xffff ? 2 : 1) {
    lettersOnly = classAt(s, k) === Cls.Letter;
  }
  if (lettersOnly) out.push(s.slice(from, d), s.slice(d, to));
  else out.push(s.slice(from, to));
}

/**
 * Same result as `syllables(collapseRepeats(cleaned))` from ../nlu/normalize (a property test checks it),
 * several times faster: one pass over UTF-16 code units with a lazily filled class table.
 */
export function fastSyllables(cleaned: string): string[] {
  const s = collapseRuns(cleaned);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; ) {
    const w = i < s.length && (s.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const inToken = i < s.length && classAt(s, i) !== Cls.Other;
    if (inToken && start < 0) start = i;
    else if (!inToken && start >= 0) {
      pushToken(out, s, start, i);
      start = -1;
    }
    i += w;
  }
  return out;
}

const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** `fold` of one syllable, memoised (the vocabulary of chat messages is small). */
function foldSyllable(s: string): string {
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    f = fold(s);
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, f);
  }
  return f;
}

const NEEDS_PRECLEAN = /cccd|[\uD800-\uDFFF\u26B0]/;

/** Prepares a message for matching. Pure; a few microseconds for a chat-sized message. */
export function prepare(input: string): PreparedText {
  let cleaned = cleanText(input);
  if (NEEDS_PRECLEAN.test(cleaned)) cleaned = preClean(cleaned);
  const sylls = fastSyllables(cleaned);
  const { folded, marked } = canonicalise(sylls, sylls.map(foldSyllable));
  const foldedStr = ` ${folded.join(' ')} `;
  const markedStr = ` ${marked.join(' ')} `;
  return { folded: foldedStr, marked: markedStr, foldedList: folded, markedList: marked };
}
