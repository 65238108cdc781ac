import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteChannelFailureStore } from '../../../src/storage/sqlite/channel-failures';
import { channelFailuresConformance } from '../conformance/channel-failures';

channelFailuresConformance(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-channel-failures-'));
  const file = path.join(dir, 'store.sqlite');
  const dbs: Db[] = [openDatabase(file)];
  return {
    store: new SqliteChannelFailureStore(dbs[0]!),
    reopen: async () => {
      const db = openDatabase(file);
      dbs.push(db);
      return new SqliteChannelFailureStore(db);
    },
    close: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
