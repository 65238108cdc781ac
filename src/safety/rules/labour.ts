import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Forced or exploitative child labour, following the ILO forced-labour indicators (retention of identity
 * documents, withholding of wages, debt bondage, restriction of movement, isolation, excessive overtime) and
 * the limits for minors in BLLĐ 2019 Art. 143–147 (facts.md §1.2): under 15 only listed light work, max
 * 4 h/day; 15–<18 max 8 h/day, no night work outside the list, no bars/karaoke/construction sites.
 *
 * Questions are for the FAQ, accounts are flags (README policy, `question` in ../rule-spec.ts): a legality
 * question ("chủ có được giữ CCCD không?") drops the ILO-indicator rules (`drop_legal`) and other questions
 * cap them at `possible`; the age/hours/place rules only describe a situation, so any question drops them.
 * An account marker ("chủ giữ cccd của em 2 tháng rồi, có đúng không") keeps the flag.
 */
const WORK =
  'lam !(sao|gi|the nao|cach nao|bai|bai tap|do an|du an|viec nha|ve sinh|quen|on)|phu|phuc vu|chay ban|bung be|ban hang|' +
  'ban ve so|di lam|lam thue|lam cong|xuong|ca|tang ca|cong viec|work|job|boc vac|boc xep|khuan vac|phu xe|rua chen|' +
  'rua bat|giup viec|lam giup viec|ban rong|luom ve chai|nhat ve chai|ban keo|ban hoa|danh giay|lo gach|cong trinh|' +
  'phu ho|cho dau moi|ruong|ray|mo da|ham mo|brick kiln|construction|factory|field|mine|quarry|boss|employer|shift|shifts|part time';

export const LABOUR_RULES: readonly RuleSpec[] = [
  {
    id: 'fl.id_kept',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      // "chủ quán không giữ giấy tờ gì của em" is not an account: a negator right before the verb (inside the
      // hit, so the window before it does not see it) drops this form; "không trả" is itself the harm.
      '{BOSS} …3 <!(khong|chua|chang|cha|he|bao gio) (giu|cam|thu|lay|tich thu|khong tra|khong chiu tra|doa khong tra|giu lai|thu giu) (lai )?…2 {ID}',
      '(bi|da bi) (giu|thu|lay|tich thu|thu giu) …2 {ID}',
      '{ID} (cua )?{ME} …3 (bi )?(giu|thu|lay|tich thu|khong tra)',
      '(nop|dua|giao|gui|de) (lai )?{ID} (ban goc )?…2 (cho )?({BOSS}|quan) …2 (giu|cam)',
      '(took|take|takes|taken|keep|keeps|keeping|kept|has|holds|hold|holding|held|confiscated|won t return|will not return|will not give back) …2 (my|our|his|her|their) …3 (id|passport|papers|documents|id card)',
      '(my|our|his|her) …3 (id|passport|papers|documents|id card) (was|were|got|have been|has been|are being|is being) (taken|kept|confiscated|held|stolen)',
      '(won t|will not|does not|do not|refuses to|refused to|never) (give|return|hand) …2 (my|our|his|her) …2 (papers|id|passport|documents|id card) (back)?',
    ],
    unless: ['(co duoc|duoc phep|co quyen) (giu|cam|thu|lay)'],
    except: ['cho khoi mat|cat giu|cat ky|in a safe'],
    question: 'drop_legal',
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
      'luong …2 (bi )?(giu lai|giu|om|cam|quyt)|nghi (viec )?moi (dua|tra) (luong|tien)?',
      '{BOSS} …3 (khong|chua|chang) (dua|phat|cho) (luong|tien|dong nao|xu nao)',
      'tru (het|sach|vao) …3 (tien an|tien o|tien an o|tien nha|tien phong|tien tro|no|tien xe)',
      '(khong|chua|chang) (thay|co|nhan duoc|duoc nhan|duoc) (mot )?(dong|xu|dong luong|dong tien) (luong )?nao',
      '(lam|phai lam) (khong cong|khong luong|free|cong khong)',
      '{BOSS} …3 (khong|chua|chang) tra (dong|xu) nao|luong (de danh|giu) (den |toi )?cuoi (nam|thang|mua)',
      '(do not|does not|did not|never|will not|have not|not) (pay|paid) (me|us)|unpaid|no pay|(withhold|withheld|withholding|keep|keeps|keeping|hold|holds|holding|held) (my |our )?(wages|pay|salary)',
      '(never|not|did not|have not) (got|get|gotten|received|receive|been paid) (my |our |any )?(wages|pay|salary|money)',
    ],
    except: ['payday|pay day|ngay (phat|tra) luong|chua (toi|den) ngay'],
    question: 'drop_legal',
    note: 'Withholding of wages (ILO indicator).',
  },
  {
    id: 'fl.debt',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      'no {BOSS} …4 (nen|phai|khong duoc|khong the) …2 (lam|nghi|ve|di)',
      'no (tien )?(an o|moi gioi|xe|ve xe|tien xe|phi|dong phuc|tien an) …4 (phai|nen|khong duoc|lam)',
      'no (chu|sep|ong chu|ba chu|chu quan|chu xuong) (tien )?(an o|an|o|phong|xe|moi gioi|ung)',
      '(lam|phai lam|di lam) …3 (de )?tra no',
      'tru (het )?no|gan no|lam tru no',
      '(owe|owes|owed) …3 (them|boss|employer|him|her|money) …6 (can not|not allowed|will not let|let me|have to|must|keep working)',
      '(pay|paid) (back|off) (the|my|a) debt|debt bondage|work off (a |the |my |our )?debt',
      '(says|said|say|tells|told) (me )?(i m|i am|we are|we re) in debt',
    ],
    except: ['vay von|vay hoc|ngan hang'],
    question: 'drop_legal',
    note: 'Debt bondage (ILO indicator).',
  },
  {
    id: 'fl.debt_hold',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '(chua|khong) (du|het|tra het|tra du) (tien )?(tra )?no …6 (chua|khong) (duoc|cho) (ve|nghi|di)',
      'tra (het |du )?no …4 (moi|thi moi|roi moi) (duoc|cho) (ve|nghi|di)',
      '(lam|phai lam|o) (du|het|tron|cho du) …2 (nam|thang) (moi|thi moi|roi moi) (duoc|cho) (nghi|ve|di|tra|nghi viec)',
      '(nghi|bo|ve|bo ve) …4 (thi|la) (mat|bi mat|mat trang) (het )?(tien coc|coc|luong|tien cong)',
      '(lam|tra) (mai|hoai|mai ma|bao lau) (ma )?(khong|chang|van khong) (het|tra het|du tra|tra du) no',
    ],
    requires: [`${WORK}|chu|sep|{BOSS}`],
    except: ['thu vien|sach|bai tap|truong|lop|tien an vat'],
    question: 'drop_legal',
    note: 'Not allowed to leave until a debt is paid off (debt bondage).',
  },
  {
    id: 'fl.no_leave',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '{BOSS} …3 (khong|cam|chang) (cho|de) ({ME})? …2 (ve|nghi|ra ngoai|ra khoi|lien lac|nghi viec|roi|di dau|goi|di !(lam|hoc|choi|an|ngu))',
      '(khong duoc|cam) (ve|ra ngoai|ra khoi|ra cong|lien lac|nghi viec|nghi|goi ve|goi dien|dung dien thoai|cam dien thoai)',
      '(khoa|dong) (cua|cong) …3 (khong cho|chi duoc|ban dem|nhot|tu toi|suot dem|ca dem|qua dem)',
      '(khoa|chot) (cua |cong )?(tu|o|ben) ngoai|locked from (the )?outside',
      '(lay|thu|giu) (dien thoai|dt) …3 (khong cho|cam) (lien lac|goi)',
      '(khong|cam|chang) (cho|de) ({ME} )?(goi|lien lac|nhan tin|gap) (dien )?(ve|cho|voi) (nha|gia dinh|bo me|ba me|me|bo|nguoi nha)',
      '(will not|won t|do not|does not) let (me|us) (leave|go home|quit|go out|call)',
      'can not (leave|quit|go home)',
      'bi (thu|lay|giu|tich thu|thu mat) (mat )?(dien thoai|dt)',
      '(dien thoai|dt|phone) …2 bi …3 (thu|lay|giu|cat|tich thu)|moi (tuan|thang) (moi )?(duoc|cho) (goi|lien lac) (ve )?…4 (phut|lan)',
      '{BOSS} …3 (thu|giu|lay|tich thu|cat) (het )?(dien thoai|dt|sim|phone)',
      '{BOSS} …3 (khong|cam|chang) (cho|de) ({ME} )?(ra|ra ngoai|ra khoi|di dau|tron) !(mat|tay|lenh|de|quyet|dieu|mon|bai|gia|quan|y kien|ket qua)',
      '(not allowed|never allowed|can not|cannot|can t) (to )?(go )?(outside|out|leave|go home)',
      '(cam|khong cho) ({ME} )?(ra|ra ngoai|ra khoi|lien lac|goi ve|ve que) …3 (khu|xuong|cong ty|tro|phong|nha may|co so|ai ra|bi phat)',
      '(took|take|takes|taken|keep|keeps|kept|confiscated|confiscate) (my|our) (phone|phones)',
    ],
    requires: [`${WORK}|chu|sep|cong ty|hop dong|luong|{BOSS}`],
    except: ['chu nhiem|gio hoc|trong lop|co giao|thay giao|bo me (em|minh)? (thu|giu)|grounded|my (mom|dad|parents)|school|class|lesson|early|chong trom|an ninh'],
    question: 'drop_legal',
    note: 'Restriction of movement and isolation at work (ILO indicators).',
  },
  {
    id: 'fl.locked',
    category: 'forced_labour',
    level: 'imminent',
    patterns: [
      '{BOSS} …3 (nhot|khoa trai)',
      'bi …2 (giu|nhot|khoa|giam) (lai )?(o|trong|tai) …2 (xuong|cong ty|phong tro|khu tro|nha may|co so|lo|kho|quan|quan nhau|karaoke|tiem|ham mo|cong trinh|nha chu|lo gach)',
      'nhot …3 (trong|o) (xuong|cong ty|phong tro|khu tro|nha may|co so|kho)',
      'khoa cong xuong',
      // Round 4: the gate locked with the workers inside, or the door locked where they sleep.
      '(khoa|chot) (cong|cua) …12 (chua|khong|chang) (duoc|cho) (ra|ve|ra ngoai)',
      '(o|ngu) (luon |lai )?(trong|tai) (xuong|cong ty|nha may|lo|kho|co so) …4 (cua|cong) (bi )?khoa',
      '(khoa|dong) (cua|cong) …6 (khong|chang) (the )?(tron|thoat|chay) (ra )?(duoc)?',
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
      '(working|work|job|employed) …4 (banned|illegal|not allowed) (for|at) (my|our) age|too young (to work|for (this|the|my) job)',
      '(is|am|i m|only|just) /[5-9]|1[0-4]/ …4 (works|working|work|worked) …6 (all day|every day|instead of|brick|kiln|construction|factory|field|mine|quarry|hours)',
      '(works|working|work) …6 instead of (going to )?school',
    ],
    unless: ['phu (bo me|ba me|cha me|me|bo|ba|gia dinh) …3 (cuoi tuan|sau gio hoc|ngay nghi|he)'],
    except: ['muon|co nghe nao|dinh|du dinh|sau nay|nghe gi|hoc nghe|lam them duoc'],
    question: 'drop',
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
      '{MINOR} …10 (ca dem|lam dem|tang ca|toi sang|thau dem)',
      '{MINOR} …8 (overnight|night|late) shifts?|(overnight|night|late) shifts? …8 {MINOR}',
      '(work|working|worked) …2 /1[0-9]|20/ hours|/1[0-9]|20/ hours a day|work nights|night shift',
    ],
    requires: [`${WORK}|khach|quan|karaoke|bar|nha hang`],
    except: ['ba em|bo em|me em|anh em|chi em|game'],
    question: 'drop',
    note: 'Hours beyond BLLĐ Art. 146 or night work for a minor.',
  },
  {
    id: 'fl.banned_place',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '{MINOR} …8 (karaoke|quan bar|bar|vu truong|massage|quan nhau|nha nghi|cong trinh|phu ho|casino|song bac|ham mo|lo gach|xe rac)',
      '(karaoke|quan bar|vu truong|massage|cong trinh|phu ho|casino|ham mo|lo gach) …6 {MINOR}',
    ],
    requires: [`${WORK}|nhan vien`],
    except: ['muon lam|co nen|tuyen'],
    question: 'drop',
    note: 'Minors in workplaces banned by BLLĐ Art. 147(2).',
  },
  {
    id: 'fl.coerced',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '(bat|ep|bi bat|bi ep) ({ME})? (phai )?(nghi hoc )?(di )?(lam|ban ve so|an xin|ban rong|phu ho|lam thue|di lam|nghi hoc|ban hang|danh giay)',
      'phai (di )?(an xin|ban ve so|danh giay|ban rong|phu ho)',
      'bi (dua|dan|cho|gui|ban) (di|len|xuong|vao|qua|sang) …4 lam !(sao|gi|the nao|bai|quen)',
      '(bi bat|bi ep) (di )?(ban|xin|nhat|luom|boc|rua|danh giay|cho|lam)',
      'bat (em|no|con|be|chau|tui em) (phai )?di (ban|xin|nhat|luom|boc|lam)',
      '(bi|bat) …3 (dua|dan|cho) (di|len|xuong) …2 (ban ve so|ban hang rong|ban rong|an xin|lam thue|danh giay|phu ho)',
      '(khong duoc|khong cho|bat nghi) (di )?hoc …6 (lam !(sao|gi|the nao|cach nao)|ban (hang|ve so|rong|do)|phu|an xin)',
      '(lam|ban (hang|ve so|rong|do)|phu|an xin) …6 (khong duoc|khong cho|bat nghi) ({ME} )?(di )?hoc',
      '(bat|ep) …2 (lam|lam viec) …3 (ca dem|khong nghi|ca ngay|suot)',
      '(bat|ep|bi bat|bi ep) ({ME})? (phai )?(tang ca|lam them gio|lam qua gio|lam ca dem|lam suot)',
      '(forced|force|forces|forcing|make|makes|making|made) (me|us) (to )?(do )?(work|beg|sell|overtime|extra hours|night shifts)',
      '(being|been|was|were|is|are|get|got|gets) (forced|made) to (work|beg|sell|quit school)',
    ],
    except: ['{FICTION}', '{GAMES}'],
    question: 'cap',
    note: 'Made to work, beg or drop out of school to work.',
  },
  {
    id: 'fl.wage_penalty',
    category: 'forced_labour',
    level: 'possible',
    patterns: [
      '(nghi|nghi viec|xin nghi) …3 (bi )?phat …2 (tien|trieu)',
      '(dong|nop) (tien )?(coc|phat) …3 (nghi|ve)',
      'bi (tru|cat|phat|an bot) (luong|tien cong)',
      '(nghi|nghi lam|nghi viec|bo viec) …6 (doi|bat|phai|bi) …2 (boi thuong|den bu|phat|tra lai) …2 (tien|trieu)?',
    ],
    note: 'Fines for quitting.',
  },
];

export const LABOUR_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'fl.boost.now',
    categories: ['forced_labour'],
    patterns: [
      '(dang bi|bay gio|ngay bay gio) (nhot|giam|khoa)',
      'cuu (em|minh|toi|tui em|voi)',
      'help me',
      'dang (o|bi giu|bi nhot|ket) (trong|tai|o) …2 (xuong|cong ty|nha may|co so|lo|kho|phong tro|khu)',
      'sap bi (thu|lay) (dien thoai|dt)',
    ],
  },
];
