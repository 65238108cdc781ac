import { randomUUID } from 'node:crypto';
import type {
  ClaimResult,
  HandoffRequest,
  NewTicketMessage,
  Ticket,
  TicketMessage,
  TicketNote,
  TicketStore,
  ThreadStatus,
  TransitionResult,
} from '../ports/tickets';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

interface Row {
  id: string;
  conversation_id: string;
  user_id: string;
  channel: string;
  lang: string;
  reason: Ticket['reason'];
  category: string | null;
  level: string | null;
  priority: number;
  status: Ticket['status'];
  created_at: string;
  updated_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  outcome: string | null;
  reference: string | null;
  locality: string | null;
  raised_at: string | null;
  rating: number | null;
  rating_pending: number;
  last_alert_at: string | null;
  notice_at: string | null;
}

interface MessageRow {
  seq: number;
  ticket_id: string;
  at: string;
  author: TicketMessage['author'];
  counselor_id: string | null;
  text: string | null;
  status: ThreadStatus;
  failure_code: string | null;
  platform_code: string | null;
  context: number;
  risk_level: string | null;
}

const OPTIONAL: [keyof Row, keyof Ticket][] = [
  ['category', 'category'],
  ['level', 'level'],
  ['claimed_by', 'claimedBy'],
  ['claimed_at', 'claimedAt'],
  ['closed_at', 'closedAt'],
  ['closed_by', 'closedBy'],
  ['outcome', 'outcome'],
  ['reference', 'reference'],
  ['locality', 'locality'],
  ['raised_at', 'raisedAt'],
  ['rating', 'rating'],
  ['last_alert_at', 'lastAlertAt'],
  ['notice_at', 'noticeAt'],
];

function toTicket(r: Row): Ticket {
  const t: Ticket = {
    id: r.id,
    conversationId: r.conversation_id,
    userId: r.user_id,
    channel: r.channel,
    lang: r.lang,
    reason: r.reason,
    priority: r.priority,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ratingPending: r.rating_pending === 1,
  };
  for (const [col, key] of OPTIONAL) if (r[col] !== null) (t as unknown as Record<string, unknown>)[key] = r[col];
  return t;
}

function toMessage(r: MessageRow): TicketMessage {
  return {
    seq: r.seq,
    ticketId: r.ticket_id,
    at: r.at,
    author: r.author,
    status: r.status,
    context: r.context === 1,
    ...(r.counselor_id !== null ? { counselorId: r.counselor_id } : {}),
    ...(r.text !== null ? { text: r.text } : {}),
    ...(r.failure_code !== null ? { failureCode: r.failure_code } : {}),
    ...(r.platform_code !== null ? { platformCode: r.platform_code } : {}),
    ...(r.risk_level !== null ? { riskLevel: r.risk_level } : {}),
  };
}

const OPEN_FOR = "SELECT * FROM tickets WHERE conversation_id = ? AND status <> 'closed'";
const RISK = "(reason = 'risk' OR level IS NOT NULL)";

export class SqliteTicketStore implements TicketStore {
  /** Prepared statements by SQL text: the gate reads a ticket on every turn, so preparing once matters. */
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  private sql(text: string): Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  private row(sql: string, ...params: unknown[]): Ticket | undefined {
    const r = this.sql(sql).get(...params) as Row | undefined;
    return r ? toTicket(r) : undefined;
  }

  private byId(id: string): Ticket | undefined {
    return this.row('SELECT * FROM tickets WHERE id = ?', id);
  }

  request(req: HandoffRequest): Promise<{ ticket: Ticket; created: boolean; raised: boolean }> {
    const result = this.db.transaction(() => {
      const open = this.row(OPEN_FOR, req.conversationId);
      if (open) {
        const raised = req.priority > open.priority;
        if (raised) {
          this
            .sql('UPDATE tickets SET priority = ?, reason = ?, category = ?, level = ?, raised_at = ?, updated_at = ?, version = version + 1 WHERE id = ?')
            .run(req.priority, req.reason, req.category ?? null, req.level ?? null, req.at, req.at, open.id);
        }
        if (req.reference) this.sql('UPDATE tickets SET reference = ? WHERE id = ?').run(req.reference, open.id);
        return { ticket: this.byId(open.id) as Ticket, created: false, raised };
      }
      const id = randomUUID();
      this
        .sql(
          `INSERT INTO tickets (id, conversation_id, user_id, channel, lang, reason, category, level, priority, status, created_at, updated_at, reference, locality)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
        )
        .run(id, req.conversationId, req.userId, req.channel, req.lang, req.reason, req.category ?? null, req.level ?? null, req.priority, req.at, req.at, req.reference ?? null, req.locality ?? null);
      return { ticket: this.byId(id) as Ticket, created: true, raised: false };
    })();
    return Promise.resolve(result);
  }

  get(id: string): Promise<Ticket | undefined> {
    return Promise.resolve(this.byId(id));
  }

  openFor(conversationId: string): Promise<Ticket | undefined> {
    return Promise.resolve(this.row(OPEN_FOR, conversationId));
  }

  latestFor(conversationId: string): Promise<Ticket | undefined> {
    return Promise.resolve(
      this.row("SELECT * FROM tickets WHERE conversation_id = ? ORDER BY status <> 'closed' DESC, created_at DESC, rowid DESC LIMIT 1", conversationId),
    );
  }

  queue(): Promise<Ticket[]> {
    const rows = this
      .sql("SELECT * FROM tickets WHERE status <> 'closed' ORDER BY priority DESC, created_at ASC, id ASC")
      .all() as Row[];
    return Promise.resolve(rows.map(toTicket));
  }

  claim(id: string, counselorId: string, at: string): Promise<ClaimResult> {
    const info = this
      .sql("UPDATE tickets SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = 'queued'")
      .run(counselorId, at, at, id);
    const ticket = this.byId(id);
    if (info.changes === 1 && ticket) return Promise.resolve({ ok: true, ticket });
    if (!ticket) return Promise.resolve({ ok: false, reason: 'not_found' });
    return Promise.resolve({ ok: false, reason: ticket.status === 'closed' ? 'closed' : 'already_claimed', ticket });
  }

  /** Runs a conditional UPDATE; on no change, explains why from the current row. */
  private transition(id: string, sql: string, params: unknown[], by: string): TransitionResult {
    const info = this.sql(sql).run(...params);
    const ticket = this.byId(id);
    if (info.changes === 1 && ticket) return { ok: true, ticket };
    if (!ticket) return { ok: false, reason: 'not_found' };
    if (ticket.status === 'closed') return { ok: false, reason: 'closed', ticket };
    if (ticket.status === 'queued') return { ok: false, reason: 'not_claimed', ticket };
    return { ok: false, reason: ticket.claimedBy === by ? 'not_claimed' : 'not_owner', ticket };
  }

  transfer(id: string, from: string, to: string, at: string): Promise<TransitionResult> {
    const sql = "UPDATE tickets SET claimed_by = ?, claimed_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = 'claimed' AND claimed_by = ?";
    return Promise.resolve(this.transition(id, sql, [to, at, at, id, from], from));
  }

  release(id: string, by: string, at: string): Promise<TransitionResult> {
    const sql = "UPDATE tickets SET status = 'queued', claimed_by = NULL, claimed_at = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND status = 'claimed' AND claimed_by = ?";
    return Promise.resolve(this.transition(id, sql, [at, id, by], by));
  }

  close(id: string, by: string, outcome: string, at: string): Promise<Ticket | undefined> {
    this
      .sql("UPDATE tickets SET status = 'closed', outcome = ?, closed_at = ?, closed_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status <> 'closed'")
      .run(outcome, at, by, at, id);
    return Promise.resolve(this.byId(id));
  }

  closeAs(id: string, c: { by: string; outcome: string; at: string; ratingRequested: boolean }): Promise<TransitionResult> {
    const sql = `UPDATE tickets SET status = 'closed', outcome = ?, closed_at = ?, closed_by = ?, rating_pending = ?, updated_at = ?, version = version + 1
      WHERE id = ? AND (status = 'queued' OR (status = 'claimed' AND claimed_by = ?))`;
    return Promise.resolve(this.transition(id, sql, [c.outcome, c.at, c.by, c.ratingRequested ? 1 : 0, c.at, id, c.by], c.by));
  }

  rate(id: string, rating: number | null, at: string): Promise<boolean> {
    const info = this
      .sql('UPDATE tickets SET rating = ?, rating_pending = 0, updated_at = ? WHERE id = ? AND rating_pending = 1')
      .run(rating, at, id);
    return Promise.resolve(info.changes === 1);
  }

  setReference(id: string, reference: string): Promise<void> {
    this.sql("UPDATE tickets SET reference = ? WHERE id = ? AND status <> 'closed'").run(reference, id);
    return Promise.resolve();
  }

  markAlerted(id: string, at: string, previous: string | undefined): Promise<boolean> {
    const info = this.sql('UPDATE tickets SET last_alert_at = ? WHERE id = ? AND last_alert_at IS ?').run(at, id, previous ?? null);
    return Promise.resolve(info.changes === 1);
  }

  markNotice(id: string, at: string): Promise<void> {
    this.sql('UPDATE tickets SET notice_at = ? WHERE id = ?').run(at, id);
    return Promise.resolve();
  }

  addMessage(m: NewTicketMessage): Promise<TicketMessage> {
    const info = this
      .sql(
        `INSERT INTO ticket_messages (ticket_id, at, author, counselor_id, text, status, context, risk_level, failure_code, platform_code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(m.ticketId, m.at, m.author, m.counselorId ?? null, m.text ?? null, m.status, m.context ? 1 : 0, m.riskLevel ?? null, m.failureCode ?? null, m.platformCode ?? null);
    const row = this.sql('SELECT * FROM ticket_messages WHERE seq = ?').get(info.lastInsertRowid) as MessageRow;
    return Promise.resolve(toMessage(row));
  }

  updateMessage(seq: number, change: { status: ThreadStatus; failureCode?: string; platformCode?: string }): Promise<TicketMessage | undefined> {
    this
      .sql('UPDATE ticket_messages SET status = ?, failure_code = ?, platform_code = ? WHERE seq = ?')
      .run(change.status, change.failureCode ?? null, change.platformCode ?? null, seq);
    const row = this.sql('SELECT * FROM ticket_messages WHERE seq = ?').get(seq) as MessageRow | undefined;
    return Promise.resolve(row ? toMessage(row) : undefined);
  }

  messages(ticketId: string, limit: number): Promise<TicketMessage[]> {
    const rows = this.sql('SELECT * FROM ticket_messages WHERE ticket_id = ? ORDER BY seq DESC LIMIT ?').all(ticketId, limit) as MessageRow[];
    return Promise.resolve(rows.reverse().map(toMessage));
  }

  addNote(note: Omit<TicketNote, 'seq'>): Promise<TicketNote> {
    const info = this.sql('INSERT INTO ticket_notes (ticket_id, at, author_id, text) VALUES (?, ?, ?, ?)').run(note.ticketId, note.at, note.authorId, note.text);
    return Promise.resolve({ ...note, seq: Number(info.lastInsertRowid) });
  }

  notes(ticketId: string): Promise<TicketNote[]> {
    const rows = this.sql('SELECT * FROM ticket_notes WHERE ticket_id = ? ORDER BY seq').all(ticketId) as {
      seq: number;
      ticket_id: string;
      at: string;
      author_id: string;
      text: string;
    }[];
    return Promise.resolve(rows.map((r) => ({ seq: r.seq, ticketId: r.ticket_id, at: r.at, authorId: r.author_id, text: r.text })));
  }

  riskConversations(since: string): Promise<string[]> {
    const rows = this.sql(`SELECT DISTINCT conversation_id AS c FROM tickets WHERE ${RISK} AND created_at >= ?`).all(since) as { c: string }[];
    return Promise.resolve(rows.map((r) => r.c));
  }

  purgeContentBefore(c: { ordinaryBefore: string; safetyBefore: string }): Promise<number> {
    const changed = this.db.transaction(() => {
      let n = 0;
      for (const table of ['ticket_messages', 'ticket_notes']) {
        n += this
          .sql(
            `DELETE FROM ${table} WHERE at < CASE WHEN (SELECT ${RISK} FROM tickets t WHERE t.id = ${table}.ticket_id) THEN ? ELSE ? END`,
          )
          .run(c.safetyBefore, c.ordinaryBefore).changes;
      }
      n += this
        .sql(
          `UPDATE tickets SET user_id = '', reference = NULL, locality = NULL
           WHERE status = 'closed' AND (user_id <> '' OR reference IS NOT NULL OR locality IS NOT NULL)
             AND closed_at < CASE WHEN ${RISK} THEN ? ELSE ? END`,
        )
        .run(c.safetyBefore, c.ordinaryBefore).changes;
      return n;
    })();
    return Promise.resolve(changed);
  }

  deleteByUser(userId: string): Promise<number> {
    return Promise.resolve(this.sql('DELETE FROM tickets WHERE user_id = ?').run(userId).changes);
  }
}
