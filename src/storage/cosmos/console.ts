import type { Container } from '@azure/cosmos';
import {
  DuplicateUsernameError,
  type AuditEntry,
  type AuditFilter,
  type AuditLogStore,
  type ConsoleAccount,
  type ConsoleAccountStore,
  type ConsoleSession,
  type ConsoleSessionStore,
  type StoredAuditEntry,
} from '../ports/console';
import { defined, deleteDoc, deleteWhere, isConflict, nextSeq, queryAll, readDoc, sql, type Doc } from './support';

/** All accounts share one logical partition (they are few), so the unique key on `usernameKey` is global. */
const ACCOUNTS_PK = 'account';

interface AccountDoc extends Doc, ConsoleAccount {
  usernameKey: string;
}

const toAccount = (d: AccountDoc): ConsoleAccount => ({
  id: d.id,
  username: d.username,
  displayName: d.displayName,
  role: d.role,
  passwordHash: d.passwordHash,
  disabled: d.disabled,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

/** Console accounts on Cosmos DB (container `accounts`). Usernames are unique case-insensitively (unique key). */
export class CosmosConsoleAccountStore implements ConsoleAccountStore {
  constructor(private readonly container: Container) {}

  async create(a: ConsoleAccount): Promise<void> {
    try {
      await this.container.items.create<AccountDoc>({ ...a, pk: ACCOUNTS_PK, usernameKey: a.username.toLowerCase() });
    } catch (err) {
      if (isConflict(err)) throw new DuplicateUsernameError(a.username);
      throw err;
    }
  }

  async get(id: string): Promise<ConsoleAccount | undefined> {
    const d = await readDoc<AccountDoc>(this.container, id, ACCOUNTS_PK);
    return d ? toAccount(d) : undefined;
  }

  async findByUsername(username: string): Promise<ConsoleAccount | undefined> {
    const [d] = await queryAll<AccountDoc>(this.container, sql('SELECT * FROM c WHERE c.pk = @pk AND c.usernameKey = @u', { pk: ACCOUNTS_PK, u: username.toLowerCase() }), ACCOUNTS_PK);
    return d ? toAccount(d) : undefined;
  }

  async list(): Promise<ConsoleAccount[]> {
    const docs = await queryAll<AccountDoc>(this.container, sql('SELECT * FROM c WHERE c.pk = @pk', { pk: ACCOUNTS_PK }), ACCOUNTS_PK);
    return docs.map(toAccount).sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  }

  async update(id: string, c: Partial<Pick<ConsoleAccount, 'displayName' | 'role' | 'passwordHash' | 'disabled'>>, at: string): Promise<ConsoleAccount | undefined> {
    const d = await readDoc<AccountDoc>(this.container, id, ACCOUNTS_PK);
    if (!d) return undefined;
    const changes = defined(c);
    if (Object.keys(changes).length === 0) return toAccount(d);
    const next: AccountDoc = { ...d, ...changes, updatedAt: at };
    await this.container.item(id, ACCOUNTS_PK).replace(next);
    return toAccount(next);
  }

  async count(): Promise<number> {
    const [n] = await queryAll<number>(this.container, sql('SELECT VALUE COUNT(1) FROM c WHERE c.pk = @pk', { pk: ACCOUNTS_PK }), ACCOUNTS_PK);
    return n ?? 0;
  }
}

type SessionDoc = Doc & ConsoleSession & { ttl: number };

/** Sessions expire by Cosmos TTL shortly after `expiresAt` too, even if purgeExpired never runs. */
const SESSION_TTL_SLACK_SECONDS = 3600;
const sessionTtl = (expiresAt: string): number => Math.max(0, Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000)) + SESSION_TTL_SLACK_SECONDS;

/** Console sessions on Cosmos DB (container `sessions`, id = pk = hash of the cookie value): point reads per request. */
export class CosmosConsoleSessionStore implements ConsoleSessionStore {
  constructor(private readonly container: Container) {}

  async create(s: ConsoleSession): Promise<void> {
    await this.container.items.create<SessionDoc>({ ...s, id: s.idHash, pk: s.idHash, ttl: sessionTtl(s.expiresAt) });
  }

  async get(idHash: string): Promise<ConsoleSession | undefined> {
    const d = await readDoc<SessionDoc>(this.container, idHash, idHash);
    return d
      ? { idHash: d.idHash, accountId: d.accountId, csrfToken: d.csrfToken, createdAt: d.createdAt, lastSeen: d.lastSeen, expiresAt: d.expiresAt }
      : undefined;
  }

  async touch(idHash: string, lastSeen: string, expiresAt: string): Promise<void> {
    const d = await readDoc<SessionDoc>(this.container, idHash, idHash);
    if (!d) return;
    await this.container.item(idHash, idHash).replace<SessionDoc>({ ...d, lastSeen, expiresAt, ttl: sessionTtl(expiresAt) });
  }

  async delete(idHash: string): Promise<void> {
    await deleteDoc(this.container, idHash, idHash);
  }

  deleteByAccount(accountId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.accountId = @a', { a: accountId }));
  }

  purgeExpired(now: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.expiresAt <= @n', { n: now }));
  }
}

type AuditDoc = Doc & AuditEntry & { seq: number };

/** The console audit log on Cosmos DB (container `audit`, append-only, partitioned by entry). */
export class CosmosAuditLogStore implements AuditLogStore {
  constructor(private readonly container: Container) {}

  async record(e: AuditEntry): Promise<void> {
    const seq = nextSeq();
    await this.container.items.create<AuditDoc>({ ...defined(e), id: String(seq), pk: String(seq), seq });
  }

  async list(f: AuditFilter = {}): Promise<StoredAuditEntry[]> {
    const parts = ['IS_DEFINED(c.seq)'];
    const values: Record<string, unknown> = { n: Math.min(f.limit ?? 100, 1000) };
    const add = (value: string | undefined, clause: string, name: string) => {
      if (!value) return;
      parts.push(clause);
      values[name] = value;
    };
    add(f.from, 'c.at >= @from', 'from');
    add(f.to, 'c.at < @to', 'to');
    add(f.action, 'c.action = @action', 'action');
    add(f.actorId, 'c.actorId = @actorId', 'actorId');
    const docs = await queryAll<AuditDoc>(this.container, sql(`SELECT TOP @n * FROM c WHERE ${parts.join(' AND ')} ORDER BY c.seq DESC`, values));
    return docs.map((d) => defined({ seq: d.seq, at: d.at, action: d.action, actorId: d.actorId, actorName: d.actorName, target: d.target, details: d.details }));
  }
}
