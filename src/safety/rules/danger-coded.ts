import type { RuleSpec } from '../rule-spec';

/**
 * Emergencies told without a keyword (round 2): someone forcing the teen's door, lurking outside, following,
 * taking them somewhere in a car, the teen hiding from someone, a person collapsing, a fire. Built as concept
 * combinations (../concepts.ts): {OTHER} (someone not the teen) + an action + the teen's place or a sign of
 * fear ({ALARM}). Always `imminent`; a question or "if…" about them is capped (README policy).
 */
const NOT_REAL = '{FICTION}|{GAMES}|giai cuu|tro choi|tron tim|ghost|escape room|phong thoat hiem';
/** People who come to the door for ordinary reasons. */
const ORDINARY = 'shipper|giao hang|hang xom|buu dien|dua thu|khach|ban (em|minh) (den|toi|qua)|bo (em )?ve|me (em )?ve|delivery|pizza|mailman|neighbor|neighbour';
const SOCIAL = 'tiktok|instagram|insta|facebook|fb|youtube|twitter|follow|follower|followers|kenh|fanpage|page|subscribe|sub|threads|tren mang|online|on (ig|x|social)';

export const DANGER_CODED_RULES: readonly RuleSpec[] = [
  {
    id: 'dg.forced_entry',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '({OTHER}|nguoi|tieng|ai) …3 ({FORCE_IN}) (tung |vo |khoa )?(cua|khoa|cong|cua so|o khoa) !(hang|tiem|quan|hieu|khau|cho)',
      '({OTHER}) …2 (dang co|co|co gang|tim cach|dang tim cach|cu|dang|van) (mo|vat|giat|lay chia khoa mo) (cua|khoa|cong|cua so|o khoa) !(hang|tiem|quan|hieu|khau|sau|cho|lon)',
      '({OTHER}) …3 (leo|treo|chui|lan) (vao|qua) (nha|phong|cua so|cong|tuong|ban cong)',
      '({OTHER}) (is |s |are |re |keeps |keep |has been |have been |was )?(trying to )?(open|opening|break|breaking|force|forcing|kick|kicking|bang|banging|pound|pounding|jiggle|jiggling|climb|climbing|get|getting|unlock|unlocking) …2 ((in|into) )?(my|the|our) (door|bedroom door|room|house|home|window|apartment|lock)',
      'trying to (open|get into|break into|get in|unlock) (my|the|our) (door|room|bedroom|house|window)',
      '({OTHER}) …3 (broke|break|breaking) (into|in) (our|my|the) (house|home|apartment|room|flat)',
      '(house|home|apartment|flat) (was|got|has been|is being) broken into',
    ],
    unless: ['mo cua (cho|giup|ho|gium) …2', '(open|opening|unlock) …2 for (me|us)'],
    except: [NOT_REAL, ORDINARY],
    negation: 'ignore',
    question: 'cap',
    note: 'Someone forcing the door, climbing in: "có người đang cố mở cửa phòng em".',
  },
  {
    id: 'dg.knocking',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['({OTHER}) …3 (go|dap|dam|bam chuong|lay) (cua|chuong)', '(go|dap|dam) cua …3 (doi vao|bat mo|doi mo|muon vao|doi mo cua)', '(tieng|nghe) (ai|nguoi|co nguoi) …2 (mo|cay|day|keo|vat) (cua|cua so|cong|khoa)', '(knocking|banging|pounding) (on )?(my|the|our) (bedroom |bathroom |toilet |front |stall )?(door|window)'],
    requires: ['{ALARM}'],
    except: [NOT_REAL, ORDINARY, 'go cua (phong )?(bo|me|ba|anh|chi|em trai|em gai)'],
    negation: 'ignore',
    question: 'cap',
    note: 'Knocking or ringing that frightens a teen home alone at night.',
  },
  {
    id: 'dg.lurking',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '({OTHER}) …2 (dang |cu |van |da |lai )?(rinh|dung|ngoi|nap|lang vang|lo vo|do tham|doi|cho|nhin|quanh quan|dau xe|do xe|dung nhin) …3 (ngoai|truoc|duoi|sau|quanh|canh|o|ngay|tai) (cua so|cua|cong|nha|phong|hem|ngo|truong|cau thang|goc|goc duong|ben xe|tram xe)',
      '(rinh|nhin trom|nhin len|lang vang|do tham|theo doi) …3 (cua so|cua|cong|nha|phong) ({ME}|nha {ME}|phong {ME})',
      '({OTHER}) (is |s |has been |keeps |keep |was )?(outside|at|near|in front of|parked outside|watching|staring at|staring into) (my|our) (bedroom )?(house|home|door|window|room|school|building|apartment)',
      '(keeps|kept|has been|have been|is|s) (driving|walking|circling|coming) (past|around|by|back to) (our|my) (house|home|school|building)',
    ],
    requires: [
      'nguoi la|ke la|ong la|thang la|xe la|rinh|nhin trom|nhin vao|nhin chong chong|nhin len|mot minh|so|khong chiu (di|ve)|' +
        'hoai|lau|nay gio|may hom|tu (chieu|sang|toi|hom qua)|dem|khuya|lang vang|do tham|nap|{ALARM}|stranger|staring|watching|' +
        'doi no|dot nha|giet|chem|doa|tat axit|xu',
    ],
    except: [NOT_REAL, ORDINARY, 'don (em|minh)|cho (em|minh) (di|ve)|doi (em|minh) (di|ve|hoc)'],
    negation: 'ignore',
    question: 'cap',
    note: 'A stranger waiting or watching outside the teen\'s home or window.',
  },
  {
    id: 'dg.followed_any',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '({OTHER}) (dang |cu |van |da |lai |hay )?(theo|bam|duoi|bam duoi|di theo|chay theo|dap xe theo|chay xe theo|lai xe theo|lang vang theo|bam theo|(chay|di|lai|dap xe) (cham|tu tu|sat|lang vang) theo) ({ME}) !(di choi|di hoc|choi|hoc|lam|an|di an|ve que|tap|luyen|nhe|nha|het|vao nhom|ve phe)',
      '({OTHER}) (is |s |has been |keeps |keep |was |are |have been )?(following|followed|stalking|chasing|tailing) (me|us)',
      'bi (nguoi la|mot ong|ong la|thang la|ke la|ai do|may nguoi|xe la|mot nguoi|mot thang|nguoi dan ong|mot xe|xe may|tui no|bon no) …2 (theo doi|theo|bam theo|di theo|theo duoi|rinh|bam duoi|chay theo) (suot|tu|den|toi|ve|hoai|nay gio|ca|may|$)',
    ],
    except: [NOT_REAL, SOCIAL],
    negation: 'ignore',
    question: 'cap',
    note: 'Being followed, said with "theo em" / "bám em" or in English.',
  },
  {
    id: 'dg.taken',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(nguoi la|ke la|ong la|thang la|xe la|may nguoi la|may nguoi|mot ong|mot nguoi|mot thang|ai do|co nguoi|nguoi dan ong|stranger|strangers|someone|a man|a guy) …6 ' +
        '(keu|goi|ru|du|bao|ep|doi|muon|bat|keo|loi|ru re|moi|day) ({ME} )?(len|vao|theo) (xe|oto|o to|xe hoi|taxi|xe tai|xe khach)',
      '(cho|dua|dan|keo|bat|mang) …3 (di dau|toi dau|den dau|di dau do) (khong|chang) (biet|ro)',
      '(khong|chang) (cho|de) ({ME} )?(xuong|ra khoi) (xe|oto|o to)',
      '(dang )?(o )?tren xe …6 (khong biet|chang biet) (di |ho di |dang di )?(dau|ve dau)',
      'bit mieng ({ME})|(om|ghi|giu) chat ({ME}) (lai )?(khong cho|keo)',
      '(won t|will not|do not|does not) let (me|us) (out|get out|leave|off) …3 (car|van|truck|vehicle)',
      '(they|he|she|someone|these people|the man|the guy|the men) (won t|will not|do not|does not) let (me|us) (leave (the|this|his|their) (room|house|apartment|place|car|building)|get out|out of)',
      '(nguoi la|ke la|ong la|thang la|may nguoi la|may nguoi|mot ong|mot thang|ai do|co nguoi|nguoi dan ong|tui no|bon no|stranger|strangers) …6 ' +
        '(keo|loi|ep|day|bat|om|khieng|vac|dragged|pulled|grabbed) ({ME} )?(vao|len|di|theo|ra|into) …2 (hem|xe|nha|phong|rung|cho vang|goc|bui|alley|car|van|woods)',
      '(keeps asking|keep asking|asked|asking|asks|telling|told|wants|trying to get) me to (get in|get into) (the |his |a |their )?(car|van|truck)?',
      '(do not|don t) know where (they|he|she) (are|is|re|s) taking (me|us)|taking me somewhere|(pushed|pulled|dragged|forced) me into …2 (car|van|truck)',
    ],
    except: [NOT_REAL, 'bat ngo|sinh nhat|surprise|birthday|di choi (voi|cung) (bo|me|ca nha)'],
    negation: 'ignore',
    question: 'cap',
    note: 'Taken somewhere in a car, not let out: "mấy người đó chở em đi đâu không biết".',
  },
  {
    id: 'dg.stranded',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'bi lac (trong|o|giua|tren) (rung|nui|hang|bien|song|cho la|thanh pho la|duong la)',
      'tieng dong la …6',
      '({OTHER}) …3 chan (duong|dau|loi) …4 (khong cho|khong de|bat|doi|ep|keo)',
      '({OTHER}) …3 (grabbed|grabbing|grabs|is holding|pulled|pulling|won t let go of) (my|me by (the|my)) (arm|hand|wrist|hair|shoulder)',
      'lost in (the|a) (woods|forest|mountains|jungle)',
      '(nguoi la|ke la|dua la mat|nguoi la mat|la mat|thang la|ke gian) …3 (vao|trong|o trong|dot nhap|lang vang trong) (nha|phong|san)',
    ],
    requires: [
      'so (qua|lam|that|ghe|run|chet)|rat so|dang so|em so|minh so|hoang so|mot minh|nua dem|khuya|troi toi|ban dem|het pin|pin|' +
        '/[0-9]+/ phan tram|trom|say|won t let|will not let|dark|battery|night|scared|alone|khong cho|bat|keo|ep|grab|vang nha|di vang',
    ],
    except: [NOT_REAL],
    negation: 'ignore',
    question: 'cap',
    note: 'Lost at night, a strange noise when alone, someone blocking the way or holding the teen.',
  },
  {
    id: 'dg.hiding',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['(dang |phai )?(tron|nap|chui) (trong|o|duoi|vao|sau|tren) …4', '(hiding|hide) (in|under|from|inside|behind)'],
    requires: [
      '(ong ay|ong ta|ba ay|ho|no|han|thang|tui no|bon no|bo|ba|duong|chu|ke|nguoi do|ai do|he|they|someone|him|them) ' +
        '(dang |van |con )?(o ngoai|ngoai|ben ngoai|ngoai cua|truoc cua|tim|dap cua|go cua|say|cam|di tim|la het|chui)|' +
        'so (lam|qua|that|ghe|run)|rat so|dang so|em so|minh so|scared|afraid|looking for me|outside|broke in|break in|broke into|intruder|' +
        '(someone|he|they|a man) (is |s |are |re )?(in|inside|here|downstairs)',
    ],
    except: [NOT_REAL, 'choi tron|tron hoc|tron viec|tron tiet|tron mat|hide and seek|nap (bong|mua|nang)|tron (di )?choi'],
    negation: 'ignore',
    question: 'cap',
    note: 'Hiding from someone who is there now: "em đang trốn trong nhà vệ sinh, ông ấy đang ở ngoài".',
  },
  {
    id: 'dg.collapse',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      '(nga|nga xuong|nga lan ra|guc|guc xuong|lan ra|xiu) …6 (khong (noi|tho|cu dong|tinh|mo mat|dung day|day|tra loi|phan ung) (duoc)?|bat tinh|ngat|co giat|tai mat|tai met|meo mieng|bat dong|sui bot)',
      '(goi|lay|lac|vo|lay goi|keu) (mai |hoai |may |ma |lam )?(cung )?(khong|chang) (day|tinh|phan ung|thay phan ung)',
      'meo mieng|sui bot mep|tim tai (ca )?(moi|mat|nguoi)|khong tho duoc|dot quy|len con (co giat|dong kinh|hen|dau tim)|ngo doc',
      '(nam|guc) (im|bat dong) …3 (khong|chang) (tra loi|phan ung|day|tinh|tho)',
      'collapsed|not responding|unresponsive|(will not|won t|can not) wake (up|him|her|them)|fainted|having a seizure|seizure|choking|turning blue|stopped breathing|hit (his|her|my) head …4 (bleeding|not)',
      '(not|is not|isn t|stopped|won t|will not) (moving|move|breathing) !(much|a lot|fast|around|well|in|out|on)|can not breathe|can t breathe',
      'kho tho …4 (tim|tai|nga|xiu|khong noi|ngat|lim)|(moi|mat|mong tay|da) …2 tim (tai|ngat|lai)',
      '(nuot|uong|an) (phai|nham) …2 (pin|nam cham|dong xu|thuoc|hoa chat|nuoc tay|xang|dau hoa|thuoc tay|thuoc chuot|thuoc sau|axit|do choi)',
      '(swallowed|drank|ate) (a |some )?(battery|batteries|magnet|magnets|coin|bleach|poison|detergent|pills)',
    ],
    unless: ['ngu (say|quen|nuong)|buoi sang|di hoc|day som|bao thuc|alarm|lazy', '(cuoi|met|nong|chat|ngot|dau bung|chay) …3 khong tho duoc'],
    except: [
      NOT_REAL,
      'so cuu|cach so cuu|hoc so cuu|phong tranh|first aid (course|class)|the (bridge|building|market|economy|roof)|wifi|server|app|' +
        'dog|cat|pet|fish|hamster|phone|laptop|computer|con cho|con meo|on roi|khong sao|da khoi|bac si (da )?(lay|xu ly|kham)|' +
        'lay ra (duoc )?roi|fine now|ok now|okay now',
    ],
    negation: 'ignore',
    question: 'cap',
    note: 'Someone collapsed or unresponsive now (115): "bà ngoại ngã xuống không nói được".',
  },
  {
    id: 'dg.fire_now',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: [
      'boc chay|boc khoi|chay rung|chay lon !ton|chay nha',
      '(dang chay|chay roi) …4 (khong ra duoc|lua|khoi (mu|den|bay))',
      'on fire|house is burning|there s a fire|fire in (my|our|the) (house|building|room|apartment|school)',
    ],
    marked: ['(nhà|phòng|trọ|xưởng|căn hộ|chung cư|bếp|chợ) …3 (đang |bị )?(cháy|bốc cháy)'],
    except: [NOT_REAL, 'phong chay|chua chay|dien tap|cach thoat'],
    negation: 'ignore',
    question: 'cap',
  },
  {
    id: 'dg.help_ask',
    category: 'imminent_danger',
    level: 'imminent',
    patterns: ['(ai|co ai|ai do|moi nguoi|mn|anyone|someone|somebody) (giup|cuu|help) ({ME}|em|minh) (voi|di|giup|please|$)'],
    requires: ['{ALARM}|khong ai|cuu|sos|urgent|gap lam|khan cap|nguy hiem|danger'],
    except: [
      NOT_REAL,
      'bai|mon|toan|van|tieng anh|hoa|ly|sinh|su|dia|de thi|de cuong|deadline|homework|essay|assignment|project|game|rank|' +
        'code|giai|cau hoi|tim|chon|mua|cach|dich|viet|lam (bai|do an)|hoc|cv|ho so|dang ky|tra loi|question|answer|translate|fix|choose|find',
    ],
    negation: 'ignore',
    question: 'cap',
    note: '"ai giúp em với" with fear or urgency, nothing about schoolwork.',
  },
];
