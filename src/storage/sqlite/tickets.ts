import { randomUUID } from 'node:crypto';
import type { ClaimResult, HandoffRequest, Ticket, TicketStore } from '../ports/tickets';
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
  outcome: string | null;
}

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
  };
  if (r.category !== null) t.category = r.category;
  if (r.level !== null) t.level = r.level;
  if (r.claimed_by !== null) t.claimedBy = r.claimed_by;
  if (r.claimed_at !== null) t.claimedAt = r.claimed_at;
  if (r.closed_at !== null) t.closedAt = r.closed_at;
  if (r.outcome !== null) t.outcome = r.outcome;
  return t;
}

export class SqliteTicketStore implements TicketStore {
  constructor(private readonly db: Db) {}

  private row(sql: string, ...params: unknown[]): Ticket | undefined {
    const r = this.db.prepare(sql).get(...params) as Row | undefined;
    return r ? toTicket(r) : undefined;
  }

  request(req: HandoffRequest): Promise<{ ticket: Ticket; created: boolean }> {
    const result = this.db.transaction(() => {
      const open = this.row("SELECT * FROM tickets WHERE conversation_id = ? AND status <> 'closed'", req.conversationId);
      if (open) {
        if (req.priority > open.priority) {
          this.db
            .prepare('UPDATE tickets SET priority = ?, reason = ?, category = ?, level = ?, updated_at = ?, version = version + 1 WHERE id = ?')
            .run(req.priority, req.reason, req.category ?? null, req.level ?? null, req.at, open.id);
        }
        return { ticket: this.row('SELECT * FROM tickets WHERE id = ?', open.id) as Ticket, created: false };
      }
      const id = randomUUID();
      this.db
        .prepare(
          `INSERT INTO tickets (id, conversation_id, user_id, channel, lang, reason, category, level, priority, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
        )
        .run(id, req.conversationId, req.userId, req.channel, req.lang, req.reason, req.category ?? null, req.level ?? null, req.priority, req.at, req.at);
      return { ticket: this.row('SELECT * FROM tickets WHERE id = ?', id) as Ticket, created: true };
    })();
    return Promise.resolve(result);
  }

  get(id: string): Promise<Ticket | undefined> {
    return Promise.resolve(this.row('SELECT * FROM tickets WHERE id = ?', id));
  }

  openFor(conversationId: string): Promise<Ticket | undefined> {
    return Promise.resolve(this.row("SELECT * FROM tickets WHERE conversation_id = ? AND status <> 'closed'", conversationId));
  }

  queue(): Promise<Ticket[]> {
    const rows = this.db
      .prepare("SELECT * FROM tickets WHERE status <> 'closed' ORDER BY priority DESC, created_at ASC, id ASC")
      .all() as Row[];
    return Promise.resolve(rows.map(toTicket));
  }

  claim(id: string, counselorId: string, at: string): Promise<ClaimResult> {
    const info = this.db
      .prepare("UPDATE tickets SET status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = 'queued'")
      .run(counselorId, at, at, id);
    const ticket = this.row('SELECT * FROM tickets WHERE id = ?', id);
    if (info.changes === 1 && ticket) return Promise.resolve({ ok: true, ticket });
    if (!ticket) return Promise.resolve({ ok: false, reason: 'not_found' });
    return Promise.resolve({ ok: false, reason: ticket.status === 'closed' ? 'closed' : 'already_claimed', ticket });
  }

  close(id: string, _by: string, outcome: string, at: string): Promise<Ticket | undefined> {
    this.db
      .prepare("UPDATE tickets SET status = 'closed', outcome = ?, closed_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status <> 'closed'")
      .run(outcome, at, at, id);
    return Promise.resolve(this.row('SELECT * FROM tickets WHERE id = ?', id));
  }

  deleteByUser(userId: string): Promise<number> {
    return Promise.resolve(this.db.prepare('DELETE FROM tickets WHERE user_id = ?').run(userId).changes);
  }
}
