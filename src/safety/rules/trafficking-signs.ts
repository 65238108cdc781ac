import type { RuleSpec } from '../rule-spec';

/**
 * Trafficking told indirectly (round 4, blind-4 by concept): a ransom in the form "đòi X triệu mới thả", a threat
 * to be sold on to another company, phones collected on the way to the border (English), a friend gone with
 * recruiters whose phone is now off, a past escape from a scam compound, a closed lorry across Europe, and a
 * recruiter who took the papers and money and vanished.
 */
const NOT_REAL = '{FICTION}|{GAMES}';
const LOST_CONTACT =
  'tat may|mat lien lac|khong (lien lac|goi) duoc|goi (hoai )?(khong|chang) (duoc|bat may|nghe)|khong (nghe|bat) may|' +
  'chan (em|minh|so|zalo|facebook|fb)|(im|i m) (luon|bat)|bat tam hoi|(lan|bien) mat';

export const TRAFFICKING_SIGN_RULES: readonly RuleSpec[] = [
  {
    id: 'tr.sign.ransom_sold',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      '(doi|doi tien|doi chuoc|bat (gia dinh|nha|me|bo|ba) (em )?(chuyen|gui)) …3 /[0-9]+/ (trieu|tr|nghin|usd|do|ty) (moi|thi moi|roi moi) (tha|cho ({ME} |no |nguoi )?ve)',
      '(se|doa|doi|bi|sap|dinh|thi) ban ({ME}) (qua|sang|cho) (cong ty|cho|nguoi|nhom|ong chu|khu) khac',
      '(sell|sold|selling) (me|us) (to|on to) (another|a different) (company|boss|group)',
    ],
    except: [NOT_REAL, 'ban (do|hang|xe|dien thoai|acc)'],
    negation: 'ignore',
    question: 'keep',
    note: 'A ransom "đòi 150 triệu mới thả em về", a threat to be sold on.',
  },
  {
    id: 'tr.sign.phones_en',
    category: 'trafficking',
    level: 'imminent',
    patterns: ['(wants|want|took|takes|collected|collecting|asked for|asks for|taking|took away) (all )?(our|my|everyone s) (phones|phone|passports|passport)'],
    requires: ['border|driven|bus|van|car|truck|recruiter|boat|on the way'],
    except: [NOT_REAL, 'exam|test|class|teacher|school|customs|security|airport'],
    negation: 'ignore',
    note: 'English: phones collected on the way to the border.',
  },
  {
    id: 'tr.sign.gone_silent',
    category: 'trafficking',
    level: 'imminent',
    patterns: ['(len xe|di|theo|di theo|di cung) (voi|cung|theo)? …3 (nguoi )?(ru|ru re|moi (di|lam|qua|sang)|tuyen dung|dan (di|qua|sang))'],
    requires: ['{SCAMZONE}|{ABROAD}|ben kia|bien gioi|cua khau'],
    elsewhere: [LOST_CONTACT],
    except: [NOT_REAL, 'du lich|tham (nha|ba|ong)|ve que'],
    negation: 'ignore',
    note: 'Someone gone with recruiters to a lure destination and now unreachable.',
  },
  {
    id: 'tr.sign.compound',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      'bi (lua|du|dan du|dua|ban|dan|chuyen) (vao|vo|qua|sang) …4 (khu|cong ty|dac khu|casino|trai|toa nha) …6 (lua dao|scam|danh bac|online)',
      '(di|nam|chui|tron|ngoi) (trong )?(xe tai|xe container|container|thung xe|xe dong lanh|thung hang) (kin)?',
      '(hidden|hide|hiding|ride|riding) (in|inside) (a|the) (lorry|truck|container|van)',
    ],
    requires: ['{SCAMZONE}|{ABROAD}|(qua|sang) (phap|anh|duc|chau au|bi|ha lan)|duoc hua|nguoi ta noi|tron ra|promised|europe|border|{BORDER_TOWN}'],
    except: [NOT_REAL, 'phim|bao|tin tuc|news'],
    note: 'Lured into a scam compound (told after escaping), or smuggled in a closed lorry.',
  },
  {
    id: 'tr.sign.meet_border',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['hen (gap|don|dua) ({ME}) …2 (o|tai) (cua khau|bien gioi|{BORDER_TOWN})'],
    requires: ['{SCAMZONE}|viec|lam|luong|casino|job'],
    except: [NOT_REAL, 'du lich|tham quan|chup anh'],
    note: 'A recruiter arranging to meet the teen at a border crossing.',
  },
  {
    id: 'tr.sign.vanished',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['hua (dua|cho|giup) ({ME}) (di|qua|sang) …3 ({COUNTRY}|{ABROAD}|{SCAMZONE}|nuoc ngoai)'],
    elsewhere: [`${LOST_CONTACT}|{LURE_SIGN}|(chi can )?(dua|nop|gui) …3 (giay khai sinh|{ID}|tien|/[0-9]+/ trieu)`],
    except: [NOT_REAL],
    note: 'A personal offer to take the teen abroad, with a lure sign, papers or money handed over, or silence after.',
  },
];
