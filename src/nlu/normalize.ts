/**
 * Vietnamese text normalisation shared by the knowledge-base matcher and the risk detector.
 * Recipe: ../shared/reference/vietnamese-nlu.md §2.6 — clean, NFC, lowercase, collapse letter runs,
 * split syllables, and derive two forms per syllable:
 *  - `key`: base letters with â ă ê ô ơ ư đ kept and the tone moved to a trailing digit (`hoà`/`hòa` → `hoa2`),
 *    so the old and new tone placements and NFC/NFD input all meet;
 *  - `folded`: plain ASCII (`đ` → `d`), the form teens type without diacritics.
 */

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF\u00AD\u2060]/g;
const LOOKALIKE_D = /[\u00D0\u0189]/g; // Ð, Ɖ used for Đ

/** Combining tone marks (grave, acute, hook above, tilde, dot below) and their tone digits. */
const TONES: Record<string, string> = {
  '\u0300': '2', // huyền
  '\u0301': '1', // sắc
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};
const TONE_MARKS = /[\u0300\u0301\u0309\u0303\u0323]/g;

/** Removes invisible characters and look-alikes, applies NFC and lowercases. */
export function cleanText(input: string): string {
  return input.replace(ZERO_WIDTH, '').replace(LOOKALIKE_D, 'Đ').normalize('NFC').toLowerCase();
}

/** Removes every diacritic (tones and vowel marks) and maps đ → d. Input may be in any case or form. */
export function fold(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Collapses runs of 3 or more of the same letter at the end of a word ("khôngggg" → "không", "quáaaa" →
 * "quá"), where teens stretch words. Runs elsewhere are kept: "cccd" (căn cước công dân) is an abbreviation.
 */
export function collapseRepeats(input: string): string {
  return input.replace(/(\p{L})\1{2,}(?!\p{L})/gu, '$1');
}

/**
 * Splits cleaned text into syllables (letters, marks and digits), separating a number from a unit glued
 * to it: "15t" → ["15", "t"], "3tr" → ["3", "tr"].
 */
export function syllables(cleaned: string): string[] {
  const out: string[] = [];
  for (const m of cleaned.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const token = m[0];
    const glued = /^(\d+)(\p{L}+)$/u.exec(token);
    if (glued) out.push(glued[1] as string, glued[2] as string);
    else out.push(token);
  }
  return out;
}

/** The tone-insensitive accented key of one syllable: vowel marks kept, tone as a trailing digit. */
export function toneKey(syllable: string): string {
  const nfd = syllable.normalize('NFD');
  let tone = '';
  const base = nfd.replace(TONE_MARKS, (mark) => {
    tone = TONES[mark] ?? '';
    return '';
  });
  return base.normalize('NFC') + tone;
}

/** A syllable with its three forms. */
export interface Syllable {
  /** As written, cleaned (NFC, lowercase). */
  text: string;
  /** Tone moved to a trailing digit, vowel marks kept. */
  key: string;
  /** ASCII, no marks. */
  folded: string;
}

/** Full pipeline: clean → collapse repeats → syllables with their forms. */
export function analyse(input: string): Syllable[] {
  return syllables(collapseRepeats(cleanText(input))).map((text) => ({
    text,
    key: toneKey(text),
    folded: fold(text),
  }));
}

/** Folded, space-joined form of a whole text: the cheapest comparable form for rules and lexicons. */
export function foldedText(input: string): string {
  return syllables(collapseRepeats(cleanText(input)))
    .map((s) => fold(s))
    .join(' ');
}
