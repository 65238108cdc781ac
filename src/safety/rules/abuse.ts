import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Violence and abuse at home, at school and by a partner, including threats, confinement and neglect.
 * "đánh" alone is everywhere in benign chat (đánh game, đánh cờ, đánh răng, đánh thức): the rules need a
 * victim (bị …, … đánh em/mẹ) or a weapon.
 */
const SPORT =
  '{FICTION}|{GENERIC_Q}|tap vo|vo thuat|boxing|vo si|thi dau|tran dau|tap luyen|sparring|doi ban|team dich|da bong|choi bong|' +
  'bong da|bong ro|khi choi';

export const ABUSE_RULES: readonly RuleSpec[] = [
  {
    id: 'ab.hit.passive',
    category: 'abuse',
    level: 'disclosed',
    patterns: ['bi …4 {HIT} !(bai|thuc|gia|cap|roi|dau|trung|lua|thue|so|bong|co (vua|tuong|caro|ca ngua|up)|rang|may|dan|tieng|vong|nhip|tan|vo|xe|mat|ket)'],
    unless: ['xe dap|dap xe|dap (phanh|ga)', '(ca|mot|nguyen) dam|dam (ban|dong|con|tre|nguoi|cuoi)'],
    except: [SPORT],
    note: 'Passive "bị (bố) đánh", excluding bị đánh bại/thức/giá/cắp/rơi/dấu/trúng…',
  },
  {
    id: 'ab.hit.active',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      '{ACTOR} …3 {HIT} (vao )?(mat|dau|nguoi|lung|bung|chan|tay|co|mong)? (ca )?(cua )?({ME}|me|ba|bo|em gai|em trai|ca nha|me con|hai me con|ca hai me con|ca hai|chi em|anh em)',
      '(lay|dung|cam|vut) {WEAPON} (ra )?(de )?({HIT}|quat)',
      '({HIT}|quat) …3 bang {WEAPON}',
      '{HIT_STRONG} (vao )?(mat|dau|nguoi|lung|bung|mong)? (ca )?(cua )?({ME}|ca (hai )?me con|me con)',
      '(loi|keo|bat|goi|dem) {ME} (ra|vao|lai|xuong|len)? …2 {HIT_STRONG}',
      '(day|xo) ({ME}) (nga|te|vao tuong|xuong (dat|cau thang|san|nuoc))',
      '(day|xo|nem|dap) ({ME}) …3 (vao|vo) (tuong|cua|ban|cot|kinh|tu)',
      // Something thrown or swung that hit the teen: "ném cái ly trúng đầu em" (round 3).
      '(nem|choi|phang|quang|vut|dap|lieng) …4 (trung|vao) (dau|mat|nguoi|lung|tran|tay|chan|bung|co|mieng) (cua )?({ME}|me|em gai|em trai)',
    ],
    marked: ['(quất|quật|vả|trói|cốc đầu|bạt tai) …3 (em|con|mình|tôi|tao|tui|cháu|mẹ)'],
    unless: ['danh (co|game|dan|rang|thuc|bai|may|cau long|bong|banh|tieng)'],
    except: [SPORT, 'pillow|pillows|snowball|water balloon|nerf|goi om'],
    note: 'Someone hits me or my family, or hits with an object.',
  },
  {
    id: 'ab.violence.word',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      'bi …2 (bao hanh|bao luc|nguoc dai|hanh ha|danh dap|danh hoi dong|xu dep|bat nat|ba nat|tay chay !mau|co lap|danh ghen|dap dap)',
      '(bao hanh|nguoc dai|hanh ha) (gia dinh )?({ME}|me|ca nha)',
      '(bi|being|got|get|getting) (beaten|abused|bullied)|(beat|beats) (me )?up|abuses me|abused me|bullies me|bully me',
      '(hits|hit|beats|beat|beating|hitting|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|whips|whipped|burns|strangled|strangles) (me|us|my (little |baby |younger |older |big )?(mom|mum|mother|sister|brother))',
      '(hits|beats|slaps|punches|kicks|chokes) …3 (and|or) (sometimes|also|even|often) (me|us)',
      '(threw|throws|throw|throwing|thrown) …3 at (me|us|my (mom|mum|mother|sister|brother))',
      '(threw|throws|pushed|pushes|slammed|slams|shoved|shoves|kicked|dragged) (me|us) (against|into|onto|down|across|to the)',
      '(he|she|they|dad|mom|stepdad|father|mother|boyfriend|brother|uncle|stepmom) (hurts|hurt|is hurting|keeps hurting) (me|us)|(kicked|kicks) me out',
      'locks me (out|in|outside)|lock me (out|in)',
      'mistreat|mistreated|mistreating|maltreated|maltreating',
    ],
    except: [SPORT, 'pillow|pillows|snowball|water balloon|nerf'],
  },
  {
    id: 'ab.witnessed.en',
    category: 'abuse',
    level: 'disclosed',
    patterns: ['(hits|beats|beat|hitting|beating|abuses|abused|chokes|slaps|punches) (her|him|them)'],
    requires: ['friend|sister|brother|mom|mum|mother|cousin|classmate|dad|father|stepdad|stepmom|uncle|boyfriend|husband'],
    note: 'English: violence against someone the teen knows.',
  },
  {
    id: 'ab.threat',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      '(doa|de doa|dam doa|ham doa) …4 (giet|danh|chem|tat axit|tat a xit|dot|xu|lam hai|lam dau|cho an dan|dam)',
      '(khong|chua|chang) (tra|dua|nop|chuyen) …4 (la|thi) …2 (dot nha|giet|chem|tat axit|xu dep|pha nha|dap nha)',
      '(threaten|threatens|threatened|threatening) …2 (to )?(kill|hurt|beat|hit)',
      '(will|ll|going to|would) (hurt|beat) (me|my (family|mom|mum|parents|sister|brother))',
      '(will|ll|going to|would) kill my (family|mom|mum|parents|sister|brother)',
    ],
    except: ['{FICTION}'],
    note: 'Threats of violence (also from a partner who fears a break-up).',
  },
  {
    id: 'ab.confine.neglect',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      'nhot {ME} (trong|ngoai|o|lai|suot|ca)',
      'bi …2 bo doi|bo doi {ME}|khong cho {ME} an|bo doi …2 (/[0-9]+/|may|hai|ba|nhieu|ca) (ngay|bua|hom)',
      'bi …3 (nhot|khoa|duoi|bat (o|ngu)) (ngoai|trong|o) …2 (san|cua|nha|kho|chuong|nha ve sinh|duong|hien) …3 (ca dem|suot dem|ca ngay|nhieu tieng|may tieng|ca toi|qua dem)',
      'duoi {ME} ra khoi nha',
      'bi …2 duoi (ra khoi nha|ra ngoai|ra duong|khoi nha|di)',
      '(bat|phat|ep|bi bat|bi phat) ({ME}|con|chau|no)? (phai )?(quy|dung|nam|ngu|o) (goi )?…4 (ca dem|suot dem|ca ngay|nhieu tieng|hang gio|ngoai san|ngoai troi|ngoai duong|tren (vo sau rieng|soi|gach|san|nap chai|vo chai|hat|dau xanh|gao)|ca tieng|/[0-9]+/ tieng|duoi mua|ngoai mua|trong nha ve sinh|trong kho|phoi nang|giua nang|duoi nang|ca buoi)',
      '(bat|bi bat) ({ME} )?(nhin doi|nhin an|nhin com|ngu ngoai|ra ngoai ngu)',
      '(bat|cho) ({ME}) an (com|do|do an) (thua|oi|thiu|cua cho)',
      '(khong|chang) cho ({ME} )?(ngoi|an) (chung|cung) mam',
      '(haven t|have not|hasn t|didn t|did not) (eaten|had food) (since|for|in) …2 (yesterday|days|day|/[0-9]+/)|' +
        '(locks|locked) (the )?(fridge|food|kitchen)|(won t|will not|doesn t|does not) (let me eat|feed me|give me food)',
    ],
    except: ['{FICTION}'],
  },
  {
    id: 'ab.ambush',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      '(chan|rinh|phuc|vay|bao vay|don) (duong )?{ME} (o|ngoai|truoc|sau|giua|de|lai|trong)',
      'chan duong {ME}',
      'chan (duong )?…3 (doi|lay|xin|bat nop) tien|(doi|bat nop|thu) tien bao ke',
      '(khong|chua) (dua|nop|dong|chiu dua) (tien )?…2 (la|thi) (bi |an )?({HIT}|xu|dap|dam|don)',
      '(cho|doi|rinh|phuc|chan) …4 (xu|danh|dap|chem|dam|xu dep|dan|tan) ({ME}) !(bai|game|tran|van)',
    ],
    unless: ['chan {ME} (tren|o tren) (facebook|fb|zalo|mang|insta|instagram|tiktok|messenger)'],
    note: 'Being waited for or cornered (school violence).',
  },
  {
    id: 'ab.injury',
    category: 'abuse',
    level: 'disclosed',
    patterns: [
      '(loi|keo|bat|goi) ({ME}) ra …6 (vet bam|bam tim|sung|tim tai|rom mau|chay mau)',
      'nguoi ({ME} )?(toan|day|dau) (vet )?(bam|seo|thuong|lan roi|roi)',
      'vet (roi|lan roi|that lung|day nit|bong thuoc la)',
      '(bruises|marks|welts|burns) (from|on) (my|his|her) …3 (belt|dad|mom|stepdad|him|her|body|back|arms|legs)',
      '(mat|tay|chan|lung|nguoi|mat mui|mong) …2 (bam tim|bam dap|sung vu|tim bam|bam) …8 ({HIT}|bi danh)',
    ],
    except: [SPORT, 'nga|te xe|choi|da bong|tai nan|va cham|the thao|tap|fell|fall|game'],
    note: 'Injuries told without the blow: "người em toàn vết bầm".',
  },
  {
    id: 'ab.rage',
    category: 'abuse',
    level: 'disclosed',
    patterns: ['(dap pha|dap|nem|dap do|quang|lat) (het )?(do|do dac|nha|cua|ban ghe|bat dia|tivi|tv|ban)', '(smashing|breaking|throwing) (things|stuff|plates|furniture)'],
    requires: ['so (lam|qua|that|ghe|run)|rat so|em so|minh so|run|khoc|tron|scared|afraid|terrified|hiding'],
    except: [SPORT, 'game|phim'],
    note: 'Someone raging and smashing things while the teen is afraid; "đang" lifts it to imminent.',
  },
  {
    id: 'ab.fear.home',
    category: 'abuse',
    level: 'possible',
    patterns: [
      '(so|khong dam) (ve nha|phai ve nha|o nha)',
      'so (bo|ba|me|duong|bo duong|me ke|cha) (lam|qua|kinh khung|that su)',
      'chui …3 (nang loi|tham te|la do|do vo dung|do an hai|khong ra gi)',
      '(nem|dap|dap pha) do (dac)? !(cu|hong|de sua|sua|choi)',
      'kiem soat (dien thoai|tin nhan)',
      'scared (to go|of going) home|afraid of my (dad|father|mom|mother|stepdad)',
      '(scream|screams|screaming|yell|yells|yelling|shout|shouts|shouting) at me (every|all|constantly|non stop)',
      // Round 3: a parent's rage, drunk homecomings, threats of punishment.
      'so (bo|ba|me|duong|cha|bo duong|me ke|ong ay) (noi dien|noi khung|noi nong|dien len|say|danh|dap|nong len|len con|mat binh tinh)',
      '(keu|goi|chui|mang) ({SELF}) (la )?(do )?(an hai|vo dung|vo tich su|rac ruoi|an bam|ngu nhu bo)',
      '(ve|ve tre|ve muon|lam sai|lam vo|noi lai) …4 (la|thi) (biet tay|an don|no don|bi danh|bi dap|an tat)',
      '(bo|ba|cha|duong|bo duong) …2 (nhau|say|xin|uong ruou) (ve|xin|say) …6 (la|thi) …3 (chot cua|khoa cua|tron|chay|dap pha|danh|chui|so|dap do|nem do|la het)',
    ],
    // Never carried out: "xưa giờ có đụng tới cọng tóc nào đâu" (round 4).
    except: ['sua nha|sua chua|xay nha|xay dung|don nha|dong do|renovat', '(dung|dong) (toi|den|vao) (cong|soi) toc|never (actually )?(hit|touched)'],
    note: 'Fear at home, harsh shouting, control: a gentle check-in.',
  },
  {
    id: 'ab.control',
    category: 'abuse',
    level: 'possible',
    patterns: [
      '(giu|doi|bat dua|kiem tra|check|doc) (het )?(mat khau|pass|password|dien thoai|tin nhan|dt) …6 (moi ngay|hang ngay|lien tuc|suot|moi toi)',
      'di dau (cung )?(phai|bat) (bao|xin phep|chup anh|gui vi tri|bat dinh vi)|(tracks|checks) my (phone|location|messages) (every|all)',
      '(bat|doi|ep) ({SELF} )?(gui|bat|chia se|share) (dinh vi|vi tri|location)|cam ({SELF} )?(di choi|gap|noi chuyen|choi) (voi )?(ban|ai|con trai|con gai)',
    ],
    requires: ['{PARTNER}|nguoi yeu|ban trai|ban gai|boyfriend|girlfriend'],
    note: 'A partner controlling the teen\'s phone and movements (round 3): a check-in.',
  },
];

/** Violence happening now. */
export const ABUSE_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'ab.boost.now',
    categories: ['abuse'],
    patterns: [
      'dang …3 {HIT}',
      'dang (say|cam|duoi|chan|dap cua|o ngoai|dung duoi|dung cho|vay|bao vay|don|rinh)',
      '(cam|vung|mang|giau) (theo )?(dao|sung|gay|ma tau|kiem|rua|gay sat|tuyp sat)',
      'toi nay|dem nay|lat nua|ti nua|chut nua|chieu nay|tan hoc (nay|hom nay)|tonight|after school today',
      'tieng (la het|keu cuu|dap do|khoc thet|gao thet)',
      'right now|is hitting|is beating',
      // Still there, or going on for hours (round 4): "nó còn đứng ngoài cửa", "quỳ từ chiều tới giờ".
      '(khong|chang) dam (ra|ra ngoai|mo cua|ve nha|la|ket|keu)|(con|dang|van) (dung|o|cho|ngoi|rinh) (ngoai|truoc) (cua|phong)',
      'tu (chieu|sang|trua|toi|hom qua|khuya|/[0-9]+/ gio) …2 (toi|den) (gio|bay gio)',
      'sap (het pin|sap nguon|tat nguon)|tu /[0-9]+/ gio (dem|toi|khuya)|(dang|van|con) (mua|o ngoai)',
    ],
  },
];
