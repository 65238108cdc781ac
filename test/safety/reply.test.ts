import { describe, expect, it } from 'vitest';
import { createI18n, fixedT, type Lang } from '../../src/i18n';
import { assess } from '../../src/safety/assess';
import { buildSafetyReply, priorityFor, SAFETY_ACTIONS, type Translate } from '../../src/safety/reply';
import type { RiskAssessment } from '../../src/safety/types';
import vi from '../../locales/vi/safety.json';
import en from '../../locales/en/safety.json';

const i18n = createI18n();
const T: Record<Lang, Translate> = { vi: fixedT(i18n, 'vi'), en: fixedT(i18n, 'en') };

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const SAMPLES: Record<string, RiskAssessment> = {
  imminent: assess('tối nay em sẽ tự tử'),
  imminentThird: assess('bạn em nói tối nay nó sẽ tự tử'),
  disclosedAbuse: assess('bố hay đánh em'),
  disclosedTrafficking: assess('có người rủ em sang Campuchia làm, bao vé'),
  possibleLure: assess('việc nhẹ lương cao là gì vậy'),
  checkIn: assess('em muon tu tu'),
  illegal: assess('làm căn cước giả ở đâu'),
};

describe('buildSafetyReply', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(en)).toEqual(keys(vi));
  });

  it.each(['vi', 'en'] as const)('resolves every message from locales/%s (no raw keys)', (lang) => {
    for (const [name, a] of Object.entries(SAMPLES)) {
      const reply = buildSafetyReply(a, T[lang]);
      expect(reply, name).toBeDefined();
      for (const m of [...(reply?.messages ?? []), ...(reply?.actions.map((x) => x.title) ?? [])]) {
        expect(m, name).not.toMatch(/^safety:|^[a-z]+\.[a-zA-Z_.]+$/);
      }
    }
  });

  it('imminent: 113 and 115 and 111, a trusted adult, a counselor, call buttons', () => {
    const r = buildSafetyReply(SAMPLES.imminent as RiskAssessment, T.vi);
    const all = r?.messages.join(' ') ?? '';
    expect(r?.kind).toBe('imminent');
    for (const n of ['113', '115', '111']) expect(all).toContain(n);
    expect(all).toMatch(/người lớn/);
    expect(r?.actions.map((a) => a.value)).toEqual([SAFETY_ACTIONS.CALL_113, SAFETY_ACTIONS.CALL_115, SAFETY_ACTIONS.CALL_111]);
  });

  it('speaks about the friend when the message is about someone else', () => {
    const r = buildSafetyReply(SAMPLES.imminentThird as RiskAssessment, T.en);
    expect(r?.messages[0]).toMatch(/friend/);
  });

  it('disclosed: 111 and, for trafficking, the anti-trafficking line since 19 Sep 2025', () => {
    const abuse = buildSafetyReply(SAMPLES.disclosedAbuse as RiskAssessment, T.vi);
    expect(abuse?.kind).toBe('disclosed');
    expect(abuse?.messages.join(' ')).toContain('111');
    const tr = buildSafetyReply(SAMPLES.disclosedTrafficking as RiskAssessment, T.en);
    expect(tr?.messages.join(' ')).toMatch(/19 Sep 2025/);
    expect(tr?.messages.join(' ')).toMatch(/under 18/);
  });

  it('possible and check-in: gentle, with counselor / continue / 111 buttons and no handoff wording', () => {
    for (const [name, kind] of [['possibleLure', 'possible'], ['checkIn', 'check_in']] as const) {
      const r = buildSafetyReply(SAMPLES[name] as RiskAssessment, T.vi);
      expect(r?.kind).toBe(kind);
      expect(r?.actions.map((a) => a.value)).toEqual([SAFETY_ACTIONS.COUNSELOR, SAFETY_ACTIONS.CONTINUE, SAFETY_ACTIONS.CALL_111]);
      expect(r?.messages.join(' ')).not.toMatch(/đã gửi yêu cầu/);
    }
  });

  it('illegal request: refusal, risk and legal options from facts.md', () => {
    const r = buildSafetyReply(SAMPLES.illegal as RiskAssessment, T.vi);
    expect(r?.kind).toBe('illegal');
    expect(r?.messages).toHaveLength(3);
    expect(r?.messages.join(' ')).toMatch(/15 tuổi.*8 giờ\/ngày.*40 giờ\/tuần/);
    expect(r?.messages.join(' ')).toMatch(/18 tuổi/);
  });

  it('never asks about methods, places or times', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const a of Object.values(SAMPLES)) {
        const text = buildSafetyReply(a, T[lang])?.messages.join(' ') ?? '';
        expect(text).not.toMatch(/bằng cách nào|cách gì|ở đâu|khi nào|how (would|will|are) you|what method|where are you|when will/i);
      }
    }
  });

  it('returns nothing for a message without risk', () => {
    expect(buildSafetyReply(assess('đi Nhật cần gì'), T.vi)).toBeUndefined();
  });
});

describe('priorityFor', () => {
  it('puts imminent first, then disclosed, possible, and no risk last', () => {
    expect(priorityFor('imminent')).toBeGreaterThan(priorityFor('disclosed'));
    expect(priorityFor('disclosed')).toBeGreaterThan(priorityFor('possible'));
    expect(priorityFor('possible')).toBeGreaterThan(priorityFor(null));
  });
});
