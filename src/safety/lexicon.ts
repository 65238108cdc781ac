/**
 * Shared vocabulary of the risk rules: macros usable as {NAME} in patterns (see ./pattern.ts), and the
 * context markers the engine uses for negation, third-party framing and past tense. All forms are FOLDED
 * (no diacritics) and canonical (teen code already rewritten by ./text.ts: "ko" → "khong", "e" → "em").
 *
 * Review with counsellors: add words here rather than new one-off patterns, so every rule benefits.
 */

import { CONCEPT_MACROS } from './concepts';

export const MACROS: Readonly<Record<string, string>> = {
  ...CONCEPT_MACROS,
  // People
  SELF: 'em|minh|toi|tao|tui|to|t|con|chau|i|me|myself',
  WE: 'tui em|chung em|chung toi|bon em|tui minh|bon minh|chung minh|tui toi|tui con|we|us',
  ME: '{SELF}|{WE}',
  PARENT:
    'bo|ba|me|cha|ma|u|tia|bo me|ba me|cha me|bo duong|ba duong|duong|cha duong|me ke|me ghe|di ghe|bo ke|' +
    'cha ke|me nuoi|bo nuoi|ba nuoi|ba gia|ong gia|ong bo|ba bo',
  RELATIVE:
    'ong|ong noi|ong ngoai|ba noi|ba ngoai|chu|bac|cau|di|co|thim|mo|anh trai|chi gai|anh ho|chi ho|em ho|' +
    'anh re|chi dau|anh hai|chi hai|anh|chi',
  TEACHER: 'thay|co|co giao|thay giao|giao vien|thay chu nhiem|co chu nhiem|thay day them|co day them|huan luyen vien|hlv',
  PARTNER: 'nguoi yeu|nguoi yeu cu|ban trai|ban trai cu|ban gai|bo|chong|vo|nyc|bf|gf',
  PEERS:
    'ban|ban cung lop|ban lop|ban hoc|tui no|bon no|may dua|dam ban|ca nhom|ca lop|nhom|hoi|may thang|may con|' +
    'thang do|con do|no|han|lop tren|lop ben|dan anh|dan chi|bon lop ben|dam|tui lop tren|bon',
  STRANGER: 'nguoi ta|ho|ong ay|ba ay|ong ta|ba ta|ong do|nguoi do|thang|ga|ke|nguoi la|ai do|mot nguoi|han',
  ACTOR: '{PARENT}|{RELATIVE}|{TEACHER}|{PARTNER}|{PEERS}|{STRANGER}|chu nha|chu tro|ong chu|ba chu',
  BOSS:
    'chu|sep|ong chu|ba chu|chu quan|chu tiem|chu xuong|chu lo|chu nha hang|chu thau|quan ly|cong ty|xuong|' +
    'nha may|co so|ben cong ty|ben tuyen dung|nguoi tuyen dung|moi gioi|ho|nguoi ta|bon ho|tui ho|bon no|' +
    'tui no|ong ay|ba ay|ong ta|ba ta|chu nha tro|chu tro|giam doc|cai|boss|employer|manager|they|company|factory',
  // Things
  ID:
    'can cuoc|can cuoc cong dan|the can cuoc|chung minh|chung minh thu|chung minh nhan dan|cmnd|cmt|giay to|' +
    'giay to tuy than|ho chieu|passport|giay khai sinh|so ho khau|id|papers|documents|id card|bang tot nghiep|hoc ba|van bang|diploma',
  // Violent verbs. Not "bắn" (ban = bán/bạn/bàn) nor "đá" (da = đã).
  // Not a bare "quat": quát (shout) folds like quất (whip); "quat" counts with a weapon or "vào".
  HIT:
    'danh|dap|dam|tat|bop co|xiet co|xo|nem|vut|chem|danh dap|hanh ha|nguoc dai|bao hanh|giat toc|' +
    'dap dau|tat tai|dam dam|dap vao|quat vao|phang|nheo|veo|dim (dau|xuong nuoc)|dot (tay|nguoi|da)|dan thuoc la',
  HIT_STRONG: 'danh|dap|dam|bop co|xiet co|danh dap|hanh ha|giat toc|tat tai|chem|phang|tat',
  WEAPON:
    'roi|roi may|that lung|day nit|day lung|gay|ghe|choi|day dien|moc phoi do|moc ao|thuoc ke|cay|gach|dep|' +
    'can choi|chai|dao|keo|kim|sat|ong tuyp|tuyp|dieu cay|xeng|guoc|ong nuoc|cay choi|cay lau nha|khuc cui|cui|' +
    'cay go|thanh go|dui cui|thuoc la|tau thuoc',
  COUNTRY:
    'campuchia|cambodia|cpc|myanmar|mien dien|burma|lao|laos|thai lan|thailand|malaysia|dubai|trung quoc|' +
    'philippines|nuoc ngoai|bien gioi|ben kia bien gioi|sihanoukville|bavet|poipet|abroad|overseas|' +
    'dai loan|han quoc|nhat|nhat ban|han|japan|korea|taiwan|china',
  // "Cam(puchia)" and "Lào" without diacritics collide with cầm/cảm/cấm and "lao động": require a travel verb
  // before them and exclude the common compounds after them.
  CAM:
    '(sang|qua|ben|o|tai|toi|den|di|xu|vao) cam !(on|trai|xuc|cum|lanh|thay|giac|nhan|dong|tinh|ket|hung|vien|' +
    'quyt|sanh|ung|hoa|chiu|nang|tu|doan|cu|dao|sung|do|dien|thoai|may|phan|quay|nhe|mat|the|trong|bang)',
  LAO: '(sang|qua|ben|o|tai|toi|den|di|xu) lao !(dong|cong|xuong|vao|dau|tam|luc|ra|di|nhanh|ao)',
  THAI: '(sang|qua|ben|o|tai|toi|den|di|xu) thai !(do|nghen|nhi|binh|nguyen)',
  ABROAD: '{COUNTRY}|{CAM}|{LAO}|{THAI}',
  // Where scam compounds and trafficking lures point to (facts.md §3.3), as opposed to regular guest-worker
  // destinations (Japan, Korea, Taiwan) that are only a risk for under-18s.
  SCAMZONE:
    'campuchia|cambodia|cpc|myanmar|mien dien|burma|laos|thai lan|thailand|malaysia|dubai|philippines|' +
    'bien gioi|ben kia bien gioi|sihanoukville|bavet|poipet|trung quoc|china|nuoc ngoai|abroad|overseas|' +
    'phnom penh|nam vang|bokeo|tam giac vang|golden triangle|myawaddy|shwe kokko|tachileik|kokang|mong la|koh kong|' +
    'siem reap|xiem riep|kk park|o smach|{CAM}|{LAO}|{THAI}|{OVERTHERE}',
  REQUEST:
    'lam sao|lam the nao|cach|chi (em|minh|toi|tao|voi|giup|cho)|giup|o dau|cho nao|co cho nao|ai (lam|ban|biet|dan)|' +
    'duoc khong|co bi (phat hien|bat|phat)|bi phat hien|muon|dinh|co cach nao|tu van|lien he ai|ton bao nhieu|' +
    'bao nhieu tien|het bao nhieu|how|where|can i|can you|help me|should i|want to|tips|buy',
  LURE_JOB:
    'cham soc khach hang|chay so|chay don|chay doanh so|sale|telesale|game thu|choi game thue|casino|song bac|' +
    'danh bac|dealer|lam online|viec online|viec nhe|lam viec nhe|phuc vu|bung be|nhap lieu|danh may|' +
    'marketing|tiep thi|kiem tien|lam kho|lam lua dao|lua dao qua mang|customer service|scam|scamming|' +
    'lam viec|di lam|lam|viec|job|work',
  // Time and questions
  NOW: 'ngay bay gio|bay gio|luc nay|ngay luc nay|dang|vua|right now|now|currently',
  SOON: 'toi nay|dem nay|lat nua|ti nua|chut nua|sap|ngay mai|sang mai|toi mai|mai|cuoi tuan nay|tonight|tomorrow|today|hom nay|soon|this weekend',
  UNDER15: '/[5-9]|1[0-4]/ (tuoi|t)|/[5-9]|1[0-4]/ yo|/[5-9]|1[0-4]/ years old|lop /[1-9]/|(moi|chi|chi moi|con) /[5-9]|1[0-4]/ (ma|thoi|thi|da)',
  MINOR:
    '/[5-9]|1[0-7]/ (tuoi|t)|/[5-9]|1[0-7]/ years old|/[5-9]|1[0-7]/ yo|lop /[1-9]|1[0-2]/|chua du 18|duoi 18|' +
    '(i m|i am|at|aged) /1[0-7]/|under 18|({SELF}) (moi|chi|chi moi|con|chua du|nam nay) /1[0-7]/ !(gio|h|k|nghin|trieu|phut|diem|ngay|thang|lan|nam|cm|kg)',
  LEGAL_Q:
    '(co )?duoc (phep )?(khong|chua|ko)|co duoc|co hop phap|hop phap (khong|ko)|dung luat|trai luat|vi pham|' +
    'co bi phat|bi phat (khong|the nao|bao nhieu)|quy dinh|theo luat|(co )?dung (khong|ko)|is it legal|legally|allowed to|can a|legal',
  // Fiction and study contexts. Only words that are unambiguous once folded ("song" = sống, "film it" ≠ fiction).
  FICTION:
    // "coi phim xong rồi…" is an evening's activity, not a story being told (round 4).
    'phim !xong|truyen|tieu thuyet|nhan vat|bai van|tac pham|bai tho|bai hat|ca khuc|lao hac|romeo|movie|novel|' +
    'anime|manga|dien vien|tham tu|trinh tham|in the book|the character|suicide squad|soundtrack',
  // Not a bare "boss": "my boss took my ID" is an employer (round 3).
  GAMES:
    'game|tro choi|man choi|free fire|lien quan|pubg|minecraft|roblox|(danh|giet|san|farm) boss|boss (cuoi|game|map)|zombie|' +
    'headshot|skin|rank|team dich|skyrim|gta|among us|npc|genshin|valorant|fortnite|lien minh|nhiem vu game|in game|quest|' +
    'escape room|room escape|elden ring|dark souls|qua man|man (nay|do|cuoi|tiep)',
  // "What should one do when…" with a generic subject: a question for the FAQ, not a disclosure.
  GENERIC_Q: '(hoc sinh|tre em|moi nguoi|nguoi ta|chung ta|phu huynh|giao vien) (nen|phai|can) (lam gi|lam the nao|xu ly the nao|lam sao) (khi|neu)',
};

/**
 * Negators looked for in the 3 syllables right before a hit, on the MARKED tokens (so "chả"/"chẳng" count but
 * a plain "cha" — father — does not).
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  'khong', 'không', 'chẳng', 'chả', 'chưa', 'chua', 'chang', 'never', 'not', 'nobody', 'hề',
]);

/**
 * Someone else is the subject: "bạn em…", "hỏi giùm bạn…", "my friend…". Counts when the marker starts before
 * the hit (so "Em bị bạn cùng lớp đánh" is first person: the hit starts at "bị", before the marker).
 */
export const THIRD_PARTY_MARKERS: readonly string[] = [
  'ban (em|minh|toi|tao|t|tui|to|than|cua em|cua minh|cung lop|cung ban|cung phong|lop|hoc|gai|hang xom)',
  '(nho|con|thang|dua|co|cau|be|may dua) ban',
  'hoi (giup|gium|dum|ho|giup cho|thay|cho) (ban|nguoi|dua|chi|anh|em|nho|thang|con)',
  '(be|dua|nho|thang|con|chau) (hang xom|trong xom|cung xom|nha ben)',
  '(em|anh|chi) (ho|gai|trai|hai|re|dau) (em|minh|toi|tao|cua em|cua minh)',
  '(thang|con|dua|nho|be)? (em|anh|chi) ho',
  '^ (anh|chi|em|co|cau|chu|di) (em|minh|toi) (bi|dang|duoc|da|vua|nghe noi)',
  '(may|nhung|mot so) (dua|ban|em) (nho|tre)? (trong xom|o xom|hang xom|cung lop)',
  '(my|a|our) (friend|friends|sister|brother|cousin|classmate|bff|bestie|neighbor|neighbour|mom|mum|mother)',
  'for a friend',
];

/** First-person words: inside the hit they make it about the teen ("chị họ dẫn em qua Cam", "my mom hits me"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['em', 'minh', 'toi', 'tao', 'tui', 'me', 'myself', 'i', 'us', 'we']);

/** Told as past: "hồi trước", "năm ngoái", "từng", "used to". An imminent rule becomes disclosed. */
export const PAST_MARKERS: readonly string[] = [
  'hoi (truoc|nho|xua|be|lop|do|ay|con nho)',
  'nam (ngoai|truoc|lop)',
  '(da )?tung',
  'truoc (day|kia)',
  'ngay (xua|truoc)',
  '/[0-9]+/ nam truoc',
  'used to',
  'when i was',
  'last (year|month)',
  'years ago',
];

/**
 * Question and hypothetical framing (README "Policy: questions vs accounts"). An informational question or an
 * "if…" hypothetical about a harm gets at most a safety tip, never a crisis card; an ACCOUNT of something
 * happening keeps its level even when it ends with a question. Each rule says what framing does to it
 * (`question` in ./rule-spec.ts). Message-level; all FOLDED and canonical.
 *
 * Precedence: a STRONG account marker cancels all framing; else a HYPOTHETICAL frames the message; else a WEAK
 * account marker (third party, first-person victim or object, possessive) cancels the question frames; else
 * a LEGAL or INFO question frames it.
 */
/** The message does not open with an English question word; then any text up to the marker. */
const NOT_Q_OPENING = '^ !(is|are|can|could|should|would|will|what|who|where|when|how|do|does|am|may) …30';
const PARTICLE = '(a|ah|ak|vay|v|z|nhi|ta|nhe|ha|ne|mn|moi nguoi|ad|admin|bot|nha|ban|oi|the|day)';
/** Someone who could make an offer or give an order: a recruiter, an employer, a stranger, a friend. */
const AGENT =
  'nguoi ta|ho|co nguoi|nguoi|ai do|mot nguoi|nguoi quen|nguoi la|anh ay|chi ay|ong ay|ba ay|anh ta|chi ta|co ay|' +
  'ban|ban em|ban minh|ban be|thang ban|con ban|chu|sep|cong ty|cty|trung tam|moi gioi|nguoi tuyen dung|' +
  'ben tuyen dung|nha tuyen dung|tui no|bon no|bon ho|tui ho|ad|admin|chu quan|ba chu|ong chu|quan ly|anh|chi';

export const FRAMING = {
  /** Something that happened or is happening to a specific person: "họ nói…", "2 tháng rồi", "đang", "cứu". */
  strong: [
    `(${AGENT}) (co |cu |da |vua |moi )?(bao|noi|dan|ru|moi|hua|keu|nhan tin|inbox|chao|doa|de doa|nhan la)`,
    // "bị dụ" needs a victim before it: "dấu hiệu nhận biết bị dụ dỗ là gì" is a question.
    '(ru|moi|hua) (em|minh|toi|tui|tao|mik)|duoc (ru|moi|hua|gioi thieu|nhan vao)|da bi (ru|du|lua|dan du)|' +
      '<!tre (em|minh|toi|tui|tao|con|chau|no|nho|ban ay|ban em|be) (bi|vua bi) (ru|du|lua|dan du)',
    '(found|contacted|messaged|approached|dmed|dm d|texted|added|reached out to) (me|us)',
    // Round 4: a recruiter writing to the teen, the teen about to go.
    '(inbox|ib|ket ban|add) (em|minh|toi|tui|tao)|nhan tin cho (em|minh|toi|tui|tao)|dang (tinh|dinh|chuan bi) (di|qua|sang|nhan)',
    'dang (bi|o|lam|phai|gap|tren|trong|tro|di|chay|can|khoc|so) !(…4 thi)',
    '<!(khi bi|neu bi|lo bi) (doa|de doa|dam doa|ham doa|tong tien)|threaten|threatens|threatening',
    'da bi|vua (moi )?(bi|den|toi|sang|qua|ve)',
    'roi $|/[0-9]+/ (thang|tuan|ngay|nam|hom|tieng|gio) (roi|nay)|(may|ca|hai|ba|nhieu) (thang|tuan|nam|ngay|hom|tieng|gio) (roi|nay)',
    'gio (phai )?(lam )?sao|gio (phai )?lam gi|bay gio (phai )?(lam )?sao',
    'hom qua|hom truoc|toi qua|dem qua|mat lien lac',
    // Habitual: an ongoing situation, not a question about rules.
    'ngay nao cung|dem nao cung|lan nao cung|hoai|every (day|night|time)|all the time|keeps (hitting|beating|touching|hurting)',
    'cuu|help me|sos|right now',
    '(i m|i am|we are|we re) being|i was|we were|i ve been|i have been|i worked',
    '(took|taken|kept|held|stole|stolen|lured|tricked|sold|beaten|locked|threatened|offered|invited|promised|told|said|says|tells|mistreated) ',
  ],
  /** "if…", "nếu…", "lỡ bị…", "khi thấy…": a hypothetical (beats weak account markers, not strong ones). */
  hypothetical: [
    '^ …2 (neu|gia su|gia nhu|lo (nhu|ma|bi)|trong truong hop|if|in case|what if|suppose|supposing)',
    '(lam sao|lam gi|the nao|nen|what|how|who|where|can i|should i) …6 (neu|lo (nhu|ma|bi)|if)',
    '(neu|lo (nhu|ma|bi)) …8 thi (phai |nen )?(lam sao|sao|lam gi|bao|goi|co|khieu nai|to cao)',
    // "Khi bị tống tiền… thì có nên…": a question about a situation, not an account (round 4).
    '^ …2 khi (bi|gap|thay|lo bi) …12 thi (co nen|nen|phai lam|lam sao|lam gi|bao ai|goi ai|co phai)',
    // "thấy" folds like "thầy" (teacher): only with a generic child or person after it and a "thì" clause.
    'khi thay|neu thay|thay (mot )?(tre|tre em|dua nho|dua tre|ban|nguoi|ai|em be|be) …10 thi',
    '(giup|ho tro|lam gi|lam sao|bao ai|goi ai|lien he ai) (khi|neu) (bi|gap|thay)',
  ],
  /** About a specific victim without time or speech markers: cancels LEGAL/INFO frames only. */
  weak: [
    '<!tre (em|minh|toi|tui|tao|mik|con|t) (bi|phai|no|dang no)',
    '(bat|ep|khong cho|giu|nhot|danh|dap|doa) (em|minh|toi|tui|tao|mik|con)',
    'cua (em|minh|toi|tui|tao|mik|t)',
    // English, unless the message opens with a question word ("is it legal for a boss to keep my ID?").
    `${NOT_Q_OPENING} (makes|making|made|make|forces|forcing|forced|keeps|won t let|will not let|does not let|do not let) (me|us)`,
    `${NOT_Q_OPENING} my …3 (boss|employer|company|parents|family|mom|dad|father|mother|friend|brother|sister|cousin|relative|uncle|aunt)`,
    `${NOT_Q_OPENING} (my|our) (pay|wages|salary|passport|id|papers|documents|phone)|(i m|i am) (already )?(working|employed)`,
  ],
  /** A question about legality: rules with `question: 'drop_legal'` drop on it, others cap. */
  legal: [
    '{LEGAL_Q}|hop phap|trai phep|is (it|that|this) allowed|am i allowed',
    'bi (phat|xu phat|xu ly|bat) (bn|bao nhieu|may|the nao|gi|khong)',
  ],
  /** Informational or yes/no question frames. */
  info: [
    `(khong|chua) ${PARTICLE}? $`,
    `co that ${PARTICLE}? $|that (khong|chua)`,
    'co (phai|nen|bi|quyen|sao|sai|dung luat|vi pham|hop phap|an toan|binh thuong|that|uy tin|lua|can)',
    'bao nhieu|may (tieng|gio|tuoi|trieu|lan)|toi da|toi thieu|o dau|cho nao|khi nao|luc nao|the nao|ra sao|la gi|la sao|nghia la',
    '(viec|cong viec|nghe) (gi|nao)|nhung (viec|cong viec|nghe|gi)|lam (duoc )?viec gi|lam duoc gi|duoc (phep )?lam (gi|nhung|viec)',
    'tai sao|vi sao|sao (nhieu|lai|ai)|^ sao ',
    'bang cach nao|cach nao de|dau hieu (nhan biet|cua|la)|nhan biet …4 (nhu the nao|ra sao)|signs of|warning signs|red flags',
    'thi …3 (nen|phai|can) (lam gi|lam sao|lam the nao|bao ai|lien he ai|xu ly)',
    '^ ai (co the|se) (giup|ho tro)|(ai|noi nao|co quan nao|cho nao|so nao) (co the |se )?(giup|ho tro) …2 (khi|neu)',
    'thi (phai |nen |co the )?(lam sao|sao|lam gi|lam the nao|lam cach nao|bao ai|bao o dau|bao tin|goi ai|goi so nao|goi dau|khieu nai|to cao|xu ly|bi gi|ai bi|bao (cho )?ai)',
    // "may"/"am" only before a pronoun: "mấy anh…", "âm thầm…" fold to the same letters.
    '^ (what|when|where|who|how|why|which|does) |^ (may|am) (i|we|you|he|she|they|it|not) |^ (is|are|can|could|should|will|would) !(not|n)|^ do (i|you|we|they)',
    '(can|could|should|will|does|do|is|are) (i|you|the bot|the programme|the program|the youth union|a|an|it|that|this) ',
    '(legal|illegal|allowed|a scam|a red flag) $',
  ],
} as const;
