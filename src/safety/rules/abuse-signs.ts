import type { RuleSpec } from '../rule-spec';

/**
 * Abuse and sexual abuse told without the usual verbs (round 4, blind-4 by concept): locked out of the house at
 * night, burned with incense or a cigarette, dragged out to be punished, bruises hidden under make-up; an adult
 * trying to get into the teen's room or bed, touching the thighs, a photo demand wrapped in "muốn tao xóa thì…",
 * up-skirt photos, a live video call with a threat; and the early signs (asking whether the teen is home alone,
 * creepy stares, a stranger praising the body then moving to a private chat, hugs that feel wrong).
 */
const SPORT = '{FICTION}|tap vo|vo thuat|boxing|thi dau|tran dau|da bong|bong da';
const NOT_REAL = 'truyen|tieu thuyet|nhan vat|bai van|manga|anime|novel|the character|phim';
/** The teen's own unease: turns an ordinary gesture into a sign worth a check-in. */
/** An adult or a stranger met online. */
const ONLINE_ADULT = '{OLDER}|nguoi lon|nguoi la|acc la|nick la|tren (game|mang|fb|face|ig|tiktok|zalo)|stranger|online';
const UNEASE = '(khong|chang) (thay )?(thoai mai|thich|yen tam)|ky ky|thay ghe|so (qua|lam|ghe)|kho chiu|uncomfortable|weird|creepy';

export const ABUSE_SIGN_RULES: readonly RuleSpec[] = [
  {
    id: 'ab.sign.locked_out',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      '(khoa|nhot|duoi|bat|de) ({ME}) (o )?(ngoai|ra ngoai) (san|cua|duong|hien|nha|cong)',
      '(khong|chang) (cho|mo cua cho) ({ME} )?(vo|vao) nha',
      '(locked|locks|kicked|kicks) me out',
    ],
    except: [SPORT, 'quen (chia )?khoa|mat chia khoa|forgot (my )?keys|lost (my )?keys'],
    question: 'cap_others',
    note: 'Locked out of home by a parent; still outside at night or in the rain lifts it (ab.boost.now).',
  },
  {
    id: 'ab.sign.burn_drag',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      '(di|dot|ap|gi|dang) (cay |dieu |tan |que )?(nhang|huong|thuoc la|tan thuoc|bat lua|que sat|sat nung) (vao|vo|len) (tay|nguoi|chan|mat|da|lung)',
      'bi (loi|keo|tum|nam) (dau|toc|co) …2 (ra|vao|xuong) (xu|danh|dap|dan mat|tra tan)',
      '(cover|hide|covering|hiding|covered|hid) (up )?(the|my) (bruises|bruise|marks|welts)',
      '(nem|phang|quang|vut|hat|tat) (nguyen |ca |cai )?…3 (vao|vo|trung) (mat|dau|mieng) (cua )?({ME}|$)?',
    ],
    requires: ['{PARENT}|{RELATIVE}|{PARTNER}|dad|mom|father|mother|stepdad|stepmom|boyfriend|nha (em|tui|minh|toi)'],
    except: [SPORT, 'bong|banh|goi|pillow|nuoc|game|makeup tutorial|halloween'],
    note: 'Burned, dragged out to be punished, an object thrown in the face, bruises hidden.',
  },
  {
    id: 'sx.sign.intrusion',
    category: 'sexual_abuse',
    level: 'imminent',
    patterns: [
      '(doi|muon|dinh|co|cu|tim cach) (vo|vao|mo cua) (phong|mung|giuong) ({SELF})',
      '(mo|chui|leo|bo|lan) (vao|vo|len) (mung|giuong|chan|cho ngu) ({SELF})?',
    ],
    requires: ['khoa cua|go cua|dang nam|nam (sat|canh|ben)|(khong|chang) dam (la|ket|keu|cu dong|het len)|(bo me|ba me|ca nha) (di|vang)|so qua'],
    except: [NOT_REAL, 'con meo|con cho|meo|cun|em be|em (trai|gai)|be (em|nha)|chau (em|minh)'],
    negation: 'ignore',
    note: 'An adult or older relative getting into the teen\'s room or bed now.',
  },
  {
    id: 'sx.sign.touch',
    category: 'sexual_abuse',
    level: 'disclosed',
    patterns: [
      // Not "vượt ngục" (a jailbreak): "vuốt" only with the thigh or hips, or "vuốt vào/lên ngực".
      '(ro|mo|boc|xoa|nan|so) (vao |len )?(dui|nguc|mong|vung kin|cho kin) ({SELF})?|vuot (ve )?(vao |len )?(dui|mong|vung kin|cho kin)|vuot (vao|len) nguc',
      'chup (len|trom) (duoi|trong|vao) (vay|ao|quan)|quay (len|trom) (duoi|trong) vay|up (my|her) skirt|upskirt',
      '(muon|neu muon|if you want) …4 (xoa|delete|go) …4 (thi|then) …4 (ngoan|lam theo|nghe loi|gui|chuyen|gap|do what)',
    ],
    except: [NOT_REAL, '{GAMES}', 'bac si|kham|massage|spa|xoa bop|tap the duc'],
    note: 'Touching the thighs or chest, up-skirt photos, "muốn tao xóa thì ngoan ngoãn làm theo".',
  },
  {
    id: 'sx.sign.wear_film',
    category: 'sexual_abuse',
    level: 'disclosed',
    // Starts at "mặc" (rare) so the large {BODY} alternation only runs after it; the demand is a presence test.
    patterns: ['mac ({BODY}) …4 ({SEND})'],
    requires: ['{ASK}'],
    except: [NOT_REAL, 'shop|ban hang|size|quang cao|review|livestream ban'],
    note: 'Told to put on nightwear or underwear and film it: "đòi em mặc đồ ngủ quay video cho ảnh coi".',
  },
  {
    id: 'sx.sign.live_extort',
    category: 'sexual_abuse',
    level: 'imminent',
    patterns: ['(send|share|post|leak|gui|phat tan) …4 (screenshot|screenshots|pics|photos|video|videos|recording|anh|hinh|clip) …4 (to|with|cho|len) (my|everyone|your|truong|lop|bo me|ba me|ca lop)'],
    requires: ['(on|in) (a )?(video )?call|hang up|tat may|dang goi|goi video|video call'],
    elsewhere: ['{BODY}'],
    negation: 'ignore',
    note: 'A live video call with an undressing demand and a threat to send the screenshots.',
  },
  {
    id: 'sx.sign.early',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: [
      '(hoi|biet|hay hoi) ({SELF} )?(co )?o nha (mot minh|1 minh)|(asks|asked|asking) (me )?(if|whether) (i m|i am) (home )?alone',
      'khen …3 (dang|than hinh|body|vong|nguc|chan dai|sexy) …8 (rieng|inbox|ib|add|zalo|ket ban|private|gap)',
      '(asked|asks|asking) …3 (how old i am|my age) …6 (webcam|camera|alone|address|pics|photos)|(co|xai) webcam (trong|o) phong',
    ],
    requires: [ONLINE_ADULT],
    except: [NOT_REAL, 'bo me|ba me|ong ba|ban than|ban gai|ban trai|nguoi yeu'],
    note: 'An adult or a stranger online asking whether the teen is home alone, or praising the body then going private.',
  },
  {
    id: 'sx.sign.unease',
    category: 'sexual_abuse',
    level: 'possible',
    patterns: [
      'nhin ({SELF}) (ky ky|ky la|cham cham|dam dam|soi moi|them thuong|tu tren xuong|tu dau den chan)',
      '(om|hon|vuot|xoa|sat vao|ke sat|nam tay) ({SELF}) (hoi |rat |qua )?(lau|chat|hoai|mai)',
    ],
    requires: [UNEASE],
    except: [NOT_REAL, 'cun|meo|em be'],
    note: 'Stares or closeness that the teen says feel wrong: a check-in.',
  },
];
