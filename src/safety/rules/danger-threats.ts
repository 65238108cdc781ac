import type { RuleSpec } from '../rule-spec';

/**
 * Emergencies told without a keyword, round 3: locked in by someone ("khóa cửa ko cho em ra"), stranded at
 * night with someone approaching, a weapon brought to a fight, a stranger who knows where the teen lives.
 * Concepts from ../concepts.ts ({OTHER}, {ALARM}). A question or "if…" about them is capped (README policy).
 */
const NOT_REAL = '{FICTION}|{GAMES}|giai cuu|tro choi|tron tim|escape room|phong thoat hiem';

export const DANGER_THREAT_RULES: readonly RuleSpec[] = [
  {
    id: 'dg.locked_by',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(khoa|chot|dong) (trai |chat )?(cua|phong|cong|cua phong|cua lai|phong lai) (lai )?…2 (khong|chang) (cho|de) ({ME} )?(ra|ve|thoat|di ve|ra ve) !((ngoai )?(choi|net|di choi|xem))',
      '(locked|lock|locks) (the|my|our) (door|room) …3 (won t|will not|does not|do not) let (me|us) (out|leave|go)',
    ],
    except: [NOT_REAL, 'may (co|ma)|(da|duoc) (mo cua|tha)|bi phat|grounded|vi (sap thi|thi|hoc|ve tre|choi game)|de (hoc|on thi)'],
    negation: 'ignore',
    question: 'cap',
    note: 'Someone locked the door and will not let the teen out: "giờ họ khóa cửa ko cho em ra".',
  },
  {
    id: 'dg.stranded_night',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(bi bo lai|bo lai|ket lai|bi lac|lac|mot minh) (o|tai|giua) …4 (giua dem|nua dem|khuya|ban dem|dem|toi)',
      '({OTHER}) …3 (cu |dang |lai |cu lai |van )?(lai gan|tien lai|den gan|ap sat|sat lai|mo mam|ve van|keeps coming closer|coming closer)',
    ],
    requires: ['het pin|het tien|say|lai gan|so|mot minh|khong ai|nua dem|giua dem|khuya|ban dem|scared|alone|night'],
    except: [NOT_REAL, 'hen ho|crush|nguoi yeu|ny'],
    negation: 'ignore',
    question: 'cap',
    note: 'Stranded at night, or a stranger closing in: "bị bỏ lại ở bến xe giữa đêm… có ông say cứ lại gần".',
  },
  {
    id: 'dg.weapon_carried',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(co (dua|thang|nguoi|ong|ke|con)|tui no|bon no|tui|han|ho|thang do) (mang|cam|giau|dem|co) (theo )?(dao|sung|ma tau|kiem|rua|gay sat|tuyp sat|ong tuyp|gay|gach|xich)',
      '(he|they|someone|one of them) (has|brought|is carrying|carries|have) (a )?(knife|gun|knives)',
    ],
    requires: ['xu|danh|chem|dam|doi|cho|rinh|chan|hen|tan hoc|cong truong|vay|bao vay|danh nhau|fight|after school|waiting'],
    except: [NOT_REAL, 'got (trai cay|hoa qua)|nau an|bep|cat banh|cooking'],
    negation: 'ignore',
    question: 'cap',
    note: 'A weapon brought to a fight that is about to happen.',
  },
  {
    id: 'dg.doxxed',
    category: 'imminent_danger',
    level: 'disclosed',
    patterns: [
      '(biet|tim ra|tim duoc|dieu tra) (ca |het |luon |duoc |ro )?(nha|dia chi|ten truong|truong|lop|gio (tan hoc|di hoc|ve)|cho o|noi o|phong) …6 ({ME}) (o dau|roi|$)?',
      'gui (ca |luon )?(anh|hinh) (cong|nha|truong|cua|phong) (nha )?…2 ({ME})',
      '(knows|found|has) (where i live|my (address|school|house|home))|(sent|sends) (me )?(a )?(photo|picture|pic) of my (house|home|school|door)',
    ],
    requires: ['{OTHER}|nhan|tin nhan|inbox|doa|so|nguoi la|ke la|thang do|messaged|texted|stranger|scared'],
    except: [NOT_REAL, 'ban (em|minh) (biet|co)|shipper|giao hang|grab|dat hang|(thay|co) (biet|co)'],
    negation: 'ignore',
    // "nó biết nhà em ở đâu" is an account, though "ở đâu" reads as a question.
    question: 'cap_others',
    note: 'Someone threatening shows they know where the teen lives or studies.',
  },
  {
    id: 'dg.wrong_way',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['(chay|lai|re|di|cho) (sai|nham|khac|nguoc) (duong|huong) !(roi (tre|muon))', '(driving|going|taking me) (the )?wrong way|not taking me home'],
    requires: ['di nho|qua giang|xe om|grab|taxi|tai xe|ong|nguoi la|driver|stranger|so|scared|a man|a guy'],
    except: [NOT_REAL, 'tre (hoc|gio|lam)|late for|ket xe|google map|gps|ban do|dan duong|chi duong'],
    negation: 'ignore',
    question: 'cap',
    note: 'A driver taking the teen the wrong way: "đi nhờ xe một ông, giờ ổng chạy sai đường rồi".',
  },
  {
    id: 'dg.gas',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['mui gas|ro ri gas|ro gas|xi gas|gas bi ro|gas leak|smell (of )?gas|smells like gas'],
    except: [NOT_REAL, 'lap (dat )?(may|thiet bi|bao)|bao ro ri|cam bien|detector|alarm|nen (lam|lap)|phong tranh|het (mui|roi)|doi binh|binh moi|khong con'],
    negation: 'ignore',
    question: 'cap',
    note: 'A gas leak now.',
  },
  {
    id: 'dg.robbery',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['giat (tui|dien thoai|dt|day chuyen|vi|ba lo|xe|bong tai|cap)|cuop (giat|tui|dien thoai|xe)|snatched my|mugged|robbed me'],
    requires: ['quay lai|dang|gio|vua|van|con theo|now|just|following|coming back'],
    except: [NOT_REAL, 'phong chong|canh bao|bao (chi|dang)|news'],
    negation: 'ignore',
    question: 'cap',
    note: 'Robbed just now, the robbers still around: "giật túi, giờ tụi nó quay lại".',
  },
  {
    id: 'dg.fire_signs',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['khoi den (bay|boc|cuon|tran|mu|day)|boc mui khet|khoi (bay|tran|cuon) (vao|sang|khap) (nha|phong)|smoke (coming|everywhere|filling)'],
    except: [NOT_REAL, 'com|noi|chao|banh|nau|bep|do an|chien|nuong|xe (may|o to)|ong xa'],
    negation: 'ignore',
    question: 'cap',
    note: 'Smoke or burning smell spreading: a fire not named as such.',
  },
];
