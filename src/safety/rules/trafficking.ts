import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Trafficking and scam-compound lures (facts.md §3.3, §4): "việc nhẹ lương cao", customer-care or casino jobs
 * in Cambodia/Myanmar/Laos, travel paid in advance, "đừng nói ba mẹ", crossing by a shortcut, and any job
 * abroad offered to someone under 18 (nobody under 18 may go abroad under contract, Law 69/2020 Art. 3(1)).
 * A general question about a lure is `possible` (FAQ + safety tip); being personally recruited is
 * `disclosed`; being held, sold or leaving now is `imminent`.
 */
const RECRUIT =
  'ru|moi|hua|nhan|dan|dua|tuyen|gioi thieu|sap xep|inbox|nhan tin|chao|xin cho|lo cho|' +
  'offer|offered|offers|recruit|recruiter|recruited|promised|promise|invited';
const HOLIDAY = 'du lich|tour|di choi|tham than|tham (ba|bo|me|ong|ba|nguoi than)|ve que|an tet';
const JOBISH = 'lam|viec|tuyen|luong|cong ty|job|work|pay|salary';

export const TRAFFICKING_RULES: readonly RuleSpec[] = [
  {
    id: 'tr.lure.question',
    category: 'trafficking',
    level: 'possible',
    patterns: [
      'viec nhe luong cao|viec nhe …2 luong cao|easy (job|work|money) …3 (high|good|big) (pay|salary|money)',
      '(cham soc khach hang|chay so|casino|song bac|game thu|choi game thue|lam online|sale|telesale|dealer|danh bac) …6 {SCAMZONE}',
      '{SCAMZONE} …6 (cham soc khach hang|chay so|casino|song bac|game thu|choi game thue|lam online|sale|dealer)',
      '{SCAMZONE} …6 (luong|thu nhap|kiem) …3 (/[0-9]+/ (trieu|do|usd|dola|dollar|nghin)|cao|gap|khung)',
      '(lam online|viec online|tuyen online|tai nha) …6 (luong|thu nhap) …3 (/[0-9]+/ (trieu|do|usd)|cao)',
      'chi can (biet )?(dung )?(may tinh|dien thoai|tieng viet|doc chu|biet chu)',
      '(dong|nop|chuyen) (tien )?(coc|phi|dat coc|phi ho so) …6 (vao lam|nhan viec|di lam|duoc lam|cho di|xuat canh)',
      '(job|work|jobs) …6 (cambodia|myanmar|laos|thailand|malaysia|dubai|abroad)',
    ],
    except: [HOLIDAY],
    note: 'A lure seen or asked about: answer the FAQ and add the red flags and 111.',
  },
  {
    id: 'tr.recruited',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [`(${RECRUIT}) …6 {SCAMZONE}`, `{SCAMZONE} …4 (${RECRUIT})`],
    except: [HOLIDAY],
    note: 'Personally recruited or invited for work in a lure destination.',
  },
  {
    id: 'tr.underage_abroad',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '{MINOR} …8 (di|sang|qua|xuat khau lao dong|xuat canh|bay) …2 {ABROAD}',
      '(di|sang|qua|xuat khau lao dong) …2 {ABROAD} …8 {MINOR}',
    ],
    requires: ['cong ty|moi gioi|trung tam|nhan|lo|bao|dam bao|khai them tuoi|lo giay to|van di duoc|ru|hua|recruiter|agency|agent|said|says|offered'],
    except: ['{LEGAL_Q}', HOLIDAY],
    note: 'A job abroad offered to someone under 18 (facts.md §0.7).',
  },
  {
    id: 'tr.paid_travel',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(lo|tra|mua|chiu|ung|dat) (san |het |truoc |giup |cho (em|minh|toi) )?(ve|ve may bay|ve xe|tien ve|tien xe)',
      'bao (ve may bay|ve xe|tien ve|chi phi|het chi phi|xe dua don|an o …3 ve)',
      '(pay|paid|pays|buy|bought|cover|covers) …3 (ticket|tickets|flight|travel)',
      '(ve|ve may bay|ve xe|tien ve|tien xe) (thi |se |la )?(ho|ben do|cong ty|nguoi ta|anh ay|chi ay|ong ay|ba ay|ben kia)? (lo|tra|chiu|bao|mua)',
    ],
    requires: [`{SCAMZONE}|{ABROAD}|${JOBISH}|nguoi tuyen dung|ben tuyen dung`],
    except: [HOLIDAY],
    note: 'The recruiter pays the travel in advance.',
  },
  {
    id: 'tr.secrecy',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(dung|khong duoc|dung co|cam|khong can|chua can) (noi|ke|bao|cho biet|tiet lo) (voi |cho )?(ai|ba me|bo me|gia dinh|nguoi nha|ba|me|bo|cha me|phu huynh)',
      '(do not|never) tell (anyone|my parents|your parents|your family|mom|dad)|keep it (a )?secret|if i do not tell anyone',
    ],
    requires: [`{SCAMZONE}|{ABROAD}|${JOBISH}|bien gioi|di theo|nguoi don|ve xe|ve may bay|ticket`],
    except: ['tang qua|mon qua|sinh nhat|bat ngo|surprise|gift|birthday'],
    note: 'Pressure to keep a job or trip secret from parents.',
  },
  {
    id: 'tr.border',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(duong tat|duong mon|loi mo|vuot bien|di chui|nhap canh lau|nhap canh trai phep|bang rung|dan duong) …6 ({SCAMZONE}|qua|sang)',
      'bien gioi …4 (don|dan|nguoi don|dua|di bo|vuot|qua)',
      '(khong can|khong co|ma khong co) (ho chieu|giay to|passport|visa)',
    ],
    except: [HOLIDAY],
  },
  {
    id: 'tr.bride',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(ga|lay chong|cuoi|lam dau|lay vo) …3 (trung quoc|nguoi trung quoc|dai loan|han quoc|nguoi han|nuoc ngoai)',
      'bi …2 (dua|dan|cho|ban|bat) (sang|qua|di|len|vao) …2 {ABROAD}',
    ],
    requires: ['mai moi|moi gioi|ba mai|dua|ga|giau|hua|bi|dan'],
    except: ['du dam cuoi|di du|ca nha di'],
    note: 'Marriage brokering across the border; being taken abroad.',
  },
  {
    id: 'tr.coerced_departure',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['(bat|ep|doa|buoc) …2 (phai )?(di|sang|qua|xuat canh|len duong|bay)', '(forcing|force|forced|make|making) me (to )?(go|leave|travel)'],
    requires: ['tuyen dung|moi gioi|coc|cong ty|{SCAMZONE}|recruiter|agency|deposit'],
    except: [HOLIDAY],
    note: 'Pressured to leave after taking a deposit or signing up.',
  },
  {
    id: 'tr.held',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      'bi …2 (giu|nhot|giam|ban|bat) (lai )?(o|tai|ben|sang|qua|trong)? …3 {SCAMZONE}',
      'bi ban (sang|qua|cho|vao|di|roi|lai|lan)',
      'tien chuoc|chuoc (nguoi|ve|em|minh|con|ra)|doi chuoc|bat …3 chuoc|ransom',
      '{SCAMZONE} …6 (nhot|khong cho ve|thu ho chieu|giu ho chieu|bat lam lua dao|bat lua dao|danh dap|chi tieu|dien giat)',
      '(nhot|bat lam lua dao|bat lua dao|khong cho ve|chi tieu|thu ho chieu) …8 {SCAMZONE}',
      '(stuck|held|trapped|locked|kept) (in|at) …3 (compound|cambodia|myanmar|laos|camp)',
      'sold (me|us|to)|scam compound',
    ],
    marked: ['bị bán'],
    except: ['{FICTION}'],
    negation: 'ignore',
    note: 'Held, sold or ransomed now.',
  },
];

/** Leaving with a recruiter now or very soon. */
export const TRAFFICKING_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'tr.boost.leaving',
    categories: ['trafficking'],
    patterns: [
      '(mai|ngay mai|sang mai|toi nay|dem nay|sap|tuan nay|lat nua|chieu nay) …3 (di|len duong|xuat phat|qua|sang|bay|len xe)',
      'dang (o|tren duong|tren xe) …3 ({SCAMZONE}|bien gioi)',
      '(leaving|leave|fly|flying) (tomorrow|tonight|today)',
    ],
  },
];
