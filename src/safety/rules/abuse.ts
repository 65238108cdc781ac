import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Violence and abuse at home, at school and by a partner, including threats, confinement and neglect.
 * "đánh" alone is everywhere in benign chat (đánh game, đánh cờ, đánh răng, đánh thức): the rules need a
 * victim (bị …, … đánh em/mẹ) or a weapon.
 */
const SPORT = '{FICTION}|{GENERIC_Q}|tap vo|vo thuat|boxing|vo si|thi dau|tran dau|tap luyen|sparring|doi ban|team dich';

export const ABUSE_RULES: readonly RuleSpec[] = [
  {
    id: 'ab.hit.passive',
    category: 'abuse',
    level: 'disclosed',
    patterns: ['bi …4 {HIT} !(bai|thuc|gia|cap|roi|dau|trung|lua|thue|so|bong|co|rang|may|dan|tieng|vong|nhip|tan|vo|xe|mat|ket)'],
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
      '(lay|dung|cam|vut) {WEAPON} (ra )?(de )?{HIT}',
      '{HIT} …3 bang {WEAPON}',
      '{HIT_STRONG} (vao )?(mat|dau|nguoi|lung|bung|mong)? (ca )?(cua )?({ME}|ca (hai )?me con|me con)',
      '(loi|keo|bat|goi|dem) {ME} (ra|vao|lai|xuong|len)? …2 {HIT_STRONG}',
    ],
    unless: ['danh (co|game|dan|rang|thuc|bai|may|cau long|bong|banh|tieng)'],
    except: [SPORT],
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
      '(hits|hit|beats|beat|beating|hitting|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|whips|whipped|burns) (me|us|my (mom|mum|mother|sister|brother))',
      'locks me (out|in|outside)|lock me (out|in)',
    ],
    except: [SPORT],
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
    ],
    except: ['{FICTION}'],
  },
  {
    id: 'ab.ambush',
    category: 'abuse',
    level: 'disclosed',
    patterns: ['(chan|rinh|phuc) (duong )?{ME} (o|ngoai|truoc|sau|giua|de)', 'chan duong {ME}'],
    unless: ['chan {ME} (tren|o tren) (facebook|fb|zalo|mang|insta|instagram|tiktok|messenger)'],
    note: 'Being waited for or cornered (school violence).',
  },
  {
    id: 'ab.fear.home',
    category: 'abuse',
    level: 'possible',
    patterns: [
      '(so|khong dam) (ve nha|phai ve nha|o nha)',
      'so (bo|ba|me|duong|bo duong|me ke|cha) (lam|qua|kinh khung|that su)',
      'chui …3 (nang loi|tham te|la do|do vo dung|do an hai|khong ra gi)',
      '(nem|dap|dap pha) do (dac)?',
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
      'dang (say|cam|duoi|chan|dap cua|o ngoai|dung duoi|dung cho)',
      '(cam|vung) (dao|sung|gay|ma tau|kiem|rua)',
      'right now|is hitting|is beating',
    ],
  },
];
