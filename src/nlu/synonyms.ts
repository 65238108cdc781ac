/**
 * Domain synonyms: different words teens and the law use for the same thing ("con nít" = "trẻ em", "sếp" =
 * "chủ", "PG bia" = "tiếp thị bia"). Applied to queries only, as extra alternatives at the positions of the
 * matched phrase (never replacing it). Groups come from the programme's vocabulary (reference/facts.md §8), not
 * from evaluation questions. Keep groups tight: a synonym that is only sometimes right adds false matches.
 */
import { cleanText, fold, syllables } from './normalize';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['trẻ em', 'con nít', 'trẻ con'],
  ['bố mẹ', 'ba mẹ', 'cha mẹ', 'phụ huynh', 'bố má', 'ba má'],
  ['chủ', 'sếp', 'ông chủ', 'bà chủ', 'người sử dụng lao động'],
  ['lương', 'tiền công', 'tiền lương'],
  ['căn cước', 'căn cước công dân', 'chứng minh nhân dân', 'giấy tờ tùy thân'],
  ['làm thêm', 'part time', 'làm bán thời gian'],
  ['xuất khẩu lao động', 'đi làm nước ngoài', 'làm việc ở nước ngoài', 'đi làm ở nước ngoài'],
  ['học phí', 'tiền học'],
  ['trường nghề', 'trường dạy nghề', 'trường trung cấp', 'trường cao đẳng'],
  ['cấp 3', 'trung học phổ thông', 'thpt'],
  ['cấp 2', 'trung học cơ sở', 'thcs'],
  ['quán net', 'tiệm net', 'quán game', 'tiệm game', 'trò chơi điện tử'],
  ['tiếp thị bia', 'pg bia', 'chào bia', 'bán bia'],
  ['phụ hồ', 'thợ hồ', 'công trường', 'xây dựng'],
  ['chạy bàn', 'bưng bê', 'phục vụ bàn', 'bồi bàn'],
  ['lừa đảo', 'lừa', 'scam'],
  ['tăng ca', 'làm thêm giờ'],
  ['ca đêm', 'làm đêm', 'ban đêm'],
  ['công an', 'cảnh sát'],
  ['tiền cọc', 'đặt cọc', 'cọc'],
  ['mua bán người', 'buôn người', 'bán người'],
  ['tố cáo', 'tố giác', 'trình báo'],
  ['ép', 'cưỡng ép', 'bắt buộc'],
  ['bỏ học', 'nghỉ học'],
  ['mất việc', 'thất nghiệp'],
  ['đánh', 'đánh đập', 'bạo lực'],
  ['khám sức khỏe', 'giấy khám sức khỏe'],
];

/** Longest phrase length (syllables) in the groups. */
export const MAX_SYNONYM_SYLLABLES = 5;

interface SynonymIndex {
  accented: Map<string, string[]>;
  folded: Map<string, string[]>;
}

const key = (phrase: string) => syllables(cleanText(phrase)).join(' ');

function build(groups: readonly (readonly string[])[]): SynonymIndex {
  const accented = new Map<string, string[]>();
  const folded = new Map<string, string[]>();
  for (const group of groups) {
    for (const phrase of group) {
      const others = group.filter((p) => p !== phrase);
      accented.set(key(phrase), [...(accented.get(key(phrase)) ?? []), ...others]);
      const f = fold(key(phrase));
      folded.set(f, [...(folded.get(f) ?? []), ...others]);
    }
  }
  return { accented, folded };
}

const INDEX = build(SYNONYM_GROUPS);

/** One synonym match: the phrase at positions [start, start+length) and what else it can be called. */
export interface SynonymMatch {
  start: number;
  length: number;
  synonyms: string[];
}

/**
 * Finds synonym phrases in a token list (cleaned syllables). Accented text is matched with its accents (so
 * "cấm" is not "cam"); text typed without diacritics is matched folded.
 */
export function findSynonyms(tokens: string[], accented: boolean): SynonymMatch[] {
  const map = accented ? INDEX.accented : INDEX.folded;
  const forms = accented ? tokens : tokens.map((t) => fold(t));
  const out: SynonymMatch[] = [];
  for (let start = 0; start < forms.length; start++) {
    for (let length = Math.min(MAX_SYNONYM_SYLLABLES, forms.length - start); length >= 1; length--) {
      const synonyms = map.get(forms.slice(start, start + length).join(' '));
      if (synonyms) out.push({ start, length, synonyms });
    }
  }
  return out;
}
