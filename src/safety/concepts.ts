/**
 * Concept lexicons (round 2): one macro per CONCEPT rather than one pattern per sentence, so a new phrasing that
 * uses a synonym, another verb, teen code, no diacritics or English still lands in the same concept. Rules
 * then combine concepts ("SELF + wish + vanish", "someone + opens + my door", "gift + secret"). All forms are
 * FOLDED and canonical (see ./text.ts); merged into MACROS by ./lexicon.ts. Grow these lists, not the rules.
 */
export const CONCEPT_MACROS: Readonly<Record<string, string>> = {
  // ---- self-harm ----
  /** Wanting or wishing: "muốn", "ước gì", "giá mà", "chỉ mong", "cầu cho", "want to", "wish". */
  WISH:
    'muon|chi muon|muon duoc|that su muon|uoc|uoc gi|uoc chi|uoc minh|uoc gi minh|gia ma|gia nhu|mong|chi mong|' +
    'cau cho|cau mong|them|tha|dinh|tinh|want to|wanna|wish|just want to|i want to|need to',
  /** Ceasing to exist, coded: "biến mất", "tan biến", "ra đi", "ngủ mãi", "về với ông bà", "không tồn tại". */
  VANISH:
    'bien mat|tan bien|bien khoi (cuoc doi|the gioi|trai dat|doi nay|the gian|cuoc song)|bien di|bien luon|' +
    'khong (con )?ton tai|khong (con )?co mat tren doi|ra di ($|mai mai|vinh vien|luon|that|cho|nhe nhang|thanh than)|' +
    'di xa (mai mai|vinh vien)|di (xa|that xa|that xa that xa) …3 (khong|chang) (bao gio )?(ve|quay lai|tro ve|gap lai)|' +
    'tim den (cai chet|cai chet)|quyen sinh|noi (khong con|chang con|het) (dau|kho|buon|nuoc mat)|a (place|world) (with no|without) (pain|suffering)|(duoc )?(yen nghi|an nghi|ngu yen)|' +
    've voi (ong|ba|to tien|troi|chua|phat) …2|len thien duong|ve troi|ve noi chin suoi|ngu (mai mai|vinh vien|luon khong day)|' +
    'khong (con )?(o |song )?tren (doi|coi doi|the gian) (nay )?(nua)?|' +
    'nham mat xuoi tay|giai thoat (khoi …3)?|nghi ngoi (mai mai|vinh vien)|chua tung (duoc )?sinh ra|' +
    'khong (bao gio )?(phai )?(thuc|tinh) (day|lai) !(som|luc|vao|di|de|kip)',
  /** Finality tail: "…cho xong", "…cho rồi", "…là hết chuyện", "…cho nhẹ nợ". */
  FINALLY: '(cho|la) (xong|roi|khoe|het chuyen|nhe no|xong chuyen|yen|xong het|nhe nhom|het|nhe nhang|thanh than)',
  /** Stopping everything: "dừng lại mọi thứ", "kết thúc hết", "buông tất cả". */
  STOP_ALL:
    '(dung lai|ket thuc|cham dut|buong|buong bo|tu bo) (het|tat ca|moi thu|moi chuyen|tat ca moi thu|mai mai|' +
    'vinh vien|cuoc doi|cuoc song|doi minh|su song) !(cac|nhung|mon|lop|hoat dong|viec hoc|bai|du an|game)',
  /** A place to fall from. */
  HEIGHT:
    'tren cau|len cau|mep cau|thanh cau|san thuong|noc nha|mai nha|lan can|thanh lan can|tang thuong|ban cong|' +
    'vach da|bo song|mep song|mep vuc|cua so tang /[0-9]+/',
  /** Means of self-harm or suicide. */
  MEANS:
    'dao lam|luoi lam|dao cao|dao roc giay|manh chai|luoi dao|day thung|soi day|than hoa|than cui|thuoc ngu|thuoc an than|thuoc tru sau|thuoc chuot|' +
    'thuoc diet chuot|thuoc diet co|ba chuot',
  /** Farewell words. */
  BYE: 'tam biet|vinh biet|bye|bye bye|bai bai|bb|goodbye|farewell|chao vinh biet|chao tam biet|chao lan cuoi',
  /** Whom a farewell is to: everyone, the family, the world. */
  BYE_TO:
    'moi nguoi|ca nha|tat ca|cac ban|the gioi|cuoc doi|bo me|ba me|cha me|gia dinh|everyone|everybody|all|' +
    'the world|world|you all|guys|ae|anh em|ca lop',
  /** What turns a farewell into a last one: thanks for everything, "đừng tìm em", "lần cuối", a phone switched off. */
  FINAL:
    'cam on (vi |moi nguoi |ca nha |da )?(tat ca|da thuong|da yeu|thuong|yeu|o ben|quan tam|moi thu|nhung ngay|thoi gian)|' +
    'xin loi (vi )?(tat ca|moi nguoi|ca nha|bo me|ba me|me|bo)|tha loi|di day|em di|tao di|toi di|minh di|lan cuoi|' +
    'mai mai|vinh vien|kiep sau|dung (ai )?(di )?(tim|kiem|buon|khoc|lo)|khoi ai (lo|tim|kiem)|tat may|khong (nghe|bat|tra loi) may|' +
    'thuong moi nguoi|yeu moi nguoi|bao trong|o lai|song tot|manh khoe|toi nay|dem nay|ngay cuoi|' +
    'thank you for everything|thanks for everything|love you all|forgive me|i m sorry|sorry for everything|' +
    'not answering|is not answering|not picking up|turned off|last message|take care of|tonight|forever|tin nhan cuoi|loi cuoi|' +
    'nice knowing|vui vi (da|duoc) quen|(wasn t|was not|is not|isn t|not) (your|anyone s) fault|khong phai loi (cua )?(ai|moi nguoi|ban|bo me|ba me|me|bo)|last time you|giu gin suc khoe|khong lam phien|dung lo (cho )?(em|minh|con|toi) nua|' +
    'goi (khong|chang) (duoc|nghe|bat)|khong lien lac duoc|gave (away )?(my|all my) (dog|cat|stuff|things|belongings)',
  /** A farewell that is clearly not a last one: see you, tomorrow, going home for Tết, going to bed. */
  SEE_YOU:
    'hen gap lai !(kiep|o kiep|ben kia)|gap lai !(kiep|o kiep|ben kia)|gap sau|see you|see ya|cya|ngay mai|sang mai|' +
    'toi mai|tuan sau|thang sau|nam sau|sau tet|sau he|ve que|di ngu|ngu ngon|good night|goodnight|gn|di hoc|' +
    'di choi|du lich|nghi he|chuyen truong|het pin|afk|off (di ngu|hoc|nhe|nha|mai|day)|dang xuat|log out|log off|len lop|ra truong|' +
    'tot nghiep|mai gap|tuan toi|next (week|year|time|semester)|after (summer|break|the holidays)|summer|holiday|' +
    'mai (noi|gap|hoc|lam|choi|di hoc|nhan|tinh|on|tiep)|noi tiep|nc tiep|chat tiep|talk (later|tomorrow)|later|ttyl|brb|' +
    'vacation|trip|bai thi|di thi|nhom chat|group|ra khoi nhom|roi nhom|leave the group|lop /[0-9]+/|lop hoc|thay co|nam hoc|' +
    'khoa hoc|mai truong|cap (1|2|3)|clb|cau lac bo|cong ty|du an|graduation|class of',
  // ---- emergencies ----
  /** Someone who is not the teen and not named family: a stranger, "có người", "ông ấy", "họ", "they". */
  OTHER:
    'co nguoi|co ai|ai do|nguoi la|nguoi nao|ong nao|thang nao|ong ay|ong ta|ba ay|anh ay|anh ta|chu ay|ong la|' +
    'ke la|thang la|ke gian|thang|han|ho|tui no|bon no|tui ho|bon ho|may nguoi|mot nguoi|mot ong|mot thang|' +
    'nguoi dan ong|nguoi do|may thang|/[0-9]+|hai|ba|vai/ (thang|nguoi la|ong|dua|ke)|nhom nguoi|xe la|mot chiec xe|someone|somebody|a man|a guy|some guy|he|' +
    'they|a stranger|strangers|people|some people|a car|a van|xe may|mot xe may|chiec xe|xe hoi|o to|oto|xe oto|xe den|' +
    'tieng nguoi|nguoi say|thang say|la mat|dua la mat|nguoi la mat|co ong|co thang|ong say|ong say xin|' +
    'tui doi no|dan doi no|bon doi no|giang ho|xa hoi den|dan anh|(the|that|this|a) (same )?(car|van|truck|man|guy|person)',
  /** The teen's room, house or door. */
  MY_PLACE:
    'phong (em|minh|toi|tao|con|tro)|nha (em|minh|toi|tao|tro)|phong tro|cua phong|cua nha|cua so|cong nha|' +
    'my (room|door|house|home|window|bedroom|apartment)|the (door|window|bathroom)',
  /** Forcing a way in. */
  FORCE_IN: 'pha|cay|vat|dap|giat|xo|dam|duc|go manh|dap manh|(be|nay|cay) (khoa|o khoa)|dot nhap|dap rau|dap ruc',
  /** Fear or being alone: makes an otherwise ordinary event (a knock, someone outside) an emergency. */
  ALARM:
    'so (qua|lam|that|ghe|run|chet)|rat so|dang so|em so|minh so|hoang so|run (qua|lam|ray)|mot minh|lien tuc|hoai|' +
    'nua dem|khuya|nguoi la|khong quen|rinh|' +
    'nay gio|may hom|tu chieu|tu sang|tu toi|scared|afraid|terrified|alone|home alone|by myself|keeps|won t leave|will not leave|creepy|' +
    'doi vao|muon vao|doi mo cua|bat mo cua|/[0-9]+/ am|midnight|at night|late at night|' +
    'may bua|may dem|duong vang|giua dem|ban dem|keep seeing|every night|worried|stuck inside|trapped|' +
    '(toi|dem) nao cung|(khong|chang) (thay )?an toan|unsafe|not safe',
  // ---- grooming and sexual abuse ----
  /** Asking or making someone send or show. */
  ASK: 'doi|xin|bat|bao|ep|keu|nhan|nhan tin|muon|hoi|du|nan ni|nai ni|yeu cau|nho|doi hoi|ru|thuyet phuc|nai',
  SEND: 'gui|chup|quay|cho xem|show|khoe|bat cam|goi video|call video|video call|facetime|livestream|quay phim|send|sending|take|show me',
  PHOTO: 'anh|hinh|clip|video|cam|phim|tam anh|tam hinh|selfie|pic|pics|picture|pictures|photo|photos|videos',
  /** Undressed, intimate or sexual content. */
  BODY:
    'khong mac (do|ao|quan|gi)|coi (do|ao|quan|het|sach)|khoa than|loa the|nude|nudes|(anh|hinh|clip|phim) (nong|18)|' +
    'sexy|goi cam|do lot|noi y|ao nguc|ao lot|quan lot|do boi|bikini|luc tam|dang tam|khi tam|di tam|tam xong|vung kin|' +
    'nguc|than the|body|clip ky ky|clip bay|phim bay|phim den|clip den|ho hang|nhay cam|rieng tu|thay do|luc thay do|tren giuong|naked|no clothes|without clothes|' +
    'do ngu|vay ngu|mac do ngu|cho kin|bo phan sinh duc|mac it vai|it vai|ho bao|do mong|pajamas|pyjamas|pjs|nightgown|' +
    'undressed|undress|topless|shirtless|without (my|a|your) (shirt|top|clothes|bra)|in (my|your) (underwear|bra|bikini)|' +
    '(take|taking|took) off (my|your|her) (shirt|clothes|top|pants|bra|underwear)|(take|taking|took) (my|your|her) (shirt|clothes|top|pants|bra) off|strip|' +
    'private parts|nsfw|spicy',
  /** What a groomer gives or does: money, gifts, game top-ups, hugs, late-night texts, visits. */
  // Folding collisions avoided: not a bare "hon" (hơn) or "om" (ốm), not a bare "tang" (tầng, tăng).
  GIFT:
    'cho ({SELF} )?(tien|qua|do|dien thoai|tien tieu|tien nap|banh|keo|do an|the game|the cao|the nap|card|acc|skin|vat pham|kim cuong)|' +
    'mua (cho )?({SELF} )?(dien thoai|quan ao|do|qua|giay|vay|son|iphone|do an|tra sua|the|dong ho)|' +
    'tang ({SELF}|cho {SELF}|qua|do)|nap (game|the|tien|kim cuong|quan huy)|nap cho|skin|kim cuong|robux|the cao|' +
    'om hon|om ap|om chat|hon (ma|co|tran|moi|len (ma|moi|co|tran))|om ({SELF}) (chat|vao|lai)|(hay|cu|thuong) (om|hon|so|vuot ve) ({SELF})|goi …2 qua nha|qua nha|vao phong|' +
    'nhan (tin )?…4 (dem|khuya|ban dem|nua dem)|di choi rieng|dua …2 di choi|nguoi lon roi|chin chan|truong thanh|' +
    'gift|gifts|money|buys me|bought me|gives me|gave me|' +
    'sends me money|sent me money|pays for|texts me (at night|late)|hugs me|kisses me|kissed me|mature for|gift card|giftcard|' +
    'v bucks|vbucks|(texting|texts|messages|messaging|calls|calling) me (late )?(at night|every night|after midnight|late)',
  /** Asking for secrecy. */
  SECRET:
    'bi mat (cua|giua) …3|la bi mat|bi mat nhe|bi mat nha|giu bi mat|giu kin|(khong duoc|dung|cam|chang duoc|khong) (ke|noi|mach|he|cho biet) ' +
    '(voi |cho )?(ai|bo me|ba me|me|bo|nguoi khac|co|thay|gia dinh|nguoi nha|phu huynh|ai biet)|' +
    '(dan|bao|bat|doa) …2 (khong duoc|dung|cam|chang duoc) (ke|noi|mach|he)|chuyen (cua )?(hai|2) (dua|ta|chu chau|anh em|thay tro|chung ta)|' +
    'our (little )?secret|between (us|you and me)|(do not|not to|never|don t) tell (anyone|your (parents|mom|dad|mum|family)|my (parents|mom|dad|mum|family)|mom|dad)|' +
    'keep (it|this) (a )?secret|delete (the|our|these) (messages|chats|texts)|(dan|bao|bat|keu) …2 xoa (het )?(tin nhan|doan chat|chat)|' +
    '(when|while) (his|her) (wife|girlfriend|husband|family|kids) (is|s|are|re) (not home|not there|away|out|gone|asleep)|' +
    'xoa (het )?(tin nhan|doan chat|chat|lich su) …4 (bo me|ba me|me|bo|nguoi nha|ai) …2 (thay|biet|doc)|' +
    '(when|while) (my |your )?(parents|mom|dad|mum|family|everyone) (are |is )?(asleep|sleeping|away|out|not home|not around|gone|at work)|' +
    'khi (bo me|ba me|me|bo|ca nha) (dang )?(ngu|di vang|vang nha|khong co nha|di lam)|' +
    '(should not|must not|can not) tell (anyone|my|your|mom|dad)|' +
    // "đừng cho bạn bè biết", "không cho ai hay" (round 3).
    // Written as bigrams ("ai biet", "me biet") so the anchor index keeps it selective.
    '(dung|khong duoc|cam|chang duoc|khong|dung co) (cho|de) (ai biet|ai hay|ai thay|ban be biet|ban biet|bo me biet|' +
    'ba me biet|me biet|bo biet|nguoi khac biet|gia dinh biet|nguoi nha biet|ca lop biet|co biet|thay biet|phu huynh biet|ai khac biet)',
  /** Meeting alone or in secret. */
  MEET:
    'gap rieng|gap mat|hen gap|di gap|ra gap|hen ra|tron nha|tron (ra|di) gap|qua nha|ve nha (anh|chu|ong)|sang nha|' +
    'nha nghi|khach san|motel|ngu (cung|voi|lai)|o lai (qua dem|mot minh)|mot minh voi|di choi rieng|meet|meet up|' +
    'meet (me|him|her) alone|alone with|come over|sneak out|pick (me|you) up|hotel|his place|his house|his car|' +
    'video chat|video call|goi video|call video|facetime|bat cam|(inviting|invites|invited) me (inside|in|over|to his)|' +
    '(di|ra|uong|an|xem) (cafe|cf|ca phe|tra sua|an|xem phim|dao|choi) …2 (mot minh|rieng)',
  // ---- trafficking ----
  /** "Over there" across the border, told without a country: "qua bển", "sang bên kia". */
  OVERTHERE:
    '(sang|qua) (ben kia|ben do|ben ay) !(duong|song|nha|pho|lop|phong|cho|hem|ngo|cua|bo|cau|san|ho|nui|doi|suoi|quan|toa|day|ban)|' +
    '(sang|qua|o) ben (lam|lam viec|song|kiem|luong|thi|do lam)|ben kia (bien gioi|lam|luong|kiem)|' +
    '(dang o|o|toi|den) (ben kia|ben do|ben ay) (roi|nay|$|ho|bi)',
  /** Border towns and crossings: a job offer there from an online contact is a lure sign. */
  BORDER_TOWN:
    'mong cai|lang son|lao cai|ha giang|cao bang|moc bai|tinh bien|chau doc|ha tien|bo y|cau treo|lai chau|dien bien|' +
    'tay ninh|cua khau|bien gioi|border',
  /** Marrying or being married off. */
  MARRY:
    // "ga" (gả) but not "ga tàu/xe" (station), "gà" dishes.
    'ga !(tau|xe|ra|xep|lang|tieu|cuoi|hoa xa|ran|luoc|nuong|con|trong|tay|gan|sat|mai)|lay chong|lam dau|lam vo|co dau|mai moi|lam mai|se duyen|xem mat|di lay chong|kiem chong|tim chong|hoi cuoi|' +
    'dam hoi|cuoi (em|minh|con|chau)|nha trai|sinh le|thach cuoi|marry|married|marriage|bride|husband|wife',
  /** Foreign spouse or destination of marriage brokering. */
  FOREIGN:
    'trung quoc|trung !(tam|hoc|binh|thu|thanh|uong|tuan|nien|gian|cap|ki|ky|bay|vien|ta|thuc|nghia|ca)|' +
    // "tàu" (China) only after a direction or a person; "tàu" is also a train or a ship.
    '(sang|qua|ben|nguoi|ve|o|di|lay chong|chong|thang|ong) tau !(hoa|dien|thuy|bien|ca|ngam|cao toc|lua|sap|chay|den|toi|roi|xe)|' +
    'dai loan|han quoc|han !(che|muc|hoc)|nuoc ngoai|nguoi nuoc ngoai|nguoi trung|nguoi tau|nguoi han|nguoi dai loan|' +
    'china|chinese|korea|korean|taiwan|taiwanese|foreigner|foreign|abroad',
  /** "They'll take care of everything": all paid, all arranged. */
  CARE_ALL:
    '(lo|bao|chiu|tra|lo lieu|sap xep|lo cho) (het|tat ca|tron goi|toan bo|het tat ca|tu a den z|het moi thu|het chi phi|' +
    'het giay to|moi thu|het cho|het roi|het a z)|take care of (it|everything|all of it|the rest|all)|handle everything|' +
    '(will|ll) handle (it|everything)|everything (is )?(paid|covered|taken care of|arranged)|all (paid|covered) for|paid for everything|' +
    'everything is paid for|arrange (everything|it all)|sort (everything|it all) out|organi(s|z)e everything|' +
    '(se )?co nguoi (lo|don|dua|sap xep|bao|lo cho|lo het|dan)',
  /** Classic lure signs besides the money: bring only your ID, no papers/experience needed, pay later, turn off your phone. */
  LURE_SIGN:
    'chi can (mang|dem|cam) (theo )?{ID}|(just|only) (need to )?bring (my|your) (id|passport|papers)|' +
    'khong can (bang cap|kinh nghiem|trinh do|ngoai ngu|biet tieng|hoc tieng|ho chieu|giay to|visa|mang gi)|bao an o|bao an uong|' +
    'bao (ve may bay|ve xe|tien ve|tien xe)|ung truoc|tra truoc|tru dan (vao )?luong|cu tin (chi|anh|toi|tui|minh|chu|co)|' +
    'tat (dien thoai|may|dinh vi)|chi can di theo|no experience (needed|required)|no passport (needed|required)|' +
    'free (flight|flights|visa|ticket|tickets|travel)|(flight|flights|ticket|tickets|visa) (is |are )?free|do not need (a |any )?(passport|visa|papers|documents)|tra sau|pay (later|back later)|' +
    'with no passport|without (a )?passport|' +
    'lam …4 (la|thi) (mua duoc|kiem duoc|giau|xay duoc|tra het no)',
  // ---- round 3 ----
  /**
   * Signs of an exploitative job offer (ILO indicators told as conditions): very long days, no contract, living
   * at the workplace, wages paid to the parents, paying for uniform/room/papers first, a deposit, papers kept.
   * Not "bao ăn ở" (board and lodging is ordinary); one sign alone can be ordinary too, so rules combine two.
   */
  JOB_SIGN:
    '(o|ngu) (luon |lai )?(trong|tai|o) (xuong|quan|cong ty|nha may|lo|cong trinh|nha chu|kho|lan|chuong)|an ngu (tai|o|trong) (xuong|quan)|' +
    '/1[2-9]|2[0-4]/ (tieng|gio) (mot |moi |1 |tren )?(ngay|hom)|(lam|lam viec) (tu )?…3 (sang|toi) (den|toi) (khuya|dem|sang)|' +
    '(khong|chua) (can |co |ky |lam )?hop dong|(khong|chang) (co )?(ngay )?nghi (ngay nao|buoi nao|chu nhat)|' +
    '(khong|chang) (co|duoc) ngay nghi|(lam|phai lam) (ca )?(chu nhat|7 ngay)|no (days|day) off|7 days a week|' +
    '(luong|tien luong|tien cong|tien) …3 (gui|chuyen|dua|tra) (thang )?(ve )?(cho )?({PARENT}|{RELATIVE}|gia dinh|nguoi nha)|' +
    '(nop|dong|dat|bat) (tien )?coc|coc /[0-9]+/ (trieu|nghin|tr)|' +
    '(nop|dua|giao|gui|de) (lai )?(ban goc|{ID}) …3 (cho )?(quan|chu|cong ty|xuong|ho) (giu|cam)|giu (bang|{ID}|ban goc)|' +
    '(tru|khau tru) (dan )?(vao )?luong|(pay|paying|pays) for (my |the |our )?(uniform|room|training|visa|papers|ticket|food|housing) …3 (first|upfront|up front|before)|' +
    '(take|takes|taking|deduct|deducts|deducting) (it )?(out of|from) (my|our) (pay|wages|salary)|no contract|' +
    '(cua|cong) (bi )?khoa (tu|lai|luc|ben ngoai)|(khoa|chot) (cua|cong) (tu trong|ben ngoai|lai|tu ngoai)|' +
    '(ra ngoai|ve|nghi|di dau) (la|thi) (bi )?(tru tien|tru luong|phat tien|mat tien)|' +
    '(khong|chang) (duoc|cho) (di )?hoc|(khong|chang) (duoc|cho) (cam|giu|nhan) tien|(tien|luong) …3 (vo|vao) tui (ho|chu|ong ay|ba ay)|' +
    '(nop|dua|giao|gui|de lai) (lai )?(bang goc|ban goc|bang tot nghiep goc)|' +
    '/1[2-9]|2[0-4]/ hours (a|per) day|live (at|in) the (factory|shop|workplace)|(wages|pay) (sent|go|goes) to my (parents|dad|mom)',
  /** An adult much older than the teen, told without a number ("ông lớn tuổi", "người lớn", "an adult"). */
  OLDER:
    '(ong|chu|bac|nguoi|anh|dan ong|ke) (lon tuoi|gia|lon hon …2|hon …3 (tuoi|giap))|nguoi lon|ong chu|ong gia|' +
    '(an |one )?adult|grown (up|man)|(he s|he is|hes|guy is|man is|who is|and he s) /[2-5][0-9]/|older (man|guy|dude)|old (man|guy)|(anh|chu|ong|nguoi) (ay |ta |kia |do )?/[2-5][0-9]/ (tuoi|t)',
  /** Being made someone's partner, wife or baby by an adult: "nhận em là vợ yêu", "đòi làm bạn gái". */
  ROMANCE:
    '(age|tuoi|tuoi tac) (is |chi la |cung chi la )?(just |only )?(a |con )?(number|so)|tinh yeu khong (phan biet|co) tuoi|' +
    '(nhan|goi|coi) ({SELF}) (la )?(vo|vo yeu|nguoi yeu|baby|bae|cung|em yeu|ban gai)|(doi|muon|xin|ru) (lam|cho lam) ' +
    '(ban gai|ban trai|nguoi yeu|ny|vo|bo|chong)|(muon|doi|ru) (yeu|hen ho)|calls me (his )?(wife|baby|girlfriend)|' +
    '(wants|asked) (me )?to be his (girlfriend|gf)|wants to date me',
};
