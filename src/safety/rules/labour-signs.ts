import { MACROS } from '../lexicon';
import { splitAlternatives } from '../pattern';
import type { BoosterSpec, RuleSpec } from '../rule-spec';

/**
 * Forced labour told indirectly (round 3): a job offer whose conditions are ILO indicators ({JOB_SIGN} in
 * ../concepts.ts: 12-hour days, no contract, living in the workshop, wages sent to the parents, a deposit or the
 * papers kept, paying for the uniform first) and threats against leaving ("trốn về là đánh gãy chân"). One
 * condition alone can be ordinary, so the offer rule needs two different ones (`elsewhere`); it is only a safety tip
 * (`possible`).
 */
const WORKPLACE =
  'lam|viec|chu|sep|xuong|quan|lo gach|cong trinh|ham mo|tiem|co so|nha may|cong ty|ong chu|ba chu|{BOSS}|boss|job|work';

export const LABOUR_SIGN_RULES: readonly RuleSpec[] = [
  {
    id: 'fl.job_signs',
    category: 'forced_labour',
    level: 'possible',
    // Each sign its own small anchored pattern; a second, different sign anywhere else (`elsewhere`).
    patterns: splitAlternatives('{JOB_SIGN}', MACROS),
    elsewhere: ['{JOB_SIGN}'],
    except: ['{FICTION}'],
    note: 'A job offer with two exploitation signs: "bao ăn ở, làm 12 tiếng/ngày, ko cần hợp đồng".',
  },
  {
    id: 'fl.threat_leave',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '(tron|bo tron|tron ve|bo ve|nghi|nghi viec|bo viec|bo di|ve que) …2 (la|thi) …3 ({HIT}|giet|chem|xu|bat lai|gay chan|gay tay|danh gay|tra thu|bat ve)',
      '(if|when) (i|we) (leave|quit|run|try to leave|escape|go home) …4 (will|ll|would|going to) (beat|kill|hurt|hit|find)',
      '(tron|bo ve|bo di|nghi|bo viec|ve que) …2 (thi|la) …3 (phai|bi|bat) (den|boi thuong|den bu|tra lai|nop phat|phat) …2 (tien|/[0-9]+/|trieu)',
    ],
    requires: [WORKPLACE],
    except: ['{FICTION}', 'tron hoc|cup hoc|bo hoc|nghi hoc'],
    question: 'drop_legal',
    note: 'Threatened with violence for leaving work (ILO indicator: intimidation and threats).',
  },
  {
    id: 'fl.fines',
    category: 'forced_labour',
    level: 'possible',
    patterns: [
      '(noi chuyen|di tre|ve sinh|nghi|lam sai|lam cham|ngoi|dung dien thoai|cai) …3 (la|thi) (bi )?(phat|tru) (tien |luong )?/[0-9]+/',
      '(di ve sinh|uong nuoc|nghi giai lao) (cung )?(phai )?(xin|bao cao|xin phep|bi tinh gio)',
    ],
    requires: [WORKPLACE],
    except: ['{FICTION}', 'truong|lop|co giao|thay giao|quy lop|hoc'],
    question: 'drop_legal',
    note: 'Fines and control over breaks at work (ILO: abusive working conditions): a safety tip.',
  },
  // ---- round 4 (blind-4, by concept) ----
  {
    id: 'fl.sign.bonded',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: [
      '(ky|ki) (vao )?giay no|giay no /[0-9]+/',
      '(chua|khong) tra (het )?no (thi|la) (dung|khong|chua) (mo|duoc|cho) (ve|nghi|di)',
      '(tre|muon|di tre|di muon) /[0-9]+/ phut (la |thi |bi )?(tru|phat) /[0-9]+/',
      '(nghi ngang|bo ngang|nghi giua chung) (la|thi) (mat trang|mat het|mat luong|khong (duoc|co) (dong|xu|luong))',
      'tren (ghe|tau) (danh ca|ca|danh bat)|(chua|khong) (cho|duoc) (vo|vao|len) bo',
    ],
    requires: [WORKPLACE, 'no|ghe|tau|bo'],
    except: ['{FICTION}', 'di cau|cau ca|du lich|tour'],
    question: 'cap',
    note: 'Debt bondage (a signed IOU, "chưa trả hết nợ thì đừng mơ về"), held at sea, heavy fines, wages lost for quitting.',
  },
  {
    id: 'fl.sign.servitude',
    category: 'forced_labour',
    level: 'disclosed',
    patterns: ['(khong|chang) (duoc|cho) (di )?hoc'],
    elsewhere: ['(khong|chang) (duoc|cho) (cam|giu|nhan|tieu) tien|(tien|luong|dong nao) …3 (vo|vao) tui (ho|chu|ong ay|ba ay)|(o do|lam o|giup viec) cho (nha|ho|ong|ba)'],
    except: ['{FICTION}', 'nghi le|nghi he|dich benh|covid|lu lut|bao'],
    question: 'cap',
    note: 'A child kept from school and from any money of their own: domestic servitude told without "làm".',
  },
  {
    id: 'fl.sign.strain',
    category: 'forced_labour',
    level: 'possible',
    patterns: [
      '(ai|dua nao|nguoi nao) (nghi|xin nghi|met|bo) (la|thi) …3 (kiem|tim|thue|lay) (nguoi|dua) khac',
      // Hours of work ("tiếng"), not a clock time ("tới 12 giờ đêm").
      '(ca|ca lam|lam|keo dai) …6 /1[2-9]|2[0-4]/ (/1[0-9]|2[0-4]/ )?tieng',
    ],
    requires: ['{SELF}|ben em|cua em|chu|sep|quan|xuong'],
    except: ['{FICTION}', 'hoc|on thi|bai tap|choi game|ngu|bay|xe khach'],
    question: 'cap',
    note: 'Threatened with replacement for resting, 12-hour shifts taken as normal: a safety tip.',
  },
];

export const LABOUR_SIGN_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'fl.boost.escape',
    categories: ['forced_labour'],
    patterns: [
      '(toi nay|dem nay|lat nua|bay gio|sap|tinh|dinh|chuan bi|se) …3 (tron|bo tron|chay tron|tron ve|thoat)',
      '(dang|van) o (lo gach|xuong|cong trinh|ham mo|quan nhau|karaoke|co so)',
      'please help|help me|tonight',
      '(dang|van) o (tren |ngoai )?(ghe|tau|thuyen|khoi)|ngoai khoi',
    ],
  },
];
