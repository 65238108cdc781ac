import { MACROS } from '../lexicon';
import { splitAlternatives } from '../pattern';
import type { RuleSpec } from '../rule-spec';
import { ADULT, NOT_REAL, ORDINARY_PHOTO } from './grooming';

/**
 * Grooming and sextortion told indirectly (round 3): an adult making a minor his girlfriend, gifts followed by a
 * private meeting or a photo request, intimate images held with a money demand, threats to keep the teen silent,
 * pressure dressed as love. Concept pairs from ../concepts.ts ({OLDER} + {ROMANCE}, {GIFT} + {MEET}); the second
 * concept is an `elsewhere` condition, so each form stays a small anchored regex.
 */
export const GROOMING_SIGN_RULES: readonly RuleSpec[] = [
  {
    id: 'sx.adult_romance',
    category: 'sexual_abuse',
    level: 'disclosed',
    // Concept pair without one big "A … B" regex: each romance form anchored alone, the adult anywhere else.
    patterns: splitAlternatives('{ROMANCE}', MACROS),
    elsewhere: ['{OLDER}'],
    requires: ['{MINOR}|em|minh|ban ay|no|i m|me'],
    except: [NOT_REAL, 'crush|tieu thuyet|phim'],
    note: 'An adult making a minor his girlfriend or "vợ yêu": "có ông lớn tuổi cứ nhắn đòi làm bạn gái".',
  },
  {
    id: 'sx.gift_meet',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: splitAlternatives('{MEET}', MACROS),
    elsewhere: ['{GIFT}'],
    requires: [ADULT],
    except: [
      NOT_REAL,
      'sinh nhat|bat ngo|surprise|birthday|ong (noi|ngoai)|ba (noi|ngoai)|bo me|ba me|ca nha|li xi|tet|crush|nguoi yeu|ban trai|ban gai',
    ],
    note: 'Gifts from an adult followed by a private meeting: "tặng em skin hoài, giờ muốn gặp riêng".',
  },
  {
    id: 'sx.photo_pressure',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: [
      '(ai|nguoi) yeu nhau (cung|ai cung|deu) (lam|gui|chup) (vay|the|nhu vay|nhu the)|everyone (does it|does that|sends them)|all couples do',
    ],
    marked: ['(gửi|chụp|xin|đòi|quay|gởi) …3 (ảnh|hình|clip|video) (hở|hở hang|nóng|khỏa thân)'],
    requires: ['{PHOTO}|{BODY}|gui|chup|send'],
    except: [NOT_REAL, ORDINARY_PHOTO],
    note: 'Pressure to send revealing photos, even to a partner: a safety tip.',
  },
  {
    id: 'sx.silence_threat',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(neu|ma|lo) ({SELF}) (ke|noi|mach|bao|he) (voi |cho )?(ai|bo me|ba me|me|bo|co|thay|nguoi khac|cong an) …2 (thi|la) …4 (gap chuyen|chet|giet|danh|biet tay|khong yen|coi chung|liu hon|xong|tieu)',
      '(if|tell anyone|tell your (parents|mom|dad)) …4 (you ll|you will|i ll|i will|your family will) …2 (regret|be sorry|hurt|kill|die|pay)',
    ],
    except: [NOT_REAL, 'bat ngo|sinh nhat|surprise|birthday|diem|bai kiem tra|de thi'],
    note: 'Threatened into silence ("nếu em kể với ai thì cả nhà em sẽ gặp chuyện"): a sign of ongoing abuse.',
  },
  {
    id: 'sx.extort',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: ['({PHOTO}) …4 ({BODY})', '(nudes|nude pics|naked pics|my pics|my photos)'],
    elsewhere: [
      '(bat|doi|doa|ep|yeu cau|muon|bao) ({SELF} )?…2 (chuyen|gui|dua|nop|ck|chuyen khoan|tra) …2 (tien|trieu|/[0-9]+/ (trieu|k|nghin|tr))|' +
        'doi tien|(pay|send|transfer|wire) (me |him |them )?(money|cash|usd|/[0-9]+/)|(wants|demands|asking for) (money|cash|/[0-9]+/)',
    ],
    except: [NOT_REAL, ORDINARY_PHOTO],
    note: 'Intimate images held with a money demand (sextortion): "cầm clip em thay đồ, bắt chuyển 2 triệu".',
  },
  {
    id: 'sx.photo_for_gift',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(wants|asks for|asked for|asking for|wanted|demands) (pics|photos|nudes|pictures|selfies|a pic|a photo|videos|more pics)',
      '(doi|muon|doi hoi|bat gui) (hinh|clip|video|tam hinh) …3 (lai|tra on|de doi|doi lai|thi moi)?',
    ],
    marked: ['(đòi|xin|muốn) (ảnh|hình|clip)'],
    elsewhere: ['{GIFT}'],
    requires: [ADULT],
    except: [NOT_REAL, ORDINARY_PHOTO, 'ban hang|shop|order|san pham|bai tap'],
    note: 'Gifts, then a request for photos: "sent me a gift card and now wants pics in return".',
  },
  {
    id: 'sx.love_pressure',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(yeu|thuong) (nhau|anh|tao|toi) (thi|la|ma) (phai|moi) …2 (cho|lam|gui|quan he|ngu|chiu|chung minh)',
      'if you (love|loved|really loved) me …3 (you d|you would|you ll|you will|you have to)|prove (you love|your love)',
    ],
    requires: ['{BODY}|{PHOTO}|cham vao|so vao|dung vao|quan he|ngu (voi|cung)|lam chuyen (do|ay|kia)|touch|sex|nguoi (em|minh)|send'],
    except: [NOT_REAL],
    note: 'Sexual pressure dressed as love: "yêu nhau thì phải cho anh chạm vào người".',
  },
];
