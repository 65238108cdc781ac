import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteChannelTokenStore } from '../../../src/storage/sqlite/channel-tokens';
import { channelTokensConformance } from '../conformance/channel-tokens';

channelTokensConformance(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-channel-tokens-'));
  const file = path.join(dir, 'store.sqlite');
  const dbs: Db[] = [openDatabase(file)];
  return {
    store: new SqliteChannelTokenStore(dbs[0]!),
    reopen: async () => {
      const db = openDatabase(file);
      dbs.push(db);
      return new SqliteChannelTokenStore(db);
    },
    close: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
