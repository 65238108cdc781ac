/** Console roles. Each API route lists the roles it admits; `admin` is not implied. */
export const CONSOLE_ROLES = ['counselor', 'staff', 'admin'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export interface ConsoleAccount {
  id: string;
  username: string;
  displayName: string;
  role: ConsoleRole;
  /** `scrypt$N$r$p$salt$hash` (see src/console/password.ts). */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ConsoleSession {
  /** SHA-256 of the cookie value, hex. */
  idHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: string;
  lastSeen: string;
  expiresAt: string;
}

export class DuplicateUsernameError extends Error {
  override readonly name = 'DuplicateUsernameError';
  constructor(readonly username: string) {
    super(`the username ${username} is taken`);
  }
}

export interface ConsoleAccountStore {
  /** Throws DuplicateUsernameError when the username (case-insensitive) exists. */
  create(account: ConsoleAccount): Promise<void>;
  get(id: string): Promise<ConsoleAccount | undefined>;
  findByUsername(username: string): Promise<ConsoleAccount | undefined>;
  list(): Promise<ConsoleAccount[]>;
  update(id: string, changes: Partial<Pick<ConsoleAccount, 'displayName' | 'role' | 'passwordHash' | 'disabled'>>, at: string): Promise<ConsoleAccount | undefined>;
  count(): Promise<number>;
}

export interface ConsoleSessionStore {
  create(session: ConsoleSession): Promise<void>;
  get(idHash: string): Promise<ConsoleSession | undefined>;
  touch(idHash: string, lastSeen: string, expiresAt: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  deleteByAccount(accountId: string): Promise<number>;
  purgeExpired(now: string): Promise<number>;
}

export interface AuditEntry {
  at: string;
  actorId?: string;
  actorName?: string;
  /** Dotted verb: `console.login`, `conversation.open`, `export.xlsx`, `account.create`… */
  action: string;
  /** What it was done to: a conversation id, an account id, an export's filters… */
  target?: string;
  details?: Record<string, unknown>;
}

export interface StoredAuditEntry extends AuditEntry {
  seq: number;
}

export interface AuditFilter {
  from?: string;
  to?: string;
  action?: string;
  actorId?: string;
  limit?: number;
}

/** Append-only record of who did what in the console: opened a conversation, exported data, changed accounts. */
export interface AuditLogStore {
  record(entry: AuditEntry): Promise<void>;
  list(filter?: AuditFilter): Promise<StoredAuditEntry[]>;
}
