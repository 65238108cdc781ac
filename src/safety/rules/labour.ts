import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Forced or exploitative child labour, following the ILO forced-labour indicators (retention of identity
 * documents, withholding of wages, debt bondage, restriction of movement, isolation, excessive overtime) and
 * the limits for minors in BLLĐ 2019 Art. 143–147 (facts.md §1.2): under 15 only listed light work, max
 * 4 h/day; 15–<18 max 8 h/day, no night work outside the list, no bars/karaoke/construction sites.
 *
 * General legality questions ("chủ có được giữ CCCD không?") are for the FAQ, not a flag: `{LEGAL_Q}`.
 */
const WORK = 'lam|phu|phuc vu|chay ban|bung be|ban hang|ban ve so|di lam|lam thue|lam cong|xuong|ca|tang ca|cong viec|work|job';

export const LABOUR_RULES: readonly RuleSpec[] = [
  {
    id: 'fl.id_kept',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '{BOSS} …3 (giu|cam|thu|lay|tich thu|khong tra|khong chiu tra|doa khong tra|giu lai|thu giu) (lai )?…2 {ID}',
      '(bi|da bi) (giu|thu|lay|tich thu|thu giu) …2 {ID}',
      '{ID} (cua )?{ME} …3 (bi )?(giu|thu|lay|tich thu|khong tra)',
      '(took|take|takes|keep|keeps|kept|has|holds|hold|confiscated|won t return|will not return|will not give back) …3 (my|our) (id|passport|papers|documents|id card)',
    ],
    unless: ['(co duoc|duoc phep|co quyen) (giu|cam|thu|lay)'],
    except: ['{LEGAL_Q}', 'cho khoi mat|cat giu|cat ky|in a safe'],
    note: 'Retention of identity documents (ILO indicator).',
  },
  {
    id: 'fl.unpaid',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '{BOSS} …3 (khong|chua|chang) (chiu )?(tra|tra cho {ME}) (luong|tien|dong nao|cong)',
      '(khong|chua|chang) (duoc )?(tra )?(luong|tien cong) …3 (thang|tuan|nam|lau|gi ca)',
      '(/[0-9]+/|may|ca|hai|ba|nhieu) (thang|tuan) …4 (khong|chua|chang) (duoc )?(tra )?(luong|tien)',
      '(giu|quyt|no|tru het|tru sach|an chan|om|an) luong',
      '(khong|chua|chang) (thay|co|nhan duoc|duoc nhan|duoc) (mot )?(dong|xu|dong luong|dong tien) (luong )?nao',
      '(lam|phai lam) (khong cong|khong luong|free|cong khong)',
      '(do not|does not|did not|never|will not|have not|not) (pay|paid) (me|us)|unpaid|no pay|(withhold|withheld|withholding|keep|keeps) (my )?(wages|pay|salary)',
    ],
    except: ['{LEGAL_Q}'],
    note: 'Withholding of wages (ILO indicator).',
  },
  {
    id: 'fl.debt',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      'no {BOSS} …4 (nen|phai|khong duoc|khong the) …2 (lam|nghi|ve|di)',
      'no (tien )?(an o|moi gioi|xe|ve xe|tien xe|phi|dong phuc|tien an) …4 (phai|nen|khong duoc|lam)',
      '(lam|phai lam|di lam) …3 (de )?tra no',
      'tru no|gan no|lam tru no',
      '(owe|owes|owed) (them|the boss|him|her|money) …6 (can not|not allowed|will not let|let me)',
      '(pay|paid) (back|off) (the|my|a) debt|debt bondage',
    ],
    except: ['vay von|vay hoc|ngan hang|{LEGAL_Q}'],
    note: 'Debt bondage (ILO indicator).',
  },
  {
    id: 'fl.no_leave',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '{BOSS} …3 (khong|cam|chang) (cho|de) ({ME})? …2 (ve|nghi|ra ngoai|ra khoi|lien lac|nghi viec|roi|di dau|goi)',
      '(khong duoc|cam) (ve|ra ngoai|ra khoi|ra cong|lien lac|nghi viec|nghi|goi ve|goi dien|dung dien thoai|cam dien thoai)',
      '(khoa|dong) (cua|cong) …3 (khong cho|chi duoc|ban dem|nhot)',
      '(lay|thu|giu) (dien thoai|dt) …3 (khong cho|cam) (lien lac|goi)',
      '(will not|won t|do not|does not) let (me|us) (leave|go home|quit|go out|call)',
      'can not (leave|quit|go home)',
    ],
    requires: [`${WORK}|chu|sep|cong ty|hop dong|luong|{BOSS}`],
    except: ['{LEGAL_Q}'],
    note: 'Restriction of movement and isolation at work (ILO indicators).',
  },
  {
    id: 'fl.locked',
    category: 'forced_labour',
    level: 'imminent',
    patterns: [
      '{BOSS} …3 (nhot|khoa trai)',
      'bi (nhot|khoa) (o|trong|tai) …2 (xuong|cong ty|phong tro|khu tro|nha may|co so|lo|kho)',
      'nhot …3 (trong|o) (xuong|cong ty|phong tro|khu tro|nha may|co so|kho)',
      'khoa cong xuong',
    ],
    except: ['{FICTION}'],
    note: 'Locked in at the workplace now.',
  },
  {
    id: 'fl.child_work',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      `{UNDER15} …6 (${WORK}|lo gach|cong trinh|phu ho|dung may|danh giay|nhat rac|an xin|ban rong)`,
      `(${WORK}|lo gach|cong trinh|phu ho) …6 {UNDER15}`,
    ],
    unless: ['phu (bo me|ba me|cha me|me|bo|ba|gia dinh) …3 (cuoi tuan|sau gio hoc|ngay nghi|he)'],
    except: ['{LEGAL_Q}|muon|co nghe nao|dinh|du dinh|sau nay|nghe gi|hoc nghe|lam them duoc'],
    note: 'Under 15 doing work that is not on the light-work list (TT 09/2020 Annex II).',
  },
  {
    id: 'fl.hours_night',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '(lam|lam viec|phuc vu|lam ca) …3 /1[0-9]|20/ (tieng|gio)',
      '/1[0-9]|20/ (tieng|gio) (mot |moi |1 )?ngay',
      '(toi|den|tu) …2 /1[01]|12|[0-5]/ (gio|h)? (dem|sang|khuya)',
      '(ca dem|lam dem|thuc dem lam|tang ca) …4 {MINOR}',
      '{MINOR} …6 (ca dem|lam dem|tang ca|toi sang|thau dem)',
      '(work|working|worked) …2 /1[0-9]|20/ hours|/1[0-9]|20/ hours a day|work nights|night shift',
    ],
    requires: [`${WORK}|khach|quan|karaoke|bar|nha hang`],
    except: ['{LEGAL_Q}|ba em|bo em|me em|anh em|chi em|game'],
    note: 'Hours beyond BLLĐ Art. 146 or night work for a minor.',
  },
  {
    id: 'fl.banned_place',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '{MINOR} …6 (karaoke|quan bar|bar|vu truong|massage|quan nhau|nha nghi|cong trinh|phu ho|casino|song bac|ham mo|lo gach|xe rac)',
      '(karaoke|quan bar|vu truong|massage|cong trinh|phu ho|casino|ham mo|lo gach) …6 {MINOR}',
    ],
    requires: [`${WORK}|nhan vien`],
    except: ['{LEGAL_Q}|muon lam|co nen|tuyen'],
    note: 'Minors in workplaces banned by BLLĐ Art. 147(2).',
  },
  {
    id: 'fl.coerced',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '(bat|ep|bi bat|bi ep) ({ME})? (phai )?(nghi hoc )?(di )?(lam|ban ve so|an xin|ban rong|phu ho|lam thue|di lam|nghi hoc|ban hang|danh giay)',
      'phai (di )?(an xin|ban ve so|danh giay|ban rong|phu ho)',
      '(bi|bat) …3 (dua|dan|cho) (di|len|xuong) …2 (ban ve so|ban hang rong|ban rong|an xin|lam thue|danh giay|phu ho)',
      '(khong duoc|khong cho|bat nghi) (di )?hoc …6 (lam|ban (hang|ve so|rong|do)|phu|an xin)',
      '(lam|ban (hang|ve so|rong|do)|phu|an xin) …6 (khong duoc|khong cho|bat nghi) (di )?hoc',
      '(bat|ep) …2 (lam|lam viec) …3 (ca dem|khong nghi|ca ngay|suot)',
      '(forced|force|forcing|make|makes|made) (me|us) (to )?(work|beg|sell)',
    ],
    except: ['{LEGAL_Q}|{FICTION}'],
    note: 'Made to work, beg or drop out of school to work.',
  },
  {
    id: 'fl.wage_penalty',
    category: 'forced_labour',
    level: 'possible',
    patterns: ['(nghi|nghi viec|xin nghi) …3 (bi )?phat …2 (tien|trieu)', '(dong|nop) (tien )?(coc|phat) …3 (nghi|ve)'],
    note: 'Fines for quitting.',
  },
];

export const LABOUR_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'fl.boost.now',
    categories: ['forced_labour'],
    patterns: ['(dang bi|bay gio|ngay bay gio) (nhot|giam|khoa)', 'cuu (em|minh|toi|tui em|voi)', 'help me'],
  },
];
