import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import {
  DEFAULT_FLAG_LIMIT,
  flagReviewSchema,
  newRiskFlagSchema,
  newRiskMissSchema,
  riskFlagFilterSchema,
  riskMissFilterSchema,
  RiskFlagNotFoundError,
  type FlagCategory,
  type FlagReview,
  type NewRiskFlag,
  type NewRiskMiss,
  type ReviewOutcome,
  type RiskFlagFilter,
  type RiskFlagStore,
  type RiskMissFilter,
  type StoredRiskFlag,
  type StoredRiskMiss,
} from '../ports/risk-flags';
import type { RiskLevel } from '../../safety/types';

interface FlagRow {
  id: string;
  turn_id: string;
  conversation_id: string;
  user_id: string;
  channel: string;
  rule_id: string;
  category: string;
  level: string;
  third_party: number;
  at: string;
  review_outcome: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

interface MissRow {
  id: string;
  conversation_id: string;
  user_id: string | null;
  category: string | null;
  note: string | null;
  reported_by: string;
  at: string;
}

function toFlag(r: FlagRow): StoredRiskFlag {
  const review: FlagReview | null =
    r.review_outcome === null || r.reviewed_by === null || r.reviewed_at === null
      ? null
      : { outcome: r.review_outcome as ReviewOutcome, by: r.reviewed_by, at: new Date(r.reviewed_at) };
  return {
    id: r.id,
    turnId: r.turn_id,
    conversationId: r.conversation_id,
    userId: r.user_id,
    channel: r.channel,
    ruleId: r.rule_id,
    category: r.category as FlagCategory,
    level: r.level as RiskLevel,
    thirdParty: r.third_party === 1,
    at: new Date(r.at),
    review,
  };
}

function toMiss(r: MissRow): StoredRiskMiss {
  const miss: StoredRiskMiss = { id: r.id, conversationId: r.conversation_id, by: r.reported_by, at: new Date(r.at) };
  if (r.user_id !== null) miss.userId = r.user_id;
  if (r.category !== null) miss.category = r.category as FlagCategory;
  if (r.note !== null) miss.note = r.note;
  return miss;
}

/** Accumulates `WHERE` clauses and their bound values. */
class Where {
  readonly clauses: string[] = [];
  readonly args: unknown[] = [];

  add(clause: string, ...values: unknown[]): void {
    this.clauses.push(clause);
    this.args.push(...values);
  }

  time(filter: { from?: Date; to?: Date }): void {
    if (filter.from) this.add('at >= ?', filter.from.toISOString());
    if (filter.to) this.add('at < ?', filter.to.toISOString());
  }

  get sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** SQLite implementation of RiskFlagStore (tables from migration 0200_risk_flags.sql). */
export class SqliteRiskFlagStore implements RiskFlagStore {
  constructor(private readonly db: Db) {}

  async record(input: NewRiskFlag): Promise<StoredRiskFlag> {
    const f = newRiskFlagSchema.parse(input);
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO risk_flags (id, turn_id, conversation_id, user_id, channel, rule_id, category, level, third_party, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, f.turnId, f.conversationId, f.userId, f.channel, f.ruleId, f.category, f.level, f.thirdParty ? 1 : 0, f.at.toISOString());
    return { ...f, id, review: null };
  }

  async get(id: string): Promise<StoredRiskFlag | null> {
    const row = this.db.prepare('SELECT * FROM risk_flags WHERE id = ?').get(id) as FlagRow | undefined;
    return row === undefined ? null : toFlag(row);
  }

  async list(filter: RiskFlagFilter = {}): Promise<StoredRiskFlag[]> {
    const f = riskFlagFilterSchema.parse(filter);
    const w = new Where();
    w.time(f);
    if (f.category) w.add('category = ?', f.category);
    if (f.level) w.add('level = ?', f.level);
    if (f.conversationId) w.add('conversation_id = ?', f.conversationId);
    if (f.reviewed !== undefined) w.add(f.reviewed ? 'review_outcome IS NOT NULL' : 'review_outcome IS NULL');
    const sql = `SELECT * FROM risk_flags ${w.sql} ORDER BY at DESC, rowid DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...w.args, f.limit ?? DEFAULT_FLAG_LIMIT) as FlagRow[];
    return rows.map(toFlag);
  }

  async markReview(id: string, input: FlagReview): Promise<StoredRiskFlag> {
    const r = flagReviewSchema.parse(input);
    const res = this.db
      .prepare('UPDATE risk_flags SET review_outcome = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?')
      .run(r.outcome, r.by, r.at.toISOString(), id);
    if (res.changes === 0) throw new RiskFlagNotFoundError(id);
    return (await this.get(id)) as StoredRiskFlag;
  }

  async recordMiss(input: NewRiskMiss): Promise<StoredRiskMiss> {
    const m = newRiskMissSchema.parse(input);
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO risk_misses (id, conversation_id, user_id, category, note, reported_by, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, m.conversationId, m.userId ?? null, m.category ?? null, m.note ?? null, m.by, m.at.toISOString());
    return { ...m, id };
  }

  async listMisses(filter: RiskMissFilter = {}): Promise<StoredRiskMiss[]> {
    const f = riskMissFilterSchema.parse(filter);
    const w = new Where();
    w.time(f);
    if (f.category) w.add('category = ?', f.category);
    const sql = `SELECT * FROM risk_misses ${w.sql} ORDER BY at DESC, rowid DESC`;
    return (this.db.prepare(sql).all(...w.args) as MissRow[]).map(toMiss);
  }

  async deleteByUser(userId: string): Promise<{ flags: number; misses: number }> {
    return this.db.transaction(() => ({
      flags: this.db.prepare('DELETE FROM risk_flags WHERE user_id = ?').run(userId).changes,
      misses: this.db.prepare('DELETE FROM risk_misses WHERE user_id = ?').run(userId).changes,
    }))();
  }
}
