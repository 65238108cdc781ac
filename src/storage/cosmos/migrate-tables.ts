import { safeId } from './support';
import { latestId, pointerId } from './ticket-pointers';
import type { ContainerName } from './containers';
import { SEEN_TTL_SECONDS } from './channel-inbox';

/** A SQLite row as better-sqlite3 returns it. */
export type Row = Record<string, string | number | null>;
export type DocOut = Record<string, unknown> & { id: string; pk: string };

/**
 * How one SQLite table becomes Cosmos documents, in exactly the shape the Cosmos stores write. `kind` is
 * the clause that selects these documents again for the verification read-back.
 */
export interface TableMap {
  table: string;
  container: ContainerName;
  kind: string;
  select: string;
  toDocs: (row: Row, ctx: MapContext) => DocOut[];
}

export interface MapContext {
  /** Seconds for transcript TTLs by kind (undefined = none). */
  ttl: { ordinary?: number; safety?: number };
  now: number;
}

type Cell = string | number | null | undefined;
const s = (v: Cell): string => String(v);
const opt = <K extends string>(key: K, v: string | number | null | undefined): Partial<Record<K, string | number>> =>
  v === null || v === undefined ? {} : ({ [key]: v } as Record<K, string | number>);
const utc = (iso: Cell): string => new Date(s(iso)).toISOString();

/** Every table the embedded engine has, in a safe order (accounts before sessions, tickets before threads). */
export const TABLES: TableMap[] = [
  {
    table: 'bot_state', container: 'botState', kind: 'IS_DEFINED(c.key)', select: 'SELECT * FROM bot_state',
    toDocs: (r) => [{ id: safeId('', s(r.key)), pk: safeId('', s(r.key)), key: s(r.key), value: JSON.parse(s(r.value)) as unknown }],
  },
  {
    table: 'transcripts', container: 'transcripts', kind: "c.type = 'entry'", select: 'SELECT * FROM transcripts',
    toDocs: (r, ctx) => {
      const ttl = r.kind === 'safety' ? ctx.ttl.safety : ctx.ttl.ordinary;
      return [{
        id: s(r.seq), pk: s(r.conversation_id), type: 'entry', seq: Number(r.seq), conversationId: s(r.conversation_id), userId: s(r.user_id),
        channel: s(r.channel), direction: s(r.direction), activityType: s(r.type), at: s(r.at), kind: s(r.kind), ...opt('text', r.text), ...opt('ttl', ttl),
      }];
    },
  },
  {
    table: 'transcripts (safety marks)', container: 'transcripts', kind: "c.type = 'meta'",
    select: "SELECT DISTINCT conversation_id FROM transcripts WHERE kind = 'safety'",
    toDocs: (r) => [{ id: 'meta', pk: s(r.conversation_id), type: 'meta', safety: true }],
  },
  {
    table: 'tickets', container: 'tickets', kind: "c.type = 'ticket'", select: 'SELECT rowid AS _rowid, * FROM tickets',
    toDocs: (r) => [{
      id: s(r.id), pk: s(r.id), type: 'ticket', seq: Number(r._rowid), conversationId: s(r.conversation_id), userId: s(r.user_id), channel: s(r.channel),
      lang: s(r.lang), reason: s(r.reason), priority: Number(r.priority), status: s(r.status), createdAt: s(r.created_at), updatedAt: s(r.updated_at),
      ratingPending: r.rating_pending === 1,
      ...opt('category', r.category), ...opt('level', r.level), ...opt('claimedBy', r.claimed_by), ...opt('claimedAt', r.claimed_at),
      ...opt('closedAt', r.closed_at), ...opt('closedBy', r.closed_by), ...opt('outcome', r.outcome), ...opt('reference', r.reference),
      ...opt('locality', r.locality), ...opt('raisedAt', r.raised_at), ...opt('rating', r.rating), ...opt('lastAlertAt', r.last_alert_at), ...opt('noticeAt', r.notice_at),
    }],
  },
  {
    table: 'tickets (open pointers)', container: 'tickets', kind: "c.type = 'open'", select: "SELECT id, conversation_id FROM tickets WHERE status <> 'closed'",
    toDocs: (r, ctx) => [{ id: pointerId(s(r.conversation_id)), pk: pointerId(s(r.conversation_id)), type: 'open', conversationId: s(r.conversation_id), ticketId: s(r.id), createdAt: ctx.now }],
  },
  {
    table: 'tickets (latest pointers)', container: 'tickets', kind: "c.type = 'latest'",
    select: `SELECT t.id, t.conversation_id FROM tickets t WHERE t.rowid = (SELECT u.rowid FROM tickets u WHERE u.conversation_id = t.conversation_id
             ORDER BY u.status <> 'closed' DESC, u.created_at DESC, u.rowid DESC LIMIT 1)`,
    toDocs: (r) => [{ id: latestId(s(r.conversation_id)), pk: latestId(s(r.conversation_id)), type: 'latest', conversationId: s(r.conversation_id), ticketId: s(r.id) }],
  },
  {
    table: 'ticket_messages', container: 'threads', kind: "c.type = 'message'", select: 'SELECT * FROM ticket_messages',
    toDocs: (r) => [{
      id: s(r.seq), pk: s(r.ticket_id), type: 'message', seq: Number(r.seq), ticketId: s(r.ticket_id), at: s(r.at), author: s(r.author), status: s(r.status),
      context: r.context === 1, ...opt('counselorId', r.counselor_id), ...opt('text', r.text), ...opt('riskLevel', r.risk_level),
      ...opt('failureCode', r.failure_code), ...opt('platformCode', r.platform_code),
    }],
  },
  {
    table: 'ticket_notes', container: 'threads', kind: "c.type = 'note'", select: 'SELECT * FROM ticket_notes',
    toDocs: (r) => [{ id: `note-${s(r.seq)}`, pk: s(r.ticket_id), type: 'note', seq: Number(r.seq), ticketId: s(r.ticket_id), at: s(r.at), authorId: s(r.author_id), text: s(r.text) }],
  },
  {
    table: 'faq_votes', container: 'feedback', kind: "c.type = 'vote'", select: 'SELECT * FROM faq_votes',
    toDocs: (r) => [{
      id: `vote-${s(r.id)}`, pk: s(r.user_id), type: 'vote', seq: Number(r.id), userId: s(r.user_id), entryId: s(r.entry_id), vote: s(r.vote), channel: s(r.channel),
      at: utc(r.at), ...opt('text', r.text), ...opt('lang', r.lang),
    }],
  },
  {
    table: 'faq_unanswered', container: 'feedback', kind: "c.type = 'unanswered'", select: 'SELECT * FROM faq_unanswered',
    toDocs: (r) => [{
      id: `unanswered-${s(r.id)}`, pk: s(r.user_id), type: 'unanswered', seq: Number(r.id), userId: s(r.user_id), text: s(r.text), lang: s(r.lang), channel: s(r.channel),
      at: utc(r.at), confidence: Number(r.confidence), ...opt('bestEntryId', r.best_entry_id),
    }],
  },
  {
    table: 'risk_flags', container: 'riskFlags', kind: "c.type = 'flag'", select: 'SELECT rowid AS _rowid, * FROM risk_flags',
    toDocs: (r) => [{
      id: s(r.id), pk: s(r.id), type: 'flag', seq: Number(r._rowid), turnId: s(r.turn_id), conversationId: s(r.conversation_id), userId: s(r.user_id),
      channel: s(r.channel), ruleId: s(r.rule_id), category: s(r.category), level: s(r.level), thirdParty: r.third_party === 1, at: s(r.at),
      ...(r.review_outcome !== null && r.reviewed_by !== null && r.reviewed_at !== null
        ? { review: { outcome: s(r.review_outcome), by: s(r.reviewed_by), at: s(r.reviewed_at) } }
        : {}),
    }],
  },
  {
    table: 'risk_misses', container: 'riskFlags', kind: "c.type = 'miss'", select: 'SELECT rowid AS _rowid, * FROM risk_misses',
    toDocs: (r) => [{
      id: s(r.id), pk: s(r.id), type: 'miss', seq: Number(r._rowid), conversationId: s(r.conversation_id), by: s(r.reported_by), at: s(r.at),
      ...opt('userId', r.user_id), ...opt('category', r.category), ...opt('note', r.note),
    }],
  },
  {
    table: 'survey_consents', container: 'consents', kind: 'true', select: 'SELECT rowid AS _rowid, * FROM survey_consents',
    toDocs: (r) => [{
      id: s(r.id), pk: s(r.user_id), seq: Number(r._rowid), userId: s(r.user_id), channel: s(r.channel), ageBand: s(r.age_band), textVersion: s(r.text_version),
      parentalConfirmed: r.parental_confirmed === 1, givenAt: s(r.given_at), ...opt('withdrawnAt', r.withdrawn_at),
    }],
  },
  {
    table: 'survey_results', container: 'surveyResults', kind: 'true', select: 'SELECT * FROM survey_results',
    toDocs: (r) => [{
      id: s(r.id), pk: s(r.user_id), topType: s(r.top), userId: s(r.user_id), consentId: s(r.consent_id), channel: s(r.channel), lang: s(r.lang),
      itemSet: s(r.item_set), completedAt: s(r.completed_at),
      scores: { R: Number(r.score_r), I: Number(r.score_i), A: Number(r.score_a), S: Number(r.score_s), E: Number(r.score_e), C: Number(r.score_c) },
      maxScore: Number(r.max_score), code: s(r.code), ageBand: s(r.age_band), ...opt('grade', r.grade), ...opt('locality', r.locality), ...opt('gender', r.gender),
    }],
  },
  {
    table: 'survey_profiles', container: 'surveyProfiles', kind: 'true', select: 'SELECT * FROM survey_profiles',
    toDocs: (r) => [{
      id: s(r.user_id), pk: s(r.user_id), userId: s(r.user_id), updatedAt: s(r.updated_at),
      ...opt('ageBand', r.age_band), ...opt('grade', r.grade), ...opt('locality', r.locality), ...opt('gender', r.gender),
    }],
  },
  {
    table: 'channel_inbox', container: 'inbox', kind: "c.type = 'item'", select: 'SELECT * FROM channel_inbox',
    toDocs: (r) => [{
      id: s(r.id), pk: `${s(r.channel)}|${s(r.user_key)}`, type: 'item', seq: Number(r.id), channel: s(r.channel), userKey: s(r.user_key),
      dedupeKey: s(r.dedupe_key), payload: s(r.payload), receivedAt: Number(r.received_at), attempts: Number(r.attempts), leaseUntil: 0,
    }],
  },
  {
    // Only keys whose item is still waiting: SQLite does not record the user of a finished item's key.
    table: 'channel_dedupe (of waiting items)', container: 'inbox', kind: "c.type = 'seen'",
    select: 'SELECT d.channel, d.dedupe_key, d.seen_at, i.user_key FROM channel_dedupe d JOIN channel_inbox i ON i.channel = d.channel AND i.dedupe_key = d.dedupe_key',
    toDocs: (r) => [{
      id: safeId('seen:', s(r.dedupe_key)), pk: `${s(r.channel)}|${s(r.user_key)}`, type: 'seen', channel: s(r.channel), dedupeKey: s(r.dedupe_key),
      seenAt: Number(r.seen_at), ttl: SEEN_TTL_SECONDS,
    }],
  },
  {
    table: 'channel_outbox', container: 'outbox', kind: "c.type = 'item'", select: 'SELECT * FROM channel_outbox',
    toDocs: (r) => [{
      id: s(r.id), pk: `${s(r.channel)}|${s(r.conversation_id)}`, type: 'item', seq: Number(r.id), channel: s(r.channel), conversationId: s(r.conversation_id),
      userId: s(r.user_id), payload: s(r.payload), humanAgent: r.human_agent === 1, createdAt: Number(r.created_at), nextAttemptAt: Number(r.next_attempt_at),
      attempts: Number(r.attempts), ...opt('lastError', r.last_error),
    }],
  },
  {
    table: 'channel_contacts', container: 'contacts', kind: 'true', select: 'SELECT * FROM channel_contacts',
    toDocs: (r) => [{
      id: safeId('', s(r.channel)), pk: s(r.user_id), channel: s(r.channel), userId: s(r.user_id), conversationId: s(r.conversation_id),
      lastInboundAt: Number(r.last_inbound_at), ...(r.options === null ? {} : { options: JSON.parse(s(r.options)) as unknown }),
    }],
  },
  {
    table: 'channel_delivery_failures', container: 'failures', kind: 'true', select: 'SELECT * FROM channel_delivery_failures',
    toDocs: (r) => [{
      id: s(r.id), pk: s(r.conversation_id), seq: Number(r.id), channel: s(r.channel), conversationId: s(r.conversation_id), userId: s(r.user_id), at: s(r.at),
      code: s(r.code), reasonKey: s(r.reason_key), humanAgent: r.human_agent === 1, ...opt('platformCode', r.platform_code),
    }],
  },
  {
    table: 'channel_tokens', container: 'tokens', kind: "c.type = 'token'", select: 'SELECT * FROM channel_tokens',
    toDocs: (r) => [{
      id: safeId('token:', s(r.key)), pk: safeId('token:', s(r.key)), type: 'token', accessToken: s(r.access_token), refreshToken: s(r.refresh_token),
      expiresAt: Number(r.expires_at), obtainedAt: Number(r.obtained_at),
    }],
  },
  {
    table: 'channel_oauth_states', container: 'tokens', kind: "c.type = 'state'", select: 'SELECT * FROM channel_oauth_states',
    toDocs: (r, ctx) => [{
      id: safeId('state:', s(r.state)), pk: safeId('state:', s(r.state)), type: 'state', verifier: s(r.verifier), expiresAt: Number(r.expires_at),
      ttl: Math.max(0, Math.ceil((Number(r.expires_at) - ctx.now) / 1000)) + 3600,
    }],
  },
  {
    table: 'console_accounts', container: 'accounts', kind: 'true', select: 'SELECT * FROM console_accounts',
    toDocs: (r) => [{
      id: s(r.id), pk: 'account', usernameKey: s(r.username).toLowerCase(), username: s(r.username), displayName: s(r.display_name), role: s(r.role),
      passwordHash: s(r.password_hash), disabled: r.disabled === 1, createdAt: s(r.created_at), updatedAt: s(r.updated_at),
    }],
  },
  {
    table: 'console_sessions', container: 'sessions', kind: 'true', select: 'SELECT * FROM console_sessions',
    toDocs: (r, ctx) => [{
      id: s(r.id_hash), pk: s(r.id_hash), idHash: s(r.id_hash), accountId: s(r.account_id), csrfToken: s(r.csrf_token), createdAt: s(r.created_at),
      lastSeen: s(r.last_seen), expiresAt: s(r.expires_at), ttl: Math.max(0, Math.ceil((Date.parse(s(r.expires_at)) - ctx.now) / 1000)) + 3600,
    }],
  },
  {
    table: 'audit_log', container: 'audit', kind: 'true', select: 'SELECT * FROM audit_log',
    toDocs: (r) => [{
      id: s(r.seq), pk: s(r.seq), seq: Number(r.seq), at: s(r.at), action: s(r.action), ...opt('actorId', r.actor_id), ...opt('actorName', r.actor_name),
      ...opt('target', r.target), ...(r.details === null ? {} : { details: JSON.parse(s(r.details)) as unknown }),
    }],
  },
];

/** Tables deliberately not copied, and why (printed by the tool). */
export const SKIPPED_TABLES: Record<string, string> = {
  channel_locks: 'short-lived refresh locks (seconds); a new instance takes a fresh one',
  schema_migrations: 'SQLite schema bookkeeping',
};
