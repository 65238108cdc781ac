import type { Db } from '../../storage/sqlite/db';
import type { ChannelInboxStore } from '../../storage/ports/channel-inbox';
import type { ChannelOutboxStore } from '../../storage/ports/channel-outbox';
import type { ChannelContactStore } from '../../storage/ports/channel-contacts';
import type { ChannelFailureStore } from '../../storage/ports/channel-failures';
import type { ChannelTokenStore } from '../../storage/ports/channel-tokens';
import { SqliteChannelInboxStore } from '../../storage/sqlite/channel-inbox';
import { SqliteChannelOutboxStore } from '../../storage/sqlite/channel-outbox';
import { SqliteChannelContactStore } from '../../storage/sqlite/channel-contacts';
import { SqliteChannelFailureStore } from '../../storage/sqlite/channel-failures';
import { SqliteChannelTokenStore } from '../../storage/sqlite/channel-tokens';

/** Everything the Messenger and Zalo channels persist. One set is shared by both channels. */
export interface ChannelStores {
  inbox: ChannelInboxStore;
  outbox: ChannelOutboxStore;
  contacts: ChannelContactStore;
  failures: ChannelFailureStore;
  tokens: ChannelTokenStore;
}

/** The SQLite implementation of every channel store, on one open database. */
export function createSqliteChannelStores(db: Db): ChannelStores {
  return {
    inbox: new SqliteChannelInboxStore(db),
    outbox: new SqliteChannelOutboxStore(db),
    contacts: new SqliteChannelContactStore(db),
    failures: new SqliteChannelFailureStore(db),
    tokens: new SqliteChannelTokenStore(db),
  };
}
