import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import {
  DEFAULT_FLAG_LIMIT,
  flagReviewSchema,
  newRiskFlagSchema,
  newRiskMissSchema,
  riskFlagFilterSchema,
  riskMissFilterSchema,
  RiskFlagNotFoundError,
  type FlagReview,
  type NewRiskFlag,
  type NewRiskMiss,
  type RiskFlagFilter,
  type RiskFlagStore,
  type RiskMissFilter,
  type StoredRiskFlag,
  type StoredRiskMiss,
} from '../ports/risk-flags';
import { defined, deleteWhere, nextSeq, queryAll, readDoc, sql, type Doc } from './support';

/** Dates are stored as UTC ISO strings (text order = time order). */
interface FlagDoc extends Doc, Omit<NewRiskFlag, 'at'> {
  type: 'flag';
  seq: number;
  at: string;
  review?: { outcome: FlagReview['outcome']; by: string; at: string };
}

interface MissDoc extends Doc, Omit<NewRiskMiss, 'at'> {
  type: 'miss';
  seq: number;
  at: string;
}

function toFlag(d: FlagDoc): StoredRiskFlag {
  return {
    turnId: d.turnId,
    conversationId: d.conversationId,
    userId: d.userId,
    channel: d.channel,
    ruleId: d.ruleId,
    category: d.category,
    level: d.level,
    thirdParty: d.thirdParty,
    at: new Date(d.at),
    id: d.id,
    review: d.review ? { outcome: d.review.outcome, by: d.review.by, at: new Date(d.review.at) } : null,
  };
}

const toMiss = (d: MissDoc): StoredRiskMiss =>
  defined({ conversationId: d.conversationId, userId: d.userId, by: d.by, at: new Date(d.at), note: d.note, category: d.category, id: d.id });

/** Time-range clauses shared by flags and misses. */
function timeClauses(f: { from?: Date; to?: Date }, parts: string[], values: Record<string, unknown>): void {
  if (f.from) {
    parts.push('c.at >= @from');
    values.from = f.from.toISOString();
  }
  if (f.to) {
    parts.push('c.at < @to');
    values.to = f.to.toISOString();
  }
}

/**
 * Risk flags and misses on Cosmos DB: container `riskflags`, partitioned by id (flags are read by id for
 * review; staff lists are cross-partition, newest first on the (at DESC, seq DESC) composite index).
 * Never the message text — the schema refuses it.
 */
export class CosmosRiskFlagStore implements RiskFlagStore {
  constructor(private readonly container: Container) {}

  async record(input: NewRiskFlag): Promise<StoredRiskFlag> {
    const f = newRiskFlagSchema.parse(input);
    const id = randomUUID();
    await this.container.items.create<FlagDoc>({ ...f, at: f.at.toISOString(), id, pk: id, type: 'flag', seq: nextSeq() });
    return { ...f, id, review: null };
  }

  async get(id: string): Promise<StoredRiskFlag | null> {
    const doc = await readDoc<FlagDoc>(this.container, id, id);
    return doc && doc.type === 'flag' ? toFlag(doc) : null;
  }

  async list(filter: RiskFlagFilter = {}): Promise<StoredRiskFlag[]> {
    const f = riskFlagFilterSchema.parse(filter);
    const parts = ["c.type = 'flag'"];
    const values: Record<string, unknown> = { n: f.limit ?? DEFAULT_FLAG_LIMIT };
    timeClauses(f, parts, values);
    for (const key of ['category', 'level', 'conversationId'] as const) {
      if (f[key] === undefined) continue;
      parts.push(`c.${key} = @${key}`);
      values[key] = f[key];
    }
    if (f.reviewed !== undefined) parts.push(f.reviewed ? 'IS_DEFINED(c.review)' : 'NOT IS_DEFINED(c.review)');
    const docs = await queryAll<FlagDoc>(this.container, sql(`SELECT TOP @n * FROM c WHERE ${parts.join(' AND ')} ORDER BY c.at DESC, c.seq DESC`, values));
    return docs.map(toFlag);
  }

  async markReview(id: string, input: FlagReview): Promise<StoredRiskFlag> {
    const r = flagReviewSchema.parse(input);
    const doc = await readDoc<FlagDoc>(this.container, id, id);
    if (!doc || doc.type !== 'flag') throw new RiskFlagNotFoundError(id);
    const next: FlagDoc = { ...doc, review: { outcome: r.outcome, by: r.by, at: r.at.toISOString() } };
    await this.container.item(id, id).replace(next);
    return toFlag(next);
  }

  async recordMiss(input: NewRiskMiss): Promise<StoredRiskMiss> {
    const m = newRiskMissSchema.parse(input);
    const id = randomUUID();
    await this.container.items.create<MissDoc>({ ...defined(m), at: m.at.toISOString(), id, pk: id, type: 'miss', seq: nextSeq() });
    return { ...m, id };
  }

  async listMisses(filter: RiskMissFilter = {}): Promise<StoredRiskMiss[]> {
    const f = riskMissFilterSchema.parse(filter);
    const parts = ["c.type = 'miss'"];
    const values: Record<string, unknown> = {};
    timeClauses(f, parts, values);
    if (f.category) {
      parts.push('c.category = @category');
      values.category = f.category;
    }
    const docs = await queryAll<MissDoc>(this.container, sql(`SELECT * FROM c WHERE ${parts.join(' AND ')} ORDER BY c.at DESC, c.seq DESC`, values));
    return docs.map(toMiss);
  }

  async deleteByUser(userId: string): Promise<{ flags: number; misses: number }> {
    const of = (type: string) => deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.type = @t AND c.userId = @u', { t: type, u: userId }));
    return { flags: await of('flag'), misses: await of('miss') };
  }
}
