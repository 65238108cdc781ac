import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteChannelOutboxStore } from '../../../src/storage/sqlite/channel-outbox';
import { channelOutboxConformance } from '../conformance/channel-outbox';

channelOutboxConformance(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-channel-outbox-'));
  const file = path.join(dir, 'store.sqlite');
  const dbs: Db[] = [openDatabase(file)];
  return {
    store: new SqliteChannelOutboxStore(dbs[0]!),
    reopen: async () => {
      const db = openDatabase(file);
      dbs.push(db);
      return new SqliteChannelOutboxStore(db);
    },
    close: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
