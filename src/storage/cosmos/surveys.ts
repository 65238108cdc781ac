import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import {
  MAX_PAGE,
  newSurveyResultSchema,
  profileSnapshotSchema,
  surveyFilterTerms,
  type NewSurveyResult,
  type ProfileSnapshot,
  type StatsOptions,
  type StoredSurveyResult,
  type SurveyResultFilter,
  type SurveyResultStore,
  type SurveyStats,
  type SurveyFilterField,
} from '../ports/surveys';
import { aggregate, STATS_FIELDS, type StatsRow } from './survey-stats';
import { defined, deleteWhere, queryAll, readDoc, sql, type Doc } from './support';

interface ResultDoc extends Doc, StoredSurveyResult {
  /** First letter of the code, for the `top` filter. */
  topType: string;
}

const toResult = (d: ResultDoc): StoredSurveyResult =>
  defined({
    id: d.id,
    userId: d.userId,
    consentId: d.consentId,
    channel: d.channel,
    lang: d.lang,
    itemSet: d.itemSet,
    completedAt: d.completedAt,
    scores: d.scores,
    maxScore: d.maxScore,
    code: d.code,
    ageBand: d.ageBand,
    grade: d.grade,
    locality: d.locality,
    gender: d.gender,
  });

const PATH: Readonly<Record<SurveyFilterField, string>> = {
  completedAt: 'c.completedAt',
  ageBand: 'c.ageBand',
  top: 'c.topType',
  channel: 'c.channel',
  locality: 'c.locality',
};

/** `WHERE …` for a staff filter (validated): field names are fixed, values bound. */
function where(raw: SurveyResultFilter, extra: string[] = []): { clause: string; values: Record<string, unknown> } {
  const parts = ['IS_DEFINED(c.completedAt)', ...extra];
  const values: Record<string, unknown> = {};
  for (const term of surveyFilterTerms(raw)) {
    if (term.op === 'missing') parts.push(`NOT IS_DEFINED(${PATH[term.field]})`);
    else {
      parts.push(`${PATH[term.field]} ${term.op} @${term.param}`);
      values[term.param] = term.value;
    }
  }
  return { clause: parts.join(' AND '), values };
}

/**
 * Career-interest results on Cosmos DB: container `surveyresults`, partitioned by user id (the user's own
 * "see / delete my data" is single-partition). Staff lists, exports and statistics are cross-partition:
 * lists and the keyset `scan` use the (completedAt, id) composite indexes; `stats` aggregates a projection
 * of the matching results here (no GROUP BY on the local test server; fine for provincial volumes — for a
 * national roll-out, move it to GROUP BY queries or a materialised view fed by the change feed).
 */
export class CosmosSurveyResultStore implements SurveyResultStore {
  constructor(private readonly container: Container) {}

  async save(result: NewSurveyResult): Promise<StoredSurveyResult> {
    const r = newSurveyResultSchema.parse(result);
    const id = randomUUID();
    await this.container.items.create<ResultDoc>({ ...defined(r), id, pk: r.userId, topType: r.code.charAt(0) });
    return { id, ...r };
  }

  private async find(id: string): Promise<ResultDoc | undefined> {
    const [doc] = await queryAll<ResultDoc>(this.container, sql('SELECT * FROM c WHERE c.id = @id', { id }));
    return doc;
  }

  async get(id: string): Promise<StoredSurveyResult | undefined> {
    const doc = await this.find(id);
    return doc ? toResult(doc) : undefined;
  }

  async attachProfile(id: string, userId: string, snapshot: ProfileSnapshot): Promise<boolean> {
    const s = profileSnapshotSchema.parse(snapshot);
    const doc = await readDoc<ResultDoc>(this.container, id, userId);
    if (!doc) return false;
    const { grade: _g, locality: _l, gender: _s, ...rest } = doc;
    await this.container.item(id, userId).replace<ResultDoc>({ ...rest, ...defined(s) });
    return true;
  }

  async list(filter: SurveyResultFilter, page: { limit: number; offset: number }): Promise<StoredSurveyResult[]> {
    const w = where(filter);
    const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit)));
    const offset = Math.max(0, Math.floor(page.offset));
    const docs = await queryAll<ResultDoc>(
      this.container,
      sql(`SELECT TOP @n * FROM c WHERE ${w.clause} ORDER BY c.completedAt DESC, c.id DESC`, { ...w.values, n: offset + limit }),
    );
    return docs.slice(offset).map(toResult);
  }

  async count(filter: SurveyResultFilter): Promise<number> {
    const w = where(filter);
    const [n] = await queryAll<number>(this.container, sql(`SELECT VALUE COUNT(1) FROM c WHERE ${w.clause}`, w.values));
    return n ?? 0;
  }

  async stats(filter: SurveyResultFilter, options: StatsOptions): Promise<SurveyStats> {
    const w = where(filter);
    const rows = await queryAll<StatsRow>(this.container, sql(`SELECT ${STATS_FIELDS} FROM c WHERE ${w.clause}`, w.values));
    return aggregate(rows, options);
  }

  async *scan(filter: SurveyResultFilter, batchSize: number): AsyncIterable<StoredSurveyResult[]> {
    const size = Math.max(1, Math.min(10_000, Math.floor(batchSize)));
    let cursor: { at: string; id: string } | undefined;
    for (;;) {
      const w = where(filter, cursor ? ['(c.completedAt > @cAt OR (c.completedAt = @cAt AND c.id > @cId))'] : []);
      const values = cursor ? { ...w.values, cAt: cursor.at, cId: cursor.id } : w.values;
      const docs = await queryAll<ResultDoc>(this.container, sql(`SELECT TOP @n * FROM c WHERE ${w.clause} ORDER BY c.completedAt ASC, c.id ASC`, { ...values, n: size }));
      if (docs.length === 0) return;
      const last = docs[docs.length - 1] as ResultDoc;
      cursor = { at: last.completedAt, id: last.id };
      yield docs.map(toResult);
      if (docs.length < size) return;
    }
  }

  async listByUser(userId: string): Promise<StoredSurveyResult[]> {
    const docs = await queryAll<ResultDoc>(this.container, sql('SELECT * FROM c WHERE c.pk = @u', { u: userId }), userId);
    docs.sort((a, b) => (a.completedAt === b.completedAt ? (a.id < b.id ? 1 : -1) : a.completedAt < b.completedAt ? 1 : -1));
    return docs.map(toResult);
  }

  deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.pk = @u', { u: userId }), userId);
  }

  purgeBefore(before: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.completedAt < @b', { b: before }));
  }
}
