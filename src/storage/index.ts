import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { createSqliteChannelStores, type ChannelStores } from '../channels/shared/stores';
import type { CosmosStoreOptions } from './cosmos/options';
import type { AuditLogStore, ConsoleAccountStore, ConsoleSessionStore } from './ports/console';
import type { ConsentStore } from './ports/consent';
import type { EventBus } from './ports/events';
import type { FeedbackStore } from './ports/feedback';
import type { SurveyProfileStore } from './ports/profiles';
import type { RiskFlagStore } from './ports/risk-flags';
import type { SurveyResultStore } from './ports/surveys';
import type { TicketStore } from './ports/tickets';
import type { TranscriptStore } from './ports/transcripts';
import { SqliteBotStorage } from './sqlite/bot-state';
import { WalCheckpointer } from './sqlite/checkpointer';
import { openDatabase, type Db } from './sqlite/db';
import { SqliteConsentStore } from './sqlite/consent';
import { SqliteAuditLogStore, SqliteConsoleAccountStore, SqliteConsoleSessionStore } from './sqlite/console';
import { SqliteFeedbackStore } from './sqlite/feedback';
import { SqliteSurveyProfileStore } from './sqlite/profiles';
import { SqliteRiskFlagStore } from './sqlite/risk-flags';
import { SqliteSurveyResultStore } from './sqlite/surveys';
import { SqliteTicketStore } from './sqlite/tickets';
import { SqliteTranscriptStore } from './sqlite/transcripts';
import { InProcessEventBus } from './in-process-events';

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
  /** Career-interest survey: consent records, completed results, optional profiles (issue 6). */
  consents: ConsentStore;
  surveyResults: SurveyResultStore;
  surveyProfiles: SurveyProfileStore;
  /** Messenger and Zalo: inbox, outbox, contacts (last inbound time), delivery failures, tokens. */
  channels: ChannelStores;
  consoleAccounts: ConsoleAccountStore;
  consoleSessions: ConsoleSessionStore;
  audit: AuditLogStore;
  /**
   * Cross-instance notifications (src/storage/ports/events.ts): in-process with SQLite, the Cosmos change
   * feed with Cosmos DB. The console's live streams subscribe here so a teen's message handled on one
   * instance reaches a counselor connected to another.
   */
  events: EventBus;
  /** Resolves when the database answers (readiness probe). */
  ping(): Promise<void>;
  /** Flushes and closes; the process may exit afterwards. */
  close(): Promise<void>;
}

export const SQLITE_FILE = 'bandonghanh.sqlite';

/** The embedded engine: one SQLite file under DATA_DIR. */
export interface SqliteOptions {
  /**
   * Checkpoint the write-ahead log from a worker thread instead of inside whichever commit crosses the
   * threshold (an fsync of 5-60 ms on the event loop). The service turns it on; tests usually leave it off.
   */
  backgroundCheckpoints?: boolean;
}

export function openSqliteStores(dataDir: string, options: SqliteOptions = {}): Stores & { db: Db } {
  const db = openDatabase(path.join(dataDir, SQLITE_FILE));
  const checkpointer = options.backgroundCheckpoints ? new WalCheckpointer(db) : undefined;
  let closed = false;
  const events = new InProcessEventBus();
  return {
    engine: 'sqlite',
    db,
    botState: new SqliteBotStorage(db),
    transcripts: new SqliteTranscriptStore(db),
    tickets: new SqliteTicketStore(db),
    feedback: new SqliteFeedbackStore(db),
    riskFlags: new SqliteRiskFlagStore(db),
    consents: new SqliteConsentStore(db),
    surveyResults: new SqliteSurveyResultStore(db),
    surveyProfiles: new SqliteSurveyProfileStore(db),
    channels: createSqliteChannelStores(db),
    consoleAccounts: new SqliteConsoleAccountStore(db),
    consoleSessions: new SqliteConsoleSessionStore(db),
    audit: new SqliteAuditLogStore(db),
    events,
    ping: () => {
      if (closed) return Promise.reject(new Error('database closed'));
      db.prepare('SELECT 1').get();
      return Promise.resolve();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await events.close();
      await checkpointer?.stop();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/**
 * The scale-out engine (STORAGE=cosmos): every store on Azure Cosmos DB, same `Stores` shape. Loaded on
 * demand so SQLite deployments never load the Cosmos SDK. See src/storage/cosmos/index.ts.
 */
export async function openCosmosStores(options: CosmosStoreOptions): Promise<Stores> {
  const cosmos = await import('./cosmos');
  return cosmos.openCosmosStores(options);
}

/**
 * The stores the configuration asks for: SQLite under DATA_DIR, or Azure Cosmos DB (COSMOS_*; managed
 * identity when COSMOS_KEY is empty). Used by the service and by the command-line tools alike.
 */
export async function openConfiguredStores(
  config: Readonly<Config>,
  options: SqliteOptions & { onEventError?: (err: unknown) => void } = {},
): Promise<Stores> {
  if (config.STORAGE !== 'cosmos') return openSqliteStores(config.dataDir, options);
  const { cosmosOptions } = await import('./cosmos/options');
  return openCosmosStores(cosmosOptions(config, options.onEventError ? { events: { onError: options.onEventError } } : {}));
}
