import type {
  AuditEntry,
  AuditFilter,
  AuditLogStore,
  ConsoleAccount,
  ConsoleAccountStore,
  ConsoleSession,
  ConsoleSessionStore,
  StoredAuditEntry,
} from '../ports/console';
import { DuplicateUsernameError } from '../ports/console';
import type { Db } from './db';

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: ConsoleAccount['role'];
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

const toAccount = (r: AccountRow): ConsoleAccount => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  passwordHash: r.password_hash,
  disabled: r.disabled === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class SqliteConsoleAccountStore implements ConsoleAccountStore {
  constructor(private readonly db: Db) {}

  async create(a: ConsoleAccount): Promise<void> {
    try {
      this.db
        .prepare('INSERT INTO console_accounts (id, username, display_name, role, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(a.id, a.username, a.displayName, a.role, a.passwordHash, a.disabled ? 1 : 0, a.createdAt, a.updatedAt);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateUsernameError(a.username);
      throw err;
    }
  }

  async get(id: string): Promise<ConsoleAccount | undefined> {
    const r = this.db.prepare('SELECT * FROM console_accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return r ? toAccount(r) : undefined;
  }

  async findByUsername(username: string): Promise<ConsoleAccount | undefined> {
    const r = this.db.prepare('SELECT * FROM console_accounts WHERE username = ?').get(username) as AccountRow | undefined;
    return r ? toAccount(r) : undefined;
  }

  async list(): Promise<ConsoleAccount[]> {
    return (this.db.prepare('SELECT * FROM console_accounts ORDER BY username').all() as AccountRow[]).map(toAccount);
  }

  async update(id: string, c: Partial<Pick<ConsoleAccount, 'displayName' | 'role' | 'passwordHash' | 'disabled'>>, at: string): Promise<ConsoleAccount | undefined> {
    const sets: string[] = [];
    const values: unknown[] = [];
    if (c.displayName !== undefined) {
      sets.push('display_name = ?');
      values.push(c.displayName);
    }
    if (c.role !== undefined) {
      sets.push('role = ?');
      values.push(c.role);
    }
    if (c.passwordHash !== undefined) {
      sets.push('password_hash = ?');
      values.push(c.passwordHash);
    }
    if (c.disabled !== undefined) {
      sets.push('disabled = ?');
      values.push(c.disabled ? 1 : 0);
    }
    if (sets.length > 0) this.db.prepare(`UPDATE console_accounts SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, at, id);
    return this.get(id);
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM console_accounts').get() as { n: number }).n;
  }
}

interface SessionRow {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen: string;
  expires_at: string;
}

export class SqliteConsoleSessionStore implements ConsoleSessionStore {
  constructor(private readonly db: Db) {}

  async create(s: ConsoleSession): Promise<void> {
    this.db
      .prepare('INSERT INTO console_sessions (id_hash, account_id, csrf_token, created_at, last_seen, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.idHash, s.accountId, s.csrfToken, s.createdAt, s.lastSeen, s.expiresAt);
  }

  async get(idHash: string): Promise<ConsoleSession | undefined> {
    const r = this.db.prepare('SELECT * FROM console_sessions WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
    return r
      ? { idHash: r.id_hash, accountId: r.account_id, csrfToken: r.csrf_token, createdAt: r.created_at, lastSeen: r.last_seen, expiresAt: r.expires_at }
      : undefined;
  }

  async touch(idHash: string, lastSeen: string, expiresAt: string): Promise<void> {
    this.db.prepare('UPDATE console_sessions SET last_seen = ?, expires_at = ? WHERE id_hash = ?').run(lastSeen, expiresAt, idHash);
  }

  async delete(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM console_sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteByAccount(accountId: string): Promise<number> {
    return this.db.prepare('DELETE FROM console_sessions WHERE account_id = ?').run(accountId).changes;
  }

  async purgeExpired(now: string): Promise<number> {
    return this.db.prepare('DELETE FROM console_sessions WHERE expires_at <= ?').run(now).changes;
  }
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target: string | null;
  details: string | null;
}

export class SqliteAuditLogStore implements AuditLogStore {
  constructor(private readonly db: Db) {}

  async record(e: AuditEntry): Promise<void> {
    this.db
      .prepare('INSERT INTO audit_log (at, actor_id, actor_name, action, target, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(e.at, e.actorId ?? null, e.actorName ?? null, e.action, e.target ?? null, e.details ? JSON.stringify(e.details) : null);
  }

  async list(f: AuditFilter = {}): Promise<StoredAuditEntry[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (f.from) {
      where.push('at >= ?');
      values.push(f.from);
    }
    if (f.to) {
      where.push('at < ?');
      values.push(f.to);
    }
    if (f.action) {
      where.push('action = ?');
      values.push(f.action);
    }
    if (f.actorId) {
      where.push('actor_id = ?');
      values.push(f.actorId);
    }
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...values, Math.min(f.limit ?? 100, 1000)) as AuditRow[];
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      action: r.action,
      ...(r.actor_id ? { actorId: r.actor_id } : {}),
      ...(r.actor_name ? { actorName: r.actor_name } : {}),
      ...(r.target ? { target: r.target } : {}),
      ...(r.details ? { details: JSON.parse(r.details) as Record<string, unknown> } : {}),
    }));
  }
}
