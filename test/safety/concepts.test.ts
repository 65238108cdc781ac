import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_DETECTOR } from '../../src/safety/assess';
import { CONCEPT_MACROS } from '../../src/safety/concepts';
import { compilePattern } from '../../src/safety/pattern';
import { MACROS } from '../../src/safety/lexicon';
import type { RiskCategory, RiskLevel } from '../../src/safety/types';
import { loadBlindSet } from '../eval/risk/dataset';

/**
 * Concept combinations (round 2): each pair is a risk message built from a concept and a benign message that
 * shares its words. Written by hand for the mechanism, not copied from the evaluation sets.
 */
const PAIRS: ReadonlyArray<{ risk: string; level: RiskLevel; category: RiskCategory; benign: string }> = [
  { risk: 'chỉ mong được tan biến luôn', level: 'disclosed', category: 'self_harm', benign: 'con mèo tan biến vào bóng tối' },
  { risk: 'tôi không muốn tỉnh dậy nữa', level: 'disclosed', category: 'self_harm', benign: 'sáng nay không muốn thức dậy sớm' },
  { risk: 'vĩnh biệt cả nhà, đừng tìm con', level: 'imminent', category: 'self_harm', benign: 'tạm biệt cả nhà, tuần sau con về' },
  { risk: 'ngồi trên lan can nãy giờ, gió lạnh', level: 'imminent', category: 'self_harm', benign: 'ngồi trên lan can ngắm hoàng hôn' },
  { risk: 'có thằng nào đang phá khóa cửa phòng tôi', level: 'imminent', category: 'imminent_danger', benign: 'bố đang phá khóa cửa kho vì mất chìa' },
  { risk: 'có ông lạ cứ lảng vảng trước cổng nhà em từ chiều', level: 'imminent', category: 'imminent_danger', benign: 'có chú bảo vệ đứng trước cổng trường' },
  { risk: 'ông ấy mua đồ cho cháu rồi bảo đây là bí mật giữa hai chú cháu', level: 'disclosed', category: 'sexual_abuse', benign: 'mẹ mua bánh cho em, bí mật với bố nha' },
  { risk: 'người quen trên mạng xin ảnh em mặc đồ bơi', level: 'disclosed', category: 'sexual_abuse', benign: 'cô xin ảnh lớp mặc áo đồng phục' },
  { risk: 'cô ấy bảo bên kia lo hết, chỉ cần mang căn cước theo', level: 'disclosed', category: 'trafficking', benign: 'bên kia lo hết phần âm thanh cho buổi diễn' },
  { risk: 'bà mối nói gả sang Đài Loan thì nhà được nhiều tiền', level: 'disclosed', category: 'trafficking', benign: 'chị họ lấy chồng Đài Loan, về thăm nhà hoài' },
  { risk: 'họ dặn ai hỏi thì nói là đi thăm họ hàng', level: 'disclosed', category: 'trafficking', benign: 'cô dặn ai hỏi thì nói là lớp đi tham quan' },
  { risk: 'i just want to vanish', level: 'disclosed', category: 'self_harm', benign: 'the magician made the coin vanish' },
];

describe('concept combinations', () => {
  it.each(PAIRS.map((p) => [p.risk, p] as const))('flags %j but not its near miss', (_r, p) => {
    const a = assess(p.risk);
    expect(a.level, p.risk).toBe(p.level);
    expect(a.flags.map((f) => f.category), p.risk).toContain(p.category);
    expect(assess(p.benign).level, p.benign).toBeNull();
  });

  it('compiles every concept macro on its own', () => {
    for (const [name, body] of Object.entries(CONCEPT_MACROS)) expect(() => compilePattern(body, MACROS), name).not.toThrow();
  });

  it('finds the same flags with the anchor index (and second anchors) as with a full scan on the round-2 files', () => {
    for (const file of ['dev-round2.yaml', 'dev-round2-probes.yaml', 'blind-2.yaml']) {
      const set = loadBlindSet(file);
      for (const t of [...set.risk, ...set.benign, ...set.questions].map((x) => x.text)) {
        expect(DEFAULT_DETECTOR.assess(t), t).toEqual(DEFAULT_DETECTOR.assess(t, { useIndex: false }));
      }
    }
  });
});
