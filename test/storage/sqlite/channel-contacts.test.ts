import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteChannelContactStore } from '../../../src/storage/sqlite/channel-contacts';
import { channelContactsConformance } from '../conformance/channel-contacts';

channelContactsConformance(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-channel-contacts-'));
  const file = path.join(dir, 'store.sqlite');
  const dbs: Db[] = [openDatabase(file)];
  return {
    store: new SqliteChannelContactStore(dbs[0]!),
    reopen: async () => {
      const db = openDatabase(file);
      dbs.push(db);
      return new SqliteChannelContactStore(db);
    },
    close: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
