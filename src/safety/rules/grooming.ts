import { MACROS } from '../lexicon';
import { splitAlternatives } from '../pattern';
import type { RuleSpec } from '../rule-spec';

/**
 * Grooming and sextortion told without the explicit words (round 2): asking for undressed photos, photos for a
 * reward (game top-up, money), threats to share pictures, gifts or hugs paired with secrecy, secret meetings,
 * night visits to the teen's room, peeping, getting a teen drunk. Concept combinations from ../concepts.ts:
 * {ASK} + {SEND} + {PHOTO} + {BODY}; {GIFT} + {SECRET}; {MEET} + {SECRET}. Level `disclosed`; boosters in
 * ./sexual.ts lift "tonight"/"now" to imminent.
 */
/** Stories and homework (not "phim": being made to watch porn is the harm itself). */
export const NOT_REAL = 'truyen|tieu thuyet|nhan vat|bai van|tac pham|bai tho|manga|anime|novel|in the book|the character|tham tu|trinh tham';
/** An adult or someone the teen knows only online: who a secret with a gift is suspicious from. */
export const ADULT =
  'chu|ong|bac|thay|duong|bo duong|cha duong|cau|nguoi lon|ong chu|hlv|huan luyen vien|nguoi la|nguoi quen|' +
  'anh (ay|ta|kia|hang xom|ho|quen|tren|do|nay)|co nguoi|' +
  'tren mang|online|qua mang|game|facebook|fb|zalo|tiktok|discord|insta|messenger|telegram|he|him|coach|teacher|' +
  'uncle|stepdad|older|guy|man|tutor|neighbor|neighbour|adult|grown up|lon tuoi|ong gia|ke la|thang la|ke gian';
/** Ordinary photo requests: school, ID photos, shopping, bank transfers. */
export const ORDINARY_PHOTO =
  'bai tap|bai lam|the 3x4|anh the|ho so|chuyen khoan|bill|hoa don|bien lai|chup man hinh|giao hang|san pham|don hang|' +
  'ky yeu|di bien|du lich|bang diem|chuyen tien|hoc phi|kham (suc khoe|benh)|y te|homework|screenshot|receipt|passport photo|' +
  'concert|class trip';

/** The alternatives of {SECRET}, each compiled alone (small, anchored regexes instead of one large one). */
const SECRET_FORMS = splitAlternatives('{SECRET}', MACROS);

export const GROOMING_RULES: readonly RuleSpec[] = [
  {
    id: 'sx.photo_ask',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '({ASK}) …3 ({SEND}) …3 ({PHOTO})? …3 ({BODY})',
      '({ASK}) …2 ({PHOTO}) …3 ({BODY})',
      '({BODY}) …3 ({SEND}) (cho )?(anh|chu|ong|tao|minh|bac|thay)? (xem|coi|ngam)',
      '({SEND}) …2 ({PHOTO}) …3 ({BODY}) …6 (cho|gui) (anh|chu|ong|no|han|nguoi ta|him)',
      '(asks|asked|asking|keeps asking|keep asking|begging|begs|pressuring|pressures|wants|wanted|want) (me )?(for|to send|to take|to show)? …6 (pics|pictures|photos|selfies|videos|a pic|a photo|a picture|picture|photo|nudes|video)',
      '(video call|videocall|facetime|call|cam|camera|goi video|call video|bat cam) …4 (no clothes|without clothes|naked|nude|undressed|undress|topless|khong mac|coi do|coi ao|khoa than)',
    ],
    requires: [
      '{BODY}|mature|secret|do not tell|not to tell|older|alone|delete|nobody|snapchat|disappearing|bi mat|dung ke|' +
        'khong duoc ke|xoa|mot minh|nguoi lon',
    ],
    except: [NOT_REAL, ORDINARY_PHOTO],
    note: 'Asked for undressed or intimate photos or video.',
  },
  {
    id: 'sx.exposure',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(gui|cho xem|khoe|show|sent|sends|showed|shows|send) …3 ({PHOTO}|video|phim) …4 (cho kin|vung kin|bo phan|cai do|chim|khoa than|khieu dam|dam o|nguoi lon|sex|porn|porno|private parts|his (d|dick|penis|thing|body|junk)|naked|nude)',
      '(bat|ep|cho|dua|ru|goi|keu) ({ME} )?(xem|coi) (may |mot |cai |may cai |vai )?(phim|clip|anh|video|hinh) (nguoi lon|sex|khieu dam|do|18|nong|cap 3|jav|porn|ky ky|ky cuc|bay|bay ba|den|nhay cam|xxx)',
      '(muon|doi|bat|xin|doi hoi|wants to|want to|asked to|asks to) (xem|coi|ngam|see|watch) …3 ({BODY}|mac do ngu|than hinh|body|me (change|undress|shower))',
      '(muon|doi|bat|xin|doi hoi) (xem|coi|ngam|nhin) …2 co the (that|tran|that su|cua ({SELF}|e))',
      '({SEND}) …3 ({PHOTO}) …6 (chung minh|neu (thuong|yeu)|moi la (thuong|yeu)|prove (you|that you) (love|trust))',
      '(neu|ma) (thuong|yeu|tin) (anh|chu|tao|toi) …4 (thi|phai|moi) …2 ({SEND})',
      '(noi chuyen|nhan tin|chat|ke chuyen) (nguoi lon|bay ba|18|sex|tuc tiu|gioi tinh|nhay cam|khiem nha|dam o|kieu do) (voi|cho) ({ME})',
      '(talks|talking|talked|texts|texting|sends me|sent me) …2 (dirty|about sex|sexual|sexy)|sexting (me|with)',
      '(sends|sent|texts|texted|messages|messaged|tells|told|says|said) (me|her|him|them)? …4 (sexy|hot body|dirty|sexual|about sex|nude|naked)',
      '(asked|asks|wants|wanted|told|tells|made|makes) (me|her) …6 (take off|strip|undress|remove) …2 (shirt|clothes|top|pants|bra|underwear)?',
      '(what (i m|i am) wearing|what are you wearing)|hoi …3 mac (gi|do gi|cai gi) …2 (di ngu|khi ngu|luc ngu|bay gio|$)?',
      '(nhan|nhan tin|texts|asks) …6 (ngu chua|di ngu) …3 (mac gi|mac do gi|mac cai gi)',
    ],
    requires: [ADULT],
    except: [NOT_REAL, ORDINARY_PHOTO, 'bac si|doctor|giao duc gioi tinh|sex ed|hoc (sinh|gioi tinh)'],
    note: 'Showing sexual images to the teen, wanting to watch, "prove you love me", sexual talk from an adult.',
  },
  {
    id: 'sx.alone_touch',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(o lai|goi …2 (vao|len)|dua …2 vao|keo …2 vao) …8 (rieng|mot minh|sau gio|phong) …8 (om|hon|so|vuot ve|dung cham|cham vao|xoa)',
      '(xoa|delete) …4 (tin nhan|doan chat|chat|messages|texts|chats) …6 (bo me|ba me|me|bo|nguoi nha|parents|mom|dad|family)',
      '(goi|keo|dua|bat) ({ME}) (vao|len|xuong) (kho|phong|phong rieng|nha kho|xe) (roi )?…3 (dong|khoa|chot) (cua|lai)',
      '/[2-5][0-9]/ (year|years) old (guy|man|dude|boyfriend) …8 (girlfriend|boyfriend|dating|date|loves|meet|pics|photos)',
      '(girlfriend|boyfriend|dating|date) …6 (he s|he is|who is|is) /[2-5][0-9]/',
      '(he s|he is|she s|she is|i m dating|my boyfriend is|my bf is|a guy who is|a man who is) /[2-5][0-9]/ …10 (secret|relationship|dating|date|girlfriend|boyfriend|love|meet|pics|photos)',
      '(nguoi yeu|ny|ban trai|yeu|quen) …6 (/[2-5][0-9]/|hon (em|minh) /[1-4][0-9]/) (tuoi|t)',
    ],
    requires: [`${ADULT}|{MINOR}|em|minh|i m|me`],
    except: [NOT_REAL, 'sinh nhat|bat ngo|surprise|birthday|crush|nguoi yeu (chi|anh|co) (em|minh)'],
    note: 'Kept alone then touched; messages deleted to hide from parents; an adult dating the teen.',
  },
  {
    id: 'sx.photo_reward',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '({SEND}) …3 ({PHOTO}) …8 (nap (game|the|tien|kim cuong|quan huy)|skin|kim cuong|robux|the cao|card|quan huy|tien|trieu|nghin|qua|dien thoai|iphone|/[0-9]+/ (k|nghin|trieu))',
      '(hua|cho|tang|nap|mua|tra|se cho) …6 (neu|mien la|chi can|thi|de|mien) …3 ({SEND}) …2 ({PHOTO}|cho (anh|chu|ong) xem)',
      '(pay|pays|paid|give|gives|gave|buy|buys|bought) (me )?…4 (if|for|so) …3 (i )?(send|show) …2 (pics|photos|nudes|video|pictures|body)',
    ],
    except: [NOT_REAL, ORDINARY_PHOTO, 'ban hang|shop|order|mua ban|bai|homework'],
    note: 'Photos or camera in exchange for a reward ("gửi vài tấm ảnh là nạp game cho em").',
  },
  {
    id: 'sx.share_threat',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(khong|neu khong|chang|ma khong) …5 (thi|la) …3 (tung|phat tan|post|share|dang len|gui cho)',
      '(khong|neu khong|chang|ma khong) …5 (thi|la) …3 (tung|phat tan|post|share|dang|gui) …2 ({PHOTO}) …3 (cho|len)',
      '(post|leak|share|spread|send|show|expose) (them|it|those|these) …4 (unless|if (i|you) (do not|don t|won t|will not|refuse))',
      '(tung|phat tan|dang|gui|post|share|lo|cho xem) …2 ({PHOTO}) …4 (len|cho) …2 (mang|fb|facebook|nhom|lop|tiktok|ca lop|moi nguoi|bo me|ba me|ca truong|ban be|everyone|group)',
      '(send|sending|post|posting|share|sharing|leak|leaking|show|showing|spread|expose|exposing) (my|the|those|our|your|her) (photos|pics|pictures|videos|nudes|video|pic) (to|on|with|online|everywhere)',
    ],
    requires: [
      '(neu|ma) ({SELF}|may|mi) (khong|chang) …4 (thi|la)|(khong|chang) (gui|xuong|ra|gap|chuyen|dua|nghe loi|lam theo|quay lai|tra|dong y|chiu|gui tiep|gui them|di|den|toi) …2 (thi|la)|' +
        '(khong|chang) (thi|la) (tung|phat tan|dang|gui)|doa|de doa|neu ({SELF}) (khong|chia tay|bo|khong chiu)|' +
        'if (i|you) …3 (do not|don t|won t|will not|stop|break up|refuse|tell)|unless|threaten|threatens|blackmail|or else|money|pay',
    ],
    except: [NOT_REAL, '(khong|neu khong) …5 (thi|la) …3 (tung|dang) (bong|xuc xac|dong xu|do an|bai)'],
    note: 'Threats to share pictures unless the teen complies (sextortion).',
  },
  {
    id: 'sx.gift_secret',
    category: 'sexual_abuse',
    level: 'disclosed',
    // Round 3: each secrecy form anchored alone, the gift anywhere else in the message (was "GIFT … SECRET").
    patterns: SECRET_FORMS,
    elsewhere: ['{GIFT}'],
    requires: [ADULT],
    except: [
      NOT_REAL,
      'sinh nhat|bat ngo|surprise|birthday|qua (tang|cho) (me|bo|ba|co|thay)|cho me|for (mom|dad|my mom|my dad)|li xi|tieu hoang|' +
        'mung tuoi|ong (noi|ngoai)|ba (noi|ngoai)|keo (me|bo|ba) (giu|lay|thu|mang)',
    ],
    note: 'Gifts, money or hugs from an adult, with "đừng kể với ai" / "bí mật của hai chú cháu".',
  },
  {
    id: 'sx.meet_secret',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: SECRET_FORMS,
    elsewhere: ['{MEET}'],
    requires: [ADULT],
    except: [NOT_REAL, 'sinh nhat|bat ngo|surprise|birthday|du lich|nghi mat|vacation'],
    note: 'Meeting alone, kept secret.',
  },
  {
    id: 'sx.hotel',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(hua|cho|tra|dua|tang) …4 (tien|trieu|nghin|qua|dien thoai|/[0-9]+/ (k|nghin|trieu)) …8 (gap|di|o|qua|den|ngu) …3 (khach san|nha nghi|motel|phong)',
      '(offered|offers|offer|promised|promises|gave|pays|paid) (me )?(money|cash|gifts|a gift|/[0-9]+/) (to|if i|for) …4 (his place|his house|his car|his room|his apartment|a hotel|the hotel|hotel|motel|come over|sleep over|spend the night|meet him alone)',
      '(don|dua|cho|hen|goi|moi|ru) ({ME})? (di|ra|vao|den|toi|len)? …2 (nha nghi|khach san|motel)',
      '(gap|gap mat|gap rieng|o|ngu) (o|tai)? (khach san|nha nghi|motel)',
    ],
    requires: [ADULT],
    except: [NOT_REAL, 'sinh nhat|bat ngo|surprise|birthday|ca nha|gia dinh|bo me|ba me|du lich|nghi mat|family|vacation|hoc sinh gioi|di thi'],
    note: 'Taken or invited to a hotel by an adult or someone met online.',
  },
  {
    id: 'sx.night_visit',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      '(chui|leo|nam|lan) (vao|len|ben canh) (chan|giuong|man|cho ngu) (cua )?({ME})',
      '(vao|lan vao|len vao|mo cua|chui vao|sang|qua) phong ({ME}) …4 (ban dem|dem|nua dem|khuya|luc ngu|khi ngu|luc (me|ba|bo|ca nha|moi nguoi) …2 (di|ngu|vang)|khi (me|ba|bo|ca nha) …2 (di|ngu|vang))',
      '(nhin|quay|chup) (len|trom) …4 (tam|thay do|thay quan ao|di ve sinh|ve sinh|toilet|nha tam)',
      '(vao|lan vao|chui vao|xong vao|mo cua|xo cua) phong ({ME}) (hoai|lien tuc|nhieu lan|may lan|suot|moi dem)',
      '(vao|xong vao|mo cua|nhin vao|lan vao) (nha tam|phong tam|nha ve sinh|toilet) (luc|khi) ({SELF} )?(dang )?(tam|thay do|ve sinh|tam rua)',
      '(peep|peeps|peeping|watches me|watching me|films me|filmed me) …3 (shower|change|changing|bath|showering)',
      '(comes|came|sneaks|sneaked|snuck) into my (room|bed) (at night|when)',
      'chuoc (say|ruou|thuoc) …8 (lam bay|lam chuyen|hiep|xam hai|sam so|so mo|dua ve|nha nghi|cho ve|ngu|quay|chup)',
      'bi …8 lam (bay|chuyen bay|chuyen do|chuyen ay)',
    ],
    requires: [`${ADULT}|lop tren|tui no|bon no|may anh|may thang|they|ho`],
    except: [NOT_REAL, 'tron tim|hide and seek|don phong|lau phong|mang (com|do an|nuoc)'],
    note: 'Night visits to the teen\'s room, peeping, getting a teen drunk.',
  },
  {
    id: 'sx.warning_sign',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: [
      'hoi …4 (co )?(o nha )?mot minh (khong|chua|a|$|luc|khi|may|bao gio|vao)',
      '(nguoi la|ke la|la mat|tren mang|online) …6 khen ({SELF} )?(de thuong|xinh|dep|sexy|hot|goi cam) …8 (hoi|xin|doi|ru|hen|muon)',
      '(asked|asks|asking) (me )?(if|whether) (i m|i am|i was|i m home|i am home) (home )?alone',
      'mature for (my|your) age|(you re|you are) so mature|chin chan hon tuoi|truong thanh hon tuoi',
      '(anh|chu|ong|nguoi) (ay |ta |kia |do )?/[2-5][0-9]/ (tuoi|t) …10 (yeu|hen ho|quen|tan|nguoi yeu|gap|qua nha|tron nha|di choi|nhan tin)',
      '(he s|he is|a guy|a man|my boyfriend is) /[2-5][0-9]/ …8 (dating|date|meet|loves|boyfriend|girlfriend)',
      '(chu|ong|bac|thay|duong|bo duong|cau|ong chu|nguoi lon|anh (ay|ta|kia|hang xom)|he|my (coach|teacher|uncle|tutor|stepdad)) …6 ({SECRET})',
    ],
    requires: [`${ADULT}|{MINOR}|em|minh`],
    except: [NOT_REAL, 'sinh nhat|bat ngo|surprise|birthday|qua (tang|cho)|crush|de thi|de kiem tra|bai kiem tra|quiz|test|exam|nguoi yeu (em|minh)? moi|tieu hoang|li xi'],
    note: 'Warning signs of grooming without an act told: "hỏi em có ở nhà một mình không", an adult asking for secrecy.',
  },
];
