import path from 'node:path';
import type { Storage } from 'botbuilder';
import { createSqliteChannelStores, type ChannelStores } from '../channels/shared/stores';
import type { AuditLogStore, ConsoleAccountStore, ConsoleSessionStore } from './ports/console';
import type { FeedbackStore } from './ports/feedback';
import type { RiskFlagStore } from './ports/risk-flags';
import type { TicketStore } from './ports/tickets';
import type { TranscriptStore } from './ports/transcripts';
import { SqliteBotStorage } from './sqlite/bot-state';
import { openDatabase, type Db } from './sqlite/db';
import { SqliteAuditLogStore, SqliteConsoleAccountStore, SqliteConsoleSessionStore } from './sqlite/console';
import { SqliteFeedbackStore } from './sqlite/feedback';
import { SqliteRiskFlagStore } from './sqlite/risk-flags';
import { SqliteTicketStore } from './sqlite/tickets';
import { SqliteTranscriptStore } from './sqlite/transcripts';

/** botbuilder Storage plus the deletion the "delete my data" feature needs. */
export interface BotStateStore extends Storage {
  /** Deletes every state item whose key contains `fragment` (a user or conversation id). */
  deleteMatching(fragment: string): Promise<number>;
}

/** Every store the application uses, behind its port. One implementation per engine (SQLite, Cosmos DB). */
export interface Stores {
  engine: 'sqlite' | 'cosmos';
  botState: BotStateStore;
  transcripts: TranscriptStore;
  tickets: TicketStore;
  feedback: FeedbackStore;
  riskFlags: RiskFlagStore;
  /** Messenger and Zalo: inbox, outbox, contacts (last inbound time), delivery failures, tokens. */
  channels: ChannelStores;
  consoleAccounts: ConsoleAccountStore;
  consoleSessions: ConsoleSessionStore;
  audit: AuditLogStore;
  /** Resolves when the database answers (readiness probe). */
  ping(): Promise<void>;
  /** Flushes and closes; the process may exit afterwards. */
  close(): Promise<void>;
}

export const SQLITE_FILE = 'bandonghanh.sqlite';

/** The embedded engine: one SQLite file under DATA_DIR. */
export function openSqliteStores(dataDir: string): Stores & { db: Db } {
  const db = openDatabase(path.join(dataDir, SQLITE_FILE));
  let closed = false;
  return {
    engine: 'sqlite',
    db,
    botState: new SqliteBotStorage(db),
    transcripts: new SqliteTranscriptStore(db),
    tickets: new SqliteTicketStore(db),
    feedback: new SqliteFeedbackStore(db),
    riskFlags: new SqliteRiskFlagStore(db),
    channels: createSqliteChannelStores(db),
    consoleAccounts: new SqliteConsoleAccountStore(db),
    consoleSessions: new SqliteConsoleSessionStore(db),
    audit: new SqliteAuditLogStore(db),
    ping: () => {
      if (closed) return Promise.reject(new Error('database closed'));
      db.prepare('SELECT 1').get();
      return Promise.resolve();
    },
    close: () => {
      if (!closed) {
        closed = true;
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
      return Promise.resolve();
    },
  };
}
