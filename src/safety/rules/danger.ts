import type { RuleSpec } from '../rule-spec';

/**
 * Imminent danger not covered by a more specific category, or a bare call for help: someone following,
 * grabbing or locking the teen in, an intruder, a weapon, a medical emergency, a fire. Always `imminent`
 * (113 police / 115 ambulance). Negation never cancels a call for help ("không ai cứu em"). A question or
 * hypothetical about a danger ("đang gặp nguy hiểm thì nhắn bot được không?", "can the bot call the police?")
 * is capped or dropped (`question`); a cry for help is never framed ("cứu" is a strong account marker).
 */
const NOT_REAL = '{FICTION}|{GAMES}|giai cuu';
const SOCIAL = 'tiktok|instagram|insta|facebook|youtube|twitter|follow|follower|followers|kenh|fanpage|page|subscribe|threads|on (ig|x|social)';
const PERSON =
  'nguoi|ai|tui no|bon no|thang|ong|bo|ba|no|han|ho|ke|may nguoi|nhom|me ke|duong|someone|man|guy|he|they';

export const DANGER_RULES: readonly RuleSpec[] = [
  {
    id: 'dg.help',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'cuu (em|minh|toi|tao|tui|con|chau|voi|toi voi|em voi|minh voi|tui em|chung em|giup|tui toi)',
      'cuu $',
      'lam on (giup|cuu)',
      '(giup|cuu) ({ME})? voi …4 so (lam|qua|that)',
      'help me (please|now|someone|$)|please help|someone help|^ help (me|us|please|pls|now|someone|$)',
      // A bare "help" at the end only after a cry ("i'm scared, help"), not "can I get help?", "how can I help?".
      '(please|pls|someone|anyone|somebody|me|us|scared|now|urgent|need|needs|sos) …2 help $',
      '^ sos $|sos (cuu|help|em|minh|toi|please)',
    ],
    unless: [
      'cuu ({ME})? (voi )?(khoi )?(bai|cau|mon|de|bai tap|bai toan|deadline|cai|diem|toan|van|hoa|ly|anh|su|dia)',
      'help me (with|understand|do|write|choose|find|learn|pick|check|fix|study)',
      '(someone|anyone|somebody) help (me |us )?(to )?(skip|find|get|with|understand|do|write|choose|learn|pick|check|fix|study|make|apply|pass|know|answer|translate)',
      'giai cuu|cap cuu|cuu tro|cuu ho|cuu hoa|so cuu|cuu tinh|cuu nguy',
      // Words that end in "cứu" or fold onto it: nghiên cứu (research — a Holland type the quiz names), tra cứu
      // (look up), khảo cứu; cừu (sheep). "cứu con" (save me) is not "con cừu".
      'nghien cuu|tra cuu|khao cuu|tham cuu|con cuu $|thit cuu|bay cuu|dan cuu|long cuu',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
  },
  {
    id: 'dg.call',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'goi (113|115|cong an|canh sat|cap cuu) (giup|gium|dum|ho|cho) …2',
      'call (the )?(police|ambulance|113|115)',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
    question: 'drop',
    note: 'Asking someone to call the police now; "should I call 113 or 111?" is a question for the FAQ.',
  },
  {
    id: 'dg.in_danger',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['(dang )?gap nguy hiem|dang nguy hiem|in danger|not safe (here|right now)|i m scared for my life'],
    except: [NOT_REAL],
    negation: 'ignore',
    question: 'cap',
  },
  {
    id: 'dg.followed',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(theo doi|bam theo|di theo|theo duoi|duoi theo|rinh|theo sau) ({ME}|nha (em|minh|toi)|phong (em|minh))',
      '(following|followed|stalking|chasing) (me|us)|stalker',
      '(co nguoi|nguoi la|ai do|thang|mot ong|may nguoi) (dang |cu )?(di theo|bam theo|theo doi|theo sau|rinh) …2 $',
      '(di|bam|chay|theo) (theo )?(sau lung|phia sau|dang sau) ({ME})?',
    ],
    requires: ['nguoi la|co nguoi|ai do|mot nguoi|thang|ong|mot ong|xe la|may nguoi|ke la|nguoi dan ong|someone|stranger|a man|a guy|he'],
    except: [NOT_REAL, SOCIAL],
    negation: 'ignore',
    question: 'cap',
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
    unless: ['(bo|me|ba|cha|ong|anh|chi|co|chu|di|cau) (em |minh )?(keo|loi|day|bat) ({ME}) (vao|len) (nha|phong|xe) (vi|cho|de|tranh|an|ngu|hoc)'],
    except: [NOT_REAL],
    negation: 'ignore',
    question: 'cap',
  },
  {
    id: 'dg.locked_in',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'bi (nhot|giam|khoa trai)',
      'bi (khoa|nhot lai|khoa lai|khoa cua nhot|giu lai) (trong|o|lai|ben trong|tai) (phong|nha|kho|xe|xuong|nha kho|nha ve sinh|toilet|day)',
      '(locked|trapped|shut|stuck) (me|us) (in|inside|up)|(i m|i am|we re|we are|i was|we were|i got|we got|been|am|are) (locked|trapped|shut) (in|inside|up)',
      '(i|we) (can not|can t|cannot) get out|(trapped|locked) inside',
      'bi …3 (vay|bao vay|don|nhot|khoa) (trong|o|lai|tai) …4 (khong|chang) (ra|thoat|tron|chay|di) (duoc)?',
    ],
    unless: ['nhot ngoai (cua|nha)', 'locked out', 'bi nhot (trong )?(chuong|long|cui)'],
    // Already over: "may có bảo vệ mở cửa" (round 3).
    except: [NOT_REAL, 'may (co|ma|la|qua)|(da|duoc) (mo cua|tha ra|cuu ra)|mo cua cho (em|minh) (ra )?roi|luckily|thankfully'],
    negation: 'ignore',
    question: 'cap',
  },
  {
    id: 'dg.intruder',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(dap|pha|go manh|dang go|dang dap|dap) cua',
      '(trom|cuop|ke gian) …3 (vao|trong|dang)',
      '(co|nghi co|chac co|hinh nhu co|thay co) (trom|ke trom|ke gian) …3 (trong nha|trong phong|vao nha|duoi nha|tren gac|o nha|dang)',
      'someone (is|s) (in|inside) (my|our|the) (house|home|room|apartment)|intruder|burglar',
      '(dang )?(o )?(ngoai|truoc) (cua )?(phong|nha) …3 (doi|muon|dinh|dang) (vao|mo cua)',
      '(dang )?o trong phong (cua )?{ME} …3 (khoa cua|dong cua)',
      'break(ing)? in|(outside|at) my (door|window)|in my room',
    ],
    // "someone online asked if I have a webcam in my room" is not someone in the room (round 4).
    except: [NOT_REAL, 'online|webcam|web cam|on (discord|insta|instagram|tiktok|snap|snapchat)'],
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
      'nam im (khong|chang) (cu dong|nhuc nhich)|khong cu dong|nam bat dong|bat dong …3 (goi|lay) (khong|chang)',
      '(chay mau|mat mau) (nhieu|qua|khong ngung|lam)',
      'tai nan …3 (chay mau|bat tinh|nang|gay)',
      '(bi )?xe (tong|dam|can|hut)|mau (ra|chay) (nhieu|qua|lam|khong ngung|khong cam)',
      'not breathing|unconscious|passed out|bleeding a lot',
    ],
    except: [NOT_REAL, 'so cuu|cach so cuu|phong tranh|hoc|con meo|con cho|phoi nang|ngu trua'],
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
    question: 'cap',
  },
];
