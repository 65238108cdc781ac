import { z } from 'zod';
import type { SurveyResultFilter } from '../storage/ports/surveys';
import { AGE_BANDS, RIASEC } from './types';

/**
 * The filters staff set on the survey pages, as the browser sends them: dates are calendar days in the staff's
 * time zone (`to` included), `locality=none` means "not given". Converted here to the store's filter.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a date');
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const staffFilterSchema = z
  .object({
    from: z.preprocess(blankToUndefined, day.optional()),
    to: z.preprocess(blankToUndefined, day.optional()),
    locality: z.preprocess(blankToUndefined, z.string().min(1).max(100).optional()),
    ageBand: z.preprocess(blankToUndefined, z.enum(AGE_BANDS).optional()),
    top: z.preprocess(blankToUndefined, z.enum(RIASEC).optional()),
    channel: z.preprocess(blankToUndefined, z.string().min(1).max(50).optional()),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '"from" must not be after "to"', path: ['from'] });
export type StaffFilter = z.infer<typeof staffFilterSchema>;

/** "Not given" in the locality filter. */
export const NO_LOCALITY = 'none';
const DAY_MS = 86_400_000;
/** Ranges up to this many days are charted by day, longer ones by month. */
export const MAX_DAYS_BY_DAY = 92;

/** Midnight of a local calendar day, as an ISO instant. */
function localMidnight(dayText: string, utcOffsetMinutes: number, plusDays = 0): string {
  return new Date(Date.parse(`${dayText}T00:00:00Z`) + plusDays * DAY_MS - utcOffsetMinutes * 60_000).toISOString();
}

export function toStoreFilter(f: StaffFilter, utcOffsetMinutes: number): SurveyResultFilter {
  return {
    ...(f.from ? { from: localMidnight(f.from, utcOffsetMinutes) } : {}),
    ...(f.to ? { to: localMidnight(f.to, utcOffsetMinutes, 1) } : {}),
    ...(f.locality ? { locality: f.locality === NO_LOCALITY ? null : f.locality } : {}),
    ...(f.ageBand ? { ageBand: f.ageBand } : {}),
    ...(f.top ? { top: f.top } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
  };
}

/** Day buckets for a short explicit range, month buckets otherwise. */
export function bucketFor(f: StaffFilter): 'day' | 'month' {
  if (!f.from || !f.to) return 'month';
  return (Date.parse(f.to) - Date.parse(f.from)) / DAY_MS < MAX_DAYS_BY_DAY ? 'day' : 'month';
}
