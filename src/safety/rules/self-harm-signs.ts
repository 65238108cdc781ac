import type { RuleSpec } from '../rule-spec';

/**
 * Self-harm signals told without a self-harm keyword (round 4, from blind-4's misses, by concept): life that
 * feels pointless or the teen a burden, a wish to sleep for a very long time, crying every night, "tu tu" typed
 * without diacritics next to a resigned "chứ biết làm sao giờ". All `possible`: a gentle check-in, never a crisis
 * card (the stronger forms are in ./self-harm.ts and ./self-harm-coded.ts).
 */
const NOT_REAL = '{FICTION}|{GAMES}|quai|skill|hp|level';
/** School or work things that can be "meaningless" without anything being wrong. */
const THINGS = 'bai|mon|lop|tiet|de|cau|sach|phim|game|nhac|bai hat|du an|cong viec|bai tap|tin nhan|cau noi|tu nay|chu nay';

export const SELF_HARM_SIGN_RULES: readonly RuleSpec[] = [
  {
    id: 'sh.sign.pointless',
    category: 'self_harm',
    level: 'possible',
    patterns: [
      '(khong|chang) (con )?(thay )?(co )?(y nghia|gia tri|muc dich) (gi )?(nua|het|ca) (het|ca|nua)?',
      '(everything|life|it all|nothing) (feels|seems|is) (so )?(pointless|meaningless|empty|hollow)',
      '(i m|i am|i feel like) (just |such |only )?a (burden|waste of space)|(burden|weight) (to|on) (everyone|my family|my parents|them|you all)',
    ],
    unless: [`(${THINGS}) …4 (khong|chang) (con )?(thay )?(co )?(y nghia|gia tri)`],
    except: [NOT_REAL, 'tu dien|dich nghia|nghia cua|nghia la|meaning of'],
    note: 'Life without meaning, feeling a burden: "không thấy có ý nghĩa gì nữa hết", "I\'m just a burden".',
  },
  {
    id: 'sh.sign.long_sleep',
    category: 'self_harm',
    level: 'possible',
    // Anchored on the sleep, the wish checked as a presence (a leading {WISH} … gap is a slow regex).
    patterns: ['ngu (mot giac )?(that |that la |mai )?(dai|lau) …4 (khong (phai|can|muon) (nghi|lo|doi mat|thuc|day|tinh)|khong (bao gio )?day)'],
    requires: ['{WISH}'],
    except: [NOT_REAL, 'thi xong|nghi he|cuoi tuan|weekend'],
    note: 'Wishing for a very long sleep with nothing to face: a check-in.',
  },
  {
    id: 'sh.sign.crying',
    category: 'self_harm',
    level: 'possible',
    patterns: ['khoc (toi|den|suot|ca|thau) (sang|dem|dem)|cry (myself to sleep|all night|every night)'],
    requires: ['(dem|toi) nao cung|moi (dem|toi)|hoai|dao nay|lien tuc|every night|lately|(may|nhieu) (tuan|thang|dem) (nay|roi)'],
    except: [NOT_REAL],
    note: 'Crying through the night, night after night.',
  },
  {
    id: 'sh.sign.tutu_resigned',
    category: 'self_harm',
    level: 'possible',
    checkIn: ['tu tu (thoi|cho roi|cho xong|luon) …4 (chu biet lam sao|biet lam sao|het cach|chiu het noi|con cach nao)'],
    except: [NOT_REAL],
    note: '"chac tu tu thoi chu biet lam sao gio": tự tử or từ từ, with resignation; a check-in.',
  },
];
