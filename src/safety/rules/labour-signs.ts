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
];

export const LABOUR_SIGN_BOOSTERS: readonly BoosterSpec[] = [
  {
    id: 'fl.boost.escape',
    categories: ['forced_labour'],
    patterns: [
      '(toi nay|dem nay|lat nua|bay gio|sap|tinh|dinh|chuan bi|se) …3 (tron|bo tron|chay tron|tron ve|thoat)',
      '(dang|van) o (lo gach|xuong|cong trinh|ham mo|quan nhau|karaoke|co so)',
      'please help|help me|tonight',
    ],
  },
];
