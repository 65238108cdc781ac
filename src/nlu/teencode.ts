/**
 * Teen code and abbreviations teens type on Zalo/Messenger, mapped to EVERY plausible reading.
 *
 * Why all readings: the public normalisation lists disagree ("bn" = bao nhiêu or bạn, "z" = vậy or gì,
 * "hok" = không or học…), so replacing a token by one guess throws information away. The matcher adds every
 * reading as an alternative at the same position and lets BM25 (and the per-entry coverage) pick. The token as
 * typed is always kept too. See shared/reference/vietnamese-nlu.md §2.4.
 *
 * Keys are cleaned tokens (NFC, lowercase) exactly as typed: "hông" and "hong" are listed separately on purpose,
 * because "hỏng" (broken) must not become "không". Keep this list small, curated and tested; grow it from the
 * unanswered-question log.
 */

/** Vietnamese teen code → readings. Readings are written with full diacritics. */
export const VI_TEEN_CODE: Readonly<Record<string, readonly string[]>> = {
  // không
  k: ['không'], ko: ['không'], kô: ['không'], kh: ['không'], kg: ['không'], hok: ['không', 'học'],
  hông: ['không'], hong: ['không'], khum: ['không'], hem: ['không'], hk: ['không', 'học'], khg: ['không'],
  kp: ['không phải'], kphai: ['không phải'],
  // được, điều kiện
  dc: ['được'], đc: ['được'], dk: ['được', 'điều kiện'], đk: ['được', 'điều kiện'], dzc: ['được'], đuoc: ['được'],
  // pronouns and people
  mk: ['mình'], mik: ['mình'], mh: ['mình'], mjk: ['mình'], mềnh: ['mình'], t: ['tôi'], e: ['em'], ak: ['à', 'anh'],
  c: ['chị'], mn: ['mọi người'], mng: ['mọi người'], ng: ['người'], ngta: ['người ta'], ngừi: ['người'],
  bme: ['bố mẹ', 'ba mẹ'], bm: ['bố mẹ', 'ba mẹ'], ad: ['admin'], ny: ['người yêu'],
  // question words
  bn: ['bao nhiêu', 'bạn'], bnh: ['bao nhiêu'], bnhiu: ['bao nhiêu'], nhiu: ['nhiêu', 'nhiều'], nhìu: ['nhiều'],
  j: ['gì'], gj: ['gì'], z: ['vậy', 'gì'], v: ['vậy'], zậy: ['vậy'], zay: ['vậy'], dzậy: ['vậy'], dzay: ['vậy'],
  ntn: ['như thế nào'], sao: ['sao'], bjo: ['bây giờ', 'bao giờ'], bh: ['bây giờ', 'bao giờ'],
  // verbs, adverbs, particles
  r: ['rồi'], ròi: ['rồi'], rùi: ['rồi'], oy: ['rồi'], vs: ['với'], cx: ['cũng'], cg: ['cũng'], trc: ['trước'],
  ms: ['mới'], nx: ['nữa'], đag: ['đang'], dag: ['đang'], chx: ['chưa'], ch: ['chưa'], lm: ['làm'], ns: ['nói'],
  bik: ['biết'], bít: ['biết'], bjk: ['biết'], bt: ['biết', 'bình thường'], hc: ['học'], ik: ['đi'], thik: ['thích'],
  thix: ['thích'], iu: ['yêu'], mún: ['muốn'], mun: ['muốn'], lun: ['luôn'], thui: ['thôi'], hoy: ['thôi'],
  kiu: ['kêu'], wa: ['qua', 'quá'], tl: ['trả lời'], xl: ['xin lỗi'], nt: ['nhắn tin'], ib: ['nhắn tin', 'inbox'],
  // school, work and places
  sv: ['sinh viên'], hs: ['học sinh'], gv: ['giáo viên'], nv: ['nhân viên'], ql: ['quản lý'], ctv: ['cộng tác viên'],
  cty: ['công ty'], ct: ['công ty', 'công việc'], cv: ['công việc'], lg: ['lương'], tc: ['trung cấp'],
  cđ: ['cao đẳng'], cd: ['cao đẳng'], đh: ['đại học'], dh: ['đại học'], thpt: ['trung học phổ thông'],
  thcs: ['trung học cơ sở'], lđ: ['lao động'], ld: ['lao động'], tp: ['thành phố'], xh: ['xã hội'],
  bhxh: ['bảo hiểm xã hội'], hđlđ: ['hợp đồng lao động'], hdld: ['hợp đồng lao động'], hđ: ['hợp đồng'],
  hd: ['hợp đồng', 'hướng dẫn'], tn: ['thanh niên', 'tin nhắn'], qc: ['quảng cáo'],
  partime: ['part time'], parttime: ['part time'], pt: ['part time'], onl: ['online'], fb: ['facebook'],
  zl: ['zalo'], đt: ['điện thoại'], dt: ['điện thoại'], sđt: ['số điện thoại'], sdt: ['số điện thoại'],
  cccd: ['căn cước công dân', 'căn cước'], cmnd: ['chứng minh nhân dân'],
  // working abroad
  xkld: ['xuất khẩu lao động'], xklđ: ['xuất khẩu lao động'], xk: ['xuất khẩu'], tts: ['thực tập sinh'],
  hq: ['hàn quốc'], nb: ['nhật bản'], jp: ['nhật bản'], đl: ['đài loan'], dl: ['đài loan', 'du lịch'],
  tq: ['trung quốc'], cpc: ['campuchia'], cam: ['campuchia'], vn: ['việt nam'],
};

/** Units glued to or following a number: "15t" → 15 tuổi, "3tr" → 3 triệu. Checked before VI_TEEN_CODE. */
export const VI_AFTER_NUMBER: Readonly<Record<string, readonly string[]>> = {
  t: ['tuổi'], tuoi: ['tuổi'], tr: ['triệu'], tỷ: ['tỷ'], k: ['nghìn'], n: ['nghìn'], h: ['giờ'], g: ['giờ'],
  th: ['tháng'], p: ['phút'], đ: ['đồng'], d: ['đồng', 'ngày'], ng: ['ngày'],
};

/** English chat abbreviations → readings. */
export const EN_TEEN_CODE: Readonly<Record<string, readonly string[]>> = {
  u: ['you'], ur: ['your'], r: ['are'], pls: ['please'], plz: ['please'], im: ['i am'], wanna: ['want to'],
  gonna: ['going to'], bc: ['because'], cuz: ['because'], coz: ['because'], abt: ['about'], idk: ["i don't know"],
  y: ['why'], thx: ['thanks'], dont: ['do not'], cant: ['can not'], isnt: ['is not'], yo: ['years old'],
  yrs: ['years'], yr: ['year'], hrs: ['hours'], hr: ['hour'], parttime: ['part time'], partime: ['part time'],
};

const NUMBER = /^\d+([.,]\d+)?$/;

/**
 * Readings of a Vietnamese token (cleaned, as typed), given the previous token. Returns [] when the token is
 * not teen code. The caller keeps the token itself as well.
 */
export function viReadings(token: string, previous?: string): readonly string[] {
  if (previous !== undefined && NUMBER.test(previous)) {
    const unit = VI_AFTER_NUMBER[token];
    if (unit) return unit;
  }
  return VI_TEEN_CODE[token] ?? [];
}

/** Readings of an English token (lowercase). */
export function enReadings(token: string): readonly string[] {
  return EN_TEEN_CODE[token] ?? [];
}

/**
 * Character-level teen code on a FOLDED syllable: initial w → qu (wá = quá), f → ph (fải = phải),
 * z/dz → v, d or gi (zui = vui, zề = về), final j → i (đj = đi). Returns the variant spellings (folded), or []
 * when no rule applies. Variants only add alternatives; they never replace the syllable.
 */
export function charVariants(folded: string): string[] {
  const out: string[] = [];
  if (/^w[a-z]/.test(folded)) out.push(`qu${folded.slice(1)}`);
  if (/^f[a-z]/.test(folded)) out.push(`ph${folded.slice(1)}`);
  const z = /^(dz|z)([a-z]+)$/.exec(folded);
  if (z) for (const initial of ['v', 'd', 'gi']) out.push(initial + (z[2] as string));
  if (/^[a-z]+j$/.test(folded) && folded.length > 1) out.push(`${folded.slice(0, -1)}i`);
  return out;
}
