import path from 'node:path';
import { openSqliteStores, SQLITE_FILE } from '../../../src/storage';
import { SqliteBotStorage } from '../../../src/storage/sqlite/bot-state';
import { openDatabase } from '../../../src/storage/sqlite/db';
import { SqliteTicketStore } from '../../../src/storage/sqlite/tickets';
import { botStateConformance } from '../conformance/bot-state';
import { consoleConformance } from '../conformance/console';
import { ticketConformance } from '../conformance/tickets';
import { transcriptConformance } from '../conformance/transcripts';
import { tempDir } from '../../helpers/tmp';

/** Opens the stores on a fresh SQLite file; `reopen` closes it and opens the same file again. */
function sqliteHarness() {
  const tmp = tempDir();
  let stores = openSqliteStores(tmp.dir);
  const extra: { close(): void }[] = [];
  return {
    get stores() {
      return stores;
    },
    reopen: async () => {
      await stores.close();
      stores = openSqliteStores(tmp.dir);
      return stores;
    },
    secondDb: () => {
      const db = openDatabase(path.join(tmp.dir, SQLITE_FILE));
      extra.push(db);
      return db;
    },
    close: async () => {
      for (const db of extra) db.close();
      await stores.close();
      tmp.cleanup();
    },
  };
}

botStateConformance(async () => {
  const h = sqliteHarness();
  return {
    store: h.stores.botState,
    reopen: async () => (await h.reopen()).botState,
    second: async () => new SqliteBotStorage(h.secondDb()),
    close: h.close,
  };
});

transcriptConformance(async () => {
  const h = sqliteHarness();
  return { store: h.stores.transcripts, reopen: async () => (await h.reopen()).transcripts, close: h.close };
});

ticketConformance(async () => {
  const h = sqliteHarness();
  return {
    store: h.stores.tickets,
    reopen: async () => (await h.reopen()).tickets,
    second: async () => new SqliteTicketStore(h.secondDb()),
    close: h.close,
  };
});

consoleConformance(async () => {
  const h = sqliteHarness();
  return { accounts: h.stores.consoleAccounts, sessions: h.stores.consoleSessions, audit: h.stores.audit, close: h.close };
});
