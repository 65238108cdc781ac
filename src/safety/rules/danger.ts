import type { RuleSpec } from '../rule-spec';

/**
 * Imminent danger not covered by a more specific category, or a bare call for help: someone following,
 * grabbing or locking the teen in, an intruder, a weapon, a medical emergency, a fire. Always `imminent`
 * (113 police / 115 ambulance). Negation never cancels a call for help ("không ai cứu em").
 */
const NOT_REAL = '{FICTION}|{GAMES}|giai cuu';
const PERSON =
  'nguoi|ai|tui no|bon no|thang|ong|bo|ba|no|han|ho|ke|may nguoi|nhom|me ke|duong|someone|man|guy|he|they';

export const DANGER_RULES: readonly RuleSpec[] = [
  {
    id: 'dg.help',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'cuu (em|minh|toi|tao|tui|con|chau|voi|toi voi|em voi|minh voi|tui em|chung em|giup|tui toi)',
      'goi (113|115|cong an|canh sat|cap cuu) (giup|gium|dum|ho|cho) …2',
      'lam on (giup|cuu)',
      '(giup|cuu) ({ME})? voi …4 so (lam|qua|that)',
      'help me (please|now|someone|$)|please help|someone help|help $|^ help|call (the )?(police|ambulance|113|115)',
      '^ sos $|sos (cuu|help|em|minh|toi|please)',
    ],
    unless: [
      'cuu ({ME})? (voi )?(bai|cau|mon|de|bai tap|bai toan|deadline|cai|diem|toan|van|hoa|ly|anh|su|dia)',
      'help me (with|understand|do|write|choose|find|learn|pick|check|fix|study)',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.in_danger',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['(dang )?gap nguy hiem|dang nguy hiem|in danger|not safe (here|right now)|i m scared for my life'],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.followed',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(theo doi|bam theo|di theo|theo duoi|duoi theo|rinh|theo sau) ({ME}|nha (em|minh|toi)|phong (em|minh))',
      '(following|followed|stalking|chasing) (me|us)|stalker',
      '(co nguoi|nguoi la|ai do|thang|mot ong|may nguoi) (dang |cu )?(di theo|bam theo|theo doi|theo sau|rinh) …2 $',
    ],
    requires: ['nguoi la|co nguoi|ai do|mot nguoi|thang|ong|mot ong|xe la|may nguoi|ke la|nguoi dan ong|someone|stranger|a man|a guy|he'],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.abduction',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'bi bat coc|bat coc ({ME})',
      '(ep|keo|bat|loi|day|loi) ({ME})? …2 len xe',
      'keo (tay|nguoi) {ME}',
      '(keo|loi|ep|day|bat) {ME} (vao|len|di|theo) …2 (hem|xe|nha|phong|rung|cho vang|goc)',
      '(nguoi la|nguoi dan ong|may nguoi|ong la|xe la|thang la) …4 (doi|muon|ep|keo|bat|chan|rinh) …2 (cho|dua|don|theo|len xe)? ({ME})? di',
      'kidnap|kidnapped|abducted|grabbed me|pulled me into',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.locked_in',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['bi (nhot|giam|khoa trai)', 'locked (in|inside)|can not get out|trapped (in|inside)'],
    unless: ['nhot ngoai (cua|nha)', 'locked out', 'bi nhot (trong )?(chuong|long|cui)'],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.intruder',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(dap|pha|go manh|dang go|dang dap|dap) cua',
      '(trom|cuop|ke gian) …3 (vao|trong|dang)',
      '(dang )?(o )?(ngoai|truoc) (cua )?(phong|nha) …3 (doi|muon|dinh|dang) (vao|mo cua)',
      '(dang )?o trong phong (cua )?{ME} …3 (khoa cua|dong cua)',
      'break(ing)? in|(outside|at) my (door|window)|in my room',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.weapon',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(cam|vung|mang|co) (dao|sung|ma tau|kiem|rua|gay|gay sat|ong tuyp|tuyp sat) …4 (dung|cho|duoi|doa|trong nha|o|vao|den|toi|chem|dam|ban)',
      '(has|with) a (knife|gun)|pointing a (knife|gun)',
    ],
    requires: [PERSON],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.medical',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'ngat (xiu|di|roi|lim)|bat tinh|khong (con )?tho|ngung tho|co giat|dien giat|chet duoi|duoi nuoc|soc phan ve',
      'nam im (khong|chang) (cu dong|nhuc nhich)|khong cu dong',
      '(chay mau|mat mau) (nhieu|qua|khong ngung|lam)',
      'tai nan …3 (chay mau|bat tinh|nang|gay)',
      'not breathing|unconscious|passed out|bleeding a lot',
    ],
    except: [NOT_REAL, 'so cuu|cach so cuu|phong tranh|hoc'],
    negation: 'ignore',
  },
  {
    id: 'dg.fire',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['chay nha|hoa hoan|chay lon|khoi (mu|day) …3 (nha|phong)|house is on fire|fire in'],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.lost',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['khong biet ({ME})? (dang )?o dau', 'do not know where i am'],
    requires: ['bi|so|bat|ban|nhot|lac|scared|taken'],
    except: [NOT_REAL, 'dien thoai|chia khoa|do|sach|vi|cai'],
    negation: 'ignore',
  },
];
