import type { ChannelStores } from '../../channels/shared/stores';
import { CosmosChannelContactStore } from './channel-contacts';
import { CosmosChannelFailureStore } from './channel-failures';
import { CosmosChannelInboxStore } from './channel-inbox';
import { CosmosChannelOutboxStore } from './channel-outbox';
import { CosmosChannelTokenStore } from './channel-tokens';
import type { Containers } from './containers';

/** The Cosmos DB implementation of every channel store (Messenger and Zalo share one set). */
export function createCosmosChannelStores(c: Pick<Containers, 'inbox' | 'outbox' | 'contacts' | 'failures' | 'tokens'>): ChannelStores {
  return {
    inbox: new CosmosChannelInboxStore(c.inbox),
    outbox: new CosmosChannelOutboxStore(c.outbox),
    contacts: new CosmosChannelContactStore(c.contacts),
    failures: new CosmosChannelFailureStore(c.failures),
    tokens: new CosmosChannelTokenStore(c.tokens),
  };
}
