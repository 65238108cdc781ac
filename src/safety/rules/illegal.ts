import type { IllegalSpec } from '../rule-spec';

/**
 * Requests for help with something illegal or dangerous. The reply refuses, explains the risk and gives the
 * legal options (facts.md §1.2 work from 15 with a parent's written consent, §4.1 no contract work abroad
 * under 18). Each needs a request framing ({REQUEST}: "làm sao", "ở đâu", "được không", "how", …).
 */
export const ILLEGAL_RULES: readonly IllegalSpec[] = [
  {
    id: 'il.fake_documents',
    kind: 'fake_documents',
    patterns: [
      '{REQUEST} …6 ({ID} gia|giay to gia|ho so gia|bang gia|gia mao …2 {ID}|lam gia …3 ({ID}|giay|tuoi|nam sinh))',
      '({ID} gia|giay to gia|ho so gia|gia mao …2 {ID}|lam gia …3 ({ID}|giay|tuoi|nam sinh)) …6 {REQUEST}',
      '{REQUEST} …6 (sua|chinh|doi|khai|tang|khai gian|khai tang|nang|photoshop|khai man|gian|khai them) (lai |them |gian |tang )?(tuoi|nam sinh|ngay sinh)',
      '(sua|chinh|doi|khai gian|khai tang|nang|photoshop|khai man|khai them|tang) (lai |them |gian |tang )?(tuoi|nam sinh|ngay sinh) …6 {REQUEST}',
      '(muon|dung|xai|lay) …2 {ID} (cua )?(chi|anh|nguoi khac|ban|ba|me|anh ho|chi ho|nguoi ta|chi gai|anh trai|em ho|ban than) …6 (lam|xin viec|di|cong ty|xuat khau lao dong)',
      '(fake|forged) (id|passport|papers|documents|age|birth certificate)|fake my age|(lie|lying) about my age|change my (birth|age)',
      '(look|pretend to be|pass as|pass for) 18',
      '(borrow|borrowing|use|using) (my|a|an|his|her)? (sibling|sister|brother|cousin|friend|mom|dad|someone else|somebody else|another person|older) s? …2 (id|papers|passport|id card)',
    ],
    // "trà sữa khi 15 tuổi": sữa folds to "sua" (sửa = alter); a recruiter offering to fake papers is a
    // trafficking disclosure (tr.fake_age_offer), not the teen asking for help.
    except: [
      'tra sua|sua chua|sua dac|sua bot|uong sua|hop sua|ly sua|binh sua|sua dau nanh',
      '(they|he|she|recruiter|agency|agent|broker|company|boss) …3 (said|says|would|will|d|ll|offered|offer|can)',
    ],
    note: 'Faking, altering or borrowing papers, or lying about age, to look 18.',
  },
  {
    id: 'il.illegal_crossing',
    kind: 'illegal_crossing',
    patterns: [
      '{REQUEST} …6 (vuot bien|di chui|nhap canh (lau|trai phep|chui)|tron qua bien gioi|duong mon|dan duong|vuot rao)',
      '(vuot bien|di chui|nhap canh (lau|trai phep|chui)|tron qua bien gioi|duong mon) …8 {REQUEST}',
      '{REQUEST} …6 (qua|sang|di|vao) …3 {SCAMZONE} …4 (khong can|ma khong co|khong co) (ho chieu|giay to|passport|visa)',
      '(cross|get) …4 (border|cambodia|laos|china|thailand|myanmar) …4 without|sneak (into|across)',
    ],
    note: 'Crossing a border illegally.',
  },
];
