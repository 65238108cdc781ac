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
    unless: ['xe dap|dap xe|dap (phanh|ga)'],
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
      'bi …2 (bao hanh|bao luc|nguoc dai|hanh ha|danh dap|danh hoi dong|xu dep|bat nat|ba nat|tay chay|co lap|danh ghen|dap dap)',
      '(bao hanh|nguoc dai|hanh ha) (gia dinh )?({ME}|me|ca nha)',
      '(bi|being|got|get|getting) (beaten|abused|bullied)|(beat|beats) (me )?up|abuses me|abused me|bullies me|bully me',
      '(hits|hit|beats|beat|beating|hitting|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|whips|whipped|burns|strangled|strangles) (me|us|my (mom|mum|mother|sister|brother))',
      '(threw|throws|throw|throwing|thrown) …3 at (me|us|my (mom|mum|mother|sister|brother))',
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
      'bi …2 bo doi|bo doi {ME}|khong cho {ME} an',
      'duoi {ME} ra khoi nha',
      'bi …2 duoi (ra khoi nha|ra ngoai|ra duong|khoi nha|di)',
      '(bat|phat|ep|bi bat|bi phat) ({ME}|con|chau|no)? (phai )?(quy|dung|nam|ngu|o) (goi )?…4 (ca dem|suot dem|ca ngay|nhieu tieng|hang gio|ngoai san|ngoai troi|ngoai duong|tren (vo sau rieng|soi|gach|san)|duoi mua|ngoai mua|trong nha ve sinh|trong kho)',
      '(bat|bi bat) ({ME} )?(nhin doi|nhin an|nhin com|ngu ngoai|ra ngoai ngu)',
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
      '(khong|chua) (dua|nop|dong|chiu dua) (tien )?…2 (la|thi) (bi )?({HIT}|xu|dap|dam)',
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
    ],
    note: 'Fear at home, harsh shouting, control: a gentle check-in.',
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
      '(cam|vung) (dao|sung|gay|ma tau|kiem|rua)',
      'right now|is hitting|is beating',
    ],
  },
];
