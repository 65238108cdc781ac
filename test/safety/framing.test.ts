import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_DETECTOR } from '../../src/safety/assess';
import { createDetector } from '../../src/safety/detector';
import { DEFAULT_RULESET } from '../../src/safety/rules';
import type { RiskLevel } from '../../src/safety/types';

/**
 * Question vs account framing (README "Policy: questions vs accounts"): the same harm asked about as a rule
 * or an "if…" gets at most a safety tip; told as something happening it keeps its level. Written by hand for
 * the mechanism, not copied from the evaluation sets.
 */
type Outcome = RiskLevel | null;

const PAIRS: ReadonlyArray<{ question: string; qMax: Outcome; account: string; aLevel: RiskLevel }> = [
  { question: 'chủ có được giữ căn cước không', qMax: null, account: 'chủ giữ căn cước của em, em phải làm sao', aLevel: 'disclosed' },
  { question: 'nếu em bị đánh thì báo ai', qMax: 'possible', account: 'bố đánh em hoài, có sao không', aLevel: 'disclosed' },
  { question: 'can my boss keep my passport?', qMax: 'possible', account: 'what should i do, my boss took my passport', aLevel: 'disclosed' },
  { question: 'đi Campuchia làm có an toàn không', qMax: 'possible', account: 'có người rủ em sang Campuchia làm, có nên đi không', aLevel: 'disclosed' },
  { question: 'nếu bị nhốt ở xưởng thì gọi ai', qMax: 'possible', account: 'em đang bị nhốt, có ai giúp không', aLevel: 'imminent' },
  { question: 'nếu bạn bị bố đánh thì nên làm gì', qMax: 'possible', account: 'bạn em bị bố đánh, em phải làm gì', aLevel: 'disclosed' },
];

const rank = (l: Outcome): number => (l === null ? 0 : { possible: 1, disclosed: 2, imminent: 3 }[l]);

describe('question and hypothetical framing', () => {
  it.each(PAIRS.map((p) => [p.question, p] as const))('caps the question %j but keeps its account', (_q, p) => {
    expect(rank(assess(p.question).level)).toBeLessThanOrEqual(rank(p.qMax));
    expect(assess(p.account).level).toBe(p.aLevel);
  });

  it('marks capped flags with basis "question" and never lifts them with a booster', () => {
    const a = assess('Sang nước ngoài làm bị chủ giữ hộ chiếu thì sao?');
    expect(a.level).toBe('possible');
    expect(a.flags.every((f) => f.basis === 'question')).toBe(true);
  });

  it('drops the age/hours rules on a rule question but keeps them for an account', () => {
    expect(assess('13, 14 tuổi được làm những việc gì?').level).toBeNull();
    expect(assess('12t lm thêm hè dc hok').level).toBeNull();
    expect(assess('Chủ bắt em 14 tuổi làm tới 11 giờ đêm, vậy đúng không?').level).toBe('disclosed');
  });

  it('keeps a ransom demand imminent however it is phrased', () => {
    expect(assess('Người nhà bị giữ ở Campuchia, bị đòi tiền chuộc thì làm sao?').level).toBe('imminent');
  });

  it('keeps self-harm questions (a disclosure is often phrased as one)', () => {
    expect(assess('tự làm đau mình thì có hết buồn không').level).toBe('disclosed');
  });

  it('treats a violence question naming the teen as victim as an account, unless it is an "if…"', () => {
    expect(assess('is it normal that my dad hits me?').level).toBe('disclosed');
    expect(assess('what if my dad hits me again?').level).toBe('possible');
  });

  it('does not read "help" in a question about help as a call for help', () => {
    for (const q of ['I came home early, can I get help?', 'My friend is about to drop out to work, how can I help?', 'When should I call 113 and when 111?']) {
      expect(assess(q).level, q).toBeNull();
    }
    expect(assess("i'm scared, please help").level).toBe('imminent');
    expect(assess('bị chủ ko cho về, cứu').level).toBe('imminent');
  });

  it('does not read "trẻ em bị…" as the teen, nor "mấy…" / "âm…" as an English question word', () => {
    expect(rank(assess('trẻ em bị bạo hành thì báo ai').level)).toBeLessThanOrEqual(rank('possible'));
    expect(assess('mấy anh trên mạng bảo qua bên đó làm, lương cao lắm').level).toBe('disclosed');
  });

  it('caps a self-harm "if…" about someone else, but keeps the teen\'s own', () => {
    expect(assess('nếu thấy bạn có dấu hiệu tự làm hại bản thân thì nên làm gì').level).toBe('possible');
    expect(assess('nếu em tự làm đau mình thì có hết buồn không').level).toBe('disclosed');
    expect(assess('nếu uống 30 viên thuốc ngủ thì có chết không').level).toBe('imminent');
  });

  it('does not let a negated condition cancel the threat that follows it', () => {
    expect(assess('tụi nó bảo không nộp tiền là bị đánh').level).toBe('disclosed');
    // The rules' negation handling (the statistical layer, which has no notion of negation, is tested apart).
    expect(DEFAULT_DETECTOR.assess('em không bị ai đánh cả').level).toBeNull();
  });

  it('does not read research, look-ups or sheep as a cry for help ("cứu")', () => {
    const level = (t: string) => DEFAULT_DETECTOR.assess(t).level;
    for (const t of ['Nghiên cứu', 'sau này em muốn làm nhà nghiên cứu', 'tra cứu điểm thi ở đâu, em muốn tra cứu', 'nhà em nuôi mấy con cừu', 'nghiên cứu giúp em bài này với']) {
      expect(level(t), t).toBeNull();
    }
    for (const t of ['cứu', 'cứu em với', 'mẹ ơi cứu con', 'có ai không, cứu']) expect(level(t), t).toBe('imminent');
  });

  it('reads a negated labour account as no account, and keeps the ones where the negation is the harm', () => {
    const level = (t: string) => DEFAULT_DETECTOR.assess(t).level;
    expect(level('ông chủ tiệm không giữ giấy tờ gì của mình, lương trả đủ')).toBeNull();
    expect(level('chủ xưởng chưa bao giờ thu căn cước của em')).toBeNull();
    expect(level('no one forces me to work there, I chose the job')).toBeNull();
    expect(level('ông chủ không trả căn cước cho em')).toBe('disclosed');
    expect(level('bà chủ giữ căn cước của em mấy tháng nay')).toBe('disclosed');
    expect(level('no one believes me, my boss forces me to work every night')).toBe('disclosed');
  });

  it('does nothing when the rule set has no framing', () => {
    const bare = createDetector({ ...DEFAULT_RULESET, framing: undefined });
    expect(bare.assess('Sang nước ngoài làm bị chủ giữ hộ chiếu thì sao?').level).toBe('imminent');
  });
});
