import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Trafficking and scam-compound lures (facts.md §3.3, §4): "việc nhẹ lương cao", customer-care or casino jobs
 * in Cambodia/Myanmar/Laos, travel paid in advance, "đừng nói ba mẹ", crossing by a shortcut, and any job
 * abroad offered to someone under 18 (nobody under 18 may go abroad under contract, Law 69/2020 Art. 3(1)).
 * A general question about a lure is `possible` (FAQ + safety tip); being personally recruited is
 * `disclosed`; being held, sold or leaving now is `imminent`. A question or "if…" about these ("sang nước ngoài
 * làm bị giữ hộ chiếu thì sao?") is capped at `possible` (README policy); a ransom demand never is.
 */
const RECRUIT =
  'ru|moi|hua|nhan|dan|dua|tuyen|gioi thieu|sap xep|inbox|nhan tin|chao|xin cho|lo cho|' +
  'offer|offered|offers|recruit|recruiter|recruited|promised|promise|invited|found|contacted|messaged|approached|' +
  'dmed|texted|reached out|added|ket ban|said (i|we|you) (could|can|would|will|d|ll)|told me (i|we) (could|can)|' +
  'said (she|he|they) (can|could|will|would) (get|find|give|arrange)';
const HOLIDAY =
  'du lich|tour|di choi|tham than|tham (ba|bo|me|ong|ba|nguoi than)|ve que|an tet|nghi mat|hoc bong|du hoc|' +
  'holiday|vacation|studying|study abroad|scholarship';
const JOBISH = 'lam|viec|tuyen|luong|cong ty|job|work|pay|salary|recruiter|agency|employer|boss|moi gioi';
/** Who makes the offer: recruiting is personal only with a person as subject or the teen as object. */
const RECRUITER =
  'co nguoi|nguoi quen|nguoi la|ai do|mot nguoi|anh ay|chi ay|ong ay|ba ay|anh ta|chi ta|co ay|ban|ban em|ban minh|' +
  'ban than|ban be|nguoi yeu|chi ho|anh ho|chu|cau|di|mo|thim|ho|nguoi ta|moi gioi|ben tuyen dung|nguoi tuyen dung|' +
  'cong ty|trung tam|ad|admin|someone|friend|a guy|a man|a woman|a girl|recruiter|agency|agent|broker|they|he|she|' +
  'page|nhom|acc|nick|tai khoan|tren (fb|facebook|zalo|tiktok|mang|telegram|insta)|on (facebook|tiktok|telegram|zalo|instagram)';
/** A third party (not the teen) who says or offers something. */
const SAYER =
  'ho|nguoi ta|anh ay|chi ay|anh ta|chi ta|ong ay|ba ay|co nguoi|nguoi la|nguoi quen|chu|sep|trung tam|cong ty|' +
  'moi gioi|ben do|ben tuyen dung|nguoi tuyen dung|they|he|she|someone|recruiter|agency|agent|broker|company|center|centre|boss';
/** Jobs used as lures for scam compounds and exploitation abroad. */
const LURE_WORK =
  'cham soc khach hang|chay so|casino|song bac|game thu|choi game thue|lam online|sale|telesale|dealer|danh bac|' +
  'nhap lieu|danh may|nhan vien van phong|phuc vu nha hang|phuc vu quan|karaoke|massage|mau anh|nguoi mau|giup viec|call center|data entry';
/** Reading about lures, asking how to spot them, having reported one: not an account (round 3). */
const NEWS =
  'dau hieu|nhan biet|cach (nhan biet|phan biet|tranh)|report|bao cao|to cao|doc bao|tren bao|bao chi|tin tuc|thoi su|' +
  'biet (la|no la) lua|nhieu nguoi bi|red flags|signs of|the news|in the news';
const PARENTS = 'ba me|bo me|gia dinh|cha me|phu huynh|nguoi nha|my parents|my family|your parents|your family|mom|dad|my mom|my dad';

export const TRAFFICKING_RULES: readonly RuleSpec[] = [
  {
    id: 'tr.lure.question',
    category: 'trafficking',
    level: 'possible',
    patterns: [
      'viec nhe luong cao|viec nhe …2 luong cao|easy (job|work|money) …3 (high|good|big) (pay|salary|money)',
      `(${LURE_WORK}) …6 {SCAMZONE}`,
      `{SCAMZONE} …6 (${LURE_WORK})`,
      '{SCAMZONE} …6 (luong|thu nhap|kiem) …3 (/[0-9]+/ (trieu|do|usd|dola|dollar|nghin|cu|tr)|/[0-9][0-9][0-9]+/|cao|gap|khung)',
      '(luong|thu nhap) …3 (/[0-9]+/ (trieu|do|usd|dola|dollar|nghin|cu|tr)|/[0-9][0-9][0-9]+/|cao|khung) …6 {SCAMZONE}',
      '(lam online|viec online|tuyen online|tai nha) …6 (luong|thu nhap) …3 (/[0-9]+/ (trieu|do|usd)|cao)',
      'chi can (biet )?(dung )?(may tinh|dien thoai|tieng viet|doc chu|biet chu)',
      '(dong|nop|chuyen) (tien )?(coc|phi|dat coc|phi ho so) …6 (vao lam|nhan viec|di lam|duoc lam|cho di|xuat canh)',
      '(job|work|jobs) …6 (cambodia|myanmar|laos|thailand|malaysia|dubai)',
    ],
    except: [HOLIDAY, NEWS],
    note: 'A lure seen or asked about: answer the FAQ and add the red flags and 111.',
  },
  {
    id: 'tr.recruited',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      `(${RECRUITER}) …2 (${RECRUIT}) !(nguoi|lao dong|tre em|hoc sinh|workers|people) …8 {SCAMZONE}`,
      `(${RECRUIT}) ({ME}|ban em|ban minh|my friend|my brother|my sister) …6 {SCAMZONE}`,
      `(duoc|bi|been|was|were|got) (${RECRUIT}) …6 {SCAMZONE}`,
      `{SCAMZONE} …4 (${RECRUIT}) ({ME})`,
      '{SCAMZONE} …10 (keu|bao|giuc|ru|hoi|moi|thuyet phuc) ({ME}) …3 (di|sang|qua|lam|nghi hoc)',
      '(job offer|an offer|offer letter|got an offer|offered a job|nhan duoc loi moi|co loi moi) …6 {SCAMZONE}',
    ],
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
    except: [HOLIDAY],
    question: 'drop_legal',
    note: 'A job abroad offered to someone under 18 (facts.md §0.7).',
  },
  {
    id: 'tr.paid_travel',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(lo|tra|mua|chiu|ung|dat) (san |het |truoc |giup |cho (em|minh|toi) )?(ve|ve may bay|ve xe|tien ve|tien xe)',
      'bao (ve may bay|ve xe|tien ve|het chi phi|tron goi chi phi|xe dua don|an o …3 ve)',
      '(pay|paid|pays|buy|bought|cover|covers) …3 (ticket|tickets|flight|travel)',
      '(ve|ve may bay|ve xe|tien ve|tien xe) (thi |se |la )?(ho|ben do|cong ty|nguoi ta|anh ay|chi ay|ong ay|ba ay|ben kia|ong|anh|chi|han)? (da )?(lo|tra|chiu|bao|mua|chuyen|gui|ck|chuyen khoan)',
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
      `not to tell (anyone|${PARENTS})`,
      `(dung|khong duoc|cam|khong|chua|dung co) (cho|de) (ai|${PARENTS}|ba|me|bo) (biet|hay)`,
      `(giu|giau) (bi mat|kin) (voi|khong cho) …2 (${PARENTS}|ba|me|bo)`,
      '(can|could) tell (my|your) (family|parents) (after|once|when) …2 (leave|go|arrive|get there|there)',
    ],
    requires: [
      `{SCAMZONE}|{ABROAD}|${JOBISH}|bien gioi|di theo|nguoi don|ve xe|ve may bay|ticket|leave|xe don|co xe|don (em|minh|o)|` +
        'pick (me|you) up|paid for|bring (my|your) (id|passport)|{CARE_ALL}|{LURE_SIGN}',
    ],
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
      '(ga|lay chong|lam dau) …3 (trung quoc|nguoi trung quoc|dai loan|han quoc|nguoi han|nuoc ngoai)',
      'bi …2 (dua|dan|cho|ban|bat) (sang|qua|di|len|vao) …2 {ABROAD}',
    ],
    requires: ['mai moi|moi gioi|ba mai|dua|ga|giau|hua|bi (dua|dan|ga|ban|bat|ep)|dan'],
    except: ['du dam cuoi|di du|ca nha di'],
    note: 'Marriage brokering across the border; being taken abroad.',
  },
  {
    id: 'tr.coerced_departure',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['(bat|ep|doa|buoc) …2 (phai )?(di|sang|qua|xuat canh|len duong|bay)', '(forcing|force|forced|make|making) me (to )?(go|leave|travel)'],
    requires: ['tuyen dung|moi gioi|dat coc|tien coc|coc (tien|/[0-9]+/)|cong ty|{SCAMZONE}|recruiter|agency|deposit'],
    except: [HOLIDAY, '{GAMES}|{FICTION}|giai cuu'],
    note: 'Pressured to leave after taking a deposit or signing up.',
  },
  {
    id: 'tr.held',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      'bi …2 (giu|nhot|giam|ban|bat) (lai )?(o|tai|ben|sang|qua|trong)? …3 {SCAMZONE}',
      'bi ban (sang|qua|cho|vao|di|roi|lai|lan)',
      'bi …2 (dua|dan|cho|ban|bat|chuyen) (sang|qua|di|len) …2 {SCAMZONE} …6 (bat|ep|nhot|khong cho|thu|giu|lua)',
      '{SCAMZONE} …8 (nhot|khong cho ve|thu ho chieu|giu ho chieu|bat lam lua dao|bat lua dao|danh dap|bi danh|chi tieu|dien giat|(lay|thu|giu) (het )?giay to|khong cho (lien lac|goi)|xin …2 cuu|cuu (em|chi|anh|con|voi))',
      '{SCAMZONE} …6 (khong|chang) (the )?(ve|thoat|tron) (duoc|ra duoc|nha)',
      '(locked up|held|trapped|stuck|kept) …3 (abroad|overseas|cambodia|myanmar|laos|china|thailand|malaysia)',
      '(nhot|bat lam lua dao|bat lua dao|khong cho ve|chi tieu|thu ho chieu) …8 {SCAMZONE}',
      '(stuck|held|trapped|locked|kept) (in|at) …3 (compound|cambodia|myanmar|laos|camp)',
      'sold (me|us|to)|scam compound',
    ],
    marked: ['bị bán'],
    except: ['{FICTION}'],
    negation: 'ignore',
    note: 'Held or sold now.',
  },
  {
    id: 'tr.ransom',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      'tien chuoc|chuoc (nguoi|ve|em|minh|con|ra)|doi chuoc|bat …3 chuoc|ransom',
      '(goi|nhan tin|nhan|bat|bao) …3 doi (tien|tien chuoc)|doi (tien|tien chuoc) (moi )?(tha|cho ve|tra nguoi)',
      '(demand|demands|demanded|demanding) …2 (money|ransom|cash|payment)',
      '(calls|messages|texts|call|calling) …3 (asking|demanding) (for )?(money|ransom|cash)',
      '(want|wants|asking for|ask for|demand|demanding) …3 (/[0-9]+/|money|dollars|usd) …4 (to let (him|her|them|me) go|to release|for (him|her|them) (back|to come home))',
    ],
    requires: ['chuoc|ransom|{SCAMZONE}|{ABROAD}|giu|bat coc|nhot|mat lien lac|khong lien lac|held|kidnap|missing|taken|went to work'],
    except: ['{FICTION}'],
    negation: 'ignore',
    question: 'keep',
    note: 'A ransom demand for someone held: imminent however it is phrased ("…thì làm sao?" included).',
  },
  {
    id: 'tr.lured',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(bi|da bi) (lua|du|du do|gat|dan du|ru re|lua dao) …3 {SCAMZONE}',
      '(lured|tricked|trafficked|taken|sold) (to|into) …3 (cambodia|myanmar|laos|thailand|malaysia|china|dubai|abroad|a scam|a compound)',
    ],
    except: ['{FICTION}', HOLIDAY, NEWS],
    note: 'Lured or tricked into going to a lure destination.',
  },
  {
    id: 'tr.missing',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['mat lien lac|bat vo am tin|khong (the )?lien lac (duoc|voi)|lost contact|went missing|is missing|stopped answering'],
    requires: ['di lam|lam xa|di xa|{SCAMZONE}|{ABROAD}|work|job|recruit|tuyen|sang|qua'],
    except: ['{FICTION}', HOLIDAY],
    note: 'Someone who left for work and cannot be reached.',
  },
  {
    id: 'tr.far_job',
    category: 'trafficking',
    level: 'possible',
    patterns: [
      '(ru|moi|du|lua|dan|hua|nhan loi) …8 (di lam xa|lam xa|di xa|xa nha)',
      '(invited|lured|offered|recruited|tricked|promised) …4 (far away|far from home)',
    ],
    except: [HOLIDAY],
    note: 'Invited or lured to work far from home: a safety tip.',
  },
  {
    id: 'tr.secrecy.asked',
    category: 'trafficking',
    level: 'possible',
    patterns: [
      `(${SAYER}) (co |cu |da )?(noi|bao|dan|keu|said|says|told me|tells me) …2 (dung|khong duoc|cam|khong can|chua can|do not|not to|never) (noi|ke|bao|cho biet|tell) (voi |cho )?(${PARENTS})`,
    ],
    except: ['sinh nhat|bat ngo|surprise|qua|gift|birthday'],
    note: 'Someone asks the teen to keep something from their parents: a warning sign even without a job named.',
  },
  {
    id: 'tr.fake_age_offer',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      `(${SAYER}) …3 (sua|doi|khai tang|khai them|lam gia|nang) (lai )?(tuoi|nam sinh|giay to|ho so|giay khai sinh)`,
      `(${SAYER}) …3 (change|fix|fake|forge|alter|edit) …3 (age|papers|documents|passport|birth)`,
      '(bao|noi|dan|keu|said|told me to) …2 (khai|ghi) (la )?(/1[89]|2[0-9]/) (tuoi |t )?(la duoc|cho|thi|la xong)?',
    ],
    requires: ['{ABROAD}|di|sang|qua|xuat canh|di lam|go|leave|work|job|abroad'],
    note: 'A recruiter offers to fake a minor\'s age or papers (facts.md §0.7: nobody under 18 abroad under contract).',
  },
  {
    id: 'tr.phones_taken',
    category: 'trafficking',
    level: 'imminent',
    patterns: ['(thu|lay|giu|tich thu|collected|took|take) (het |all |luon )?(dien thoai|dt|phones|our phones|my phone|sim)'],
    requires: ['(tren|len) xe|tai xe|xe khach|dang di|sap toi|bien gioi|driver|on the (bus|van|boat)|{SCAMZONE}|qua song|len tau'],
    except: ['{FICTION}', 'thi|kiem tra|lop|truong|co giao|thay|exam|bo me|me|ba|hoc'],
    negation: 'ignore',
    note: 'Phones collected by the driver on the way to "the job": trafficking in progress (round 3).',
  },
];

/** Leaving with a recruiter now or very soon. */
export const TRAFFICKING_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'tr.boost.leaving',
    categories: ['trafficking'],
    patterns: [
      '(mai|ngay mai|sang mai|toi nay|dem nay|sap|tuan nay|lat nua|chieu nay) …4 (di|len duong|xuat phat|qua|sang|bay|len xe|don|xe don|co xe|dua|dan|ra (ben xe|san bay|bien gioi))',
      '(di|len duong|xuat phat|bay|len xe|don) …3 (luon )?(mai|ngay mai|toi nay|dem nay|tuan nay|chieu nay|sang mai|lat nua)',
      'dang (o|tren duong|tren xe) …3 ({SCAMZONE}|bien gioi)',
      '(leaving|leave|fly|flying) (tomorrow|tonight|today)',
      '(picking (me|us) up|pick (me|us) up|coming for (me|us)|driving (me|us)|taking (me|us)) …3 (tomorrow|tonight|today|in the morning)',
      '(tomorrow|tonight|today) …4 (pick|picking|leave|leaving|fly|flying|drive|driving)',
    ],
  },
];
