import type { Lang } from '../../i18n';
import {
  DEFAULT_LIST_LIMIT,
  MAX_LIST_LIMIT,
  unansweredSchema,
  voteSchema,
  type FeedbackCounts,
  type FeedbackFilter,
  type FeedbackStore,
  type StoredUnanswered,
  type StoredVote,
  type Unanswered,
  type Vote,
  type VoteFilter,
} from '../ports/feedback';
import type { Db } from './db';

interface VoteRow {
  id: number;
  user_id: string;
  entry_id: string;
  vote: 'up' | 'down';
  channel: string;
  at: string;
  text: string | null;
  lang: Lang | null;
}

interface UnansweredRow {
  id: number;
  user_id: string;
  text: string;
  lang: Lang;
  channel: string;
  at: string;
  confidence: number;
  best_entry_id: string | null;
}

const toVote = (r: VoteRow): StoredVote => ({
  id: r.id,
  userId: r.user_id,
  entryId: r.entry_id,
  vote: r.vote,
  channel: r.channel,
  at: r.at,
  ...(r.text === null ? {} : { text: r.text }),
  ...(r.lang === null ? {} : { lang: r.lang }),
});

const toUnanswered = (r: UnansweredRow): StoredUnanswered => ({
  id: r.id,
  userId: r.user_id,
  text: r.text,
  lang: r.lang,
  channel: r.channel,
  at: r.at,
  confidence: r.confidence,
  ...(r.best_entry_id === null ? {} : { bestEntryId: r.best_entry_id }),
});

type Params = Record<string, string | number>;

/** Builds `WHERE …` from the filter fields that are set; column names are fixed here, values are bound. */
function where(filter: VoteFilter, columns: Partial<Record<keyof VoteFilter, string>>): { sql: string; params: Params } {
  const parts: string[] = [];
  const params: Params = {};
  const add = (key: keyof VoteFilter, op: string) => {
    const value = filter[key];
    const column = columns[key];
    if (value === undefined || column === undefined) return;
    parts.push(`${column} ${op} @${key}`);
    params[key] = value;
  };
  add('from', '>=');
  add('to', '<');
  add('channel', '=');
  add('lang', '=');
  add('entryId', '=');
  add('vote', '=');
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Runs synchronous SQLite work as a Promise, turning a throw (bad input, constraint) into a rejection. */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/** Times are stored as UTC ISO strings so that text order is time order. */
const utc = (iso: string): string => new Date(iso).toISOString();

function normalise<F extends FeedbackFilter>(filter: F): F {
  return {
    ...filter,
    ...(filter.from === undefined ? {} : { from: utc(filter.from) }),
    ...(filter.to === undefined ? {} : { to: utc(filter.to) }),
  };
}

const COMMON = { from: 'at', to: 'at', channel: 'channel', lang: 'lang' } as const;

function page(filter: FeedbackFilter): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(filter.limit ?? DEFAULT_LIST_LIMIT)), MAX_LIST_LIMIT);
  return { limit, offset: Math.max(0, Math.floor(filter.offset ?? 0)) };
}

/** FAQ feedback in the embedded SQLite database (tables from migration 0100_feedback.sql). */
export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {}

  recordVote(vote: Vote): Promise<void> {
    return attempt(() => {
      const v = voteSchema.parse(vote);
      this.db
        .prepare('INSERT INTO faq_votes (user_id, entry_id, vote, channel, at, text, lang) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(v.userId, v.entryId, v.vote, v.channel, utc(v.at), v.text ?? null, v.lang ?? null);
    });
  }

  recordUnanswered(item: Unanswered): Promise<void> {
    return attempt(() => {
      const u = unansweredSchema.parse(item);
      this.db
        .prepare('INSERT INTO faq_unanswered (user_id, text, lang, channel, at, confidence, best_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(u.userId, u.text, u.lang, u.channel, utc(u.at), u.confidence, u.bestEntryId ?? null);
    });
  }

  listVotes(filter: VoteFilter = {}): Promise<StoredVote[]> {
    return attempt(() => this.votes(normalise(filter)));
  }

  private votes(filter: VoteFilter): StoredVote[] {
    const w = where(filter, { ...COMMON, entryId: 'entry_id', vote: 'vote' });
    const { limit, offset } = page(filter);
    const rows = this.db
      .prepare<Params, VoteRow>(`SELECT * FROM faq_votes ${w.sql} ORDER BY at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`)
      .all(w.params);
    return rows.map(toVote);
  }

  listUnanswered(filter: FeedbackFilter = {}): Promise<StoredUnanswered[]> {
    return attempt(() => this.unanswered(normalise(filter)));
  }

  private unanswered(filter: FeedbackFilter): StoredUnanswered[] {
    const w = where(filter, COMMON);
    const { limit, offset } = page(filter);
    const rows = this.db
      .prepare<Params, UnansweredRow>(`SELECT * FROM faq_unanswered ${w.sql} ORDER BY at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`)
      .all(w.params);
    return rows.map(toUnanswered);
  }

  counts(filter: Pick<FeedbackFilter, 'from' | 'to' | 'channel'> = {}): Promise<FeedbackCounts> {
    return attempt(() => this.totals(normalise(filter)));
  }

  private totals(filter: Pick<FeedbackFilter, 'from' | 'to' | 'channel'>): FeedbackCounts {
    const w = where(filter, COMMON);
    const byEntry = this.db
      .prepare<Params, { entryId: string; up: number; down: number }>(
        `SELECT entry_id AS entryId, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM faq_votes ${w.sql}
         GROUP BY entry_id ORDER BY down DESC, up ASC, entry_id ASC`,
      )
      .all(w.params);
    const unanswered = this.db.prepare<Params, { n: number }>(`SELECT COUNT(*) AS n FROM faq_unanswered ${w.sql}`).get(w.params);
    return {
      up: byEntry.reduce((s, e) => s + e.up, 0),
      down: byEntry.reduce((s, e) => s + e.down, 0),
      unanswered: unanswered?.n ?? 0,
      byEntry,
    };
  }

  deleteByUser(userId: string): Promise<number> {
    const run = this.db.transaction(
      () =>
        this.db.prepare('DELETE FROM faq_votes WHERE user_id = ?').run(userId).changes +
        this.db.prepare('DELETE FROM faq_unanswered WHERE user_id = ?').run(userId).changes,
    );
    return attempt(run);
  }

  purgeBefore(before: string): Promise<number> {
    const run = this.db.transaction(
      () =>
        this.db.prepare('DELETE FROM faq_votes WHERE at < ?').run(utc(before)).changes +
        this.db.prepare('DELETE FROM faq_unanswered WHERE at < ?').run(utc(before)).changes,
    );
    return attempt(run);
  }
}
