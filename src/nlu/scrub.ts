/**
 * Removes personal data from a message before it is stored for staff (unanswered questions, feedback): phone
 * numbers, e-mail addresses, links, long ID-like numbers and names introduced with "tên em là…", "mình tên…",
 * "my name is…". Over-scrubbing is preferred to leaking: a staff page does not need a teen's name to improve
 * an answer. Names written with no introduction cannot be found reliably and are NOT removed.
 */

export const SCRUB_TOKENS = {
  phone: '[phone]',
  email: '[email]',
  link: '[link]',
  number: '[number]',
  handle: '[handle]',
  name: '[name]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b(?:facebook|fb|zalo|tiktok|instagram)\.(?:com|me|vn)\/\S*/giu;
/** Vietnamese numbers: 0… or +84/84… with 9-10 more digits, separators allowed (090 123 4567, +84.90.123.4567). */
const PHONE = /(?<![\p{N}])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\p{N}])/gu;
/** Long digit runs (ID cards, bank accounts): 9 or more digits. */
const LONG_NUMBER = /(?<![\p{N}])\d{9,}(?![\p{N}])/gu;
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{3,}/gu;

const SELF = '(?:em|e|mình|minh|mk|mik|tôi|toi|tớ|to|tui|t|con|cháu|chau)';
const IS = '(?:là|la|:)';
/** Phrases after which a name follows. Case-insensitive; with or without diacritics. */
const NAME_TRIGGERS: RegExp[] = [
  new RegExp(`(?<![\\p{L}])${SELF}\\s+(?:tên|ten)\\s*${IS}?\\s+`, 'giu'),
  new RegExp(`(?:tên|ten)\\s+(?:của\\s+|cua\\s+)?${SELF}\\s*${IS}\\s*`, 'giu'),
  new RegExp(`(?:họ\\s+(?:và\\s+)?tên|ho\\s+(?:va\\s+)?ten|tên|ten)\\s*${IS}\\s*`, 'giu'),
  /\b(?:my\s+name\s+is|my\s+name's|call\s+me|name\s*:)\s*/giu,
];
/** "mình là Lan", "I'm Lan": a name only when the next word is capitalised. */
const CAPITALISED_AFTER = new RegExp(`(?<![\\p{L}])(?:${SELF}\\s+(?:là|la)|i\\s+am|i'm|im)\\s+`, 'giu');
const CAPITAL = /\p{Lu}/u;

/** Words that end a name: what usually follows "tên em là Lan …". */
const NAME_STOP = new Set(
  // Unaccented forms that are also common names (nam, minh, lam, dang, hien, thi, tu…) are deliberately absent.
  ('năm nay học hoc đang ở o sống làm muốn muon và va thì mà em mình tôi toi lớp lop tuổi tuoi ' +
    'cho hỏi hoi nhà nha nè ne ạ a nhé nhe ha từ quê hiện rất rat cần and i am from years year old live ' +
    'study want need at in the a is im')
    .split(' '),
);
const MAX_NAME_WORDS = 4;

/** Replaces the name that starts at `start` (up to 4 words, stopping at punctuation or a stop word). */
function cutName(text: string, start: number): { end: number } | undefined {
  const word = /[\p{L}\p{M}]+/uy;
  let pos = start;
  let end = -1;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    const space = /[ \t]*/y;
    space.lastIndex = pos;
    space.exec(text);
    word.lastIndex = space.lastIndex;
    const m = word.exec(text);
    if (!m || NAME_STOP.has(m[0].toLowerCase())) break;
    end = word.lastIndex;
    pos = end;
  }
  return end > start ? { end } : undefined;
}

function scrubNames(text: string, trigger: RegExp, capitalOnly = false): string {
  let out = '';
  let last = 0;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const start = m.index + m[0].length;
    if (m[0].length === 0) trigger.lastIndex++;
    if (start < last || (capitalOnly && !CAPITAL.test(text.charAt(start)))) continue;
    const cut = cutName(text, start);
    if (!cut) continue;
    out += `${text.slice(last, start)}${SCRUB_TOKENS.name}`;
    last = cut.end;
    trigger.lastIndex = cut.end;
  }
  return out + text.slice(last);
}

/** Returns the message with personal data replaced by tokens like `[phone]`, `[email]`, `[name]`. */
export function scrubText(text: string): string {
  let s = text.normalize('NFC');
  s = s.replace(EMAIL, SCRUB_TOKENS.email).replace(LINK, SCRUB_TOKENS.link);
  s = s.replace(PHONE, SCRUB_TOKENS.phone).replace(LONG_NUMBER, SCRUB_TOKENS.number).replace(HANDLE, SCRUB_TOKENS.handle);
  for (const trigger of NAME_TRIGGERS) s = scrubNames(s, trigger);
  return scrubNames(s, CAPITALISED_AFTER, true);
}
