import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteChannelInboxStore } from '../../../src/storage/sqlite/channel-inbox';
import { channelInboxConformance } from '../conformance/channel-inbox';

channelInboxConformance(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-channel-inbox-'));
  const file = path.join(dir, 'store.sqlite');
  const dbs: Db[] = [openDatabase(file)];
  return {
    store: new SqliteChannelInboxStore(dbs[0]!),
    reopen: async () => {
      const db = openDatabase(file);
      dbs.push(db);
      return new SqliteChannelInboxStore(db);
    },
    close: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
