import { randomUUID } from 'node:crypto';
import {
  MAX_PAGE,
  newSurveyResultSchema,
  profileSnapshotSchema,
  surveyFilterTerms,
  type LocalityCount,
  type NewSurveyResult,
  type ProfileSnapshot,
  type StatsOptions,
  type StoredSurveyResult,
  type SurveyResultFilter,
  type SurveyResultStore,
  type SurveyStats,
  type SurveyFilterField,
} from '../ports/surveys';
import { AGE_BANDS, RIASEC, type AgeBand, type Gender, type Grade, type Riasec } from '../../surveys/types';
import type { Db } from './db';

interface Row {
  id: string;
  user_id: string;
  consent_id: string;
  channel: string;
  lang: 'vi' | 'en';
  item_set: string;
  completed_at: string;
  score_r: number;
  score_i: number;
  score_a: number;
  score_s: number;
  score_e: number;
  score_c: number;
  max_score: number;
  code: string;
  top: Riasec;
  age_band: AgeBand;
  grade: Grade | null;
  locality: string | null;
  gender: Gender | null;
}

const toResult = (r: Row): StoredSurveyResult => ({
  id: r.id,
  userId: r.user_id,
  consentId: r.consent_id,
  channel: r.channel,
  lang: r.lang,
  itemSet: r.item_set,
  completedAt: r.completed_at,
  scores: { R: r.score_r, I: r.score_i, A: r.score_a, S: r.score_s, E: r.score_e, C: r.score_c },
  maxScore: r.max_score,
  code: r.code,
  ageBand: r.age_band,
  ...(r.grade === null ? {} : { grade: r.grade }),
  ...(r.locality === null ? {} : { locality: r.locality }),
  ...(r.gender === null ? {} : { gender: r.gender }),
});

type Params = Record<string, string | number>;

const COLUMN: Readonly<Record<SurveyFilterField, string>> = {
  completedAt: 'completed_at',
  ageBand: 'age_band',
  top: 'top',
  channel: 'channel',
  locality: 'locality',
};

/** `WHERE …` for a staff filter; columns are fixed here and every value is bound. */
function where(raw: SurveyResultFilter, extra: string[] = []): { sql: string; params: Params } {
  const parts = [...extra];
  const params: Params = {};
  for (const term of surveyFilterTerms(raw)) {
    if (term.op === 'missing') parts.push(`${COLUMN[term.field]} IS NULL`);
    else {
      parts.push(`${COLUMN[term.field]} ${term.op} @${term.param}`);
      params[term.param] = term.value;
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const zeroByType = (): Record<Riasec, number> => ({ R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 });
const SCORE_COLUMNS: Record<Riasec, string> = { R: 'score_r', I: 'score_i', A: 'score_a', S: 'score_s', E: 'score_e', C: 'score_c' };

/** Completed results in table `survey_results` (migration 0500). */
export class SqliteSurveyResultStore implements SurveyResultStore {
  constructor(private readonly db: Db) {}

  async save(result: NewSurveyResult): Promise<StoredSurveyResult> {
    const r = newSurveyResultSchema.parse(result);
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO survey_results (id, user_id, consent_id, channel, lang, item_set, completed_at,
           score_r, score_i, score_a, score_s, score_e, score_c, max_score, code, top, age_band, grade, locality, gender)
         VALUES (@id, @userId, @consentId, @channel, @lang, @itemSet, @completedAt,
           @R, @I, @A, @S, @E, @C, @maxScore, @code, @top, @ageBand, @grade, @locality, @gender)`,
      )
      .run({
        ...r.scores,
        id,
        userId: r.userId,
        consentId: r.consentId,
        channel: r.channel,
        lang: r.lang,
        itemSet: r.itemSet,
        completedAt: r.completedAt,
        maxScore: r.maxScore,
        code: r.code,
        top: r.code.charAt(0),
        ageBand: r.ageBand,
        grade: r.grade ?? null,
        locality: r.locality ?? null,
        gender: r.gender ?? null,
      });
    return { id, ...r };
  }

  async get(id: string): Promise<StoredSurveyResult | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT * FROM survey_results WHERE id = ?').get(id);
    return row ? toResult(row) : undefined;
  }

  async attachProfile(id: string, userId: string, snapshot: ProfileSnapshot): Promise<boolean> {
    const s = profileSnapshotSchema.parse(snapshot);
    const info = this.db
      .prepare('UPDATE survey_results SET grade = @grade, locality = @locality, gender = @gender WHERE id = @id AND user_id = @userId')
      .run({ grade: s.grade ?? null, locality: s.locality ?? null, gender: s.gender ?? null, id, userId });
    return info.changes === 1;
  }

  async list(filter: SurveyResultFilter, page: { limit: number; offset: number }): Promise<StoredSurveyResult[]> {
    const w = where(filter);
    const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit)));
    const offset = Math.max(0, Math.floor(page.offset));
    const rows = this.db
      .prepare<Params, Row>(`SELECT * FROM survey_results ${w.sql} ORDER BY completed_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`)
      .all(w.params);
    return rows.map(toResult);
  }

  async count(filter: SurveyResultFilter): Promise<number> {
    const w = where(filter);
    return this.db.prepare<Params, { n: number }>(`SELECT COUNT(*) AS n FROM survey_results ${w.sql}`).get(w.params)?.n ?? 0;
  }

  async stats(filter: SurveyResultFilter, options: StatsOptions): Promise<SurveyStats> {
    const w = where(filter);
    const means = RIASEC.map((c) => `AVG(${SCORE_COLUMNS[c]}) AS ${c}`).join(', ');
    const head = this.db
      .prepare<Params, Record<Riasec, number | null> & { n: number; maxScore: number | null }>(
        `SELECT COUNT(*) AS n, MAX(max_score) AS maxScore, ${means} FROM survey_results ${w.sql}`,
      )
      .get(w.params);
    const meanScores = zeroByType();
    for (const c of RIASEC) meanScores[c] = head?.[c] ?? 0;
    const byTop = zeroByType();
    for (const r of this.db.prepare<Params, { top: Riasec; n: number }>(`SELECT top, COUNT(*) AS n FROM survey_results ${w.sql} GROUP BY top`).all(w.params)) byTop[r.top] = r.n;
    const byAgeBand = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;
    for (const r of this.db.prepare<Params, { b: AgeBand; n: number }>(`SELECT age_band AS b, COUNT(*) AS n FROM survey_results ${w.sql} GROUP BY age_band`).all(w.params)) byAgeBand[r.b] = r.n;
    const byChannel = this.db
      .prepare<Params, { channel: string; total: number }>(`SELECT channel, COUNT(*) AS total FROM survey_results ${w.sql} GROUP BY channel ORDER BY total DESC, channel`)
      .all(w.params);
    return {
      total: head?.n ?? 0,
      byTop,
      meanScores,
      maxScore: head?.maxScore ?? 0,
      byLocality: this.byLocality(w),
      byAgeBand,
      byChannel,
      overTime: this.overTime(w, options),
    };
  }

  private byLocality(w: { sql: string; params: Params }): LocalityCount[] {
    const rows = this.db
      .prepare<Params, { locality: string | null; top: Riasec; n: number }>(`SELECT locality, top, COUNT(*) AS n FROM survey_results ${w.sql} GROUP BY locality, top`)
      .all(w.params);
    const map = new Map<string | null, LocalityCount>();
    for (const r of rows) {
      const entry = map.get(r.locality) ?? { locality: r.locality, total: 0, byTop: zeroByType() };
      entry.total += r.n;
      entry.byTop[r.top] += r.n;
      map.set(r.locality, entry);
    }
    return [...map.values()].sort((a, b) => b.total - a.total || (a.locality ?? '\uffff').localeCompare(b.locality ?? '\uffff'));
  }

  private overTime(w: { sql: string; params: Params }, options: StatsOptions): { bucket: string; total: number }[] {
    const format = options.bucket === 'day' ? '%Y-%m-%d' : '%Y-%m';
    const shift = `${Math.trunc(options.utcOffsetMinutes) >= 0 ? '+' : ''}${Math.trunc(options.utcOffsetMinutes)} minutes`;
    return this.db
      .prepare<Params, { bucket: string; total: number }>(
        `SELECT strftime('${format}', completed_at, @shift) AS bucket, COUNT(*) AS total FROM survey_results ${w.sql} GROUP BY bucket ORDER BY bucket`,
      )
      .all({ ...w.params, shift });
  }

  async *scan(filter: SurveyResultFilter, batchSize: number): AsyncIterable<StoredSurveyResult[]> {
    const size = Math.max(1, Math.min(10_000, Math.floor(batchSize)));
    let cursor: { at: string; id: string } | undefined;
    for (;;) {
      const w = where(filter, cursor ? ['(completed_at, id) > (@cAt, @cId)'] : []);
      const params = cursor ? { ...w.params, cAt: cursor.at, cId: cursor.id } : w.params;
      const rows = this.db.prepare<Params, Row>(`SELECT * FROM survey_results ${w.sql} ORDER BY completed_at, id LIMIT ${size}`).all(params);
      if (rows.length === 0) return;
      const last = rows[rows.length - 1] as Row;
      cursor = { at: last.completed_at, id: last.id };
      yield rows.map(toResult);
      if (rows.length < size) return;
    }
  }

  async listByUser(userId: string): Promise<StoredSurveyResult[]> {
    const rows = this.db.prepare<[string], Row>('SELECT * FROM survey_results WHERE user_id = ? ORDER BY completed_at DESC, id DESC').all(userId);
    return rows.map(toResult);
  }

  async deleteByUser(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM survey_results WHERE user_id = ?').run(userId).changes;
  }

  async purgeBefore(before: string): Promise<number> {
    return this.db.prepare('DELETE FROM survey_results WHERE completed_at < ?').run(before).changes;
  }
}
