import type { RuleSpec } from '../rule-spec';

/**
 * Emergencies told without an emergency keyword (round 4, blind-4 by concept): lost with a dying phone, a
 * stranger's car that will not stop, locked in from outside, flood water rising, repeated photographing or
 * doxxing, walking home alone and afraid, a party that "feels off" after the ride left, fear with nobody to tell.
 */
const NOT_REAL = '{FICTION}|{GAMES}|giai cuu|tro choi|tron tim|escape room|phong thoat hiem';
/** A call for help in so many words (not "giúp em bài này": that has a task after it). */
const HELP_CALL = 'giup (em|minh|toi|tui|tao|con|chau) voi|cuu|help me|please help|sos|lam on';

export const DANGER_SIGN_RULES: readonly RuleSpec[] = [
  {
    id: 'dg.sign.lost_help',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['(khong|chang) biet (minh |em |toi |tui )?(dang )?o (dau|cho nao)|(bi )?lac (duong|mat)', 'do not know where i am|(i m|i am) lost'],
    requires: [HELP_CALL],
    except: [NOT_REAL, 'dien thoai (de|o)|chia khoa|cai (vi|ao)|game'],
    negation: 'ignore',
    question: 'keep',
    note: 'Lost and calling for help: "giúp em với, em ko biết mình đang ở đâu, đt sắp hết pin".',
  },
  {
    id: 'dg.sign.lost_night',
    category: 'imminent_danger',
    level: 'possible',
    patterns: ['(bi )?lac (o|tai|giua|ngoai|duong|mat)', '(khong|chang) biet (minh |em )?(dang )?o (dau|cho nao)'],
    requires: ['khuya|nua dem|ban dem|toi (thui|om)|het pin|/[0-9]+/ pin|mot minh|so (qua|lam)|at night|battery'],
    except: [NOT_REAL, 'lac (de|quan|loi|chu|de|dau)|game|ban do'],
    negation: 'ignore',
    question: 'cap',
    note: 'Lost at night or with a dying phone: a safety tip.',
  },
  {
    id: 'dg.sign.not_let_off',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(khong|chang) (chiu |cho )?(cho )?({ME} )?(xuong|xuong xe|dung xe|dung lai|ra khoi xe)',
      '(won t|will not|does not|doesn t) (let me|stop) (out|off|get out|the car)',
    ],
    requires: ['xe|taxi|grab|tai xe|car|driver|van'],
    elsewhere: ['ong la|nguoi la|thang la|la mat|tai xe|(mot|1) (ong|nguoi|thang|gia)|stranger|driver|a (man|guy)|some (man|guy)'],
    except: [NOT_REAL, 'xe buyt|tram|chua toi|chua den|bo (em )?(khong|chang)|me (em )?(khong|chang)|my (mom|dad|mum|parents|mother|father)'],
    negation: 'ignore',
    note: 'In a stranger\'s car that will not stop: "ổng chạy hoài không chịu cho xuống".',
  },
  {
    id: 'dg.sign.locked_outside',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(door|room|apartment|house) (is )?locked from (the )?outside|locked (me )?in from (the )?outside',
      '(stuck|trapped) in (a|his|her|the|some|their|this) …2 (apartment|house|room|car|flat|basement|van)',
      'khoa (trai )?(cua )?(tu )?(ben )?ngoai …4 ({ME}) (o|trong|ben trong)',
    ],
    requires: ['{OTHER}|stranger|ong la|nguoi la|(khong|chang) biet (dia chi|day la dau|o dau)|do not know (the address|where)'],
    except: [NOT_REAL, 'elevator|thang may|traffic|ket xe|di cho|di lam'],
    negation: 'ignore',
    note: 'Locked in a stranger\'s place from outside.',
  },
  {
    id: 'dg.sign.flood',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'nuoc (lu|lut|ngap|dang len|len) …4 (toi|den|ngang|qua) (nguc|co|bung|eo|mai|noc|nua nha)',
      'water (is )?(up )?to (my|our) (chest|neck|waist)|(water|flood) (is )?(rising|coming in) (fast|quickly)',
    ],
    except: [NOT_REAL, 'ho boi|be boi|pool|tam bien|di boi|tren (tivi|tv|ti vi|bao|mang)|tin tuc|news'],
    negation: 'ignore',
    note: 'Flood water rising around the teen.',
  },
  {
    id: 'dg.sign.photographed',
    category: 'imminent_danger',
    level: 'disclosed',
    patterns: [
      '(chup|quay) (len |trom )?(hinh|anh|video|phim|clip)? ({SELF})',
      '(keeps|keep|kept) (sending|texting) me my (home )?(address|schedule|class schedule|location)',
      '(sent|sends|sending) me my (home )?(address|class schedule|schedule)',
    ],
    requires: ['{OTHER}|xe|nguoi tren xe|someone|stranger|somebody|unknown'],
    elsewhere: ['(may|nhieu) (tuan|ngay|hom|bua|thang)|lan nao cung|ngay nao cung|hoai|moi ngay|dau (truoc|o) nha|keeps|every day|no message|with no'],
    except: [NOT_REAL, 'ky yeu|chup anh cuoi|studio|tho chup|photographer|ban (em|minh)'],
    negation: 'ignore',
    question: 'cap_others',
    note: 'Photographed or sent one\'s own address by someone, again and again.',
  },
  {
    id: 'dg.sign.alone_afraid',
    category: 'imminent_danger',
    level: 'possible',
    patterns: [
      '(di|di bo|dang ve|dang di|ve) …4 mot minh …6 (toi|vang|khuya|dem|hem)',
      'something (feels|is|seems) off|(my|our) ride (left|is gone|ditched)',
      '(so|hoang|run) (qua|lam|that) …6 (khong|chang) (biet|co ai) (de )?(ke|noi|tam su|chia se) (voi|cho) ai',
    ],
    requires: ['so|hoang|run|lo|scared|afraid|party|alone|do not know anyone'],
    except: [NOT_REAL, 'phim ma|truyen ma|horror|bai kiem tra|diem thi|di thi'],
    negation: 'ignore',
    note: 'Alone and afraid: walking home in the dark, a party that feels off, nobody to tell.',
  },
];
