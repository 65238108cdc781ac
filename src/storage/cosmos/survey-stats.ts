import { RIASEC, AGE_BANDS, type AgeBand, type Riasec, type Scores } from '../../surveys/types';
import type { LocalityCount, StatsOptions, SurveyStats } from '../ports/surveys';

/** The fields `stats` needs from each result (a projection: no user ids leave the database). */
export interface StatsRow {
  scores: Scores;
  maxScore: number;
  code: string;
  ageBand: AgeBand;
  channel: string;
  completedAt: string;
  locality?: string;
}

export const STATS_FIELDS = 'c.scores, c.maxScore, c.code, c.ageBand, c.channel, c.completedAt, c.locality';

const zeroByType = (): Record<Riasec, number> => ({ R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 });
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The staff-page aggregates, computed in one pass (same results as the SQLite GROUP BY queries). */
export function aggregate(rows: StatsRow[], options: StatsOptions): SurveyStats {
  const byTop = zeroByType();
  const sums = zeroByType();
  const byAgeBand = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;
  const channels = new Map<string, number>();
  const localities = new Map<string | null, LocalityCount>();
  const buckets = new Map<string, number>();
  const shiftMs = Math.trunc(options.utcOffsetMinutes) * 60_000;
  const width = options.bucket === 'day' ? 10 : 7;
  let maxScore = 0;
  for (const r of rows) {
    const top = r.code.charAt(0) as Riasec;
    byTop[top] += 1;
    for (const c of RIASEC) sums[c] += r.scores[c];
    maxScore = Math.max(maxScore, r.maxScore);
    byAgeBand[r.ageBand] += 1;
    channels.set(r.channel, (channels.get(r.channel) ?? 0) + 1);
    const key = r.locality ?? null;
    const loc = localities.get(key) ?? { locality: key, total: 0, byTop: zeroByType() };
    loc.total += 1;
    loc.byTop[top] += 1;
    localities.set(key, loc);
    const bucket = new Date(new Date(r.completedAt).getTime() + shiftMs).toISOString().slice(0, width);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  const meanScores = zeroByType();
  if (rows.length > 0) for (const c of RIASEC) meanScores[c] = sums[c] / rows.length;
  return {
    total: rows.length,
    byTop,
    meanScores,
    maxScore,
    byLocality: [...localities.values()].sort((a, b) => b.total - a.total || (a.locality ?? '\uffff').localeCompare(b.locality ?? '\uffff')),
    byAgeBand,
    byChannel: [...channels].map(([channel, total]) => ({ channel, total })).sort((a, b) => b.total - a.total || byText(a.channel, b.channel)),
    overTime: [...buckets].map(([bucket, total]) => ({ bucket, total })).sort((a, b) => byText(a.bucket, b.bucket)),
  };
}
