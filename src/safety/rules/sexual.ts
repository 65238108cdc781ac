import type { BoosterSpec, RuleSpec } from '../rule-spec';

/** Sexual abuse, harassment, grooming, sextortion and sexual exploitation (Luật Trẻ em Art. 4 "bóc lột"). */
const MEDIA = '(anh|hinh|clip|video|cam|phim)';
const EXPLICIT = '(nong|nude|khoa than|sex|khong mac do|nhay cam|rieng tu|18|do|het do|tam|luc tam|dang tam|noi y|do lot|ho hang|khoe than)';
const ONLINE =
  'tren mang|online|qua mang|qua game|game|facebook|fb|zalo|tiktok|discord|insta|instagram|messenger|telegram|' +
  'nguoi la|quen qua|anh la|ong chu|nguoi lon';

export const SEXUAL_RULES: readonly RuleSpec[] = [
  {
    id: 'sx.assault',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      'hiep dam|cuong hiep|cuong dam|cuong buc|giao cau',
      'bi …4 hiep',
      '{ACTOR} …2 hiep {ME}',
      'bi …3 (xam hai|lam dung|quay roi|sam so|so mo|dung cham|ep quan he|ep lam tinh|du do|cuong buc)',
      'bi …3 lam (chuyen )?(do|ay|kia|bay ba|chuyen nguoi lon) !(bai|viec|bai tap)',
      '(xam hai|lam dung|quay roi) (tinh duc )?({ME}|tre em)? (tu|tu khi|khi|luc|nhieu|suot|may)',
      'rape|raped|raping|molest|molested|molesting',
      'sexual (abuse|assault|harassment)|sexually (abused|assaulted|harassed)',
    ],
    except: ['{FICTION}|{GENERIC_Q}|phong chong|tuyen truyen|phong tranh|gdcd|(bai|de) (gdcd|van|tap) …2 hoi|nguoi lao dong co quyen'],
  },
  {
    id: 'sx.touch',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      'so mo|sam so|dung cham',
      'so (nguc|vung kin|mong|dui|chim|vao nguoi|vao nguc|len nguoi|soang|vao vung|vao cho kin|cho kin|vao cho do)',
      '(touches|touched|touching|touch) (me|my)',
      'co nguoi vao (em|minh|toi|nguoi)|(rubbing|rubs|rubbed|grinding) (against|up against|on) me',
    ],
    marked: [
      'sờ (người|ngực|đùi|mông|vùng kín|soạng|vào người|lên người|khắp người)',
      'cọ (người |mông |ngực |đùi )?(vào|sát)',
      'cho (ông|ông ấy|ổng|ông ta|anh ấy|anh ta|chú|chú ấy|nó|hắn|thầy|họ) (sờ|sờ mó|sàm sỡ|ôm|hôn|xem người)',
    ],
    unless: ['dung cham (quyen loi|loi ich|den)'],
    except: ['{FICTION}'],
  },
  {
    id: 'sx.coerce',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(ep|bat|doi|du|du do|xui|keu|bao|goi) ({ME})? …2 (quan he|lam tinh|ngu voi|ngu cung|lam chuyen do|coi do|coi quan|coi ao|khoa than|ngoi (len )?dui|cho xem)',
      '(bat|bao) …2 cam (coi|cho xem)',
      'forcing me|forced me to|made me (do|touch|undress)',
    ],
    except: ['{FICTION}'],
  },
  {
    id: 'sx.images',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      `(gui|doi|xin|tung|phat tan|dang|lo|chia se|ban|chup) …3 ${MEDIA} ${EXPLICIT}`,
      `${MEDIA} ${EXPLICIT} …4 (doa|tung|phat tan|dang|gui cho|lo|ban)`,
      `(doa|de doa) …4 (tung|phat tan|dang|gui|lo) …3 ${MEDIA}`,
      '(send|sending|want|wants|asking for|asks for|asked for|ask for) …3 (nudes|nude pics|naked pics|pics of me|sexy pics|nude)',
      '(leak|post|share|expose) …2 (my )?(pics|nudes|photos|video|pictures)',
      'sextort|sextortion',
      '(ghep|photoshop|fake|deepfake|edit|edited|cat ghep) …4 (mat|face) …4 (naked|nude|khoa than|anh nong|sex|porn|khong mac)|my face on (naked|nude|porn)',
      '(tong tien|doa) …6 (anh|hinh|clip|video)|(blackmail|blackmailing|blackmailed) (me|us)',
      // Pay to have it deleted: "chụp lén… giờ nó đòi tiền mới xóa" (round 3).
      '(doi|bat|doa|muon|bat chuyen) …3 (tien|trieu|/[0-9]+/ (k|nghin|trieu)) (moi|thi moi|roi moi|thi) (xoa|go|khong (dang|tung|gui))',
      '(has|have|got|kept|saved) (my|her|our) (nudes|nude (pics|photos)|naked (pics|photos))',
    ],
    note: 'Sextortion and requests for sexual images.',
  },
  {
    id: 'sx.grooming',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(gap rieng|gap mat|hen gap|qua nha|ve nha|di nha nghi|ngu (cung|voi|lai)|o lai) …6 (bi mat|dung (ke|noi)|khong (ke|noi) (voi |cho )?ai|giu kin)',
      '(bi mat|dung (ke|noi)|khong (ke|noi) (voi |cho )?ai|giu kin) …6 (gap rieng|gap mat|hen gap|qua nha|di nha nghi|ngu cung)',
      'ga gam|ga tinh|ga ngu|ga ban dam|ga di khach',
      '(cho|dua|ru|hen|dan|keo|bat) ({ME})? …3 (nha nghi|khach san|motel)',
      'vao phong …3 (luc|khi) …2 ngu',
      '(keep|keeps|kept) …3 (secret|between us) …6 (meet|alone|touch)',
      'meet (him|her|me)? alone …6 secret|secret …6 meet (him|her)? alone',
      'groomed|grooming me',
    ],
    except: ['{FICTION}'],
  },
  {
    id: 'sx.exploitation',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      'di khach !(san)|ban dam|mai dam|lam gai|di chan',
      '(tiep|ngoi (voi|uong voi|tiep)|uong voi) khach !(hang)',
      'ngoi …2 voi khach',
      'mac do ho …3 khach',
    ],
    marked: ['bán (thân|dâm)'],
    unless: ['di chan (bo|trau|de|vit|ga|cuu|heo|lon|ngua|tha)'],
    except: ['{FICTION}'],
    note: 'Sexual exploitation, including minors made to sit and drink with customers in karaoke bars.',
  },
  {
    id: 'sx.sugar',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: ['sugar (baby|daddy|dating)|sgbb|bao nuoi|nuoi (em|minh)? …2 (doi|de) …2 (di choi|gap|ngu|quan he)'],
    note: 'Transactional "sugar" relationships offered to minors.',
  },
  {
    id: 'sx.secrecy.online',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: [
      '(dung|khong duoc|cam) (ke|noi) (voi |cho )?ai',
      '(dan|bao|bat) …2 giu bi mat',
      'xin anh …2 (rieng tu|nong)',
    ],
    requires: [ONLINE],
    note: 'Secrecy asked by someone met online: a grooming warning sign.',
  },
];

/** Sexual abuse happening now or tonight. */
export const SEXUAL_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'sx.boost.now',
    categories: ['sexual_abuse'],
    // Not a bare "dang": đăng (post) folds like đang (now).
    patterns: [
      'toi nay|dem nay|lat nua|ti nua|ngay bay gio|bay gio|right now|tonight|won t stop|chieu nay|trua nay|dang say',
      'in (a|an|one|two|/[0-9]+/) (few )?(hour|hours|minutes|mins)|within (an|the) hour',
      'dang (o|dung|doi|cho|den|toi|ep|bat|doa|nhan tin|goi|so mo|sam so|keo|tren duong|ngoi)',
    ],
  },
];
