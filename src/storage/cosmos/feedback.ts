import type { Container } from '@azure/cosmos';
import {
  DEFAULT_LIST_LIMIT,
  MAX_LIST_LIMIT,
  unansweredSchema,
  voteSchema,
  type EntryVotes,
  type FeedbackCounts,
  type FeedbackFilter,
  type FeedbackStore,
  type StoredUnanswered,
  type StoredVote,
  type Unanswered,
  type Vote,
  type VoteFilter,
} from '../ports/feedback';
import { defined, deleteWhere, nextSeq, queryAll, sql, utc, type Doc } from './support';

interface VoteDoc extends Doc, Omit<StoredVote, 'id'> {
  type: 'vote';
  seq: number;
}

interface UnansweredDoc extends Doc, Omit<StoredUnanswered, 'id'> {
  type: 'unanswered';
  seq: number;
}

/** `WHERE …` for a filter: field names are fixed here and every value is bound. */
function where(type: 'vote' | 'unanswered', f: VoteFilter): { clause: string; values: Record<string, unknown> } {
  const parts = ['c.type = @type'];
  const values: Record<string, unknown> = { type };
  const add = (key: keyof VoteFilter, field: string, op: string, value: unknown) => {
    if (value === undefined) return;
    parts.push(`c.${field} ${op} @${key}`);
    values[key] = value;
  };
  add('from', 'at', '>=', f.from === undefined ? undefined : utc(f.from));
  add('to', 'at', '<', f.to === undefined ? undefined : utc(f.to));
  add('channel', 'channel', '=', f.channel);
  add('lang', 'lang', '=', f.lang);
  if (type === 'vote') {
    add('entryId', 'entryId', '=', f.entryId);
    add('vote', 'vote', '=', f.vote);
  }
  return { clause: parts.join(' AND '), values };
}

function page(f: FeedbackFilter): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(f.limit ?? DEFAULT_LIST_LIMIT)), MAX_LIST_LIMIT);
  return { limit, offset: Math.max(0, Math.floor(f.offset ?? 0)) };
}

/**
 * FAQ feedback on Cosmos DB: container `feedback`, partitioned by user id ("delete my data" is a
 * single-partition delete). Staff lists are cross-partition, newest first on the composite index
 * (at DESC, seq DESC). Pages use `TOP offset+limit` (the local test server has no OFFSET); offsets are
 * bounded by MAX_LIST_LIMIT pages in practice. Totals are summed here from a two-field projection, which
 * stays cheap at provincial volumes (thousands of votes a month).
 */
export class CosmosFeedbackStore implements FeedbackStore {
  constructor(private readonly container: Container) {}

  async recordVote(vote: Vote): Promise<void> {
    const v = voteSchema.parse(vote);
    const seq = nextSeq();
    await this.container.items.create<VoteDoc>({ ...defined(v), at: utc(v.at), id: `vote-${seq}`, pk: v.userId, type: 'vote', seq });
  }

  async recordUnanswered(item: Unanswered): Promise<void> {
    const u = unansweredSchema.parse(item);
    const seq = nextSeq();
    await this.container.items.create<UnansweredDoc>({ ...defined(u), at: utc(u.at), id: `unanswered-${seq}`, pk: u.userId, type: 'unanswered', seq });
  }

  private async list<D extends VoteDoc | UnansweredDoc>(type: D['type'], filter: VoteFilter): Promise<D[]> {
    const w = where(type, filter);
    const { limit, offset } = page(filter);
    const docs = await queryAll<D>(this.container, sql(`SELECT TOP @n * FROM c WHERE ${w.clause} ORDER BY c.at DESC, c.seq DESC`, { ...w.values, n: offset + limit }));
    return docs.slice(offset);
  }

  async listVotes(filter: VoteFilter = {}): Promise<StoredVote[]> {
    const docs = await this.list<VoteDoc>('vote', filter);
    return docs.map((d) => defined({ id: d.seq, userId: d.userId, entryId: d.entryId, vote: d.vote, channel: d.channel, at: d.at, text: d.text, lang: d.lang }));
  }

  async listUnanswered(filter: FeedbackFilter = {}): Promise<StoredUnanswered[]> {
    const docs = await this.list<UnansweredDoc>('unanswered', filter);
    return docs.map((d) =>
      defined({ id: d.seq, userId: d.userId, text: d.text, lang: d.lang, channel: d.channel, at: d.at, confidence: d.confidence, bestEntryId: d.bestEntryId }),
    );
  }

  async counts(filter: Pick<FeedbackFilter, 'from' | 'to' | 'channel'> = {}): Promise<FeedbackCounts> {
    const votes = where('vote', filter);
    const rows = await queryAll<{ entryId: string; vote: 'up' | 'down' }>(this.container, sql(`SELECT c.entryId, c.vote FROM c WHERE ${votes.clause}`, votes.values));
    const byId = new Map<string, EntryVotes>();
    for (const r of rows) {
      const e = byId.get(r.entryId) ?? { entryId: r.entryId, up: 0, down: 0 };
      e[r.vote] += 1;
      byId.set(r.entryId, e);
    }
    const byEntry = [...byId.values()].sort((a, b) => b.down - a.down || a.up - b.up || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
    const un = where('unanswered', filter);
    const [unanswered] = await queryAll<number>(this.container, sql(`SELECT VALUE COUNT(1) FROM c WHERE ${un.clause}`, un.values));
    return {
      up: byEntry.reduce((s, e) => s + e.up, 0),
      down: byEntry.reduce((s, e) => s + e.down, 0),
      unanswered: unanswered ?? 0,
      byEntry,
    };
  }

  deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.pk = @u', { u: userId }), userId);
  }

  purgeBefore(before: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.at < @b', { b: utc(before) }));
  }
}
