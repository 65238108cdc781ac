import type { RuleSpec } from '../rule-spec';

/**
 * Trafficking told indirectly (round 2): a marriage abroad arranged for money, "bên kia lo hết", an offer with
 * the classic lure signs, a cover story for the airport, a deposit to "keep a place", a ransom demand without
 * the word "chuộc", forced scamming, being taken "sang bên kia". Concepts from ../concepts.ts: {MARRY} +
 * {FOREIGN}; {CARE_ALL}; {LURE_SIGN}; {OVERTHERE}. A question about them is capped (README policy).
 */
const NOT_REAL = '{FICTION}';
const HOLIDAY =
  'du lich|tour|di choi|tham than|ve que|an tet|nghi mat|hoc bong|du hoc|trao doi hoc sinh|holiday|vacation|family trip|' +
  'studying|study abroad|scholarship|exchange';
/** Ordinary arrangements: school, family, a class event. */
const ORDINARY =
  'truong (lo|tra|bao)|hoc bong|du hoc|trang tri|van nghe|lop (minh|em)|(bo|me|ba|ong|cha) (em |minh )?(lo|tra|bao)|' +
  'ca nha|gia dinh (lo|tra)|school|scholarship|my (dad|mom|parents)|tour|nha truong|cong ty (bo|me) (em|minh)|' +
  '(lo|bao) het (phan|khau|vu|mang|cac khau)|buoi (dien|le|tiec|bieu dien)|su kien|am thanh|san khau';
/** A job, a place across the border, a recruiter or a marriage: what makes "lo hết" a lure. */
const LURE_CONTEXT =
  '{SCAMZONE}|{ABROAD}|bien gioi|lam|viec|tuyen|luong|lay chong|ga|di theo|recruit|recruiter|' +
  'job|work|marry|ru|hua|dan|giay to|{ID}|passport|visa|ve may bay|flight|ticket|xuat canh';

export const TRAFFICKING_INDIRECT_RULES: readonly RuleSpec[] = [
  {
    id: 'tr.marriage',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['({MARRY}) …6 ({FOREIGN})', '({FOREIGN}) …6 ({MARRY})'],
    requires: [
      'mai moi|moi gioi|ba mai|ru|hua|dua|ga|nha trai|tien|trieu|sinh le|{CARE_ALL}|tra no|cho nha|offer|offered|handle|' +
        'rich|money|pay|paid|broker|{MINOR}|dan|dam bao|xem mat|ep|bat|gia dinh nha|em moi|chua du tuoi|sang do|sent|being sent|' +
        'never met|khong quen|chua (tung )?gap|arranged|forced|chua bao gio gap',
    ],
    except: [
      NOT_REAL,
      've tham|hanh phuc|de thuong|dam cuoi (vui|cua|chi|anh)|du dam cuoi|chi dau|anh re|sap cuoi vo|honeymoon|' +
        'nam ngoai|married (a|an|to) …3 (and|they)|happily|visit',
    ],
    note: 'A marriage abroad arranged for money or by a broker ("lấy chồng bên Trung, nhà trai cho 100 triệu").',
  },
  {
    id: 'tr.care_all',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['{CARE_ALL}'],
    requires: [LURE_CONTEXT],
    except: [NOT_REAL, HOLIDAY, ORDINARY],
    note: '"Bên kia lo hết", "they\'ll take care of everything": everything arranged by the recruiter.',
  },
  {
    id: 'tr.lure_sign',
    category: 'trafficking',
    level: 'possible',
    patterns: ['{LURE_SIGN}'],
    requires: ['{SCAMZONE}|{ABROAD}|ben kia|bien gioi|recruit|recruiter|tuyen dung|nguoi tuyen|xuat canh|passport|visa|ve may bay|flight'],
    // The teen asking how to cross without papers is an illegal-request refusal, not a lure (./illegal.ts).
    except: [NOT_REAL, HOLIDAY, ORDINARY, 'how (to|do i|can i)|(cach|lam sao|lam the nao) (de )?(di|qua|sang|vuot)'],
    note: 'A lure sign in a job or travel offer: bring only your ID, no experience needed, pay back from wages.',
  },
  {
    id: 'tr.cross_offer',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(dua|dan|don|cho|ru|hua|hen|dat) ({ME} )?…3 ({OVERTHERE}|qua bien gioi|sang bien gioi|ra bien gioi|len bien gioi)',
      '(dua|dan|don|ru|hua|hen|moi|tuyen|goi) ({ME} )?(len|ra|xuong|vao|toi|den|qua|sang) ({BORDER_TOWN}) …4 (lam|kiem tien|phuc vu|ban hang|bung be)',
      '(ru|hua|moi|tuyen|nhan) ({ME}) …4 ({OVERTHERE}) …3 (lam|kiem|luong)',
      '(tren (mang|fb|facebook|zalo|tiktok|game|telegram)|nguoi la|nguoi quen) …4 (bao|keu|noi|ru|hua|moi) …3 ({OVERTHERE}|{SCAMZONE}) …3 (lam|kiem|luong)',
    ],
    requires: [
      '(quen|ban|nguoi yeu|ny) …3 (qua mang|online|facebook|fb|zalo|tiktok|game)|tren (mang|fb|facebook|zalo|tiktok|game)|lam|viec|luong|lo het|nguoi la|' +
        '{CARE_ALL}|{LURE_SIGN}|dung noi|cao lam',
    ],
    except: [NOT_REAL, 'ben kia (duong|song|pho)|(bo|me|ba|ca nha) (dan|dua|cho)'],
    note: 'Taken or invited "qua bên kia" / to the border by an online contact or for work.',
  },
  {
    id: 'tr.going',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '({SELF}|ban em|ban minh) …5 {SCAMZONE} …3 (lam|lam viec|phuc vu|lam quan|ban hang|kiem tien|di lam|nhap lieu|cham soc khach hang|lam online)',
    ],
    requires: ['voi (chi|anh|co|chu|ban|nguoi)|cung (chi|anh|co|chu|ban|nguoi)|ru|hua|don|dua|lo|bao|hen|tuyen|moi gioi|{CARE_ALL}|{LURE_SIGN}|quen qua'],
    except: [NOT_REAL, HOLIDAY, 'muon|sau nay|uoc|du dinh|co nen|tuong lai|hop phap|chinh thuc'],
    note: 'The teen about to go to a lure destination to work with someone who arranged it.',
  },
  {
    id: 'tr.secret_departure',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(bao|dan|noi|bat|keu|told|said) …3 (di|tron di|len duong) (am tham|lang le|bi mat|ma khong (noi|bao))',
      '(toi|den|qua|sang) (noi|do|ben do) (roi )?(hay|moi) (bao|goi|lien lac|nhan tin|noi) …2 (nha|gia dinh|bo me|ba me|ve nha|ve)',
      '(can|could|should|will) (tell|call) (my|your) (family|parents|mom|dad) (after|once|when) …3',
    ],
    except: [NOT_REAL, 'bat ngo|surprise|sinh nhat|birthday'],
    note: 'Told to leave quietly and call the family only after arriving.',
  },
  {
    id: 'tr.cover_story',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(ai hoi|hai quan hoi|cong an hoi|bien phong hoi|(neu|khi) (ai|co ai|cong an|hai quan) hoi|bi hoi) …3 (thi )?(noi|bao|khai|tra loi) (la )?…2 (di du lich|di choi|tham (nguoi than|ho hang|ban|bo|me|chi|anh|co|di)|du lich|ve que)',
      'if (anyone|they|someone|police|customs|immigration) (asks|ask) …4 (say|tell them) …3 (tourist|visiting|holiday|vacation|trip|cousin|family|uncle|aunt)',
    ],
    except: [NOT_REAL],
    note: 'Told what to say at the airport or the border: a trafficking sign.',
  },
  {
    id: 'tr.deposit.asked',
    category: 'trafficking',
    level: 'disclosed',
    patterns: ['(bao|bat|doi|yeu cau|ep|keu|told|asked|wants) ({ME}) …3 (coc|dat coc|dong|nop|chuyen|pay|deposit) …8 (giu suat|giu cho|vao lam|nhan viec|di lam|xuat canh|duoc di|lo visa|lam ho chieu|the job|a place|a spot)'],
    requires: ['{SCAMZONE}|{ABROAD}'],
    except: [NOT_REAL, HOLIDAY],
    note: 'The teen asked for a deposit to keep a job abroad.',
  },
  {
    id: 'tr.deposit',
    category: 'trafficking',
    level: 'possible',
    patterns: ['(coc|dat coc|tien coc|phi giu cho|phi ho so|dong tien|nop tien|chuyen tien|deposit|fee) …6 (giu suat|giu cho|vao lam|nhan viec|di lam|xuat canh|duoc di|lo visa|lam ho chieu|hold (my|a) (place|spot)|the job)'],
    requires: ['{SCAMZONE}|{ABROAD}'],
    except: [NOT_REAL, HOLIDAY],
    note: 'A deposit to keep a job abroad: a lure sign (FAQ + tip).',
  },
  {
    id: 'tr.ransom_demand',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      '(muon|neu muon|de) (tha|tra|cho ve|tha cho|chuoc|dua ve) …4 (thi |phai )?(chuyen|gui|nop|dua|mang|dong) …3 (tien|trieu|ty|/[0-9]+/)',
      '(if you want|to get) …4 (back|released|free|home|alive) …4 (send|pay|transfer|wire) …3 (money|usd|dollars|/[0-9]+/)',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
    question: 'keep',
    note: 'A ransom demand without the word "chuộc": "muốn thả thằng Tú thì chuyển 200 triệu".',
  },
  {
    id: 'tr.forced_scam',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      '(bat|ep|buoc|bi bat|bi ep) …4 (lua (nguoi|dao|khach|tien)|lua nguoi ta|chat lua|danh lua|go lua|dong vai|scam)',
      '(forced|forcing|force|made|make|making) (me|us|them|him|her) (to )?(scam|defraud|trick people)|forced to scam',
    ],
    requires: ['may tinh|dien thoai|tieng|ngay|chi tieu|khach|online|{SCAMZONE}|ben kia|compound|target|quota|hours|nhot|khong cho ve'],
    except: [NOT_REAL, 'crush|tro dua|prank|game'],
    negation: 'ignore',
    note: 'Made to scam people online (scam compounds).',
  },
  {
    id: 'tr.taken_over',
    category: 'trafficking',
    level: 'imminent',
    patterns: [
      'bi …2 (dua|dan|cho|ban|bat|chuyen) (sang|qua|di|len) …2 (ben kia|ben do|bien gioi|{SCAMZONE})',
      '(driving|taking|bringing|sending|moving|smuggling|transporting) (me|us) (to|across|over) …2 (border|{SCAMZONE})',
      '(i m|we re|i am|we are) (at|near|on the way to|going to) the border …8 (cross|crossing|smuggle|sneak|man|guy|they)',
      '(vuot|qua|bang qua) (bien gioi|song|rung) …3 (ban dem|luc dem|toi nay|dem nay|bang duong mon|lau)',
    ],
    except: [NOT_REAL, HOLIDAY],
    negation: 'ignore',
    note: 'Taken across the border ("em bị đưa sang bên kia").',
  },
  {
    id: 'tr.cross_secret',
    category: 'trafficking',
    level: 'disclosed',
    patterns: [
      '(dua|dan|don|cho|ru|hua|hen) ({ME} )?…2 (qua|sang|vuot) (ben kia|ben do|song|suoi|nui|rung|bien gioi) …4 (lam|kiem tien|lam viec|lam an)',
    ],
    requires: ['{SECRET}|khong cho ai biet|(dung|khong duoc) (noi|bao|ke)|am tham|lang le|ban dem|nua dem|giau'],
    except: [NOT_REAL, HOLIDAY, '(bo|me|ba|ca nha) (dan|dua|cho)'],
    note: 'Taken across a river or a mountain to work, in secret (round 3): "sáng mai đưa em qua bên kia sông làm, ko cho ai biết".',
  },
];
