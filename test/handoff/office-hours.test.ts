import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { OfficeHours, OfficeHoursError, parseOfficeHours } from '../../src/handoff/office-hours';
import { describeHours, describeOpening } from '../../src/handoff/notices';

const HANOI = 'Asia/Ho_Chi_Minh';
const i18n = createI18n();

describe('office hours', () => {
  const hours = new OfficeHours('Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30', HANOI);

  it.each([
    ['2026-01-12T01:00:00.000Z', true], // Mon 08:00 Hanoi
    ['2026-01-12T05:00:00.000Z', false], // Mon 12:00 (lunch)
    ['2026-01-12T09:59:00.000Z', true], // Mon 16:59
    ['2026-01-12T10:00:00.000Z', false], // Mon 17:00
    ['2026-01-17T04:00:00.000Z', true], // Sat 11:00
    ['2026-01-18T03:00:00.000Z', false], // Sun 10:00
  ])('%s open? %s', (iso, open) => {
    expect(hours.isOpen(new Date(iso))).toBe(open);
  });

  it('finds the next opening across the lunch break, the evening and the weekend', () => {
    expect(hours.nextOpening(new Date('2026-01-12T05:00:00.000Z'))?.toISOString()).toBe('2026-01-12T06:30:00.000Z'); // 13:30
    expect(hours.nextOpening(new Date('2026-01-12T12:00:00.000Z'))?.toISOString()).toBe('2026-01-13T00:30:00.000Z'); // Tue 07:30
    expect(hours.nextOpening(new Date('2026-01-17T06:00:00.000Z'))?.toISOString()).toBe('2026-01-19T00:30:00.000Z'); // Sat 13:00 → Mon
    const open = new Date('2026-01-12T01:00:00.000Z');
    expect(hours.nextOpening(open)).toBe(open);
  });

  it('describes the hours and the next opening in Vietnamese and English', () => {
    expect(describeHours(hours, i18n.getFixedT('vi'))).toBe('Thứ 2–Thứ 6 07:30–11:30, 13:30–17:00; Thứ 7 07:30–11:30');
    expect(describeHours(hours, i18n.getFixedT('en'))).toBe('Mon–Fri 07:30–11:30, 13:30–17:00; Sat 07:30–11:30');
    const next = new Date('2026-01-19T00:30:00.000Z');
    expect(describeOpening(hours, next, i18n.getFixedT('vi'))).toBe('07:30 Thứ 2, 19/01');
    expect(describeOpening(hours, next, i18n.getFixedT('en'))).toBe('07:30 on Mon 19/01');
  });

  it('24/7 is always open; a day list and a wrap-around range work', () => {
    const always = new OfficeHours('24/7', HANOI);
    expect(always.always).toBe(true);
    expect(always.isOpen(new Date('2026-01-18T20:00:00.000Z'))).toBe(true);
    const week = parseOfficeHours('Fri-Mon 08:00-09:00; Wed 10:00-11:00');
    expect(week.map((d) => d.length)).toEqual([1, 1, 0, 1, 0, 1, 1]);
  });

  it.each(['', 'Mon', 'Mon 8-17', 'Funday 07:00-08:00', 'Mon 17:00-07:00', 'Mon 25:00-26:00'])('rejects %j', (spec) => {
    expect(() => parseOfficeHours(spec)).toThrow(OfficeHoursError);
  });
});
