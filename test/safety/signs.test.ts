import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTOR } from '../../src/safety/assess';
import { LEVEL_RANK, type RiskCategory, type RiskLevel } from '../../src/safety/types';

/**
 * Round-4 concepts (README "Round 4"): each risk message is a hand-written paraphrase of a concept added from
 * blind-4's misses (not a blind-4 sentence), each benign message shares its words. Rules only (no model), so a
 * failure points at a rule. These were written after the concepts, so they test the mechanism, not recall.
 */
const RISK: ReadonlyArray<{ text: string; level: RiskLevel; category: RiskCategory }> = [
  { text: 'thư gửi ba viết sẵn rồi, để trong ngăn bàn. đêm nay đừng ai kiếm con', level: 'imminent', category: 'self_harm' },
  { text: 'cho hết đồ chơi với quần áo cho em gái rồi, em không cần dùng nữa. tối nay em đi', level: 'imminent', category: 'self_harm' },
  { text: 'uống mấy viên thuốc ngủ thì ngủ luôn không dậy nữa vậy', level: 'imminent', category: 'self_harm' },
  { text: 'i have a whole box of razors here and tonight i\'m using them', level: 'imminent', category: 'self_harm' },
  { text: 'i keep cutting my thighs when stressed', level: 'disclosed', category: 'self_harm' },
  { text: 'cuoc song khong thay co y nghia gi nua', level: 'possible', category: 'self_harm' },
  { text: 'i feel like a burden to my family', level: 'possible', category: 'self_harm' },
  { text: 'chú dượng cứ đòi vô phòng em, em khóa cửa rồi mà ổng vẫn gõ hoài', level: 'imminent', category: 'sexual_abuse' },
  { text: 'ông anh họ chui vô mùng em, đang nằm sát bên, em không dám kêu', level: 'imminent', category: 'sexual_abuse' },
  { text: 'ổng hay vuốt đùi em lúc không có ai', level: 'disclosed', category: 'sexual_abuse' },
  { text: 'mấy đứa lớp bên chụp lén dưới váy bạn em rồi đăng lên nhóm', level: 'disclosed', category: 'sexual_abuse' },
  { text: 'ba khóa em ngoài cổng từ 11 giờ đêm, em đang ở ngoài, trời lạnh', level: 'imminent', category: 'abuse' },
  { text: 'mẹ dí tàn thuốc vô tay em', level: 'disclosed', category: 'abuse' },
  { text: 'ổng đòi 200 triệu mới thả em về', level: 'imminent', category: 'trafficking' },
  { text: 'they took all my phones and passports on the bus to the border', level: 'imminent', category: 'trafficking' },
  { text: 'bạn em đi theo mấy người rủ qua Campuchia làm, giờ mất liên lạc', level: 'imminent', category: 'trafficking' },
  { text: 'bị dụ vô một khu ở Campuchia toàn làm lừa đảo qua mạng', level: 'disclosed', category: 'trafficking' },
  { text: 'ông chủ bắt ký giấy nợ 30 triệu, muốn nghỉ phải đền', level: 'disclosed', category: 'forced_labour' },
  { text: 'em đang ở trên tàu cá, chưa cho vào bờ, chưa trả hết nợ thì đừng mơ về', level: 'imminent', category: 'forced_labour' },
  { text: 'tài xế lạ không chịu cho em xuống xe, cứ chạy hoài', level: 'imminent', category: 'imminent_danger' },
  { text: 'nước lụt lên tới cổ rồi, cứu em', level: 'imminent', category: 'imminent_danger' },
  { text: 'có người lạ đậu xe trước nhà chụp hình em mấy ngày nay', level: 'disclosed', category: 'imminent_danger' },
  { text: 'em lạc ở chợ đêm, khuya rồi, điện thoại còn 3% pin', level: 'possible', category: 'imminent_danger' },
];

const BENIGN: readonly string[] = [
  'thư cho ba viết xong rồi, mai tặng ba nhân ngày của cha',
  'em cho hết sách cũ cho thư viện rồi, không cần dùng nữa',
  'bài thơ này không thấy có ý nghĩa gì hết',
  'ba mẹ đi vắng, em gái cứ đòi vô phòng em chơi',
  'em trai chui vô mùng em ngủ vì sợ sấm',
  'mẹ xoa bụng cho em khi em đau bụng',
  'em quên chìa khóa nên đứng ngoài cổng chờ mẹ về',
  'bạn em qua công ty khác làm rồi',
  'đòi 5 triệu mới trả xe',
  'đi câu cá trên tàu cá của chú, vui lắm',
  'grab không cho em xuống ở chỗ cấm dừng',
  'my mom is in the car and won\'t let me out until I apologize',
  'nước ngập tới đầu gối ở đường nhà em, đi học khó quá',
  'mấy tuần nay hàng xóm chụp hình hoa trước nhà',
  'ước gì được ngủ một giấc thật dài sau kỳ thi',
  'mẹ hỏi em có ở nhà 1 mình không',
  'thầy ôm em hơi lâu lúc phát thưởng, em vui lắm',
  'ai biết cách vượt ngục trong GTA ko chỉ với',
  'làm bài tập tới 12 giờ đêm mệt xỉu',
  'mẹ khóa cửa ngoài lúc đi chợ, em ở nhà học bài',
];

describe('round-4 concepts', () => {
  it.each(RISK)('flags "$text" at $level or above, as $category', ({ text, level, category }) => {
    const a = DEFAULT_DETECTOR.assess(text);
    expect(a.level === null ? -1 : LEVEL_RANK[a.level], JSON.stringify(a.flags)).toBeGreaterThanOrEqual(LEVEL_RANK[level]);
    expect(a.flags.map((f) => f.category)).toContain(category);
  });

  it.each(BENIGN)('does not alarm on "%s"', (text) => {
    expect(DEFAULT_DETECTOR.assess(text).flags).toEqual([]);
  });

  it('does not flag a question about what to do when blackmailed with photos above a tip', () => {
    const a = DEFAULT_DETECTOR.assess('Khi bị tống tiền bằng ảnh riêng tư thì có nên chuyển tiền không?');
    expect(a.level === null || a.level === 'possible').toBe(true);
  });
});
